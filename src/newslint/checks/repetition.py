"""`repetition`: a word written twice, or a line or paragraph that repeats an earlier one, or a
sentence or headline-sized line that turns up again inside other text.

Keys: `unit` (word | line | paragraph | sentence | fragment | title | teaser | near | edge), `allow` (words that may legitimately double, such as
"that that"), `min_words` (shortest line or paragraph compared), `headline_min_words` (the first
line, usually the headline, is compared from this length).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document, Span
from newslint.doubled_runs import (
    DOUBLED_PHRASE,
    doubled_runs,
    folded_tokens,
    repeats_tokens,
    without_separator,
)
from newslint.finding import Edit, Finding, Fix
from newslint.intended_doubles import (
    coordinated_repeat,
    doubled_name,
    doubled_title,
    names_meet,
    preposition_opens_title,
    reduplicated_terms,
    repeated_utterance,
)
from newslint.lexicon import Vocabulary
from newslint.necessary import DocumentFeature, Necessary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.serial_headings import serial_headings
from newslint.tokens import non_word_tail
from newslint.transcript import role_speakers, speaker_labels, speaker_lines
from newslint.verse import verse_lines


def fixable(rule: Rule) -> bool:
    """A repeated word, line or paragraph is deleted; which of two repeated sentences should
    go is an editor's call."""
    return rule.option("unit") in ("word", "line", "paragraph")


OPTIONS = {
    "unit": Option(
        (str,),
        required=True,
        choices=(
            "word",
            "line",
            "paragraph",
            "sentence",
            "fragment",
            "title",
            "teaser",
            "near",
            "edge",
        ),
    ),
    "allow": Option((list,), default=[]),
    # At least one word: a unit of none compared wordless lines ("* * *") and the sentence and
    # edge finders read a word their copy does not have (an internal error, hostile test).
    "min_words": Option((int,), default=4, minimum=1),
    "headline_min_words": Option((int,), default=2, minimum=1),
}

_DOUBLED_WORD = compile_pattern(
    r"\b(\p{L}+)(?:[ \t]+|[ \t]*\n[ \t]*)(\1)\b", regex.IGNORECASE | regex.VERSION1
)
MAX_DOUBLED_PHRASE = 4
HEADLINE_MAX_WORDS = 20
_NAME_LABEL = compile_pattern(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}")
NEWLINE = "\n"
HEADLINE_REPEAT_WINDOW = 10  # damaged copies of a headline sit near the top
_NEXT_TEXT = compile_pattern(r"\S")
_PREVIOUS_TEXT = compile_pattern(r"\S", regex.REVERSE)
_NOT_WORD = compile_pattern(r"[^\p{L}\p{N}]+")


def paragraphs_with(doc: Document, offsets: list[int]) -> list[Span]:
    """The paragraphs holding any of the (sorted) offsets, in text order."""
    starts = [p.start for p in doc.paragraphs]
    chosen = {bisect.bisect_right(starts, offset) - 1 for offset in offsets}
    return [doc.paragraphs[i] for i in sorted(chosen) if i >= 0]


def _in_spans(pattern: regex.Pattern[str], text: str, spans: list[Span]) -> Iterator[Any]:
    for span in spans:
        yield from pattern.finditer(text, span.start, span.end)


# What `normalise` makes of each ASCII character, read from `_NOT_WORD` itself: most copy is
# ASCII, which `str.translate` folds three times faster than the regex substitutes (13,000 lines
# and sentences a megabyte, compared by five rules).
_ASCII_FOLDED = str.maketrans({chr(c): _NOT_WORD.sub(" ", chr(c).casefold()) for c in range(128)})


# News copy beyond ASCII is mostly its marks (curly quotes, dashes, no-break spaces, ellipses):
# read as the punctuation they are, such a line folds as ASCII does (the regex took four times
# as long). Only marks that are neither letters nor digits and that case folding keeps.
MARKS_FOLDED = {
    **_ASCII_FOLDED,
    **{
        c: " "
        for c in (*range(0x80, 0xC0), *range(0x2000, 0x2070), *range(0x20A0, 0x20C1))
        if _NOT_WORD.fullmatch(chr(c)) and chr(c).casefold() == chr(c)
    },
}


def normalise(text: str) -> str:
    """Case, whitespace and punctuation folded away."""
    if text.isascii():
        return " ".join(text.translate(_ASCII_FOLDED).split())
    folded = text.translate(MARKS_FOLDED)
    if folded.isascii():
        return " ".join(folded.split())
    return _NOT_WORD.sub(" ", text.casefold()).strip()


class RepetitionCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.unit = rule.option("unit")
        self.allow = {w.lower() for w in rule.option("allow")}

    def cause(self) -> str | None:
        """A line, sentence, title or paragraph printed again is one repeated text, whichever
        of these rules reports it; a doubled word is a slip of its own, which may explain
        another rule's finding on its second copy (`Check.explained_by`)."""
        return "doubled-word" if self.unit == "word" else "repeated-text"

    def necessary(self) -> Necessary | None:
        # A line is reported only as a copy of another non-blank line: the same key
        # (`normalise`) as an earlier one, the line before it or the headline, or a near copy of
        # the headline, whose differences each hold a character beyond ASCII (`_near_copy`). A
        # fragment only as a line's key words inside another line (`may_hold_fragments`).
        if self.unit == "line":
            return Necessary(feature=LINES_MAY_REPEAT)
        if self.unit == "fragment":
            from newslint.checks.repeated_text import may_hold_fragments

            least = int(self.rule.option("min_words"))
            inside = DocumentFeature(
                "a line inside another", lambda d: may_hold_fragments(d, least)
            )
            return Necessary(feature=inside)
        return None

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.unit == "word":
            yield from self._doubled_words(doc)
        elif self.unit in ("sentence", "fragment", "title", "teaser", "near", "edge"):
            from newslint.checks import edge_copies, near_repeat, repeated_text, teaser_copies

            finder = {
                "sentence": repeated_text.repeated_sentences,
                "fragment": repeated_text.repeated_fragments,
                "title": repeated_text.repeated_titles,
                "teaser": teaser_copies.cut_teasers,
                "near": near_repeat.near_copies,
                "edge": edge_copies.edge_copies,
            }[self.unit]
            for start, end, first in finder(doc, int(self.rule.option("min_words"))):
                line = doc.position(first)[0]
                text = " ".join(doc.text[start:end].split())
                message = render(self.rule.message, line=line, text=text)
                yield finding(self.rule, start, end, message, suggestions=["delete the repeat"])
        else:
            yield from self._repeated_blocks(doc)

    def _doubled_words(self, doc: Document) -> Iterator[Finding]:
        # The gate: only paragraphs where a token, or a run of up to four, follows a copy of
        # itself are searched (neither regex can match across a blank line).
        # Made here, not kept on the document: a window's held list raised the windowed lint's
        # peak memory past its bound (tests/test_finding_list.py).
        folded = folded_tokens(doc.runs)  # for both token passes
        paragraphs = paragraphs_with(doc, repeats_tokens(doc, MAX_DOUBLED_PHRASE, folded))
        text = doc.text
        doubles = list(_in_spans(_DOUBLED_WORD, text, paragraphs))
        terms = reduplicated_terms(doubles, text)
        for match in doubles:
            word = match.group(1)
            if (
                word.lower() in self.allow
                or word.lower() in terms
                or doubled_name(match)
                or names_meet(match)
                or doubled_title(match, text, doc.as_written(*match.span()))
                or preposition_opens_title(match)
            ):
                continue
            message = render(self.rule.message, match=match.group(), word=word)
            # A capitalised double may be a title ("Rebel Rebel", "Dance Dance Revolution",
            # "Money Money Money"): deleting a copy is offered, never applied unasked.
            capitalised = match.group(2)[0].isupper()
            yield finding(
                self.rule,
                match.start(),
                match.end(),
                message,
                fix=word,
                suggestions=[word],
                applicability="unsafe" if capitalised else None,
            )
        yield from self._doubled_runs(doc, folded)
        for match in _in_spans(DOUBLED_PHRASE, text, paragraphs):
            phrase = match.group(1)
            if coordinated_repeat(phrase, match.group(2)):
                continue
            message = render(self.rule.message, match=match.group(), word=phrase)
            yield finding(
                self.rule, match.start(), match.end(), message, fix=phrase, suggestions=[phrase]
            )

    def _doubled_runs(self, doc: Document, folded: list[str]) -> Iterator[Finding]:
        """A longer run written twice in a row on one line, punctuation and figures included
        ("Registration Number: 130349 Registration Number: 130349", a headline printed twice as
        an image's title): what the word and short-phrase patterns cannot match."""
        text = doc.text
        for start, middle, end in doubled_runs(doc.runs, text, folded):
            if repeated_utterance(text, start, end):
                continue
            phrase = without_separator(text[start:middle])[0]
            message = render(self.rule.message, match=text[start:end], word=phrase)
            yield finding(
                self.rule,
                start,
                end,
                message,
                fix=phrase,
                suggestions=[phrase],
                applicability="unsafe",
            )

    def _blocks(self, doc: Document) -> list[Span]:
        if self.unit == "paragraph":
            return [p for p in doc.paragraphs if "\n" in doc.text[p.start : p.end]]
        return [
            doc.line_span(n) for n in range(1, len(doc.line_starts) + 1) if doc.line_text(n).strip()
        ]

    def _repeated_blocks(self, doc: Document) -> Iterator[Finding]:
        blocks = self._blocks(doc)
        refrains: set[int] = set()
        if self.unit == "line":  # a transcript's speaker labels recur by design, one per turn
            lines = [doc.text[b.start : b.end] for b in blocks]
            speakers = speaker_labels(lines) | speaker_lines(lines) | role_speakers(lines)
            # a serial's title in a list of contents heads a different part in each issue
            speakers |= serial_headings(lines, normalise)
            blocks = [b for i, b in enumerate(blocks) if i not in speakers]
            # A poem's or a song's refrain repeats lines of its stanzas on purpose.
            refrains = {doc.line_starts[i] for i in verse_lines(doc.text.split(NEWLINE))}
        seen: dict[str, int] = {}
        headline = (
            normalise(doc.text[blocks[0].start : blocks[0].end])
            if blocks and self.unit == "line"
            else ""
        )
        previous, previous_start, previous_end = "", 0, 0
        for index, block in enumerate(blocks):
            text = doc.text[block.start : block.end]
            key = normalise(text)
            headline_copy = 0 < index <= HEADLINE_REPEAT_WINDOW and (
                key == headline or _near_copy(key, headline)
            )
            # A short label printed twice on consecutive lines ("Noa Landau" / "Noa Landau": a
            # byline and its link) is a copy; a transcript's "(Laughter.)" twice is not. A name
            # printed twice with a blank line between (a caption and the image's title) too.
            gap = doc.text.count("\n", previous_end, block.start)
            stutter = (
                key == previous
                and (gap == 1 or (gap == 2 and _NAME_LABEL.fullmatch(text.strip()) is not None))
                and not _ends_sentence(text)
            )
            # Deleting a copy is certain when it sits right after a copy of itself (blank space
            # between), or copies the headline among the page's top lines. Set apart further
            # down, it may be meant: a pull quote, an epigraph, a chorus, a standfirst.
            pasted = headline_copy or (
                key == previous and not _NEXT_TEXT.search(doc.text, previous_end, block.start)
            )
            stutter_of, previous, previous_start = previous_start, key, block.start
            previous_end = block.end
            minimum = self.rule.option(
                "headline_min_words" if index == 0 or headline_copy or stutter else "min_words"
            )
            if len(key.split()) >= minimum and block.start not in refrains:
                applicability = self.rule.applicability
                original = seen.get(key)
                if original is None and headline_copy:
                    original = blocks[0].start
                if original is None and stutter:
                    original = stutter_of
                    if gap == 2:  # a refrain or a repeated answer may be meant: offered only
                        applicability = "unsafe"
                if original is not None:
                    if not pasted:
                        applicability = "unsafe"
                    line = doc.position(original)[0]
                    message = render(self.rule.message, line=line, text=text.strip())
                    start, end = _deletion(doc.text, block)
                    fix = Fix((Edit(start, end, ""),), applicability)
                    yield Finding(
                        self.rule.id,
                        self.rule.severity,
                        message,
                        start,
                        end,
                        fix,
                        ("delete the repeat",),
                    )
                else:
                    seen[key] = block.start


