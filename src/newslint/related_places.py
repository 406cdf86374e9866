"""Where a document writes the other form of something a finding reports, as the finding's
related places: a name spelled two ways is one problem seen in two places, and the reader (or a
labeller) needs both in view, while one finding keeps it one problem."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import regex

from newslint.finding import Related

# The reader needs to see where the other form stands, not its every mention: a name the page
# writes twenty times would bury the finding under its own notes.
MAX_RELATED = 3


def places_of(text: str, form: str) -> list[tuple[int, int]]:
    """The spans where `text` writes `form` as a whole word or words (not inside a longer
    word: "Tregubov" is not in "Tregubova")."""
    pattern = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(form) + r"(?![\p{L}\p{N}])")
    return [m.span() for m in pattern.finditer(text)]


class OtherForm:
    """The places a document writes the form a finding's span is measured against, each with
    its note, as the related places of each finding: the first `limit` that do not overlap the
    finding. Most findings overlap none of them and share one tuple (a page with thousands of
    findings of one style holds one copy)."""

    def __init__(self, places: Iterable[tuple[int, int, str]], limit: int = MAX_RELATED):
        self.places = list(places)
        self.limit = limit
        self.first = self._kept(-1, -1)

    def related(self, start: int, end: int) -> tuple[Related, ...]:
        if all(r.end <= start or end <= r.start for r in self.first):
            return self.first
        return self._kept(start, end)

    def _kept(self, start: int, end: int) -> tuple[Related, ...]:
        kept = (place for place in self.places if place[1] <= start or end <= place[0])
        return tuple(Related(*place) for place in islice(kept, self.limit))
