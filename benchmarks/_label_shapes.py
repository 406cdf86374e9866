"""A missed label's character shape, for describing a half's misses without reading its text.

A label's span and two characters either side are written as character classes: `a` a
lower-case letter, `A` a capital, `9` a digit, `_` a space or tab, `N` a line break, `^`/`$` the
excerpt's edges, `Q` a double quotation mark or guillemet, `q` a single one or an apostrophe,
`(`/`)` any opening or closing bracket; every other mark is kept as itself (`,`, `.`, `–`, `*`).
Inside the span a run of one letter class is one symbol and a long span keeps its ends, so what
is printed is the label's punctuation and where it stands (line start or end, inside a word,
beside a quote, a bracket or a digit), never a word of the page.
"""

from __future__ import annotations

from collections import Counter

import regex

DOUBLE_QUOTES = frozenset('"“”„«»')
SINGLE_QUOTES = frozenset("'‘’‚`´")
OPENING = frozenset("([{")
CLOSING = frozenset(")]}")
SPAN_SYMBOLS = 8  # a longer span keeps its first five and last two symbols


def char_class(char: str) -> str:
    if char == "\n" or char == "\r":
        return "N"
    if char.isspace():
        return "_"
    if char.isalpha():
        return "A" if char.isupper() else "a"
    if char.isdigit():
        return "9"
    if char in DOUBLE_QUOTES:
        return "Q"
    if char in SINGLE_QUOTES:
        return "q"
    if char in OPENING:
        return "("
    if char in CLOSING:
        return ")"
    return char


def _span_classes(text: str) -> str:
    """The span's classes with each run of letters, digits or spaces written once."""
    classes = regex.sub(r"([aA9_])\1+", r"\1", "".join(char_class(c) for c in text))
    if len(classes) > SPAN_SYMBOLS:
        return classes[:5] + "…" + classes[-2:]
    return classes


def label_shape(text: str, start: int, end: int, side: int = 2) -> str:
    """`left[span]right` in character classes: `aa[.,]_a` is a stop and a comma after a word."""
    left = "".join(char_class(c) for c in text[max(0, start - side) : start])
    right = "".join(char_class(c) for c in text[end : end + side])
    left = "^" * (side - len(left)) + left
    right = right + "$" * (side - len(right))
    return f"{left}[{_span_classes(text[start:end])}]{right}"


def label_marks(text: str) -> str:
    """The distinct marks inside a span, sorted (`,.”`), or `none` for a span of words only."""
    marks = sorted({c for c in text if not c.isalnum() and not c.isspace()})
    return "".join(marks) or "none"


def count_shapes(misses: list[tuple[str, int, int]]) -> tuple[Counter[str], Counter[str]]:
    """(shapes, marks) of missed labels given as (excerpt, start, end)."""
    shapes: Counter[str] = Counter()
    marks: Counter[str] = Counter()
    for text, start, end in misses:
        shapes[label_shape(text, start, end)] += 1
        marks[label_marks(text[start:end])] += 1
    return shapes, marks
