"""RE2 spellings of single characters and class escapes, for the relaxation (`newslint.relax`).

A `regex` class escape (`\\w`, `\\p{Lu}`) is spelt by its ASCII members, computed from the
`regex` module itself so that the two engines agree on every ASCII character.
"""

from __future__ import annotations

from functools import cache

import re2
import regex


class Unrelaxable(ValueError):
    """The pattern uses syntax the relaxation does not know; it is never gated."""


@cache
def ascii_members(escape: str) -> str:
    """The ASCII characters a `regex` class escape (`\\w`, `\\p{Lu}`, `\\P{Latin}`) matches, as
    RE2 class ranges (Unicode semantics, as the rules' patterns are compiled)."""
    try:
        pattern = regex.compile(escape, regex.VERSION1)
    except regex.error as exc:
        raise Unrelaxable(f"{escape}: {exc}") from None
    members = [code for code in range(0x80) if pattern.fullmatch(chr(code))]
    return "".join(
        literal(chr(low)) + ("-" + literal(chr(high)) if high > low else "")
        for low, high in _runs(members)
    )


# Beyond ASCII a class escape used to be read as every character, and clean copy is full of
# curly quotes, dashes and no-break spaces: a `\d` or `\p{L}` beside a mark opened its rule
# nearly everywhere ("on’" for a word glued to a number, "s – " for a page number). These blocks
# of marks, spaces and symbols hold the characters news copy uses most beyond ASCII; a class
# escape is read there as exactly its own members, and elsewhere as everything (a few ranges,
# which RE2 compiles as fast as one; an exact program for Unicode letters, case folded and
# repeated, takes most of a second to compile).
COMMON_MARKS = (
    (0xA0, 0xBF),  # no-break space, Latin-1 punctuation and signs
    (0xD7, 0xD7),  # multiplication sign
    (0xF7, 0xF7),  # division sign
    (0x2000, 0x206F),  # general punctuation: spaces, dashes, curly quotes, ellipsis, bullets
    (0x20A0, 0x20CF),  # currency signs
    (0x2190, 0x21FF),  # arrows
    (0x2500, 0x25FF),  # box drawing, blocks, geometric shapes
)
# Everything else beyond ASCII, read as a member of every class escape.
GAPS = tuple(
    (low, high)
    for low, high in zip(
        [0x80] + [end + 1 for _, end in COMMON_MARKS],
        [start - 1 for start, _ in COMMON_MARKS] + [0x10FFFF],
        strict=True,
    )
    if low <= high
)


@cache
def beyond_ascii(escape: str) -> str:
    """What a class escape (`\\w`, `\\p{Lu}`) matches beyond ASCII, read as RE2 class ranges: the
    GAPS whole, and in COMMON_MARKS the characters it matches (with or without case folding,
    so that the reading holds under `(?i)` too)."""
    try:
        exact = regex.compile(escape, regex.VERSION1)
        folding = regex.compile(escape, regex.VERSION1 | regex.IGNORECASE)
    except regex.error as exc:
        raise Unrelaxable(f"{escape}: {exc}") from None
    members = [
        code
        for low, high in COMMON_MARKS
        for code in range(low, high + 1)
        if exact.fullmatch(chr(code)) or folding.fullmatch(chr(code))
    ]
    return "".join(_range(low, high) for low, high in (*GAPS, *_runs(members)))


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as (low, high) runs of consecutive ones."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return [(low, high) for low, high in ranges]


def _range(low: int, high: int) -> str:
    return f"\\x{{{low:x}}}" + (f"-\\x{{{high:x}}}" if high > low else "")


@cache
def admits_newline(atom: str) -> bool:
    """Whether one relaxed atom (a class, a property) matches a newline."""
    try:
        return re2.search(atom, "\n") is not None
    except re2.error as exc:
        raise Unrelaxable(f"{atom}: {exc}") from None


def literal(char: str) -> str:
    if char.isalnum() or (ord(char) > 0x7F and char.isprintable()):
        return char
    return f"\\x{{{ord(char):x}}}"
