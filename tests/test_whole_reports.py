"""A one-document report (JSON, SARIF, JUnit, rdjson, HTML, verdict) is written only once whole: a
run stopped by a bad rule pack says so in one line on stderr, exits 2 and leaves nothing half
written on stdout or in --output-file (a CI step would parse half a SARIF log)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint import commands
from newslint.commands import CheckOptions, run_check
from newslint.report import FORMATS, STREAMED

from .conftest import run_newslint

WHOLE = [fmt for fmt in FORMATS if fmt not in STREAMED]

# A pack whose rule names no pack of its own: refused when the linter that uses it is built.
BAD_PACK = """\
rules:
  - id: house.bad
    kind: pattern
    pattern: "x"
"""

STORY = "Sir. Blinken said the talks went well.\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """Two folders; the second's settings add the bad pack, so the run fails at its second file,
    after the first file's findings have gone to the report."""
    (tmp_path / "bad.yaml").write_text(BAD_PACK, encoding="utf-8")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / ".newslint.yaml").write_text("packs:\n  - ../bad.yaml\n", encoding="utf-8")
    return tmp_path


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("fmt", ["sarif", "rdjson", "json"])
def test_a_bad_pack_given_on_the_command_line_writes_no_report(site: Path, fmt: str) -> None:
    # On main SARIF and rdjson wrote their opening (a log with no end) before the linter failed.
    run = run_newslint("check", "--format", fmt, "--rules", "bad.yaml", "a", cwd=site)
    assert run.returncode == 2
    assert run.stdout == ""
    line = _one_error_line(run.stderr)
    assert "bad.yaml" in line and "pack" in line


@pytest.mark.parametrize("fmt", WHOLE)
def test_a_bad_pack_met_half_way_through_a_run_writes_no_report(site: Path, fmt: str) -> None:
    # On main every one of these formats had written the first file's part of its document.
    run = run_newslint("check", "--format", fmt, "a", "b", cwd=site)
    assert run.returncode == 2
    assert run.stdout == ""
    assert "bad.yaml" in _one_error_line(run.stderr)


def test_an_output_file_is_left_as_it_was_when_the_run_fails(site: Path) -> None:
    earlier = site / "report.sarif"
    earlier.write_text("the last good report\n", encoding="utf-8")
    run = run_newslint("check", "--format", "sarif", "-o", "report.sarif", "a", "b", cwd=site)
    assert run.returncode == 2
    assert earlier.read_text(encoding="utf-8") == "the last good report\n"


def test_a_streamed_format_keeps_the_lines_written_before_the_error(site: Path) -> None:
    # Each line of these is whole: the first file's findings are a report in their own right.
    run = run_newslint("check", "--format", "concise", "a", "b", cwd=site)
    assert run.returncode == 2
    assert "mt.mistranslated-honorific" in run.stdout


def test_a_report_larger_than_the_spool_is_copied_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(commands, "SPOOL_BYTES", 256)  # the spool moves to a file at once
    story = tmp_path / "story.txt"
    story.write_text(STORY * 50, encoding="utf-8")
    code = run_check(CheckOptions(paths=[str(story)], fmt="json", grammar="off"))
    records = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [r["line"] for r in records if r["rule"] == "mt.mistranslated-honorific"] == list(
        range(1, 51)
    )
