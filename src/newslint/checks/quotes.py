"""`quotes`: quotation marks and brackets that face the wrong way or are never closed.

Keys: `detect` (direction | balance | reopen | brackets). Quotation marks are followed paragraph
by paragraph; a quotation that runs on into the next paragraph (which then opens with a quotation
mark, the usual convention) is not unbalanced. One that runs on without reopening (left open in
one paragraph, closed in a later one that never opened it) is one quotation to `balance` and a
lost opening mark to `reopen`. Straight double quotes carry no direction: a
paragraph with an even number of them and no curly ones is taken as balanced; otherwise they are
paired by position.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding
from newslint.document import Document, Span
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule


def fixable(rule: Rule) -> bool:
    """Only a misdirected quotation mark has a certain repair; a missing one needs a human."""
    return bool(rule.option("detect") == "direction")


OPTIONS = {
    "detect": Option((str,), required=True, choices=("direction", "balance", "reopen", "brackets"))
}

# “ with nothing to open (space or paragraph end after it, or a spaced dash that leads to the
# speaker, as Russian and Ukrainian set an attribution: “…peoples, “- said the agency"), or ”
# with nothing before it to close. The dash form closes only a quotation still open in its
# paragraph: with none open, “— opens an interrupted or answering quotation ('said, “— and').
_OPENER_CLOSING = compile_pattern(
    r"(?<=\S)(?P<space>[ \t]?)“(?=[ \t]*(?:\n|$)|[ \t]+\S)"
    r"|(?<=\p{P})(?P<space> )“(?=\s|$)"
    r"|(?<=“[^“”\n]{0,2000}\p{P})(?P<space> )“(?=[-–—]+[ \t])"
)
# A paragraph may open with it too (a CMS that prints every opening mark as ”).
_CLOSER_OPENING = compile_pattern(r"(?:(?<=^|[ \t\n(\[])”(?=\p{L}))")
# Curly quotes damaged into mojibake still open and close (encoding.mojibake reports the damage):
# otherwise one broken mark would also leave its partner "unbalanced".
# A quotation quoted in its own language may open with a low mark (Romanian, German, Polish:
# „…” or „…“), which always opens; one before a space is a scanner's speck.
# Two single marks typed for a double one (“…,’’ he said) open or close as the double mark
# (typography.mismatched-quotes reports the odd style).
_QUOTE = compile_pattern(r"[“”\"]|(?<![^\s(\[—–-])„(?=\S)|â€œ|â€(?:\x9d|(?=[\s.,;:!?)]|$))|’’|‘‘")
LOW_OPENER = "„"
_FOLIO_LIKE = compile_pattern(r"[^\p{Ll}\n]{1,70}")
_MID_SENTENCE_END = compile_pattern(r"[\p{Ll},;]\s*$")
_BRACKET = compile_pattern(r"[()\[\]]")
_FIRST_WORD = compile_pattern(r"[ \t]*\K[\p{L}\p{N}][\p{L}\p{N}'’-]*")
UNCLOSED = "Quotation opened here is never closed in this paragraph"
UNOPENED = "Closing quotation mark with no opening one"
# A line break after a sentence's end, before a line that starts a sentence.
_LINE_PARAGRAPH_END = compile_pattern(r"(?<=[.!?][\"”’)]?|[.!?,]?[\"”])[ \t]*\n(?=[\p{Lu}“\"‘(])")
# A line that ends a sentence: its last mark before the line break.
_LINE_SENTENCE_END = compile_pattern(r"[.!?][ \t]*$")
LINE_PARAGRAPH_CHARS = 150  # longer than any column of hard-wrapped prose
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

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.detect == "direction":
            yield from self._direction(doc)
            return
        paragraphs = _rejoined(doc.text, _split_at_line_paragraphs(doc.text, doc.paragraphs))
        quoting = self.detect in ("balance", "reopen")
        flipped = _misdirected(doc.text) if quoting else set()
        left_open = False  # the previous paragraph's quotation runs on into this one
        balance: list[tuple[str, Finding]] = []
        strays: list[tuple[str, int]] = []
        nexts = _next_of_the_text(doc.text, paragraphs)
        for index, paragraph in enumerate(paragraphs):
            following = nexts[index]
            if quoting:
                found, left_open = self._balance(doc.text, paragraph, following, flipped, left_open)
                balance.extend(found)
            else:
                strays.extend(_stray_brackets(doc.text, paragraph))
        if self.detect == "reopen":
            yield from self._not_reopened(doc.text, paragraphs, balance)
            return
        yield from _unpaired(doc.text, balance)
        for char, at in _unpaired_brackets(doc.text, strays):
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
            yield finding(self.rule, match.start(), match.end(), fix="”", suggestions=["”"])
        for match in _CLOSER_OPENING.finditer(doc.text):
            yield finding(self.rule, match.start(), match.end(), fix="“", suggestions=["“"])

    def _balance(
        self,
        text: str,
        paragraph: Span,
        following: Span | None,
        flipped: set[int],
        continued: bool,
    ) -> tuple[list[tuple[str, Finding]], bool]:
        """The paragraph's findings, each with its side (UNCLOSED or UNOPENED), and whether its
        last quotation runs on into the next one.

        The document's last paragraph may continue a quotation and end before it closes: the
        copy was cut there (an excerpt, a draft), which is not a missing mark.
        """
        found: list[tuple[str, Finding]] = []
        marks = [m.start() for m in _QUOTE.finditer(text, paragraph.start, paragraph.end)]
        if _paired_straight(text, marks) or _nested_and_closed(text, marks, flipped):
            return found, False
        open_at: int | None = None
        for at in marks:
            if open_at is not None and text[open_at] == LOW_OPENER and text[at] in "“”":
                open_at = None  # „…“ closes with the high mark English opens with
            elif _opens(text, at, open_at is not None, flipped):
                if open_at is not None and not _reopens_after_line_paragraph(text, at):
                    found.append((UNCLOSED, self._unclosed(open_at)))
                open_at = at
            elif open_at is None:
                found.append(
                    (UNOPENED, finding(self.rule, at, at + 1, UNOPENED, suggestions=["delete it"]))
                )
            else:
                open_at = None
        if open_at is None:
            return found, False
        runs_on = _continues(text, following)
        cut_short = following is None and continued and not text[paragraph.start : open_at].strip()
        if not runs_on and not cut_short:
            found.append((UNCLOSED, self._unclosed(open_at)))
        return found, runs_on

    def _not_reopened(
        self, text: str, paragraphs: list[Span], found: list[tuple[str, Finding]]
    ) -> Iterator[Finding]:
        """The first word of each paragraph a quotation runs on into without a mark to reopen it:
        English reopens every paragraph of a quotation, so one left bare reads as the narrator's."""
        starts = [p.start for p in paragraphs]
        for opened, closed in _run_on_quotations(text, found):
            mark = '"' if text[opened] == '"' else "“"  # reopened in the style it opened with
            first = bisect.bisect_right(starts, opened)
            for paragraph in paragraphs[first : bisect.bisect_right(starts, closed)]:
                if _INTERJECTED.fullmatch(text, paragraph.start, paragraph.end):
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


