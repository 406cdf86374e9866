"""A rule that ran out of time on a text, run again a paragraph at a time.

A backtracking regex usually stalls on one stretch of a long text, and abandoning the rule there
lost every finding it could make everywhere else. A line-local check (`Check.line_local`) finds in
a run of whole lines what it finds there in the whole text, so it is run again on each paragraph
in turn, under a budget of CPU time of its own: the paragraphs it finishes keep their findings,
and each stretch of paragraphs it could not check (one that ran out of time itself, or those the
budget did not reach) gets one notice, at its start, that says how much it could not check.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from newslint import checks
from newslint.checks import Check
from newslint.document import Document, Span
from newslint.finding import UNFINISHED_RULE, Finding

# Each paragraph's regex gets this share of the re-run's budget, or its share of the text if
# larger: a stalled paragraph costs a 64th of the budget, and the paragraphs after it are still
# checked, while a long one gets the time its length asks for.
PARAGRAPH_SHARE = 1 / 64


@dataclass
class Rerun:
    """What a re-run of one check found, and the stretches of text it could not check."""

    found: list[Finding] = field(default_factory=list)
    unchecked: list[Span] = field(default_factory=list)

    def skip(self, part: Span) -> None:
        """`part` stays unchecked; it joins the stretch before it when the two meet."""
        last = self.unchecked[-1] if self.unchecked else None
        if last is not None and last.end == part.start:
            self.unchecked[-1] = Span(last.start, part.end)
        else:
            self.unchecked.append(part)


def rerun_by_paragraph(
    check: Check, doc: Document, region: Span, budget: float | None = None
) -> Rerun:
    """`check` (line-local) run on each paragraph of `region` (whole lines of `doc.text`), under
    `budget` seconds of CPU time in all (default: a regex's budget, REGEX_TIMEOUT_SECONDS), each
    paragraph's regex work at most PARAGRAPH_SHARE of it or its share of the region's length."""
    budget = checks.REGEX_TIMEOUT_SECONDS if budget is None else budget
    rerun = Rerun()
    spent = 0.0
    size = max(region.end - region.start, 1)
    for part in paragraphs(doc.text, region):
        left = budget - spent
        if left <= 0:
            rerun.skip(part)
            continue
        started = time.process_time()
        try:
            share = max(PARAGRAPH_SHARE, (part.end - part.start) / size)
            with checks.regex_budget(min(left, budget * share)):
                rerun.found.extend(check.run_lines(doc, part.start, part.end))
        except TimeoutError:
            rerun.skip(part)
        spent += time.process_time() - started
    return rerun


def paragraphs(text: str, region: Span) -> Iterator[Span]:
    """The paragraphs of `text[region]` as runs of whole lines, each with the blank lines after
    it: they cover the region, so nothing falls between two of them."""
    start = region.start
    at = start
    while True:
        blank = _blank_line(text, at, region.end)
        if blank is None:
            break
        end = _after_blank_lines(text, blank, region.end)
        yield Span(start, end)
        start = at = end
    if start < region.end:
        yield Span(start, region.end)


def _blank_line(text: str, at: int, end: int) -> int | None:
    """The start of the next line from `at` that holds only spaces, after a line with text."""
    newline = text.find("\n", at, end)
    while newline >= 0:
        after = newline + 1
        following = text.find("\n", after, end)
        if following >= 0 and not text[after:following].strip():
            return after
        newline = following
    return None


def _after_blank_lines(text: str, at: int, end: int) -> int:
    """Where the run of blank lines starting at `at` ends (the next line with text, or `end`)."""
    while at < end:
        following = text.find("\n", at, end)
        if text[at : end if following < 0 else following].strip():
            return at
        if following < 0:
            return end
        at = following + 1
    return end


def _said(check: Check) -> str:
    seconds = checks.REGEX_TIMEOUT_SECONDS
    return f"rule {check.rule.id} timed out (its regex ran over {seconds:g} s of matching)"


def whole_notice(check: Check, at: int) -> Finding:
    """The warning for a check that could not finish on the text it was given, which starts at
    `at` (an editor re-runs a check on the lines an edit touched and keeps what stands there)."""
    message = f"{_said(check)} and could not finish: its findings are missing from this document"
    return Finding(UNFINISHED_RULE, "warning", message, at, at)


def part_notice(check: Check, doc: Document, part: Span) -> Finding:
    """The warning, at its start, for a stretch of whole paragraphs `check` could not check."""
    count = sum(1 for _ in paragraphs(doc.text, part))
    what = "this paragraph" if count == 1 else f"the {count:,} paragraphs from here"
    chars = part.end - part.start
    message = (
        f"{_said(check)} and, run again a paragraph at a time, could not check {what} "
        f"({chars:,} characters): its findings there are missing"
    )
    return Finding(UNFINISHED_RULE, "warning", message, part.start, part.start)
