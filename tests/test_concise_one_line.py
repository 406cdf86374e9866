"""`--format concise` keeps its promise of one line per finding when a finding quotes a line end."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_newslint


def test_a_finding_across_a_line_end_is_reported_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "The new lec\nture hall opened on Monday in the old town.\n", encoding="utf-8"
    )
    result = run_newslint("check", "--grammar", "off", "--format", "concise", "story.txt",
                          cwd=tmp_path)  # fmt: skip
    lines = result.stdout.splitlines()
    findings = [line for line in lines if line.startswith("story.txt:")]
    assert any("split-word" in line and "“lec⏎ture”" in line for line in findings), lines
    # every line but the summary is a finding
    assert len(findings) == len(lines) - 1


def test_the_default_format_heads_such_a_finding_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "The new lec\nture hall opened on Monday in the old town.\n", encoding="utf-8"
    )
    result = run_newslint("check", "--grammar", "off", "story.txt", cwd=tmp_path)
    heads = [line for line in result.stdout.splitlines() if line.startswith("story.txt:")]
    assert any(line.endswith("“lec⏎ture” should be “lecture”") for line in heads), heads
