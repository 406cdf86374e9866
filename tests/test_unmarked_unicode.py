"""UTF-16 and UTF-32 saved without a byte-order mark are read (not called binary), written back
the same way, and a wide encoding named for a plain UTF-8 file is refused instead of turning
its text into CJK-looking nonsense."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.errors import InputError
from newslint.source import BinaryInput, decode

from .conftest import examples, run_newslint

STORY = "The mayor said the café on Rue Saint-Denis would reopen on Monday — “soon”.\n"
WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


@pytest.mark.parametrize("encoding", WIDE)
def test_unmarked_wide_text_is_read_in_its_byte_order(encoding: str) -> None:
    source = decode(STORY.encode(encoding), "story.txt")
    assert (source.raw, source.encoding, source.bom) == (STORY, encoding, b"")
    assert source.encode(source.raw) == STORY.encode(encoding)


@pytest.mark.parametrize("encoding", WIDE)
def test_a_bare_wide_name_takes_the_byte_order_from_the_bytes(encoding: str) -> None:
    named = encoding[:6]  # utf-16 or utf-32: Python alone would read it little-endian
    source = decode(STORY.encode(encoding), "story.txt", named)
    assert (source.raw, source.encoding) == (STORY, encoding)
    assert source.encode(source.raw) == STORY.encode(encoding)  # no mark added on write


@pytest.mark.parametrize("named", ["utf-16", "utf-32", "utf-16-le", "utf_16_be"])
def test_a_wide_encoding_named_for_utf8_text_is_refused(named: str) -> None:
    with pytest.raises(InputError, match=r"reads as UTF-8, so it is not .* text"):
        decode(b"The council met on Tuesday to discuss the budget.\n", "a.txt", named)


def test_a_stray_nul_is_still_binary_and_says_where() -> None:
    with pytest.raises(BinaryInput, match="NUL byte at offset 9"):
        decode(b"Some text\x00 more text, and then a good deal more of it.\n", "a.txt")


def test_a_wrong_encoding_hint_names_the_unmarked_wide_encoding() -> None:
    with pytest.raises(InputError, match="looks like UTF-16-BE without a byte-order mark"):
        decode(STORY.encode("utf-16-be"), "a.txt", "utf-8")


def test_a_wrong_encoding_hint_says_utf8_when_the_text_is_utf8() -> None:
    with pytest.raises(InputError, match="reads as UTF-8: leave --encoding out"):
        decode("Zürich, “quoted”.\n".encode(), "a.txt", "ascii")


@settings(max_examples=examples(60), deadline=None)
@given(
    st.text(
        st.characters(
            min_codepoint=0x20,
            max_codepoint=0x24F,
            blacklist_categories=("Cc",),
            blacklist_characters="\u0100\u0200",  # low byte NUL: the test below has them
        ),
        min_size=4,
        max_size=60,
    ),
    st.sampled_from(WIDE),
)
def test_latin_text_in_any_wide_encoding_round_trips(text: str, encoding: str) -> None:
    # Plain letters as every English article has, at least two in five characters: 300
    # characters drawn alone from Latin Extended (most of U+0020-U+024F) would be a page in no
    # language and put too few NULs in UTF-16's high lane to be told from binary data.
    text = "The council met on Tuesday in the hall. " + text
    source = decode(text.encode(encoding), "a.txt")
    assert (source.raw, source.encoding) == (text, encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_short_text_with_a_letter_whose_low_byte_is_nul_is_still_wide_text(encoding: str) -> None:
    # 'Ā' (U+0100) puts a NUL in the lane where Latin text has none: one in nine characters here.
    text = "Page 000Ā"
    assert decode(text.encode(encoding), "a.txt").raw == text


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_are_never_taken_for_text(seed: int) -> None:
    data = random.Random(seed).randbytes(64 + 97 * seed)
    with pytest.raises(InputError):
        decode(data + b"\x00\x00", "a.bin")


def test_fix_keeps_an_unmarked_utf16_file_unmarked(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Sir. Blinken spoke. . Then he left.\r\n".encode("utf-16-le"))
    result = run_newslint("check", "--fix", "--grammar", "off", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_bytes() == "Mr. Blinken spoke. Then he left.\r\n".encode("utf-16-le")


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + "The council met.".encode("utf-16-le") + b"A",  # odd length
        codecs.BOM_UTF16_LE + b"T\x00\x00\xd8h\x00e\x00",  # a lone surrogate
        codecs.BOM_UTF32_LE + "The ".encode("utf-32-le") + b"\x00\x00\x11\x00",  # past U+10FFFF
    ],
)
def test_a_damaged_file_with_a_byte_order_mark_is_called_damaged_not_another_encoding(
    data: bytes,
) -> None:
    """trust65: the hint said 'leave --encoding out' to a run that named none, or 'pass
    --encoding cp1252' for a UTF-16 file, whose --fix would then have rewritten it as cp1252."""
    with pytest.raises(InputError) as raised:
        decode(data, "a.txt")
    message = str(raised.value)
    assert "byte-order mark" in message, message
    assert "--encoding" not in message, message
