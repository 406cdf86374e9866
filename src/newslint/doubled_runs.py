"""Runs of tokens written twice in a row ("Le Van Thanh Le Van Thanh", "Source: AFP – AFP"),
found from the document's shared tokens: where a word or phrase repeats at once
(`repeats_tokens`), and which longer runs are doubled to the letter on one line (`doubled_runs`).
The `repetition` kind reports them; the shapes are here so other passes can share them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from itertools import compress, count
from operator import eq, itemgetter

import regex

from newslint.document import Document
from newslint.regex_store import compile_pattern
from newslint.tokens import Run

# A name or phrase of two to four words written twice in a row ("Le Van Thanh Le Van Thanh").
DOUBLED_PHRASE = compile_pattern(
    r"\b(\p{L}+(?:[ \t]+\p{L}+){1,3})[ \t]+(\1)\b", regex.IGNORECASE | regex.VERSION1
)
MIN_DOUBLED_RUN = 5  # shorter runs of plain words are `DOUBLED_PHRASE`'s
MAX_DOUBLED_RUN = 24
MIN_DOUBLED_LETTERS = 10
# Copies joined by a separator need three tokens: two-word names run so in lists ("New York,
# New York").
MIN_SEPARATED_RUN = 3
_RUN_SEPARATORS = frozenset("–—|·•,;/")


def folded_tokens(runs: list[Run]) -> list[str]:
    """The runs' texts, case-folded (in C calls alone: a Python step per token cost more)."""
    return list(map(str.casefold, map(itemgetter(2), runs)))


def repeats_tokens(doc: Document, longest: int, folded: list[str] | None = None) -> list[int]:
    """Where a run of 1 to `longest` tokens is followed at once by the same run (letter case
    aside): the offsets a doubled word or phrase needs, told from the shared tokens, no regex.
    `folded`: `folded_tokens(doc.runs)`, if made already."""
    runs = doc.runs
    folded = folded_tokens(runs) if folded is None else folded
    found = set()
    for length in range(1, longest + 1):
        # the tokens equal to the one `length` after them, compared in C calls alone
        for index in compress(count(), map(eq, folded, folded[length:])):
            if folded[index : index + length] == folded[index + length : index + 2 * length]:
                found.add(runs[index].start)
    return sorted(found)


def doubled_runs(
    runs: list[Run], text: str, folded: list[str] | None = None
) -> Iterator[tuple[int, int, int]]:
    """(start, start of the copy, end) of each run of tokens written twice in a row on one line,
    the two copies alike character for character (case aside) and apart by spaces only. Only
    what the short-phrase pattern leaves: a run of `MIN_DOUBLED_RUN` tokens or more, or one with
    figures or punctuation inside; at least `MIN_DOUBLED_LETTERS` letters ("ha ha ha" is not).
    `folded`: `folded_tokens(runs)`, if made already."""
    folded = folded_tokens(runs) if folded is None else folded
    found: list[tuple[int, int, int]] = []
    for index, length in _bigram_echoes(folded):
        if index + 2 * length > len(runs) or (found and runs[index].start < found[-1][2]):
            continue
        if folded[index : index + length] != folded[index + length : index + 2 * length]:
            continue
        first, copy = runs[index].start, runs[index + length].start
        end = runs[index + 2 * length - 1].end
        one, two = text[first:copy], text[copy:end]
        if "\n" in two:  # not on one line
            continue
        one, separated = without_separator(one)
        if one.casefold() != two.casefold() or (separated and not _named_field(one, two, length)):
            continue
        plain = DOUBLED_PHRASE.fullmatch(text, first, end) is not None
        if sum(c.isalpha() for c in two) < MIN_DOUBLED_LETTERS or (
            plain and length < MIN_DOUBLED_RUN
        ):
            continue
        found.append((first, copy, end))
    yield from found


def without_separator(copy: str) -> tuple[str, bool]:
    """The first copy without the spaces, and the one separator, a scraper put between it and
    the second ("Source: X – X –", "Title | Title"): a field printed twice is a doubled run
    whether its copies were joined by a space or by the separator of a list."""
    copy = copy.rstrip(" \t")
    if copy[-1:] in _RUN_SEPARATORS:
        return copy[:-1].rstrip(" \t"), True
    return copy, False


def _named_field(one: str, two: str, length: int) -> bool:
    """Copies joined by a separator are a field printed twice when they are a name or a title,
    written alike to the letter, most words capitalised ("Office of the Prime Minister –
    Office of the Prime Minister"); prose repeated around a dash is a figure of speech ("no
    place in our world – no place in our world –")."""
    words = two.split()
    capitals = sum(w[:1].isupper() for w in words)
    return one == two and length >= MIN_SEPARATED_RUN and 2 * capitals >= len(words)


def _bigram_echoes(folded: list[str]) -> list[tuple[int, int]]:
    """(index, distance) where a pair of tokens comes again 2 to `MAX_DOUBLED_RUN` tokens after
    its last appearance: one pass over the text, where a doubled run must start."""
    last: dict[tuple[str, str], int] = {}
    echoes = []
    for index, pair in enumerate(itertools.pairwise(folded)):
        before = last.get(pair)
        last[pair] = index
        if before is not None and 2 <= index - before <= MAX_DOUBLED_RUN:
            echoes.append((before, index - before))
    return echoes
