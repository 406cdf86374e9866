"""--fix: safe edits only, deterministic overlaps, a fixpoint, and byte-faithful atomic writes."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.errors import InputError
from newslint.finding import Edit, Finding, Fix
from newslint.fix import apply_to_raw, fix_raw, resolve
from newslint.source import (
    Source,
    read_file,
    remove_stale_temporary,
    write_atomic,
)
from newslint.temporary_name import temporary_path

from .conftest import run_newslint

BAD = "Sir. Blinken spoke. . Then he left.\nErik Schmitt contributed with reporting.\n"
FIXED = "Mr. Blinken spoke. Then he left.\nErik Schmitt contributed reporting.\n"


def test_overlapping_fixes_resolve_deterministically() -> None:
    first = Fix((Edit(0, 5, "A"),))
    second = Fix((Edit(3, 8, "B"),))
    third = Fix((Edit(8, 9, "C"),))
    assert resolve([second, third, first]) == [Edit(0, 5, "A"), Edit(8, 9, "C")]
    assert resolve([first, second, third]) == resolve([third, second, first])


def test_a_safe_fix_is_never_displaced_by_an_unsafe_one_it_overlaps() -> None:
    """An unsafe fix on an earlier, shorter span ("infor" -> "in for") took the place of the
    safe fix over it ("infor- mation" -> "information"), and --unsafe-fixes wrote "in for-mation"."""
    unsafe = Fix((Edit(24, 29, "in for"),), "unsafe")
    safe = Fix((Edit(24, 37, "information"),))
    later_unsafe = Fix((Edit(40, 42, "X"),), "unsafe")
    assert resolve([unsafe, safe, later_unsafe]) == [Edit(24, 37, "information"), Edit(40, 42, "X")]
    assert resolve([later_unsafe, safe, unsafe]) == resolve([unsafe, safe, later_unsafe])


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_unsafe_fixes_join_a_hyphen_break_whole(tmp_path: Path, gap: str) -> None:
    """The break's first piece is no glued pair of words: "in for-mation", "in formation"."""
    story = tmp_path / "hy.txt"
    story.write_text(f"The agency released the infor-{gap}mation on Monday.\n", encoding="utf-8")
    run_newslint("check", "--grammar", "off", "--fix", "--unsafe-fixes", str(story))
    assert story.read_text(encoding="utf-8") == "The agency released the information on Monday.\n"


def test_edits_map_back_to_crlf_raw_text() -> None:
    raw = "one\r\ntwo\r\nthree\r\n"
    doc = Document.from_raw(raw)
    start = doc.text.index("two")
    assert (
        apply_to_raw(raw, doc, [Edit(start, start + 4, "TWO\nand ")])
        == "one\r\nTWO\r\nand three\r\n"
    )


def test_fix_reaches_a_fixpoint(linter) -> None:
    outcome = fix_raw(BAD, "x", linter.lint)
    assert outcome.raw == FIXED
    assert fix_raw(outcome.raw, "x", linter.lint).applied == 0


def test_unsafe_fixes_need_the_flag() -> None:
    finding = Finding("x.y", "error", "m", 0, 1, Fix((Edit(0, 1, "Z"),), "unsafe"))
    outcome = fix_raw("a", "x", lambda doc: [finding] if doc.text == "a" else [])
    assert outcome.raw == "a"
    assert (
        fix_raw("a", "x", lambda doc: [finding] if doc.text == "a" else [], unsafe=True).raw == "Z"
    )