def _lines_may_repeat(doc: Document) -> bool:
    """Whether two non-blank lines have one key, or a key holds a character beyond ASCII (two
    ASCII keys are near copies only when equal)."""
    keys = [normalise(line) for line in doc.text.split(NEWLINE) if line.strip()]
    return len(set(keys)) < len(keys) or not all(map(str.isascii, keys))


LINES_MAY_REPEAT = DocumentFeature("two lines may share a key", _lines_may_repeat)


def _deletion(text: str, block: Span) -> tuple[int, int]:
    """What deleting a copy removes, which is also the span the finding reports: the copy with
    its line break, and the blank lines after it when blank lines also come before it, so the
    spacing between the texts around it stays as it was. A copy at the very end of the text
    takes the break before it instead."""
    before = _PREVIOUS_TEXT.search(text, 0, block.start)
    previous_end = before.end() if before else 0
    following = _NEXT_TEXT.search(text, block.end)
    if not following:
        return previous_end, block.end
    if text.count("\n", previous_end, block.start) >= 2:
        return block.start, text.rfind("\n", block.end, following.start()) + 1
    return block.start, text.find("\n", block.end) + 1


def _near_copy(key: str, headline: str) -> bool:
    """A headline repeated with encoding damage ("daughter’s" / "daughterâ€™s") is still a repeat.

    Only a headline-sized first line counts, and the two may differ only by non-ASCII characters:
    lines that differ in letters or digits ("day 1", "day 2") are different lines.
    """
    if (
        not headline
        or len(headline.split()) > HEADLINE_MAX_WORDS
        or abs(len(key) - len(headline)) > len(headline) // 10
    ):
        return False
    import difflib  # only for a line as long as the headline

    matcher = difflib.SequenceMatcher(None, key, headline, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal" and (key[a0:a1] + headline[b0:b1]).replace(" ", "").isascii():
            return False
    return True


def compile(rule: Rule, vocabulary: Vocabulary) -> RepetitionCheck:
    return RepetitionCheck(rule, vocabulary)


def _ends_sentence(text: str) -> bool:
    """`[.!?:;)\\]]\\W*$`: a stop, colon or closing bracket among the marks that end the text."""
    tail = non_word_tail(text)
    return any(mark in tail for mark in ".!?:;)]")
