"""Keep long stretches without a letter or digit (rules, ASCII art, code fences) away from Harper.

Harper's time grows with the square of a sentence's length in tokens, and every punctuation mark
is a token of its own while nothing in such a stretch ends a sentence: a 6,000-character piece of
backticks or "- - -" took 1.0-1.3 s a pass against 0.07 s for prose, so a document of them took a
minute. A run of spaces is one token (6,000 spaces: 0.03 s), so each mark of a long stretch is
sent as a space: offsets stay the document's, line breaks stay where they were (pieces, and
Harper's paragraphs, end where they did), and no word Harper could lint is hidden. Lints Harper
then gives inside a masked stretch (its multiple-spaces rule) are about the mask, not the text,
and are dropped (`inside`).
"""

from __future__ import annotations

from bisect import bisect_right

from newslint.regex_store import compile_pattern

# A stretch holds at least this many marks (not counting spaces) before it is masked. Below a few
# hundred tokens Harper's square term does not show (500 backticks: 0.03 s); news copy's longest
# letterless stretches are an ellipsis with quotes or a short rule ("* * *", "-----").
MIN_MARKS = 32

# Marks a stretch begins or ends with that touch a word ("recieve.", "“The", "said......") stay,
# up to this many: they end its sentence or open a quotation, and Harper reads them with the word.
# Bounded, so a word glued to thousands of backticks still spares Harper all but a few.
KEEP_ATTACHED = 16

# The longest runs of characters that are neither letters nor digits, spaces and breaks included
# (so "- - -" and a table of "|---|" lines are each one stretch).
_STRETCH = compile_pattern(rf"[\W_]{{{MIN_MARKS},}}")
_MARK = compile_pattern(r"\S")
_ATTACHED_START = compile_pattern(rf"\S{{0,{KEEP_ATTACHED}}}")
_ATTACHED_END = compile_pattern(rf"\S{{0,{KEEP_ATTACHED}}}\Z")


def masked(piece: str) -> tuple[str, list[tuple[int, int]]]:
    """`piece` with each mark of a long letterless stretch made a space, and the (start, end)
    spans masked, in order. Text without such a stretch comes back unchanged."""
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    at = 0
    for found in _STRETCH.finditer(piece):
        start, end = _unattached(piece, *found.span())
        stretch = piece[start:end]
        if len(stretch) - sum(c.isspace() for c in stretch) < MIN_MARKS:
            continue
        parts += [piece[at:start], _MARK.sub(" ", stretch)]
        spans.append((start, end))
        at = end
    if not spans:
        return piece, spans
    parts.append(piece[at:])
    return "".join(parts), spans


def _unattached(piece: str, start: int, end: int) -> tuple[int, int]:
    """The stretch [start, end) without the marks it keeps for the words either side."""
    if start > 0 and not piece[start - 1].isspace():
        start = _ATTACHED_START.match(piece, start, end).end()  # type: ignore[union-attr]
    if end < len(piece) and not piece[end].isspace():
        end = _ATTACHED_END.search(piece, start, end).start()  # type: ignore[union-attr]
    return start, max(start, end)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the non-empty [start, end) lies within one of the masked `spans` (sorted, not
    overlapping): an empty one at a stretch's edge is an insertion after the text before it."""
    index = bisect_right(spans, start, key=lambda span: span[0]) - 1
    return start < end and index >= 0 and end <= spans[index][1]
