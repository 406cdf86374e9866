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


@pytest.mark.parametrize("fmt", ["sarif", *STREAMED])
@pytest.mark.parametrize("bad", ["met half-way", "given first"])
def test_an_output_file_is_left_as_it_was_when_the_run_fails(
    site: Path, fmt: str, bad: str
) -> None:
    # On main the streamed formats emptied the file when they opened it, before the linter was
    # built, then wrote the first file's lines: the last good report was lost either way.
    earlier = site / "report.out"
    earlier.write_text("the last good report\n", encoding="utf-8")
    where = ["a", "b"] if bad == "met half-way" else ["--rules", "bad.yaml", "a"]
    run = run_newslint("check", "--format", fmt, "-o", "report.out", *where, cwd=site)
    assert run.returncode == 2 and run.stdout == ""
    assert "bad.yaml" in _one_error_line(run.stderr)
    assert earlier.read_text(encoding="utf-8") == "the last good report\n"


@pytest.mark.parametrize("fmt", STREAMED)
def test_a_streamed_format_to_an_output_file_is_the_report_it_streams(site: Path, fmt: str) -> None:
    run = run_newslint("check", "--format", fmt, "a", cwd=site)
    assert run_newslint("check", "--format", fmt, "-o", "report.out", "a", cwd=site).stdout == ""
    assert (site / "report.out").read_text(encoding="utf-8") == run.stdout
    assert "mistranslated-honorific" in run.stdout


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


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_an_output_file_in_no_folder_is_refused_in_one_line(site: Path, fmt: str) -> None:
    # On main: "internal error: FileNotFoundError ... (please report it)", after the run for json.
    run = run_newslint("check", "--format", fmt, "-o", "gone/report.out", "a", cwd=site)
    assert run.returncode == 2 and run.stdout == ""
    line = _one_error_line(run.stderr)
    assert "gone/report.out: cannot write the report" in line and "internal" not in line


@pytest.mark.parametrize(
    ("option", "error"),
    [
        ("-o", "report: cannot write the report: it is a folder; name a file"),
        ("--baseline", "report: not a newslint baseline ([Errno 21] Is a directory: 'report')"),
    ],
)
def test_a_folder_given_for_a_file_is_refused_in_one_line(
    site: Path, option: str, error: str
) -> None:
    # trust65b: click's "Usage: ... Try 'newslint check --help' ... Error: ... is a directory."
    (site / "report").mkdir()
    run = run_newslint("check", option, "report", "a", cwd=site)
    assert run.returncode == 2 and run.stdout == ""
    assert _one_error_line(run.stderr) == f"newslint: error: {error}"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full to fill")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_report_the_disk_cannot_take_is_an_error_in_one_line(site: Path, fmt: str) -> None:
    # On main: "internal error: OSError: [Errno 28] No space left on device (please report it)".
    run = run_newslint("check", "--format", fmt, "-o", "/dev/full", "a", cwd=site)
    assert run.returncode == 2
    line = _one_error_line(run.stderr)
    assert "cannot write the report: No space left on device" in line and "internal" not in line


def test_a_spool_the_temporary_folder_cannot_take_is_an_error_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """trust65: a report past SPOOL_BYTES moves to a file in the temporary folder; a full one (or
    a file-size limit) ended the run in 'internal error: OSError: [Errno 28] ... (please report
    it)', and a report to --output-file was never written."""
    import tempfile

    from newslint.errors import NewslintError

    def full(self: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(commands, "SPOOL_BYTES", 256)
    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", full)
    story = tmp_path / "story.txt"
    story.write_text(STORY * 50, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("[]\n", encoding="utf-8")
    options = CheckOptions(paths=[str(story)], fmt="json", grammar="off", output_file=str(report))
    with pytest.raises(NewslintError, match="No space left on device"):
        run_check(options)
    assert report.read_text(encoding="utf-8") == "[]\n"  # the last good report


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="sets a file-size limit")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_report_that_fails_half_written_leaves_the_last_good_one(tmp_path: Path, fmt: str) -> None:  # fmt: skip
    """trust65: --output-file was truncated, then filled; a write that failed half-way (a full
    disk, here a file-size limit) left half a report where the last good one had been."""
    import resource
    import subprocess

    from .conftest import newslint_command

    story = tmp_path / "story.txt"
    story.write_text("Sir. Blinken said the the talks went well.\n" * 60, encoding="utf-8")
    report = tmp_path / "report.out"
    report.write_text("the last good report\n", encoding="utf-8")

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    run = subprocess.run(
        [*newslint_command(), "check", "--grammar", "off", "--format", fmt, "-o", str(report), str(story)],
        capture_output=True, text=True, preexec_fn=limited, timeout=120,
    )  # fmt: skip
    assert run.returncode == 2, run.stderr
    assert "cannot write the report" in _one_error_line(run.stderr)
    assert report.read_text(encoding="utf-8") == "the last good report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.out", "story.txt"]
