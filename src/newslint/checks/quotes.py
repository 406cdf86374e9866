"""`quotes`: quotation marks and brackets that face the wrong way or are never closed.

Keys: `detect` (direction | balance | reopen | brackets). Quotation marks are followed paragraph
by paragraph; a quotation that runs on into the next paragraph (which then opens with a quotation
mark, the usual convention) is not unbalanced. One that runs on without reopening (left open in
one paragraph, closed in a later one that never opened it) is one quotation to `balance` and a
lost opening mark to `reopen`. Straight double quotes carry no direction: a
paragraph with an even number of them and no curly ones is taken as balanced; otherwise they are
paired by position.

Which way each mark faces is read in `newslint.quotation_marks`, the paragraphs a quotation is
followed through in `newslint.quotation_paragraphs`; this module pairs them and reports.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import lru_cache

from newslint.checks import Check, Option, finding
from newslint.document import Document, Span
from newslint.features import Needs
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.quotation_marks import (
    QUOTE,
    closers_opening,
    misdirected,
    nested_and_closed,
    openers_closing,
    paired_straight,
)
from newslint.quotation_pairing import pairing
from newslint.quotation_paragraphs import (
    continues,
    cut_before,
    interjected,
    next_of_the_text,
    quotation_paragraphs,
    reopens_after_line_paragraph,
    stops_mid_sentence,
)
from newslint.regex_store import compile_pattern
from newslint.rules import Rule


def fixable(rule: Rule) -> bool:
    """Only a misdirected quotation mark has a certain repair; a missing one needs a human."""
    return bool(rule.option("detect") == "direction")


OPTIONS = {
    "detect": Option((str,), required=True, choices=("direction", "balance", "reopen", "brackets"))
}

UNCLOSED = "Quotation opened here is never closed in this paragraph"
UNOPENED = "Closing quotation mark with no opening one"
# A quotation of a sentence or so: one left open is reported up to the next opening mark.
SHORT_QUOTATION = 160
REOPENED = (
    "Quotation opened here is still open where the next one opens: its closing mark is missing"
)
_FIRST_WORD = compile_pattern(r"[ \t]*\K[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_BRACKET = compile_pattern(r"[()\[\]]")
_BRACKET_PAIRS = {")": "(", "]": "["}
# The first and last characters inside a bracketed aside of prose.
_ASIDE_OPENS = compile_pattern(r"[\p{L}\p{N}“‘\"']")
_ASIDE_CLOSES = compile_pattern(r"[\p{L}\p{N}.!?”’\"']")
_EMOTICON = compile_pattern(r"(?<!\S)[;:=]-?[()\[\]]")  # ";-)" in web copy
_ENUMERATOR = compile_pattern(r"(?:^|\s)(?:\p{L}|\d{1,2})\)$")


class QuotesCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.detect = rule.option("detect")

    def feature_needs(self) -> Needs:
        # Every finding is at a mark `QUOTE` matches (its first characters: “ ” " „ â ’ ‘), at a
        # curly mark facing the wrong way, or at a bracket.
        if self.detect == "direction":
            return Needs("“”")
        return Needs("()[]" if self.detect == "brackets" else '“”"„â’‘')

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.detect == "direction":
            yield from self._direction(doc)
            return
        text = doc.text
        paragraphs, sides = _quotation_sides(text, tuple(doc.paragraphs), self.detect != "brackets")
        if self.detect != "brackets":
            balance = [(side, self._side_finding(text, side, at)) for side, at in sides]
            if self.detect == "reopen":
                yield from self._not_reopened(text, paragraphs, balance)
                return
            yield from _unpaired(text, paragraphs, balance)
            return
        strays = [stray for paragraph in paragraphs for stray in _stray_brackets(text, paragraph)]
        for char, at in _unpaired_brackets(text, strays):
            message = f"“{char}” is never closed in this paragraph" if char in "([" else None
            yield finding(
                self.rule,
                at,
                at + 1,
                message or f"“{char}” closes nothing",
                suggestions=["close it", "delete it"] if message else ["delete it"],
            )

    def _direction(self, doc: Document) -> Iterator[Finding]:
        for match in openers_closing(doc.text):
            if not _word_through_markup(doc, match.end(), forward=True):
                yield finding(self.rule, match.start(), match.end(), fix="”", suggestions=["”"])
        for match in closers_opening(doc.text):
            if not _word_through_markup(doc, match.start() - 1, forward=False):
                yield finding(self.rule, match.start(), match.end(), fix="“", suggestions=["“"])

    def _side_finding(self, text: str, side: str, at: int) -> Finding:
        if side == UNCLOSED:
            return self._unclosed(at)
        if side == REOPENED:
            # The opener's next mark is the one that opens the next quotation. A short
            # quotation is reported whole, to it; a long one, whose closing mark may belong
            # anywhere in it, at its opening mark.
            reopener = QUOTE.search(text, at + 1)
            end = reopener.end() if reopener is not None else at + 1
            return finding(
                self.rule,
                at,
                end if end - at <= SHORT_QUOTATION else at + 1,
                REOPENED,
                suggestions=["close the quotation before it"],
            )
        return finding(self.rule, at, at + 1, UNOPENED, suggestions=["delete it"])

    def _not_reopened(
        self, text: str, paragraphs: Sequence[Span], found: list[tuple[str, Finding]]
    ) -> Iterator[Finding]:
        """The first word of each paragraph a quotation runs on into without a mark to reopen it:
        English reopens every paragraph of a quotation, so one left bare reads as the narrator's."""
        starts = [p.start for p in paragraphs]
        for opened, closed in _run_on_quotations(text, paragraphs, found):
            mark = '"' if text[opened] == '"' else "“"  # reopened in the style it opened with
            first = bisect.bisect_right(starts, opened)
            for paragraph in paragraphs[first : bisect.bisect_right(starts, closed)]:
                if interjected(text, paragraph):
                    continue  # "Advertisement" set between the quotation's paragraphs
                word = _FIRST_WORD.match(text, paragraph.start, paragraph.end)
                if word is not None:
                    yield finding(
                        self.rule,
                        word.start(),
                        word.end(),
                        suggestions=[f"{mark}{word.group()}"],
                    )

    def _unclosed(self, at: int) -> Finding:
        return finding(
            self.rule,
            at,
            at + 1,
            UNCLOSED,
            suggestions=["close the quotation", "delete it"],
        )


