"""Input and settings mistakes said in one line, and never contradicted (review59's open
findings): `scan -`, a settings key given twice, the closing line beside an unreadable file."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_newslint


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        (
            "-",
            "-: scan reads named files (it resumes by their identity); to scan standard input, name it /dev/stdin",
        ),
        ("missing.jsonl", "missing.jsonl: no such file"),
        (
            "folder",
            "folder: is a folder with no .jsonl, .jsonl.gz or .parquet file directly in it; name the files to scan",
        ),
    ],
)
def test_an_input_scan_cannot_read_is_one_line(tmp_path: Path, given: str, problem: str) -> None:
    """click's usage error said "File '-' does not exist" in three lines."""
    (tmp_path / "folder").mkdir()
    result = run_newslint(
        "scan", given, "-o", "scores.jsonl", cwd=tmp_path, stdin='{"text": "A"}\n'
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"newslint: error: {problem}"]
    assert not (tmp_path / "scores.jsonl").exists()


def test_an_unreadable_file_is_not_summed_up_as_no_problems(tmp_path: Path) -> None:
    """ "No problems found in 0 files." stood on stdout beside the error."""
    (tmp_path / "latin.txt").write_bytes("caf\xe9 story\n".encode("latin-1"))
    (tmp_path / "fine.txt").write_text("The minister spoke on Monday.\n", encoding="utf-8")
    alone = run_newslint("check", "latin.txt", cwd=tmp_path)
    assert alone.returncode == 2 and "latin.txt: not valid utf-8" in alone.stderr
    assert alone.stdout == "1 file not checked (see the errors).\n"
    both = run_newslint("check", "--format", "concise", "latin.txt", "fine.txt", cwd=tmp_path)
    assert both.returncode == 2
    assert both.stdout == "No problems found in 1 file; 1 file not checked (see the errors).\n"


def test_a_file_checked_but_not_fixed_is_not_called_unchecked(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Sir. Blinken spoke.\n", encoding="utf-8")
    story.chmod(0o444)
    result = run_newslint("check", "--fix", "--format", "concise", "story.txt", cwd=tmp_path)
    assert result.returncode == 2 and "story.txt: file is read-only; not fixed" in result.stderr
    assert result.stdout.splitlines()[-1] == (
        "Found 1 problem (1 error) in 1 file; 1 fixable with --fix; 1 file not fixed (see the errors)."
    )


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        (
            "ignore: [grammar]\nselect: [mt]\nignore: [mt]\n",
            "key 'ignore' is given twice (lines 1 and 3)",
        ),
        ("severity:\n  mt: error\n  mt: info\n", "key 'mt' is given twice (lines 2 and 3)"),
    ],
)
def test_a_settings_key_given_twice_is_refused(tmp_path: Path, settings: str, problem: str) -> None:
    """YAML keeps the last of two equal keys: the first `ignore` was dropped without a word."""
    (tmp_path / ".newslint.yaml").write_text(settings, encoding="utf-8")
    (tmp_path / "story.txt").write_text("Sir. Blinken spoke.\n", encoding="utf-8")
    result = run_newslint("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"newslint: error: {tmp_path / '.newslint.yaml'}: file: {problem}"
    ]


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        (
            ("check", "--config", "none.yaml", "story.txt"),
            "'--config': File 'none.yaml' does not exist",
        ),
        (("scan", "in.jsonl", "-o", "folder"), "'--output' / '-o': File 'folder' is a directory"),
        (
            ("scan", "in.jsonl", "-o", "s.jsonl", "--filtered-output", "folder"),
            "'--filtered-output': File 'folder' is a directory",
        ),
        (
            ("scan", "in.jsonl", "-o", "s.jsonl", "--report", "folder"),
            "'--report': File 'folder' is a directory",
        ),
    ],
)
def test_a_path_option_click_refuses_is_one_line(
    tmp_path: Path, arguments: tuple[str, ...], problem: str
) -> None:
    """click's refusal of a path (missing, a folder) was a three-line usage error (trust65b)."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "story.txt").write_text("The minister spoke on Monday.\n", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"text": "The minister spoke."}\n', encoding="utf-8")
    result = run_newslint(*arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"newslint: error: Invalid value for {problem}."]
    assert not (tmp_path / "s.jsonl").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_report_that_fills_the_disk_names_its_file(tmp_path: Path) -> None:
    """'cannot write the report: No space left on device' did not say which report: a run
    writing several (a CI step's) left the reader to guess (hostile test trust66)."""
    (tmp_path / "a.txt").write_text("It was a  test.\n", encoding="utf-8")
    done = run_newslint("check", "--grammar", "off", "-o", "/dev/full", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "newslint: error: /dev/full: cannot write the report: No space left on device"
    ]
