"""`apostrophe-paragraph`: straight (') and curly (’) apostrophes mixed inside one paragraph.

A typist or a publishing system writes one kind of apostrophe. A page may still show both
between its parts (a headline or a caption set by one system, the story by another), so the
page's mix alone is no sign; inside one paragraph of running text it is: the paragraph was
pieced together from two sources, or rewritten by a tool that typed its own marks. The page's
usual kind (the one written more often outside quotations) wins, and each mark of the other
kind in a paragraph that also holds the usual one is reported. Marks inside a quotation are the
quoted source's and are not counted. Two marks in one sentence are
`consistency.apostrophe-in-one-sentence`'s (one artifact, one finding), so a mark whose
sentence holds the other kind is left to it. A page that writes both kinds equally often names
no usual kind, and a scanned page's marks are the scanner's reading: both are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal
from newslint.span_index import SpanIndex

OPTIONS: dict[str, object] = {}
STRAIGHT, CURLY = "'", "’"
# An apostrophe between two letters ("it's", "O'Brien"): no quotation mark.
_APOSTROPHE = compile_pattern(r"(?<=\p{L})['’](?=\p{L})")
# Quotations, whose marks are the source's: double quotes closed or running on to the line's end,
# and curly single quotes (an apostrophe inside one is a letter-flanked ’, which it skips).
_QUOTATION = compile_pattern(
    r"(?m)“[^”\n]*(?:”|$)"
    r"|(?<![\p{L}\p{N}.,!?])\"[^\"\n]*(?:\"|$)"
    r"|(?<![\p{L}\p{N}])‘(?:[^’\n]|’(?=\p{L}))*(?:’(?!\p{L})|$)"
)
# The word a reported mark stands in.
_WORD = compile_pattern(r"[\p{L}'’]+")


class ApostropheParagraphCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if STRAIGHT not in text or CURLY not in text:
            return
        quoted = SpanIndex(m.span() for m in _QUOTATION.finditer(text))
        marks = [
            m.start() for m in _APOSTROPHE.finditer(text) if not quoted.covers(m.start(), m.end())
        ]
        straight = sum(1 for at in marks if text[at] == STRAIGHT)
        curly = len(marks) - straight
        if not straight or not curly or straight == curly:
            return
        usual = STRAIGHT if straight > curly else CURLY
        odd = [at for at in marks if text[at] != usual and _paragraph_holds(text, at, usual)]
        if not odd or ocr_signal(text, self.zipf).looks_scanned(*DEFAULT_GATE):
            return
        for at in odd:
            if _sentence_holds(text, at, usual, quoted):
                continue
            word = _word_at(text, at)
            start, end = word
            fixed = text[start:at] + usual + text[at + 1 : end]
            message = render(self.rule.message, match=text[start:end], fixed=fixed)
            yield finding(self.rule, start, end, message, fix=fixed, suggestions=[fixed])


def _paragraph_holds(text: str, at: int, mark: str) -> bool:
    """Whether the line holding `at` also writes `mark` between two letters."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    return any(m.group() == mark for m in _APOSTROPHE.finditer(line))


_SENTENCE_END = compile_pattern(r"[.!?][\"”’')\]]*\s|\n")


def _sentence_holds(text: str, at: int, mark: str, quoted: SpanIndex) -> bool:
    """Whether the sentence holding `at` writes `mark` outside a quotation too."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    start = before[-1] if before else max(0, at - 400)
    after = _SENTENCE_END.search(text, at, at + 400)
    end = after.start() if after else min(len(text), at + 400)
    return any(
        m.group() == mark and not quoted.covers(m.start(), m.end())
        for m in _APOSTROPHE.finditer(text, start, end)
    )


def _word_at(text: str, at: int) -> tuple[int, int]:
    start = at
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
        start -= 1
    match = _WORD.match(text, start)
    return (start, match.end()) if match else (at, at + 1)


def compile(rule: Rule, vocabulary: Vocabulary) -> ApostropheParagraphCheck:
    return ApostropheParagraphCheck(rule, vocabulary)
