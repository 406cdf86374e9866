"""`stamp-line`: a page's date stamps left in the text, read by their date grammar.

A CMS prints a date on a line of its own beside what it belongs to, not inside a sentence:
- a listing's dates: each item's full date on its own line under the item's title ("Swedish State
  subsidies for biogas production" / "Wednesday, 28 December 2011" / the teaser), printed for
  every item, so a page with two or more such title-and-date pairs is a listing (the first pair
  above any paragraph is the story's own headline and dateline, and is not counted). A CMS
  lists its stories newest first: dates that go forward in time are a timeline's or an events
  page's ("Thursday, 11 December 2025" over a concert's blurb, then the 12th), the page's facts;
- a date with the item's view count after it ("Oct 21, 2025 240");
- a date run into the next item's title with no mark between ("1 February 2026 Justin Bieber
  captured ..."): a dateline is parted from its story by a dash, a colon or a comma.
  A stamp stands between the items it belongs to; lines one after another that each open on a
  date are a table's or a timeline's rows ("15 March 2023 Police arrest …", "2 October 2024 …");
- a source line, a publication's name and its stamp, over the story ("Japan Times -- May 26",
  "CHINA DAILY - 0 sec ago").
A date is a full one the calendar has (`furniture_dates.full_date`). What `furniture-block`
excuses stays silent: one date under a headline is the story's dateline (one title-and-date pair
on the page), and a timeline's dates follow the sentence before them, not a title.

Keys: `min_listing` (title-and-date pairs that make a listing).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import DELETE, Finding
from newslint.furniture_dates import full_date, is_full_date, read_date
from newslint.furniture_stamps import MONTH
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.textblocks import nonblank_lines

OPTIONS = {
    "min_listing": Option(
        (int,), default=2, doc="title-and-date pairs on a page that make it a listing", minimum=1
    ),
}

_AGO = r"\d{1,3}\s+(?:sec|secs|seconds?|mins?|minutes?|hours?|hrs?|days?)\s+ago"
# every finding has a month's name beside a figure, or a count of time ago
_GATE = compile_pattern(rf"\b{MONTH}\s+\d|\d\s+{MONTH}\b|{_AGO}", regex.I)
_COUNT = compile_pattern(r"[ \t]+\d{1,7}")  # a view or comment count after the date
# the next item's title run on after the date: a capitalised word, no mark between, more words
_TITLE_AFTER = compile_pattern(r"[ \t]+(?=\p{Lu}\p{Ll})(?:\S+[ \t]+){2,}\S")
# a publication's name (capitalised words), a dash or bar, and its stamp: a day of a month or
# a count of time ago, nothing after
_SOURCE_STAMP = compile_pattern(
    rf"\p{{Lu}}[\p{{L}}.&'’]*(?:[ \t]+\p{{Lu}}[\p{{L}}.&'’]*){{0,4}}[ \t]*(?:--|[-–—|])[ \t]*"
    rf"(?:{MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{MONTH}(?:[ \t]+\d{{4}})?"
    rf"|{_AGO})",
    regex.I,
)
_END_MARK = compile_pattern(r"[.!?:;,][\"”’)]?$")
_PROSE_WORDS = 8  # the fewest words of the story's paragraph that follows a source line


class _Line(NamedTuple):
    """A non-blank line: where its text starts and ends, spaces at either end left out."""

    start: int
    end: int
    text: str


def _lines(doc: Document) -> list[_Line]:
    text = doc.text
    return [_Line(start, end, text[start:end]) for start, end in nonblank_lines(text, doc.lines)]


def _titles(line: _Line) -> bool:
    """A title's line: two words or more, no mark ending a sentence or a clause, not a date."""
    return (
        len(line.text.split()) >= 2
        and not _END_MARK.search(line.text)
        and not is_full_date(line.text)
    )


def _prose(line: _Line) -> bool:
    """A paragraph of the story: words enough, ending on a sentence's mark."""
    return len(line.text.split()) >= _PROSE_WORDS and line.text[-1] in '.!?"”’)'


def _newest_first(lines: list[_Line], listed: list[int]) -> bool:
    """Whether the listing's dates run back in time, as a CMS lists its stories (the same day
    twice allowed): a timeline and an events page run forward."""
    days = [read_date(lines[i].text) for i in listed]
    order = [read[0] for read in days if read is not None]
    return all(later <= earlier for earlier, later in pairwise(order)) and order[0] > order[-1]


def _in_a_run_of_dates(lines: list[_Line], index: int) -> bool:
    """Whether the line before or after also opens on a full date."""
    return any(
        0 <= other < len(lines) and full_date(lines[other].text) > 0
        for other in (index - 1, index + 1)
    )


class StampLineCheck(Check):
    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.min_listing = int(rule.option("min_listing"))

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [_GATE]

    def run(self, doc: Document) -> Iterator[Finding]:
        lines = _lines(doc)
        listed = [
            i
            for i, line in enumerate(lines)
            if i > 0 and is_full_date(line.text) and _titles(lines[i - 1])
        ]
        if listed and not any(_prose(line) for line in lines[: listed[0]]):
            # the first pair above any paragraph is the story's own headline and dateline; a
            # listing's pairs (related stories, an archive) are counted without it
            listed = listed[1:]
        listing = len(listed) >= self.min_listing and _newest_first(lines, listed)
        reported = set(listed) if listing else set()
        for index, line in enumerate(lines):
            if index in reported:
                yield self._finding(line.start, line.end, "a listing's date")
                continue
            span = self._stamp(lines, index)
            if span is not None:
                yield self._finding(line.start, line.start + span[0], span[1])

    def _stamp(self, lines: list[_Line], index: int) -> tuple[int, str] | None:
        """How much of the line is a stamp, and which, or None."""
        text = lines[index].text
        end = full_date(text)
        if end and _in_a_run_of_dates(lines, index):
            return None  # a table's or a timeline's rows, each opening on its date
        if end:
            if _COUNT.fullmatch(text, end):
                return len(text), "a date and its count"
            if _TITLE_AFTER.match(text, end):
                return end, "a date run into a title"
            return None
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and _prose(following) and _SOURCE_STAMP.fullmatch(text):
            return len(text), "a source and its stamp"
        return None

    def _finding(self, start: int, end: int, reason: str) -> Finding:
        message = render(self.rule.message, reason=reason)
        return finding(self.rule, start, end, message, suggestions=[DELETE])


def compile(rule: Rule) -> StampLineCheck:
    return StampLineCheck(rule)
