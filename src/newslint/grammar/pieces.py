"""Cut a document into paragraph-sized pieces for a grammar engine, so its cost stays linear.

Harper's time grows faster than the length of the text it is given (a 1 MB document took minutes
where its paragraphs one by one take seconds), and a grammar error never spans a paragraph break.
Pieces are consecutive and cover the text exactly, so an offset found in a piece plus the piece's
start is the offset in the document.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.regex_store import compile_pattern
from newslint.sentence_ends import is_abbreviation

# Big enough that the engine's fixed cost per call is small, small enough that its super-linear
# part never shows (measured with Harper: 4-8 KB pieces are fastest).
PIECE_CHARS = 6_000

# Where a piece may end, best first: after a blank line, after a sentence, after a line, after a
# space (Harper reads a single line break as inside a sentence). The last such place inside the
# allowed length is taken.
_BOUNDARIES = (
    compile_pattern(r"\n[^\S\n]*\n\s*"),
    compile_pattern(r"[.!?…]+[\"”’')\]]*\s+"),
    compile_pattern(r"\n\s*"),
    compile_pattern(r"\s+"),
)


def pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(start offset, piece) pairs covering `text`, each at most `limit` characters."""
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        yield start, text[start:end]
        start = end
    if start < len(text) or not text:
        yield start, text[start:]


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the piece that starts at `start`: the best boundary before `limit`."""
    for boundary in _BOUNDARIES:
        end = None
        for found in boundary.finditer(text, start + 1, limit):
            if not (found.group().startswith(".") and is_abbreviation(text, found.start())):
                end = found.end()
        if end is not None:
            return int(end)
    return limit
