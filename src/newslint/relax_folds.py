"""Where `regex` folds case in more places than RE2, whose `(?i)` folds simply, by Unicode's
orbits: even folding simply, `regex` reads "İ" (U+0130) as "i" and "ı" (U+0131) as "I"; folding fully (`(?i)` without
`(?-f)`), it also reads a character as several ("ß" is "ss", "ﬁ" is "fi"). A relaxed
case-insensitive body is widened to open wherever the text holds such a character; a pattern
that writes one (a literal, or a range holding it) is refused, since `regex` would then find it
in text that holds none ("i", "ss") where RE2 would not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

import regex._regex as regex_engine

from newslint.relax_atoms import GAPS, Unrelaxable, literal

# The characters `regex` folds with another where RE2 does not, folding simply: the Turkic i's
# (tests/test_gate.py asks both engines about every cased character).
SIMPLE_FOLDS_APART = ("\u0130", "\u0131")
# The relaxer's own ranges for what a class escape (`\w`, `\p{...}`) matches beyond ASCII
# (`relax_atoms.beyond_ascii`): they stand beside the class's ASCII members, which RE2 folds as
# `regex` does.
OWN_RANGES = frozenset(GAPS)


def folded(body: str, full: bool) -> str:
    """`body`, case-insensitive, widened to the characters `regex` folds where RE2 does not."""
    special = _special(full)
    for low, high in _written(body):
        if (low, high) in OWN_RANGES:
            continue
        # the first special character at or above `low` (a body writes thousands of characters)
        index = bisect_left(special, low, key=ord)
        if index < len(special) and ord(special[index]) <= high:
            raise Unrelaxable(f"{special[index]!r} is folded by regex where RE2 does not fold it")
    return "(?:" + body + ")|[" + "".join(literal(char) for char in special) + "]"


@cache
def _special(full: bool) -> tuple[str, ...]:
    """The characters `regex` folds where RE2 does not, in code point order."""
    special = frozenset(SIMPLE_FOLDS_APART) | (_expanding_folds() if full else frozenset())
    return tuple(sorted(special))


@cache
def _expanding_folds() -> frozenset[str]:
    """The characters `regex` folds to several under full case folding (its own table)."""
    table = getattr(regex_engine, "get_expand_on_folding", None)
    if table is None:
        raise Unrelaxable("this version of regex does not list its expanding case folds")
    return frozenset(table())


_ATOM = r"\\x\{[0-9a-f]+\}|\\.|[^\\]"
_SYNTAX = frozenset("[]()|?*+{}^$.")
_WRITTEN = re.compile(f"({_ATOM})(?:-({_ATOM}))?", re.DOTALL)


def _written(body: str) -> Iterator[tuple[int, int]]:
    """Every character a relaxed body writes, as itself or as `\\x{...}`, syntax included, and
    every `a-b` in it read as a range (outside a class too: a refusal too many costs only speed)."""
    for first, last in _WRITTEN.findall(body):
        low = _code(first)
        high = _code(last) if last else low
        if first in _SYNTAX or last in _SYNTAX:  # "[-–]": a class opens on a hyphen, no range
            yield from ((low, low), (high, high))
            continue
        yield (low, high) if low <= high else (low, low)
        if last:
            yield (high, high)


def _code(atom: str) -> int:
    if atom.startswith("\\x{"):
        return int(atom[3:-1], 16)
    return ord(atom[-1])
