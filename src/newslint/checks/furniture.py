"""`furniture`: a short line made only of a web page's interface vocabulary ("Share via email",
"Comments (12)", "Story continues below advertisement", "Previous Next").

Keys: `interface` (words that only page furniture uses: share, comments, subscribe, …), `navigation`
(words furniture shares with prose: more, story, next, …), `filler` (words that carry nothing:
the, on, your, …), `stamps` (words that with a number make a timestamp line: updated, published),
`max_words`. A line is furniture when every word in it is one of these (numbers, months and
weekdays count as filler) and it has an interface word, or two navigation words, or a stamp and a
number. Lists of phrases miss the furniture of sites nobody listed; vocabulary generalises, and
requiring *every* word to be interface vocabulary is what keeps headlines and prose out.
The line must start a block (after a blank line or a finished sentence) with a capital or a
digit. The check defers to every other rule: curated patterns explain the same line better.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    "max_words": Option((int,), default=8),
}

MAX_LINE_CHARS = 100
_TOKEN = compile_pattern(r"\p{L}+(?:['’]\p{L}+)?|\d+(?:[:.]\d+)?")
# Quotation marks and a sentence break mean prose; a comma alone does not ("Image source, Getty").
_PROSE_MARK = compile_pattern(r"[;“”\"]|[.!]\s+\p{L}")
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday am pm gmt bst utc et est edt pt""".split()
)


class FurnitureCheck(Check):
    defers = True  # a curated boilerplate pattern reports the same line with a surer fix

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.interface = _words(rule.option("interface"))
        self.navigation = _words(rule.option("navigation"))
        self.filler = _words(rule.option("filler")) | _CALENDAR
        self.stamps = _words(rule.option("stamps"))
        self.max_words = int(rule.option("max_words"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for start, end in _short_lines(text):
            line = text[start:end].strip()
            if not line or not (line[0].isupper() or line[0].isdigit()):
                continue
            if _PROSE_MARK.search(line) or not _starts_block(text, start):
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
        tokens = [t.lower() for t in _TOKEN.findall(line)]
        if not tokens or len(tokens) > self.max_words:
            return False
        interface = navigation = stamps = numbers = 0
        for token in tokens:
            if token in self.interface:
                interface += 1
            elif token in self.navigation:
                navigation += 1
            elif token in self.stamps:
                stamps += 1
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
        return navigation >= 2 or bool(stamps and numbers)


def _short_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line short enough to be furniture, end before its newline."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= MAX_LINE_CHARS:
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
