"""`unclosed-single-quote`: a left single quotation mark opening a word, with no right single mark
closing anything after it in its paragraph (the rule's description says which marks close and
which paragraphs a quotation runs on into).

The paragraph of a mark is its line and the lines after it that go on in lower case (wrapped by
hand). The answer for each mark was a look-ahead to the paragraph's end: a line of many unclosed
marks cost the line's length once per mark (issue 15: 50 KB of them took 16 s). Here each
paragraph's last closing mark is found once, and a mark is closed when a close starts at or
after the letter it opens; the same findings, in one pass over the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from newslint.checks import Check, finding, finditer
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = False  # where the quotation ends is not certain
OPTIONS: dict[str, object] = {}

_FLAGS = regex.VERSION1 | regex.MULTILINE  # as a `pattern` rule compiles its regex
# A left mark opening a word, not a clipped word written with it ("‘s", "‘n’", "‘em", "‘Tis").
_OPENER = compile_pattern(
    r"(?<![\p{L}\p{N}’'‘])‘(?!(?i:s|n|em|tis|twas|til|cause)\b)(?=\p{L})\p{L}[\p{L}\p{N}'’-]*",
    _FLAGS,
)
# A right mark before no letter: it closes what precedes it, from the last character before it
# that is not a space or a tab (which must be no space and no left mark).
_RIGHT = compile_pattern(r"’(?!\p{L})", _FLAGS)
_CLOSER = compile_pattern(r"[^\s‘]", _FLAGS)
_WRAPPED_LINE = compile_pattern(r"[ \t]*\p{Ll}", _FLAGS)  # a line that goes on in lower case
_NEXT_OPENS_QUOTED = compile_pattern(r"\n(?:[ \t]*\n)*[ \t]*[‘“\"]", _FLAGS)


class UnclosedSingleQuoteCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)

    def feature_needs(self) -> Needs:
        return Needs("‘")

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        openers = list(finditer(_OPENER, text))
        if not openers:
            return
        closes = _close_starts(text)
        paragraph_ends: dict[int, int] = {}
        quoted_next: dict[int, bool] = {}
        for match in openers:
            after = match.start() + 1  # the letter the mark opens
            line_end = _line_end(text, after)
            end = _paragraph_end(text, line_end, paragraph_ends)
            at = bisect.bisect_left(closes, after)
            if at < len(closes) and closes[at] < end:
                continue  # closed in its paragraph
            if line_end not in quoted_next:
                quoted_next[line_end] = _NEXT_OPENS_QUOTED.match(text, line_end) is not None
            if quoted_next[line_end]:
                continue  # the quotation runs on into a paragraph that reopens it
            yield finding(self.rule, match.start(), match.end(), self.rule.message)


def _close_starts(text: str) -> list[int]:
    """Where each closing mark's close starts (the last character before the mark that is not a
    space or a tab), in increasing order: a mark after a space-only stretch from a line start or
    a left mark closes nothing."""
    starts = []
    for right in finditer(_RIGHT, text):
        at = right.start() - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        if at >= 0 and _CLOSER.match(text, at):
            starts.append(at)
    return starts


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _paragraph_end(text: str, line_end: int, known: dict[int, int]) -> int:
    """The end of the last line of the run of lines going on in lower case after the line that
    ends at `line_end` (remembered for every line of the run: they share it)."""
    if line_end in known:
        return known[line_end]
    passed = [line_end]
    end = line_end
    while end < len(text) and _WRAPPED_LINE.match(text, end + 1):
        end = _line_end(text, end + 1)
        if end in known:
            end = known[end]
            break
        passed.append(end)
    for line in passed:
        known[line] = end
    return end


def compile(rule: Rule, vocabulary: Vocabulary) -> UnclosedSingleQuoteCheck:
    return UnclosedSingleQuoteCheck(rule, vocabulary)
