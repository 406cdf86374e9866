"""Necessary conditions: what a document must hold for a check to find anything in it.

A check kind declares one (`Check.necessary`) when its code can find something only where the
condition holds, so that a document without it is passed over unread. The condition is read from
what the code requires, never from what is usually true: a finding on a document that fails the
condition would be lost by the gated engine and kept by an ungated one
(`tests/test_necessary_conditions.py` holds every declared condition to that).

Every member given must hold (they are ANDed); each member holds when any one of its alternatives
does:
- `matches`: one of these patterns matches somewhere in the text. These become the check's parts
  in the RE2 batch gate (`newslint.gate`), scanned once per document for every check;
- `contains`: one of these strings occurs in the text (a literal prefilter, a C substring test);
- `characters`: the text holds one of these characters (`newslint.features`, read once per
  document for every check);
- `feature`: a named test of the document's shared indexes (`Document.names`, `word_counts` …),
  cheap because other checks build those indexes anyway; tested on documents up to
  FEATURE_MAX_CHARS long (a longer one is taken to hold it).

The engine evaluates the RE2 and character members through the gates that already exist, and the
literal and feature members just before the check would run. A linter built with `gated=False`
evaluates none of them: gated and ungated linters find the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from newslint.document import Document
from newslint.features import Features, Needs

# The longest document a feature is tested on (`DocumentFeature.longest`).
FEATURE_MAX_CHARS = 65_536


# Plain classes, not dataclasses: `dataclasses` imports `inspect`, which the quick launcher
# must not load (tests/test_launch.py).
class DocumentFeature:
    """A named test of a document's shared indexes (the name says in reports and tests which).
    A document longer than `longest` characters is taken to hold it untested: a long text nearly
    always does, and the test, linear in the text, would only add to the check's own time (on
    the clean megabyte, 2 % of the whole run before this bound)."""

    __slots__ = ("longest", "name", "test")

    def __init__(
        self, name: str, test: Callable[[Document], bool], longest: int = FEATURE_MAX_CHARS
    ) -> None:
        self.name = name
        self.test = test
        self.longest = longest

    def __repr__(self) -> str:
        return f"DocumentFeature({self.name!r})"


class Necessary:
    """What a document must hold for a check to find anything in it (module docstring)."""

    __slots__ = ("characters", "contains", "feature", "matches")

    def __init__(
        self,
        matches: Iterable[regex.Pattern[str]] = (),
        contains: Iterable[str] = (),
        characters: Needs | None = None,
        feature: DocumentFeature | None = None,
    ) -> None:
        self.matches = tuple(matches)
        self.contains = tuple(contains)
        self.characters = characters
        self.feature = feature

    def __repr__(self) -> str:
        return (
            f"Necessary(matches={len(self.matches)} patterns, contains={self.contains!r}, "
            f"characters={self.characters!r}, feature={self.feature!r})"
        )

    @property
    def prefilters(self) -> bool:
        """Whether the engine must test this condition itself before running the check (the
        members no gate of its own evaluates)."""
        return bool(self.contains) or self.feature is not None

    def prefilter(self, doc: Document) -> bool:
        """The members the engine tests itself: `contains` and `feature`."""
        text = doc.text
        if self.contains and not any(literal in text for literal in self.contains):
            return False
        feature = self.feature
        return feature is None or len(text) > feature.longest or feature.test(doc)

    def holds(self, doc: Document) -> bool:
        """The whole condition, read directly (no RE2, the feature at any length): what the tests
        hold each finding to."""
        text = doc.text
        if self.matches and not any(p.search(text) for p in self.matches):
            return False
        if self.characters is not None and not self.characters.met_by(Features(text)):
            return False
        if self.contains and not any(literal in text for literal in self.contains):
            return False
        return self.feature is None or self.feature.test(doc)
