"""The walk that pairs a paragraph's quotation marks, one for every reader of the pairing: the
`quotes` check reports what it leaves unpaired, `glued_quotes` asks whether a quotation is open
at a glued mark. Two copies of the walk disagreed once (one lacked the reset at a cut teaser), so
a glued mark was spaced as closing a quotation the check had ended.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newslint.quotation_marks import LOW_OPENER, opens
from newslint.quotation_paragraphs import cut_before


class Step(NamedTuple):
    """One mark of the walk: where it is, the quotation open before it (None if none is), and
    whether it opens one; a mark that does not open closes `open_before`, if any."""

    at: int
    open_before: int | None
    opening: bool


def pairing(text: str, marks: Sequence[int], flipped: frozenset[int]) -> Iterator[Step]:
    """Each mark (offsets of `QUOTE` matches in one paragraph, in order) with the quotation open
    before it. A line that ends on a cut (`cut_before`) ends the quotation open on it."""
    open_at: int | None = None
    for at in marks:
        if open_at is not None and cut_before(text, open_at, at):
            open_at = None
        if open_at is not None and text[open_at] == LOW_OPENER and text[at] in "“”":
            opening = False  # „…“ closes with the high mark English opens with
        else:
            opening = opens(text, at, open_at is not None, flipped)
        yield Step(at, open_at, opening)
        open_at = at if opening else None