@pytest.mark.slow
def test_fix_keeps_bom_crlf_and_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + BAD.replace("\n", "\r\n").encode())
    path.chmod(0o640)
    result = run_newslint("check", "--fix", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    again = run_newslint("check", "--fix", str(path))
    assert (
        again.returncode == 0
        and path.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode()
    )


@pytest.mark.slow
def test_fix_keeps_mixed_newlines_and_utf16(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    raw = "Sir. Blinken spoke.\r\nUntouched line\rErik Schmitt contributed with reporting.\n"
    path.write_bytes(codecs.BOM_UTF16_LE + raw.encode("utf-16-le"))
    assert run_newslint("check", "--fix", str(path)).returncode == 0
    expected = "Mr. Blinken spoke.\r\nUntouched line\rErik Schmitt contributed reporting.\n"
    assert path.read_bytes() == codecs.BOM_UTF16_LE + expected.encode("utf-16-le")


@pytest.mark.slow
def test_fix_writes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(BAD, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run_newslint("check", "--fix", str(link)).returncode == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED


@pytest.mark.slow
def test_diff_prints_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    result = run_newslint("check", "--diff", str(path))
    assert "-Sir. Blinken spoke. . Then he left." in result.stdout
    assert "+Mr. Blinken spoke. Then he left." in result.stdout
    assert path.read_text(encoding="utf-8") == BAD


def test_file_changed_since_read_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    source = read_file(str(path))
    path.write_text(BAD + "An editor's new line.\n", encoding="utf-8")
    try:
        write_atomic(source, FIXED)
    except Exception as exc:
        assert "changed on disk" in str(exc)
    else:
        raise AssertionError("wrote over a concurrent change")
    assert "An editor's new line." in path.read_text(encoding="utf-8")


def test_read_only_file_is_reported_not_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    path.chmod(0o444)
    source = read_file(str(path))
    # Root may write a read-only file, so the access check is made to answer as for a user.
    monkeypatch.setattr("newslint.source.os.access", lambda target, mode: mode != os.W_OK)
    with pytest.raises(InputError, match="read-only"):
        write_atomic(source, FIXED)
    assert path.read_text(encoding="utf-8") == BAD


def test_a_file_no_one_may_write_is_refused_even_by_root(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(InputError, match="read-only"):
        write_atomic(read_file(str(path)), FIXED)
    assert path.read_text(encoding="utf-8") == BAD


def test_a_folder_no_one_may_write_is_refused_even_by_root(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    folder.chmod(0o555)
    try:
        with pytest.raises(InputError, match="folder is read-only"):
            write_atomic(read_file(str(path)), FIXED)
        assert path.read_text(encoding="utf-8") == BAD
        assert os.listdir(folder) == ["a.txt"]
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("letter", ["x", "é"])  # one byte, two bytes in UTF-8
def test_a_file_whose_name_fills_the_file_systems_limit_is_fixed(
    tmp_path: Path, letter: str
) -> None:
    """The temporary's dot and suffix would pass the longest name a folder takes: it is
    shortened, the same way every time, and the fix is made and cleaned up as for any file."""
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    stem = letter * ((limit - 4) // len(letter.encode()))
    path = tmp_path / f"{stem}.txt"
    path.write_text(BAD, encoding="utf-8")
    temporary = temporary_path(path)
    assert len(os.fsencode(temporary.name)) <= limit
    assert temporary == temporary_path(path) and temporary.parent == tmp_path
    assert temporary_path(path.with_name(f"{letter}{stem[1:]}.tx")) != temporary
    write_atomic(read_file(str(path)), FIXED)
    assert path.read_text(encoding="utf-8") == FIXED
    assert os.listdir(tmp_path) == [path.name]
    temporary.write_text("left by a killed run", encoding="utf-8")
    remove_stale_temporary(str(path))
    assert os.listdir(tmp_path) == [path.name]


@pytest.mark.parametrize("said", [0, -1, 3, 14])
def test_a_file_systems_odd_name_limit_still_names_a_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: int
) -> None:
    """A FUSE mount may answer 0 for the longest name, -1 means no limit, 14 is System V's: a
    temporary is named at once (no endless shortening) and the fix is made."""
    monkeypatch.setattr("newslint.temporary_name.os.pathconf", lambda folder, name: said)
    path = tmp_path / "story-about-the-harbour.txt"
    path.write_text(BAD, encoding="utf-8")
    temporary = temporary_path(path)
    assert temporary.parent == tmp_path and temporary.name.endswith(".newslint~")
    write_atomic(read_file(str(path)), FIXED)
    assert path.read_text(encoding="utf-8") == FIXED
    assert os.listdir(tmp_path) == [path.name]


def test_a_file_with_hard_links_is_refused_not_split(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    other_name = tmp_path / "b.txt"
    os.link(path, other_name)
    with pytest.raises(InputError, match="hard links"):
        write_atomic(read_file(str(path)), FIXED)
    assert path.read_text(encoding="utf-8") == BAD
    assert os.path.samefile(path, other_name)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away"
)
def test_a_fixed_file_keeps_its_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BAD, encoding="utf-8")
    os.chown(path, 65534, 65534)  # as a user's file that root fixes
    write_atomic(read_file(str(path)), FIXED)
    assert path.read_text(encoding="utf-8") == FIXED
    assert (path.stat().st_uid, path.stat().st_gid) == (65534, 65534)


def test_source_encode_round_trips() -> None:
    source = Source(path="x", raw="é\r\n", encoding="utf-8", bom=codecs.BOM_UTF8)
    assert source.encode(source.raw) == codecs.BOM_UTF8 + "é\r\n".encode()
