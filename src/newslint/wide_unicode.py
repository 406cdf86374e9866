"""Recognising UTF-16 and UTF-32 text saved without a byte-order mark.

Windows tools and some exporters write UTF-16 with no mark. Such a file is full of NUL bytes,
so it looks binary, but its NULs keep to one lane: in UTF-16LE English every character's high
byte (the odd offsets) is NUL, in UTF-32LE the two top bytes of every four. A file whose NULs
fall in one lane and which decodes into text without control characters is that encoding; a
binary file or a text file with a stray NUL scatters its NULs and is left alone.
"""

from __future__ import annotations

import unicodedata

_HEAD = 8192
# Share of a lane's bytes that must be NUL: English or other Latin text in UTF-16 has about
# one NUL per character; a page mostly in another script has few and is not guessed.
_LANE_DENSITY = 0.2
_LANE_RATIO = 4  # NULs in the main lane for each one allowed in the other
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c")


def unmarked_wide_encoding(data: bytes) -> str | None:
    """`utf-32-le`, `utf-32-be`, `utf-16-le` or `utf-16-be` for text in one of them without a
    byte-order mark; None when the bytes are not clearly such text."""
    head = data[:_HEAD]
    if b"\x00" not in head:
        return None
    for name in (_utf32_lanes(head, len(data)), _utf16_lanes(head, len(data))):
        if name and _decodes_to_text(data, name):
            return name
    return None


def _utf32_lanes(head: bytes, size: int) -> str | None:
    if size % 4 or len(head) < 4:
        return None
    head = head[: len(head) - len(head) % 4]
    # The top byte of a code point is always 0; the next is 0 for every character below U+10000.
    if _all_nul(head[3::4]) and _mostly_nul(head[2::4], 0.9):
        return "utf-32-le"
    if _all_nul(head[0::4]) and _mostly_nul(head[1::4], 0.9):
        return "utf-32-be"
    return None


def _utf16_lanes(head: bytes, size: int) -> str | None:
    if size % 2 or len(head) < 2:
        return None
    head = head[: len(head) - len(head) % 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    lane = len(head) // 2
    # Only a character whose low byte is 0 (U+0100 'Ā', U+0200, ...) puts a NUL in the other lane,
    # so it keeps a small fraction of the main lane's: a share of the whole would refuse a short
    # text with one such letter, and binary data spreads its NULs over both lanes alike.
    if odd >= _LANE_DENSITY * lane and even * _LANE_RATIO <= odd:
        return "utf-16-le"
    if even >= _LANE_DENSITY * lane and odd * _LANE_RATIO <= even:
        return "utf-16-be"
    return None


def _all_nul(lane: bytes) -> bool:
    return lane.count(0) == len(lane)


def _mostly_nul(lane: bytes, share: float) -> bool:
    return lane.count(0) >= share * len(lane)


def _decodes_to_text(data: bytes, name: str) -> bool:
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return False
    return not any(
        unicodedata.category(char) in ("Cc", "Cn", "Cs") and char not in _WHITESPACE_CONTROLS
        for char in text[:_HEAD]
    )
