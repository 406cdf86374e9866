"""`check --diff` writes nothing, so its exit code is that of the file as it stands: a file whose
only problems are fixable still fails, as a plain check of it does (hostile test of --diff)."""

from __future__ import annotations

from pathlib import Path

from newslint.runner import fix_source
from newslint.source import read_file

from .conftest import run_newslint, surface_linter

# Every problem here has a safe fix: the fixed text has none left.
FIXABLE = "The the harbour board met on Friday .\n"


def test_diff_reports_the_findings_of_the_text_as_given(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    report = fix_source(read_file(str(path)), surface_linter(), unsafe=False, write=False)
    assert report.diff
    assert {f.rule for f in report.result.findings} >= {
        "structure.doubled-word",
        "typography.space-before-punctuation",
    }
    assert path.read_text(encoding="utf-8") == FIXABLE


def test_fix_reports_the_findings_of_the_fixed_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    report = fix_source(read_file(str(path)), surface_linter(), unsafe=False, write=True)
    assert report.result.findings == []
    assert path.read_text(encoding="utf-8") == "The harbour board met on Friday.\n"


def test_diff_of_a_failing_file_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--diff", "story.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "+The harbour board met on Friday." in result.stdout
    assert path.read_text(encoding="utf-8") == FIXABLE
    zero = run_newslint("check", "--grammar", "off", "--diff", "--exit-zero", "story.txt", cwd=tmp_path)  # fmt: skip
    assert zero.returncode == 0, zero.stdout + zero.stderr


def test_diff_of_a_clean_file_exits_0(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The harbour board met on Friday.\n", encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--diff", "story.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