# The three quotation and bracket checks read the same paragraphs, and `balance` and `reopen`
# the same pairing of marks: worked out once per text (a pure memo of pure functions, as
# `signals.ocr_signal` is; each check makes its own findings from the positions).
@lru_cache(maxsize=2)
def _quotation_sides(
    text: str, blocks: tuple[Span, ...], quoting: bool
) -> tuple[tuple[Span, ...], tuple[tuple[str, int], ...]]:
    """The paragraphs a quotation runs through and, if `quoting`, each mark found unpaired
    (UNCLOSED or UNOPENED, its offset), in text order."""
    paragraphs = tuple(quotation_paragraphs(text, list(blocks)))
    if not quoting:
        return paragraphs, ()
    flipped = misdirected(text)
    left_open = False  # the previous paragraph's quotation runs on into this one
    sides: list[tuple[str, int]] = []
    nexts = next_of_the_text(text, list(paragraphs))
    for index, paragraph in enumerate(paragraphs):
        last = index == len(paragraphs) - 1
        found, left_open = _balance(text, paragraph, nexts[index], flipped, left_open, last)
        sides.extend(found)
    return paragraphs, tuple(sides)


def _balance(
    text: str,
    paragraph: Span,
    following: Span | None,
    flipped: frozenset[int],
    continued: bool,
    last: bool,
) -> tuple[list[tuple[str, int]], bool]:
    """The paragraph's unpaired marks, each with its side (UNCLOSED or UNOPENED), and whether
    its last quotation runs on into the next one.

    The document's last paragraph may continue a quotation and end before it closes, or stop
    mid-sentence on the quotation's own line (`stops_mid_sentence`): the copy was cut there (an
    excerpt, a draft), and the closing mark is past the cut, which is not a missing mark.
    """
    found: list[tuple[str, int]] = []
    marks = [m.start() for m in QUOTE.finditer(text, paragraph.start, paragraph.end)]
    if paired_straight(text, marks) or nested_and_closed(text, marks, flipped):
        return found, False
    open_at: int | None = None
    for step in pairing(text, marks, flipped):
        if step.opening:
            if step.open_before is not None and not reopens_after_line_paragraph(text, step.at):
                # The quotation runs on into this opener ("“We are … the epidemic. “Even
                # in…"): its closing mark belongs somewhere between, so the finding spans the
                # quotation from its opening mark to the one that opens the next.
                found.append((REOPENED, step.open_before))
        elif step.open_before is None:
            found.append((UNOPENED, step.at))
        open_at = step.at if step.opening else None
    if open_at is None or cut_before(text, open_at, paragraph.end, ends_paragraph=True):
        return found, False
    runs_on = continues(text, following)
    cut_short = (
        following is None and continued and not text[paragraph.start : open_at].strip()
    ) or (
        last and "\n" not in text[open_at : paragraph.end] and stops_mid_sentence(text, paragraph)
    )
    if not runs_on and not cut_short:
        found.append((UNCLOSED, open_at))
    return found, runs_on


