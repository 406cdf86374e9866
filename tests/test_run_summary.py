"""The closing line says what the run did: how many files it checked beside how many have
problems, what --fix fixed, and that a folder held nothing to check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.runner import TEXT_SUFFIXES

from .conftest import run_newslint

SIR = "Sir. Blinken spoke on Monday.\n"
CLEAN = "The minister spoke on Monday.\n"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / ".newslint.yaml").write_text("grammar: off\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(SIR, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def last_line(result: object) -> str:
    return str(getattr(result, "stdout", "")).splitlines()[-1]


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_the_summary_counts_the_files_checked_beside_those_with_problems(
    project: Path, fmt: str
) -> None:
    result = run_newslint("check", "--format", fmt, "a.txt", "clean.txt", cwd=project)
    assert last_line(result) == "Found 1 problem (1 error) in 1 of 2 files; 1 fixable with --fix."
    alone = run_newslint("check", "--format", fmt, "a.txt", cwd=project)
    assert last_line(alone) == "Found 1 problem (1 error) in 1 file; 1 fixable with --fix."


def test_fix_says_what_it_fixed(project: Path) -> None:
    result = run_newslint("check", "--fix", "a.txt", "clean.txt", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "a.txt").read_text(encoding="utf-8") == "Mr. Blinken spoke on Monday.\n"
    assert last_line(result) == "Fixed 1 problem in 1 file; no problems remain in 2 files."


def test_fix_says_what_remains(project: Path) -> None:
    (project / "a.txt").write_text(SIR + "\nSir. Lavrov spoke. Advertisement spending rose.\n")
    (project / "b.txt").write_text("Mr. Smith spoke.\n\nShare via email\n\nHe left.\n")
    result = run_newslint("check", "--fix", "--format", "concise", "a.txt", "b.txt", cwd=project)
    assert last_line(result) == (
        "Fixed 2 problems in 1 file; 1 problem remains (1 warning) in 1 of 2 files."
    )


def test_fix_keeps_machine_formats_machine_readable(project: Path) -> None:
    result = run_newslint("check", "--fix", "--format", "json", "a.txt", cwd=project)
    assert json.loads(result.stdout) == []
    assert result.stderr.splitlines() == ["newslint: fixed 1 problem in 1 file"]


def test_an_empty_folder_says_nothing_was_checked(project: Path) -> None:
    (project / "empty").mkdir()
    result = run_newslint("check", "empty", cwd=project)
    assert result.returncode == 0
    assert result.stdout == "No files checked.\n"
    suffixes = ", ".join(TEXT_SUFFIXES)
    assert result.stderr.splitlines() == [
        f"newslint: warning: empty: no files to check in this folder ({suffixes})"
    ]


def test_a_misspelt_folder_is_one_error(project: Path) -> None:
    result = run_newslint("check", "contnet/", cwd=project)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["newslint: error: contnet/: no such file or directory"]
