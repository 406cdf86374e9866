"""`byline`: a name in a credit line that is one slip away from a name on the staff list.

Keys: `names` (the newsroom's staff, usually from settings: `staff:`), `max_distance` (edits
allowed, default 1 per name part). Credit lines are "By NAME", "NAME contributed reporting",
"NAME reported from ...". A name that is on the list, or near none of it, is left alone: only
"Erik Schmitt" beside a staff "Eric Schmitt" is reported, with the staff spelling as the fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, edit_distance
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "names": Option((list,), default=[]),
    "max_distance": Option((int,), default=1),
}
_NAME = r"\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+)+"
_CREDIT = compile_pattern(
    rf"^[ \t]*(?:[Bb]y (?P<name>{_NAME})|(?P<name>{_NAME}) (?:contributed|reported|wrote|compiled)\b)",
    regex.MULTILINE | regex.VERSION1,
)


class BylineCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.names = [str(n) for n in rule.option("names")]
        self.max_distance = rule.option("max_distance")

    def run(self, doc: Document) -> Iterator[Finding]:
        if not self.names:
            return
        for match in _CREDIT.finditer(doc.text):
            written = match.group("name")
            staff = self._nearest(written)
            if staff:
                start = match.start("name")
                message = render(self.rule.message, match=written, fix=staff)
                yield finding(
                    self.rule, start, start + len(written), message, fix=staff, suggestions=[staff]
                )

    def _nearest(self, written: str) -> str | None:
        if written in self.names:
            return None
        parts = written.split()
        for name in self.names:
            theirs = name.split()
            if len(theirs) == len(parts) and all(
                edit_distance(a, b) <= self.max_distance for a, b in zip(parts, theirs, strict=True)
            ):
                return name
        return None


def compile(rule: Rule, vocabulary: Vocabulary) -> BylineCheck:
    return BylineCheck(rule, vocabulary)
