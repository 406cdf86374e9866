"""`line-break`: a line break in the middle of a sentence, in copy whose lines are paragraphs.

Web and wire copy puts one paragraph on a line. A break where the sentence goes on (the line stops
without an end mark and the next starts in lower case, or the line ends on a function word) is
left by a pipeline that hard-wrapped or re-flowed the text. Scanned pages are wrapped too, but at
the column width: their wrapped lines are all about as long, so a page is judged as a whole:

- one or two such breaks in a document with long single-line paragraphs: stray;
- more (a document wrapped throughout): stray only when the wrapped lines vary in length as no
  column does (coefficient of variation at least `min_spread`), and never on a page the OCR
  signal reads as a scan (the ocr pack's gate): OCR leaves a column's lines uneven too. In such a page a break also
  counts before a capital when a sentence opened on the line is still open, and after a short
  fragment that itself continues the line before.

A blank line inside a sentence (a paragraph of prose stopping on a lower-case word, the next
starting in lower case: "After the" / "long spring festival…") is a break too, left where a
pipeline turned line breaks into paragraphs; it is judged the same way, page by page, apart from
single line breaks. A headline or label over a byline ("…in Gaza" / "by Web Desk") is no prose.

Lines broken where the phrasing breaks are set that way on purpose: verse and lyrics end most
lines on a comma or a dash ("Impossible," / "to think he was once seventeen –"), which a program
wrapping at a width does only by chance (one word in eight or so carries a comma). A wrapped
page whose breaks fall after a comma or a dash at least `phrase_share` of the time is verse.
So is a page set a phrase to a line or to a paragraph (a speech as delivered, "I pay tribute to
my predecessor" / "and her deep sense of public service"): a program wrapping at a width breaks
after an article, a preposition or an auxiliary about as often as running text has them (two
words in five), a writer breaking at the phrasing almost never. Of `phrase_breaks` breaks or
more, at most `split_share` after such a word is a page set by its phrases.

Lines of even width wider than a print column are a program's wrap when it filled them to a count
of characters: at most `room_share` of them leave room for the next line's first word. Type set
by width (a book's printed lines, scanned or extracted) leaves room on half its lines or more;
of `layout_breaks` breaks or more, on more than `laid_out_share` of the page's lines, it is the
page's layout, and in part of a page of one-line paragraphs it is pasted in and reported.

Keys: `long_line` (a line this long is a paragraph of its own), `min_spread`, `min_breaks`,
`phrase_share`, `phrase_breaks`, `split_share`, `wrap_width`, `room_share`, `laid_out_share`,
`layout_breaks`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from newslint.checks import Check, Option, finding
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.line_pairs import (
    LAST_WORD,
    line_spans,
    mid_sentence,
    open_before_capital,
    paragraph_gaps,
    paragraph_lines,
    room_left,
    split_sentence,
    wrapped_on,
)
from newslint.line_stanzas import inside, set_out_lines, stanza_spans
from newslint.ocr_gate import SCAN_MODEL
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import ocr_signal
from newslint.verb_forms import AUXILIARIES

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "long_line": Option((int,), default=150, doc="a line this long is a paragraph by itself"),
    "min_spread": Option((int, float), default=0.25, doc="length variation no column has"),
    "min_breaks": Option((int,), default=3, doc="breaks needed to judge a wrapped document"),
    "phrase_share": Option(
        (int, float), default=0.5, doc="share of breaks after a comma or dash that makes verse"
    ),
    "phrase_breaks": Option((int,), default=6, doc="breaks needed to judge a page set by phrases"),
    "split_share": Option((int, float), default=0.1, doc="most breaks after a phrase's opener"),
    "room_share": Option(
        (int, float), default=0.25, doc="most lines a program's wrap leaves room for a word on"
    ),
    "laid_out_share": Option(
        (int, float), default=0.5, doc="lines broken in a page laid out in printed lines"
    ),
    "layout_breaks": Option((int,), default=6, doc="breaks needed to judge a page's layout"),
    "wrap_width": Option(
        (int, float), default=58, doc="mean width of broken lines wider than any print column"
    ),
}

# The ocr pack's gate (ocr_noise's `min_ocr_share` and `min_ocr_marks` defaults).
SCANNED_SHARE = 0.015
SCANNED_MARKS = 3
# Above this share of a page's blank lines inside sentences (most), it is set double-spaced.
MAX_SPLIT_SHARE = 0.5
_HYPHENATED = compile_pattern(r"(\p{L}+)-\n\s*(\p{Ll}+)")
# A word split at a line end is one English writes closed up at least this often ("govern-" /
# "ment", 5.6); a compound's own hyphen leaves halves that English rarely closes up ("long-" /
# "term", 2.8; "state-" / "owned", 0), as a program wrapping at spaces and hyphens leaves them.
HYPHENATED_WORD_MIN_ZIPF = 3.0
_PHRASE_END = compile_pattern(r"[,–—]\s*$")
# Words that open a phrase and never close one (an article, a preposition, a conjunction, an
# auxiliary, a possessive): a line ending on one splits its phrase, as wrapping at a width does
# and a writer setting a text by its phrases does not. Pronouns and demonstratives close phrases
# too ("…to tell you" / "the British people").
_PHRASE_OPENERS = AUXILIARIES | frozenset(
    """a an the and or but nor of to in on at by for with from into onto upon over under about
    after before between against during without within their our your its his my whose if than as
    while when where because""".split()
)
# Paragraphs set one to a line (`paragraph_lines`): two show a page that sets them so.
MIN_PARAGRAPH_LINES = 2


class LineBreakCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.long_line = int(rule.option("long_line"))
        self.min_spread = float(rule.option("min_spread"))
        self.min_breaks = int(rule.option("min_breaks"))
        self.phrase_share = float(rule.option("phrase_share"))
        self.wrap_width = float(rule.option("wrap_width"))
        self.phrase_breaks = int(rule.option("phrase_breaks"))
        self.split_share = float(rule.option("split_share"))
        self.room_share = float(rule.option("room_share"))
        self.laid_out_share = float(rule.option("laid_out_share"))
        self.layout_breaks = int(rule.option("layout_breaks"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lines = line_spans(text)
        pairs = list(itertools.pairwise(lines))
        breaks = [end for (start, end), nxt in pairs if mid_sentence(text, start, end, nxt)]
        # A page wrapped throughout also breaks before capitals and after short fragments: so
        # many of those, too, show a wrapped page.
        wrapped = [end for (start, end), nxt in pairs if wrapped_on(text, start, end, nxt)]
        if len(breaks) >= self.min_breaks or len(wrapped) >= self.min_breaks:
            if self._scanned(text):
                return  # a scan's columns, wrapped by the page: the ocr pack reads its damage
            breaks = wrapped
        else:
            # A line or two broken in a page of paragraphs: also a sentence opened on a line
            # of prose and still open before a capital ("…the report. The Civil" / "Aviation"),
            # but never inside a block of short lines set one to a line (verse, an address).
            set_out = set_out_lines(text, lines)
            strict = set(breaks)
            breaks = [
                end
                for index, ((start, end), nxt) in enumerate(pairs)
                if not (index in set_out and index + 1 in set_out)
                and (end in strict or open_before_capital(text, start, end, nxt))
            ]
        if breaks and self._reflowed(text, lines, breaks):
            for end in breaks:
                yield finding(self.rule, end, end + 1, fix=" ", applicability="unsafe")
        yield from self._split_paragraphs(text, lines)

    def _split_paragraphs(self, text: str, lines: list[tuple[int, int]]) -> Iterator[Finding]:
        """Blank lines inside a sentence, where most of the page's blank lines end a sentence:
        a page whose blank lines mostly fall inside sentences is set double-spaced (a scan, a
        wrapped text), as is any page the OCR signal reads as a scan."""
        gaps = list(paragraph_gaps(text, lines))
        splits = [gap for gap in gaps if split_sentence(text, *gap)]
        if splits:
            verse = stanza_spans(text, lines)
            splits = [
                gap for gap in splits if not (inside(verse, gap[1]) and inside(verse, gap[2]))
            ]
        if not splits or self._scanned(text):
            return
        if self._set_by_phrases([text[start:end] for start, end, _ in splits]):
            return  # a phrase to a paragraph: a speech as delivered, set so on purpose
        if len(splits) > MAX_SPLIT_SHARE * len(gaps):
            # Set double-spaced: a blank line for every line break. Its broken lines are judged
            # as a wrapped page's are: a column's (even, narrow) are the page's own, a text a
            # program wrapped wider than any column (a PDF's) or unevenly is re-flowed.
            ends = [line_end for _, line_end, _ in splits]
            if len(ends) < self.min_breaks or not self._reflowed(text, lines, ends):
                return
        for _, line_end, next_start in splits:
            yield finding(self.rule, line_end, next_start, fix=" ", applicability="unsafe")

    def _scanned(self, text: str) -> bool:
        """Whether the OCR signal (the ocr pack's gate, at its default settings) reads the page
        as a scan: its lines are the scanned columns', uneven as OCR leaves them."""
        return ocr_signal(text, self.zipf).looks_scanned(SCANNED_SHARE, SCANNED_MARKS, SCAN_MODEL)

    def _reflowed(self, text: str, lines: list[tuple[int, int]], breaks: list[int]) -> bool:
        if len(breaks) < self.min_breaks:
            # Words hyphenated across line ends mark a scanned column, wrapped on purpose.
            return not self._hyphenated(text) and (
                any(end - start >= self.long_line for start, end in lines)
                or paragraph_lines(text, lines) >= MIN_PARAGRAPH_LINES
            )
        lines_broken = [text[text.rfind("\n", 0, end) + 1 : end].strip() for end in breaks]
        at_phrase = sum(1 for line in lines_broken if _PHRASE_END.search(line))
        if at_phrase >= self.phrase_share * len(breaks):
            return False  # broken where the phrasing breaks: verse, set line by line on purpose
        if self._set_by_phrases(lines_broken):
            return False  # a speech or a text set a phrase to a line, on purpose
        lengths = [len(line) for line in lines_broken]
        import statistics  # its fractions and decimal imports cost more than this rule's run

        mean = statistics.mean(lengths)
        if mean <= 0:
            return False
        if statistics.pstdev(lengths) / mean >= self.min_spread:
            return True
        # Lines of even length: a column. A scanned page's (a newspaper's, a typescript's) is
        # narrow and hyphenates words at its line ends; a page a program wrapped at a width (an
        # email, a wire, the text of a PDF) runs its lines wider than print columns and never
        # hyphenates, and a sentence running over its breaks is one paragraph.
        if mean < self.wrap_width or self._hyphenated(text):
            return False
        # But lines set by width, not filled to a count of characters, broken all through the
        # page are its layout: a book's printed lines, scanned or extracted. Set so in part of a
        # page of one-line paragraphs, they were pasted in.
        if len(breaks) < self.layout_breaks:
            return True  # too few lines to tell how they were filled
        filled = room_left(text, breaks, lengths) <= self.room_share * len(breaks)
        return filled or len(breaks) <= self.laid_out_share * sum(
            1 for start, end in lines if text[start:end].strip()
        )

    def _set_by_phrases(self, lines_broken: list[str]) -> bool:
        """Whether enough breaks to judge fall almost never after a word that opens a phrase:
        a writer's breaks at the phrasing, not a program's at a width."""
        if len(lines_broken) < self.phrase_breaks:
            return False
        splits = sum(
            1
            for line in lines_broken
            if (last := LAST_WORD.search(line)) and last.group(1).lower() in _PHRASE_OPENERS
        )
        return splits <= self.split_share * len(lines_broken)

    def _hyphenated(self, text: str) -> bool:
        """Whether a word is hyphenated across a line end, as a print column's are: the two
        parts make a word English writes closed up, not a compound with its own hyphen."""
        return any(
            self.zipf((match.group(1) + match.group(2)).lower()) >= HYPHENATED_WORD_MIN_ZIPF
            for match in _HYPHENATED.finditer(text)
        )


def compile(rule: Rule, vocabulary: Vocabulary) -> LineBreakCheck:
    return LineBreakCheck(rule, vocabulary)
