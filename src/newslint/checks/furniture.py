"""`furniture`: a short line made only of a web page's interface vocabulary ("Share via email",
"Comments (12)", "Story continues below advertisement", "Previous Next").

Keys: `interface` (words that only page furniture uses: share, comments, subscribe, …), `navigation`
(words furniture shares with prose: more, story, next, …), `filler` (words that carry nothing:
the, on, your, …), `stamps` (words that with a number make a timestamp line: updated, published),
`meters` (words naming a count a page shows of itself: words, pages, views, reading time),
`max_words`. A line is furniture when every word in it is one of these (numbers, months and
weekdays count as filler) and it has an interface word, or two navigation words, or a stamp and a
number, or a meter labelling its number ("Word count: 853", "Reading time: 4 min"), or a row of
page numbers counting up with a navigation word ("< Prev 1 2 3 Next >"); a row of a text's
numbered parts ("Part 1 | Part 2 | Part 3") is furniture at any length. Lists of phrases miss the furniture of sites nobody listed; vocabulary generalises, and
requiring *every* word to be interface vocabulary is what keeps headlines and prose out.
The line must start a block (after a blank line or a finished sentence) with a capital or a
digit. The check defers to every other rule: curated patterns explain the same line better.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import DELETE, Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

# Word lists are space-separated strings: in a YAML list, `on`, `off` and `no` become booleans.
FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "interface": Option((str,), required=True),
    "navigation": Option((str,), default=""),
    "filler": Option((str,), default=""),
    "stamps": Option((str,), default=""),
    "meters": Option((str,), default=""),
    "max_words": Option((int,), default=8),
}

MAX_LINE_CHARS = 100
MAX_ROW_CHARS = 1000  # a row of numbered parts may run long; it is read by its numbers alone
_TOKEN = compile_pattern(r"\p{L}+(?:['’]\p{L}+)?|\d+(?:[:.]\d+)?")
# Quotation marks and a sentence break mean prose; a comma alone does not ("Image source, Getty").
_PROSE_MARK = compile_pattern(r"[;“”\"]|[.!]\s+\p{L}")
# A pager's row may open on its arrow ("< Prev 1 2 3 Next >", "« 1 2 3 »").
_PAGER_OPENING = frozenset("<«‹←")
# A meter's label is set off from its number by a colon ("Views: 1,204"); without it, "Page 3"
# or "Time 100" may be a title or a page number.
_METER_LABEL = compile_pattern(r"^[\p{L} ]{1,30}:\s*\d")
PAGER_NUMBERS = 3  # "1 2 3": fewer is a list's or a score's
# Three runs of figures apart: what a line must hold to have PAGER_NUMBERS number tokens (each
# token holds a run of its own), asked before a long line is tokenised.
_THREE_NUMBERS = compile_pattern(r"\d\D+\d\D+\d")
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday am pm gmt bst utc et est edt pt""".split()
)


class FurnitureCheck(Check):
    defers = True  # a curated boilerplate pattern reports the same line with a surer fix
    reads_lines = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.interface = _words(rule.option("interface"))
        self.navigation = _words(rule.option("navigation"))
        self.filler = _words(rule.option("filler")) | _CALENDAR
        self.stamps = _words(rule.option("stamps"))
        self.meters = _words(rule.option("meters"))
        self.max_words = int(rule.option("max_words"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for start, end in _short_lines(text):
            line = text[start:end].strip()
            if not line or not (
                line[0].isupper() or line[0].isdigit() or line[0] in _PAGER_OPENING
            ):
                continue
            if _PROSE_MARK.search(line):
                continue
            # A meter's label and its number is no wrapped tail of a sentence, whatever ends
            # the line above it (an archive prints "Word count: 853" under the article's title).
            if not _starts_block(text, start) and not _METER_LABEL.match(line):
                continue
            if self._is_furniture(line):
                message = render(self.rule.message, line=line)
                begin = start + text[start:end].index(line[0])
                yield finding(
                    self.rule,
                    begin,
                    min(end + 1, len(text)),
                    message,
                    fix="",
                    suggestions=[DELETE],
                )

    def _is_furniture(self, line: str) -> bool:
        if len(line) > MAX_LINE_CHARS and not _THREE_NUMBERS.search(line):
            return False  # only a numbered row runs long, and it holds three numbers at least
        tokens = [t.lower() for t in _TOKEN.findall(line)]
        if tokens and self._numbered_row(tokens):
            return True
        if not tokens or len(tokens) > self.max_words or len(line) > MAX_LINE_CHARS:
            return False
        interface = navigation = stamps = numbers = 0
        meters = sum(token in self.meters for token in tokens)
        for token in tokens:
            if token in self.interface:
                interface += 1
            elif token in self.navigation:
                navigation += 1
            elif token in self.stamps:
                stamps += 1
            elif token in self.meters:
                continue
            elif token[0].isdigit():
                numbers += 1
            elif token not in self.filler:
                return False
        if interface:
            return True
        # Without an interface word, a sentence ("We listen to your story.", "The Post reports:")
        # can be made of these words too; furniture starts with its verb or noun and ends bare.
        if line.rstrip().endswith((".", "!", "?", ":")) or tokens[0] in self.filler:
            return False
        if meters and numbers and _METER_LABEL.match(line):
            return True
        if navigation and _counts_pages(tokens):
            return True
        return navigation >= 2 or bool(stamps and numbers)

    def _numbered_row(self, tokens: list[str]) -> bool:
        """A row of links to the numbered parts of a text ("Part 1 | Part 2 | Part 3 …",
        "Chapter 1 · Chapter 2 · Chapter 3"): one word, each time with its number, the numbers
        counting up. A table's header ("Round 1 2 3") names its word once."""
        words = [t for t in tokens if not t[0].isdigit()]
        numbers = len(tokens) - len(words)
        named = set(words) - self.filler
        return (
            numbers >= PAGER_NUMBERS
            and len(named) == 1
            and len(words) >= numbers
            and _counts_pages(tokens)
        )


def _counts_pages(tokens: list[str]) -> bool:
    """A pager's numbers: three or more, one after another, each one more than the last."""
    numbers = [int(t) for t in tokens if t.isdigit()]
    run = 1
    for before, after in pairwise(numbers):
        run = run + 1 if after == before + 1 else 1
        if run >= PAGER_NUMBERS:
            return True
    return False


def _short_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line short enough to be a row of parts, end before its newline."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= MAX_ROW_CHARS:
            yield start, end
        start = end + 1


def _starts_block(text: str, start: int) -> bool:
    """After a blank line or a finished sentence: not the wrapped tail of a paragraph."""
    if start == 0:
        return True
    previous = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return not previous or previous.endswith((".", "!", "?", ":", "”", '"', "’", ")", "]"))


def _words(values: str) -> frozenset[str]:
    """The listed words and their plurals ("comment" covers "Comments (12)")."""
    words = values.lower().split()
    return frozenset(
        words + [w + ("es" if w.endswith(("s", "x", "sh", "ch")) else "s") for w in words]
    )


def compile(rule: Rule, vocabulary: Vocabulary) -> FurnitureCheck:
    return FurnitureCheck(rule, vocabulary)
