"""--fix writes a file only through a codec that gives its own text back as the bytes it was read
from; otherwise the bytes outside the fixed spans would change too (hostile test of --encoding)."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_newslint


def _fix(tmp_path: Path, data: bytes, encoding: str) -> tuple[int, str, bytes]:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    result = run_newslint(
        "check", "--grammar", "off", "--fix", "--encoding", encoding, "story.txt", cwd=tmp_path
    )
    return result.returncode, result.stderr, path.read_bytes()


def test_an_escape_codec_never_rewrites_the_line_breaks(tmp_path: Path) -> None:
    # unicode_escape reads the two characters "\n" as a line break and writes every line break
    # back as those two characters.
    data = b"Notes kept in C:\\news\\ferry .\nThe ferry sails at noon .\n"
    code, stderr, after = _fix(tmp_path, data, "unicode_escape")
    assert code == 2, stderr
    assert "does not write the file's own text back as the same bytes" in stderr
    assert after == data


def test_a_codec_with_two_forms_of_a_character_never_rewrites_the_other(tmp_path: Path) -> None:
    # cp932 reads 0x8790 (NEC's row 13) as U+2252 and writes U+2252 back as 0x81E0.
    data = "The two tides were \u2252 equal .\n".encode("cp932").replace(b"\x81\xe0", b"\x87\x90")
    code, stderr, after = _fix(tmp_path, data, "cp932")
    assert code == 2, stderr
    assert after == data


def test_a_faithful_legacy_codec_is_still_fixed(tmp_path: Path) -> None:
    data = "The caf\u00e9 opened at noon .\n".encode("cp1252")
    code, stderr, after = _fix(tmp_path, data, "cp1252")
    assert code == 0, stderr
    assert after == "The caf\u00e9 opened at noon.\n".encode("cp1252")


def test_utf_8_sig_on_a_file_without_a_mark_is_fixed_without_one(tmp_path: Path) -> None:
    data = "The caf\u00e9 opened at noon .\n".encode()
    code, stderr, after = _fix(tmp_path, data, "utf-8-sig")
    assert code == 0, stderr
    assert after == "The caf\u00e9 opened at noon.\n".encode()


def test_utf_8_sig_on_a_file_with_a_mark_keeps_it(tmp_path: Path) -> None:
    data = "\ufeffThe caf\u00e9 opened at noon .\n".encode()
    code, stderr, after = _fix(tmp_path, data, "utf-8-sig")
    assert code == 0, stderr
    assert after == "\ufeffThe caf\u00e9 opened at noon.\n".encode()
