"""Lines set short on purpose, which `line-break` leaves alone: stanzas of verse or song, and
runs of short lines set one to a line (an address, a list)."""

from __future__ import annotations

import bisect

from newslint.regex_store import compile_pattern
from newslint.verse import MAX_VERSE_LINE

# A line ending on one of these ends its sentence, item or label.
END_MARK = compile_pattern(r"[.!?:;\"”’)\]…|•·-]\s*$")
# A stanza has at least this many lines (a paragraph wrapped short on purpose).
MIN_STANZA_LINES = 2
# A stanza's lines are at most this share of the page's widest line (its prose on one line).
STANZA_WIDTH_SHARE = 2 / 3
# Lines of verse length in a run this long are set one to a line on purpose.
MIN_SET_OUT = 3


def stanza_spans(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the page's stanzas: paragraphs of two or more short lines broken
    without an end mark, next to another such paragraph (verse or a song set line by line on
    purpose, its sentences running on over line and stanza breaks). Their lines fall well
    short of the page's widest: prose hard-wrapped at a width fills its lines to about that
    width, stanzas included, and a lone short paragraph broken once is prose."""
    reach = min(MAX_VERSE_LINE, STANZA_WIDTH_SHARE * max((e - s for s, e in lines), default=0))
    paragraphs: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if text[start:end].strip():
            paragraphs[-1].append((start, end))
        elif paragraphs[-1]:
            paragraphs.append([])
    stanzas = [_stanza(text, paragraph, reach) for paragraph in paragraphs]
    return [
        (paragraph[0][0], paragraph[-1][1])
        for index, paragraph in enumerate(paragraphs)
        if stanzas[index]
        and (
            (index > 0 and stanzas[index - 1]) or (index + 1 < len(stanzas) and stanzas[index + 1])
        )
    ]


def _stanza(text: str, paragraph: list[tuple[int, int]], reach: float) -> bool:
    lines = [text[start:end].strip() for start, end in paragraph]
    return (
        len(lines) >= MIN_STANZA_LINES
        and all(len(line) <= reach for line in lines)
        and not any(END_MARK.search(line) for line in lines[:-1])
    )


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls in one of `spans` (in text order, apart)."""
    index = bisect.bisect_right(spans, at, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][0] <= at <= spans[index][1]


def set_out_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines in runs of at least `MIN_SET_OUT` non-blank lines of verse length:
    lines set one to a line on purpose (a stanza, an address, a list), whatever their ends."""
    found: set[int] = set()
    run: list[int] = []
    for index, (start, end) in enumerate([*lines, (0, 0)]):
        line = text[start:end].strip()
        if line and len(line) <= MAX_VERSE_LINE:
            run.append(index)
            continue
        if len(run) >= MIN_SET_OUT:
            found.update(run)
        run = []
    return found
