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
    ranges: list[list[int]] = []
    for code in members:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        literal(chr(low)) + ("-" + literal(chr(high)) if high > low else "") for low, high in ranges
    )


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