def _unpaired(text: str, found: list[tuple[str, Finding]]) -> Iterator[Finding]:
    """Balance findings, less a quotation that runs over several paragraphs without re-opening
    each one (see `_run_on_quotations`)."""
    joined = {at for pair in _run_on_quotations(text, found) for at in pair}
    yield from (f for _, f in found if f.start not in joined)


# A quotation runs on over a few paragraphs (an interview answer: two to four); two marks
# further apart are two strays, which `balance` reports, not every paragraph between them.
MOST_RUN_ON_BREAKS = 4
_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t]*(?:\n[ \t]*)*")  # blank lines between count once


def _run_on_quotations(text: str, found: list[tuple[str, Finding]]) -> Iterator[tuple[int, int]]:
    """(opening, closing) marks of each quotation that runs over several paragraphs without
    re-opening each one (an interview answer): a quotation left open, and the next closing mark
    with no opener, with no quotation mark in the paragraphs between, are one quotation."""
    index = 0
    while index + 1 < len(found):
        (side, opened), (next_side, closed) = found[index], found[index + 1]
        if (
            (side, next_side) == (UNCLOSED, UNOPENED)
            and not _QUOTE.search(text, opened.end, closed.start)
            and len(_PARAGRAPH_BREAK.findall(text, opened.end, closed.start)) <= MOST_RUN_ON_BREAKS
        ):
            yield opened.start, closed.start
            index += 2
            continue
        index += 1


def openers_closing(text: str) -> Iterator[regex.Match[str]]:
    """`_OPENER_CLOSING.finditer(text)`, tried only where a match can start: at an opening mark,
    or at the space or tab before it. Its look-behind leads, so the regex module tried it at
    every character (0.06 s a megabyte, twice a run)."""
    searched = 0  # where the last match ended: finditer's matches do not overlap
    at = text.find("“")
    while at >= 0:
        for start in (at - 1, at):
            match = _OPENER_CLOSING.match(text, start) if start >= searched else None
            if match is not None:
                yield match
                searched = match.end()
                break
        at = text.find("“", at + 1)


def _misdirected(text: str) -> set[int]:
    """Positions of curly quotes whose role is the opposite of their shape (reported by `direction`)."""
    closers = {m.end() - 1 for m in openers_closing(text)}
    return closers | {m.start() for m in _CLOSER_OPENING.finditer(text)}


def _opens(text: str, at: int, inside: bool, flipped: set[int]) -> bool:
    """Whether the quotation mark at `at` opens a quotation (curly marks say; straight ones by position)."""
    char = _mark(text, at)
    if char == LOW_OPENER:
        return True
    if char != '"':
        # A mark whose shape is what the quotation's state expects is taken at its word, even
        # if spaced wrongly (`success, ”he added` closes); only an unexpected one may be flipped.
        if (char == "”" and inside) or (char == "“" and not inside):
            return not inside
        return (char == "“") != (at in flipped)
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return True
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not inside


