"""What --fix writes: the file's own encoding and mark, and nothing half-done after a signal
or a kill (issue 19, items 4 and 5, and the Latin-1 crash of item 13)."""

from __future__ import annotations

import codecs
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.engine import Linter
from newslint.fix import fix_raw
from newslint.runner import load_rules
from tests.conftest import surface_linter

from .conftest import newslint_command, run_newslint

BAD = "Sir. Blinken spoke. . Then he left.\n"
FIXED = "Mr. Blinken spoke. Then he left.\n"


def test_utf16_named_on_the_command_line_keeps_big_endian(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + BAD.encode("utf-16-be"))
    result = run_newslint("check", "--fix", "--encoding", "utf-16", "--grammar", "off", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_bytes() == codecs.BOM_UTF16_BE + FIXED.encode("utf-16-be")


def test_utf8_named_on_the_command_line_keeps_the_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + BAD.encode())
    result = run_newslint("check", "--fix", "--encoding", "utf-8", "--grammar", "off", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.encode()


def test_a_fix_the_file_encoding_cannot_hold_is_left_out_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "The slogan was « never again » at the rally. Sir. Blinken left.\n"
    path.write_bytes(text.encode("latin-1"))
    result = run_newslint(
        "check", "--fix", "--encoding", "latin-1", "--grammar", "off", "--unsafe-fixes", str(path)
    )
    assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    written = path.read_bytes().decode("latin-1")
    assert "Mr. Blinken" in written and "« never again »" in written


def test_encoding_guard_in_the_fixer() -> None:
    linter = Linter(load_rules(), ignore=["grammar"])
    text = "The slogan was « never again » at the rally.\n"
    curly = fix_raw(text, "a.txt", linter.lint, unsafe=True).raw
    assert curly != text  # some rule puts curly quotes in: the guard below has work to do
    assert fix_raw(text, "a.txt", linter.lint, unsafe=True, encoding="latin-1").raw == text


DEFERRED_SIGTERM = textwrap.dedent(
    """
    import os, signal, sys
    real_fsync = os.fsync

    def fsync_then_terminated(fd):
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGTERM)  # arrives in the middle of the write

    os.fsync = fsync_then_terminated
    sys.argv = ["newslint", "check", "--fix", "--grammar", "off", sys.argv[1]]
    from newslint.cli import main
    main()
    """
)


def test_sigterm_held_during_a_write_says_that_the_file_was_written(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", DEFERRED_SIGTERM, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 130, result.stderr
    assert path.read_text(encoding="utf-8") == FIXED
    assert f"{path} was fixed and written" in result.stderr, result.stderr
    assert "left as they were" not in result.stderr.split("written")[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


HANGING_WRITE = textwrap.dedent(
    """
    import os, sys, time
    os.fsync = lambda fd: (print("writing", flush=True), time.sleep(600))
    sys.argv = ["newslint", "check", "--fix", "--grammar", "off", sys.argv[1]]
    from newslint.cli import main
    main()
    """
)


def test_a_temporary_left_by_kill_9_is_removed_by_the_next_run(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", HANGING_WRITE, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline() == "writing\n"
    process.kill()
    process.wait(timeout=30)
    left = [p.name for p in tmp_path.iterdir() if p.name != "a.txt"]
    assert left, "the killed run should have had a temporary file open"
    assert path.read_text(encoding="utf-8") == BAD
    run_newslint("check", "--grammar", "off", str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_sigterm_in_the_middle_of_a_fix_run_leaves_whole_files(tmp_path: Path) -> None:
    """Non-vacuous: the signal is sent only once some files are fixed and others are not."""
    linter = Linter(load_rules(), ignore=["grammar"])
    original = "".join(f"Sir. Blinken spoke on day {day}. . Then he left.\n" for day in range(30))
    fixed = fix_raw(original, "x", linter.lint).raw
    paths = [tmp_path / f"{index:03d}.txt" for index in range(300)]
    for path in paths:
        path.write_text(original, encoding="utf-8")
    command = [*newslint_command(), "check", "--fix", "--jobs", "1", "--grammar", "off"]
    process = subprocess.Popen(
        [*command, str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 300
    while paths[0].read_text(encoding="utf-8") != fixed and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, "the run ended before the signal: nothing was tested"
    contents = [p.read_text(encoding="utf-8") for p in paths]
    assert set(contents) <= {original, fixed}
    assert contents.count(fixed) >= 1 and contents.count(original) >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    assert "Traceback" not in err
    if "was fixed and written" in err:
        named = err.split(" was fixed and written")[0].rsplit("interrupted; ", 1)[1]
        assert Path(named).read_text(encoding="utf-8") == fixed


def test_a_fix_never_joins_a_lone_cr_and_an_lf_into_one_line_break() -> None:
    """Deleting the control character in 'said.\\r\\x08\\nTalks' would leave '\\r\\n': the checks
    saw two line breaks, the file would hold one. The fix is refused and stays reported. Two
    findings whose deletions touch close the same gap together though neither does alone."""
    linter = Linter(load_rules(), ignore=["grammar"])
    for raw, refused in (
        ("The minister said.\r\x08\nTalks continue.\r\n", 1),
        ("Talks\r\u200b\ncontinue.\rMore.\r", 1),
        ("The minister said.\r\x08\x07\nTalks continue.\r\n", 2),
    ):
        outcome = fix_raw(raw, "story.txt", linter.lint)
        assert outcome.raw == raw and outcome.refused == refused
    apart = "The minister said.\x08\nTalks continue.\r\n"  # nothing to join: fixed as usual
    assert fix_raw(apart, "story.txt", linter.lint).raw == "The minister said.\nTalks continue.\r\n"


_PLAIN_LINTER = surface_linter()
_SENTENCES = ["The minister said.", "Talks continue.", "Prices rose in March.", "Rain fell."]
_BREAKS = ["", "\r", "\n", "\r\n"]
_CONTROLS = ["\x08", "\x07", "\u200b", "\u00ad", " "]
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _interleave(separators: list[str]) -> str:
    return "".join(f"{sentence}{gap}" for sentence, gap in zip(_SENTENCES, separators, strict=True))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_BREAKS),
            st.lists(st.sampled_from(_CONTROLS), max_size=3).map("".join),
            st.sampled_from(_BREAKS),
        ).map("".join),
        min_size=len(_SENTENCES),
        max_size=len(_SENTENCES),
    ).map(_interleave)
)
@example(_interleave(["\r\x08\x07\n", " ", "\r\n", "\u200b\r"]))
@settings(deadline=None)
def test_fixing_around_mixed_line_breaks_keeps_every_line(raw: str) -> None:
    """Deleting invisible characters never merges two lines, however the deletions touch."""
    outcome = fix_raw(raw, "story.txt", _PLAIN_LINTER.lint)
    assert len(_LINE_BREAK.findall(outcome.raw)) == len(_LINE_BREAK.findall(raw))


def test_a_utf8_file_read_as_cp1252_is_never_written_half_in_each(tmp_path: Path) -> None:
    """One run with --encoding cp1252 over a folder that also holds a UTF-8 file (review58): its
    characters read as mojibake, whose fixes wrote cp1252 bytes into UTF-8 text. A UTF-8 code
    span the fix left alone then stayed UTF-8: the file read as neither encoding."""
    utf8 = tmp_path / "story.md"
    utf8_bytes = "He don\u2019t know.\n\nRun `caf\u00e9 --don\u2019t` first.\n".encode()
    utf8.write_bytes(utf8_bytes)
    legacy = tmp_path / "old.txt"
    legacy.write_bytes("Sir. Blinken spoke in Z\u00fcrich.\n".encode("cp1252"))
    result = run_newslint(
        "check", "--fix", "--encoding", "cp1252", "--grammar", "off", str(tmp_path)
    )
    assert result.returncode == 2
    assert [line for line in result.stderr.splitlines() if "error" in line] == [
        f"newslint: error: {utf8}: reads as UTF-8, and the fix would write cp1252 bytes into it; "
        "not fixed (leave --encoding out for this file)"
    ]
    assert utf8.read_bytes() == utf8_bytes
    assert legacy.read_bytes() == "Mr. Blinken spoke in Z\u00fcrich.\n".encode("cp1252")


def test_a_fix_that_keeps_a_utf8_file_utf8_is_written_under_a_named_encoding(
    tmp_path: Path,
) -> None:
    # Read as Latin-1, a UTF-8 file's other bytes are written back as they were.
    path = tmp_path / "a.txt"
    path.write_bytes("Sir. Blinken spoke in Z\u00fcrich.\n".encode())
    result = run_newslint(
        "check", "--fix", "--encoding", "latin-1", "--grammar", "off", "--select", "mt", str(path)
    )
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == "Mr. Blinken spoke in Z\u00fcrich.\n".encode()


@pytest.mark.parametrize(
    ("raw", "wide"),
    [
        (codecs.BOM_UTF16_LE + "Sir. Blinken spoke.\n".encode("utf-16-le"), "utf-16-le"),
        ("Sir. Blinken spoke in Z\u00fcrich.\n".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF32_BE + "Sir. Blinken spoke.\n".encode("utf-32-be"), "utf-32-be"),
    ],
)
def test_a_utf16_file_read_in_a_named_narrow_encoding_is_never_rewritten_in_it(
    tmp_path: Path, raw: bytes, wide: str
) -> None:
    """trust65: --encoding cp1252 on a UTF-16 file read its NULs as characters, whose fixes
    (invisible characters deleted) rewrote the file as cp1252 bytes: 'ÿþSir. Blinken ...'."""
    path = tmp_path / "story.txt"
    path.write_bytes(raw)
    result = run_newslint("check", "--fix", "--encoding", "cp1252", "--grammar", "off", str(path))
    assert path.read_bytes() == raw
    assert result.returncode == 2
    assert f"{path}: is {wide} text, and the fix would rewrite it as cp1252" in result.stderr
