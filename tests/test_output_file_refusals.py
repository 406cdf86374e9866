"""`--diff` and `--update-baseline` write no report (the diff goes to stdout, the baseline to its
own file), so `--output-file` with either was replaced by an empty file: the last good report
lost, nothing in its place (hostile test trust67). The combination is refused, the file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_newslint

STORY = "Sir. Blinken spoke. . Then he left.\n"


@pytest.mark.parametrize("option", ["--diff", "--update-baseline"])
def test_output_file_with_an_option_that_writes_no_report_is_refused(
    tmp_path: Path, option: str
) -> None:
    (tmp_path / "s.txt").write_text(STORY, encoding="utf-8")
    report = tmp_path / "rep.txt"
    report.write_text("PREVIOUS REPORT\n", encoding="utf-8")
    result = run_newslint(
        "check", "--grammar", "off", option, "-o", "rep.txt", "s.txt", cwd=tmp_path
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert option in line and "--output-file" in line
    assert result.stdout == ""
    assert report.read_text(encoding="utf-8") == "PREVIOUS REPORT\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["rep.txt", "s.txt"]