def _split_at_line_paragraphs(text: str, paragraphs: list[Span]) -> list[Span]:
    """Pages that end each paragraph with a single line break (many CMS exports) hold several
    paragraphs in one block: a long line that ends a sentence, followed by a line that starts
    one, is a paragraph of its own. Hard-wrapped prose runs shorter lines than this."""
    out: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        for match in _LINE_PARAGRAPH_END.finditer(text, paragraph.start, paragraph.end):
            if match.start() - text.rfind("\n", 0, match.start()) > LINE_PARAGRAPH_CHARS:
                out.append(Span(start, match.start()))
                start = match.end()
        out.append(Span(start, paragraph.end))
    return out


def _rejoined(text: str, paragraphs: list[Span]) -> list[Span]:
    """Paragraphs with a page break inside a sentence put back together: a quotation split by a
    folio or running head (reported by the ocr pack) is still one quotation."""
    joined: list[Span] = []
    pending: list[Span] = []  # folio-like lines after a paragraph that stopped mid-sentence
    for paragraph in paragraphs:
        body = text[paragraph.start : paragraph.end]
        if joined and _stops_mid_sentence(text, joined[-1]):
            if _FOLIO_LIKE.fullmatch(body.strip()):
                pending.append(paragraph)
                continue
            if body[:1].islower():
                joined[-1] = Span(joined[-1].start, paragraph.end)
                pending.clear()
                continue
        joined.extend(pending)
        pending.clear()
        joined.append(paragraph)
    return joined + pending


def _stops_mid_sentence(text: str, paragraph: Span) -> bool:
    return bool(
        _MID_SENTENCE_END.search(text[max(paragraph.start, paragraph.end - 8) : paragraph.end])
    )


def _mark(text: str, at: int) -> str:
    """The quotation mark at `at`, reading mojibake and doubled single marks as the mark they
    stand for."""
    if text.startswith(("’’", "‘‘"), at):
        return "”" if text[at] == "’" else "“"
    if text[at] != "â":
        return text[at]
    return "“" if text.startswith("â€œ", at) else "”"


def _paired_straight(text: str, marks: list[int]) -> bool:
    """Straight quotes say nothing about direction: an even number of them in a paragraph pairs up.

    Guessing direction from the neighbouring characters misreads sloppy but balanced quoting
    (`said," [Warhol] liked it".`) as two closers, and the fix would be a guess as well.
    """
    return len(marks) % 2 == 0 and all(text[at] == '"' for at in marks)


def _nested_and_closed(text: str, marks: list[int], flipped: set[int]) -> bool:
    """A quotation inside a quotation marked with the same curly pair ("“I support the
    campaign, not the many “fights”,” he said"), every mark closed in the paragraph: a style
    slip, not a lost mark. Anything left open or closing nothing is judged mark by mark."""
    if any(text[at] not in "“”" for at in marks):
        return False
    depth = deepest = 0
    for at in marks:
        if _opens(text, at, depth > 0, flipped):
            depth += 1
            deepest = max(deepest, depth)
        elif depth == 0:
            return False
        else:
            depth -= 1
    return depth == 0 and deepest > 1


def _reopens_after_line_paragraph(text: str, at: int) -> bool:
    """A mark opening a line, after a line that ended a sentence inside the quotation: the next
    paragraph of the same quotation on a page that ends paragraphs with one line break (short
    paragraphs stay in one block, see `_split_at_line_paragraphs`)."""
    if at == 0 or text[at - 1] != "\n":
        return False
    return _LINE_SENTENCE_END.search(text, max(0, at - 8), at - 1) is not None


# Lines a page sets between a story's paragraphs ("Advertisement", "Hide Ad" twice, "The Game
# AFL 2024", "Read more"): one or more lines of a few words, no quotation mark, no sentence's end.
_INTERJECTED_LINE = r"[ \t]*(?:[^\s\"“”‘’'.!?:]++[ \t]*){1,4}"
_INTERJECTED = compile_pattern(rf"(?:{_INTERJECTED_LINE}\n)*{_INTERJECTED_LINE}\n?")


def _next_of_the_text(text: str, paragraphs: list[Span]) -> list[Span | None]:
    """Each paragraph's next, passing over short lines the page set between paragraphs: a
    quotation runs on from one paragraph into the next across an advertisement's label. Found
    from the end, once for all."""
    nexts: list[Span | None] = [None] * len(paragraphs)
    ahead: Span | None = None
    for index in range(len(paragraphs) - 1, -1, -1):
        nexts[index] = ahead
        paragraph = paragraphs[index]
        if not _INTERJECTED.fullmatch(text, paragraph.start, paragraph.end):
            ahead = paragraph
    return nexts


def _continues(text: str, following: Span | None) -> bool:
    """A quotation may run into the next paragraph, which then re-opens with a quotation mark."""
    return following is not None and text[following.start] in '“"'


def compile(rule: Rule, vocabulary: Vocabulary) -> QuotesCheck:
    return QuotesCheck(rule, vocabulary)