def _stray_brackets(text: str, paragraph: Span) -> list[tuple[str, int]]:
    """The paragraph's brackets that close nothing or are never closed in it, in text order."""
    stack: list[tuple[str, int]] = []
    strays: list[tuple[str, int]] = []
    for match in _BRACKET.finditer(text, paragraph.start, paragraph.end):
        char, at = match.group(), match.start()
        if _EMOTICON.fullmatch(text, max(0, at - 2), at + 1) or _EMOTICON.fullmatch(
            text, max(0, at - 1), at + 1
        ):
            continue
        if char in "([":
            stack.append((char, at))
        elif stack and stack[-1][0] == _BRACKET_PAIRS[char]:
            stack.pop()
        elif not _ENUMERATOR.search(text, max(0, at - 4), at + 1):
            strays.append((char, at))
    return sorted([*strays, *stack], key=lambda stray: stray[1])


def _unpaired_brackets(text: str, strays: list[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """Stray brackets, less a bracket left open in one paragraph and closed in a later one with
    no bracket between: one aside set over several lines ("(Reporting by …" / "… Editing by …)"),
    as a credit or a list is when each line is its own paragraph. An aside hugs its words; a
    bracket that ends a line or stands apart opens a block of code or data ("array(", "=> ["),
    printed where text belongs, and is judged alone."""
    index = 0
    while index < len(strays):
        char, at = strays[index]
        if index + 1 < len(strays):
            closer, end = strays[index + 1]
            if (
                _BRACKET_PAIRS.get(closer) == char
                and _ASIDE_OPENS.match(text, at + 1)
                and _ASIDE_CLOSES.search(text, max(0, end - 1), end)
                and not _BRACKET.search(text, at + 1, end)
            ):
                index += 2
                continue
        yield char, at
        index += 1


def _unpaired(
    text: str, paragraphs: Sequence[Span], found: list[tuple[str, Finding]]
) -> Iterator[Finding]:
    """Balance findings, less a quotation that runs over several paragraphs without re-opening
    each one (see `_run_on_quotations`)."""
    joined = {at for pair in _run_on_quotations(text, paragraphs, found) for at in pair}
    yield from (f for _, f in found if f.start not in joined)


# A quotation runs on over a few paragraphs (an interview answer: two to four); two marks
# further apart are two strays, which `balance` reports, not every paragraph between them.
MOST_RUN_ON_BREAKS = 4


def _run_on_quotations(
    text: str, paragraphs: Sequence[Span], found: list[tuple[str, Finding]]
) -> Iterator[tuple[int, int]]:
    """(opening, closing) marks of each quotation that runs over several paragraphs without
    re-opening each one (an interview answer): a quotation left open, and the next closing mark
    with no opener, with no quotation mark in the paragraphs between, are one quotation. The
    paragraphs between are counted in the spans the marks were paired in, by bisection."""
    starts = [p.start for p in paragraphs]
    index = 0
    while index + 1 < len(found):
        (side, opened), (next_side, closed) = found[index], found[index + 1]
        if (
            (side, next_side) == (UNCLOSED, UNOPENED)
            and not QUOTE.search(text, opened.end, closed.start)
            and bisect.bisect_right(starts, closed.start)
            - bisect.bisect_right(starts, opened.start)
            <= MOST_RUN_ON_BREAKS
        ):
            yield opened.start, closed.start
            index += 2
            continue
        index += 1


# Markup that breaks the line or the paragraph where it stands: a mark beside it is at a line's
# end or start as in plain text.
_BREAKING_TAG = compile_pattern(
    r"(?i)</?(?:p|br|div|li|ul|ol|h[1-6]|t[dhr]|table|blockquote|hr|section|article|figure"
    r"|figcaption|header|footer|d[dlt]|pre)\b"
)


def _word_through_markup(doc: Document, at: int, forward: bool) -> bool:
    """Whether inline markup (a tag, a link's brackets) stands at `at` with prose other than
    white space right beyond it. Markup is blanked to spaces, so “<b>never” read as “ never”
    and the opening mark was reported and turned round ("said”<b>never</b>"); through an inline
    tag the mark touches its word, as in plain text."""
    if not doc.masked or not 0 <= at < len(doc.text):
        return False
    index = bisect.bisect_right(doc.masked, (at, len(doc.text) + 1)) - 1
    if index < 0 or doc.masked[index][1] <= at:
        return False
    start, end = doc.masked[index]
    markup = doc.original[at:end] if forward else doc.original[start : at + 1]
    if "\n" in markup or _BREAKING_TAG.search(markup):
        return False
    beyond = doc.text[end : end + 1] if forward else doc.text[start - 1 : start] if start else ""
    return beyond != "" and not beyond.isspace()


def compile(rule: Rule, vocabulary: Vocabulary) -> QuotesCheck:
    return QuotesCheck(rule, vocabulary)
