"""`--diff` and `--update-baseline` write no report: with `--output-file` the file named was
replaced by an empty one (trust67 #4: the last run's report lost). Both are refused in one line,
exit 2, before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_newslint

STORY = "Sir. Blinken spoke. . Then he left.\n"


@pytest.mark.parametrize("flag", ["--diff", "--update-baseline"])
def test_output_file_with_a_run_that_writes_no_report_is_refused(
    tmp_path: Path, flag: str, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("last run's report\n", encoding="utf-8")
    result = run_newslint("check", "story.txt", flag, "-o", "report.txt", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert f"{flag} " in result.stderr and "leave out --output-file" in result.stderr
    assert report.read_text(encoding="utf-8") == "last run's report\n"
    assert story.read_text(encoding="utf-8") == STORY
    assert not (tmp_path / ".newslint-baseline.json").exists()


def test_output_file_alone_still_writes_the_report(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    report = tmp_path / "report.txt"
    result = run_newslint("check", "story.txt", "-o", "report.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "mt.mistranslated-honorific" in report.read_text(encoding="utf-8")
