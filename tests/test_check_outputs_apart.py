"""A file `check` writes (its report, a baseline it records) is never a file it checks: `-o` naming
the story checked replaced the story with its report (hostile test of --output-file)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import run_newslint

STORY = "The the ferry service resumed on Sunday.\n"


def _story(tmp_path: Path, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_text(STORY, encoding="utf-8")
    return path


def test_a_report_over_the_story_checked_is_refused(tmp_path: Path) -> None:
    path = _story(tmp_path)
    result = run_newslint("check", "--grammar", "off", "-o", "story.txt", "story.txt", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip().splitlines() == [
        "newslint: error: story.txt: is also a file being checked; write to another file"
    ]
    assert path.read_text(encoding="utf-8") == STORY


def test_a_report_through_a_link_to_the_story_is_refused(tmp_path: Path) -> None:
    path = _story(tmp_path)
    os.symlink("story.txt", tmp_path / "report.txt")
    result = run_newslint(
        "check", "--grammar", "off", "--fix", "-o", "report.txt", "story.txt", cwd=tmp_path
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert path.read_text(encoding="utf-8") == STORY


def test_a_baseline_over_the_story_checked_is_refused(tmp_path: Path) -> None:
    path = _story(tmp_path)
    result = run_newslint(
        "check", "--grammar", "off", "--update-baseline", "--baseline", "story.txt", "story.txt",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert path.read_text(encoding="utf-8") == STORY


def test_last_runs_report_in_a_walked_folder_is_not_checked(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    _story(folder)
    (folder / "report.txt").write_text("The the old report.\n", encoding="utf-8")
    result = run_newslint(
        "check", "--grammar", "off", "-o", "desk/report.txt", "desk", cwd=tmp_path
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "desk/report.txt: this run writes it" in result.stderr
    report = (folder / "report.txt").read_text(encoding="utf-8")
    assert "desk/story.txt:1:1" in report and "desk/report.txt:" not in report
    assert (folder / "story.txt").read_text(encoding="utf-8") == STORY


def _baseline_recorded(tmp_path: Path) -> str:
    """story.txt and b.json, the baseline recorded for it; the baseline's text."""
    _story(tmp_path)
    recorded = _check_with_baseline(tmp_path, "--update-baseline")
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    return (tmp_path / "b.json").read_text(encoding="utf-8")


def _check_with_baseline(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return run_newslint(
        "check", "--grammar", "off", "--baseline", "b.json", *options, "story.txt", cwd=tmp_path
    )


def test_a_report_over_the_baseline_read_is_refused(tmp_path: Path) -> None:
    baseline = _baseline_recorded(tmp_path)
    result = _check_with_baseline(tmp_path, "-o", "b.json")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip().splitlines() == [
        "newslint: error: b.json: is the baseline this run uses; write the report to another file"
    ]
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == baseline


def test_a_report_beside_the_baseline_is_written(tmp_path: Path) -> None:
    _baseline_recorded(tmp_path)
    result = _check_with_baseline(tmp_path, "-o", "report.txt")
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert (tmp_path / "report.txt").exists()
