"""How a closing-shaped quotation mark glued between two words reads: closing the quotation open
before it (`“Hello,”she said`: the space goes after it) or opening one (`the”Response Letter”`: the
space goes before it and the mark turns round). A spacing fix that puts the space after a mark
that opens splits the quotation from its words (`the” Response Letter”`), so the spacing rules
ask here before they offer it.

Double marks are read by the quotation pairing of `newslint.quotation_pairing`, through the
paragraph the mark stands in; single ones, which apostrophes share, only within their line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache

from newslint.document import Span
from newslint.quotation_marks import QUOTE, misdirected, opens
from newslint.quotation_pairing import pairing
from newslint.quotation_paragraphs import quotation_paragraphs
from newslint.regex_store import compile_pattern

CLOSES = "closes"
OPENS = "opens"  # certainly: its quotation closes at the next mark on its line
UNSURE = "unsure"  # it may open: no spacing fix is certain

# A single mark that closes a quotation: after a word or its stop, not before a letter (not an
# apostrophe inside a word).
_SINGLE_CLOSER = compile_pattern(r"(?<=[\p{L}\p{N}.,!?])’(?!\p{L})")


def glued_reading(text: str, blocks: Sequence[Span], at: int) -> str:
    """CLOSES, OPENS or UNSURE for the mark at `at` (” or ’), `blocks` the document's paragraphs."""
    if text[at] == "’":
        return _single_reading(text, at)
    if text[at] != "”":
        return CLOSES
    since = _paragraph_start(text, tuple(blocks), at)
    flipped = _misdirected(text)
    if _open_before(text, since, at, flipped) or not opens(text, at, False, flipped):
        return CLOSES
    line_end = _line_end(text, at)
    following = QUOTE.search(text, at + 1, line_end)
    return OPENS if following is not None and following.group() == "”" else UNSURE


def _open_before(text: str, since: int, at: int, flipped: frozenset[int]) -> bool:
    """Whether a quotation is open at `at`, pairing the marks from `since` as `quotes` does."""
    marks = [m.start() for m in QUOTE.finditer(text, since, at + 1)]
    steps = list(pairing(text, marks, flipped))
    return bool(steps) and steps[-1].at == at and steps[-1].open_before is not None


def _single_reading(text: str, at: int) -> str:
    """A glued ’ with a closing ’ later on its line and no ‘ open before it on the line may open
    a quotation as well as close one: apostrophes share the shape, so it is never certain."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    opened = before.rfind("‘")
    if opened >= 0 and not _SINGLE_CLOSER.search(text, line_start + opened + 1, at):
        return CLOSES
    closed_later = _SINGLE_CLOSER.search(text, at + 1, _line_end(text, at))
    return UNSURE if closed_later is not None else CLOSES


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


# Pure memos of pure functions (as `checks/quotes.py` keeps its pairing): a text's few glued marks
# share its paragraphs and its misdirected marks. What they hand out is immutable, so no reader
# can change what the next one reads.
@lru_cache(maxsize=2)
def _paragraph_starts(text: str, blocks: tuple[Span, ...]) -> tuple[int, ...]:
    return tuple(p.start for p in quotation_paragraphs(text, list(blocks)))


def _paragraph_start(text: str, blocks: tuple[Span, ...], at: int) -> int:
    starts = _paragraph_starts(text, blocks)
    index = bisect.bisect_right(starts, at) - 1
    return starts[index] if index >= 0 else 0


@lru_cache(maxsize=2)
def _misdirected(text: str) -> frozenset[int]:
    return misdirected(text)
