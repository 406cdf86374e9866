"""`furniture-block`: lines of a web page that are not the article (menus, breadcrumbs, share bars,
bylines, timestamps, image file names, teasers cut off mid-sentence), judged by their shape.

Blocks come from `newslint.textblocks` (jusText's classes for plain text). A block is reported when
it carries furniture evidence of its own (a clock time or a metadata stamp, separators between
short items, an image file name or a bare URL, a field label such as "Tags:", a teaser cut off with
an ellipsis, a byline line) or when it is one of a run of short, bare, low-stop-word lines (a menu,
a tag list, a share bar). A short line alone with no evidence is never reported: a headline, a
dateline or a place line looks just like it. Deleting furniture is left to the reader (unsafe):
a caption or byline may be wanted elsewhere.

Keys: `min_run` (how many short bare lines in a row make a menu), `max_words` (longest short line).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import DELETE, Finding
from newslint.furniture_credits import CAPTION, SIGN_OFF, sign_off
from newslint.furniture_cuts import cut_teaser
from newslint.furniture_edges import BELOW
from newslint.furniture_glued import glued_furniture
from newslint.furniture_learned_tail import learned_tail
from newslint.furniture_menus import RUN as RUN
from newslint.furniture_notes import SELF_NOTE, glued_label
from newslint.furniture_page import PageJudge
from newslint.furniture_pieces import closing_notice, closing_pieces
from newslint.furniture_shaped import BETWEEN
from newslint.furniture_shaped import SHAPED as SHAPED  # reasons named where they are reported
from newslint.furniture_signals import COPYRIGHT_NOTICE, speaks_of_the_page
from newslint.furniture_tails import inner_furniture
from newslint.lexicon import Vocabulary
from newslint.page_layout import is_article, is_sentence
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal
from newslint.textblocks import Block, english_stopwords
from newslint.verse import verse_lines

OPTIONS = {
    "min_run": Option(
        (int,), default=3, doc="short bare lines in a row that make a menu", minimum=1
    ),
    "max_words": Option((int,), default=6, doc="the longest line a menu item may be"),
    "weights": Option((dict,), default={}, doc="the shape model's weights (none: model off)"),
    "threshold": Option((float,), default=0.9, doc="the model score that makes a block furniture"),
    "dense": Option((dict,), default={}, doc="the model's threshold on a furniture-dense page"),
    "page_words": Option((list,), default=[], doc="the model's learned page words (none: off)"),
    "page_tokens": Option((dict,), default={}, doc="the model's learned token weights (none: off)"),
    "lone_words": Option((int,), default=0, doc="most words of a lone line in a run (0: off)"),
    "glued": Option((bool,), default=False, doc="cut glued blocks into lines and judge those"),
}

_OWN_PACK = "scrape."  # the curated boilerplate patterns: their findings on a line speak for it
_OCR_PACK = "ocr."  # speaks for a line of a page that reads as scanned (`gives_way`)
# a glued block's unit set between two furniture units is an item of the run the scraper glued
_GLUED_BETWEEN = frozenset({BETWEEN})


class FurnitureBlockCheck(Check):
    defers = True  # a curated boilerplate pattern names the same line more precisely

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.page = PageJudge(rule)  # the page's judgement (`furniture_page`) and its memos
        self.glued = bool(rule.option("glued"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        items = doc.text_blocks
        reasons = self.reasons(items)
        last_prose = max(
            (i for i, b in enumerate(items) if is_article(b) or is_sentence(b)), default=-1
        )
        # A stanza of a poem or a song quoted whole: its short lines are verse, not labels.
        lines = text.split("\n")
        verse = {doc.line_starts[i] for i in verse_lines(lines)} if len(lines) > 2 else set()
        scanned: bool | None = None
        spans: list[tuple[int, int]] = []  # what the blocks' pass reported
        for index, (block, reason) in enumerate(zip(items, reasons, strict=True)):
            start, end = block.start, block.end
            if start in verse:
                continue
            if reason == BELOW:
                # a scanned page's last short lines are its text cut by the scan (a heading, a
                # weather line), not a web page's prompts: asked once, of pages that have one
                if scanned is None:
                    scanned = self._scanned(text)
                if scanned:
                    continue
            if reason == SIGN_OFF or (
                reason == CAPTION and index >= last_prose >= 0 and sign_off(block.text) >= 0
            ):
                # the story's last paragraph, signed by the agency, or a paragraph that reports
                # speech (`caption_evidence`): only the sign-off is furniture (no prose follows
                # it; the sign-off keeps it from reading as a sentence itself)
                reason, start = SIGN_OFF, block.start + sign_off(block.text)
            if reason is None:
                for why, first, last in self._inner(text, items, index):
                    spans.append((first, last))
                    yield self._finding(text, first, last, why)
                continue
            if reason == COPYRIGHT_NOTICE:
                # a copyright line glued after the story's sentence: that line, not the sentence
                piece = closing_notice(text, block, english_stopwords(), self.page.own)
                start, end = piece or (start, end)
            elif reason == SELF_NOTE:
                # "… a good finish. Share this article": the note, not the story's sentences
                piece = closing_pieces(text, block, english_stopwords(), speaks_of_the_page)
                start, end = piece or (start, end)
            spans.append((start, end))
            yield self._finding(text, start, end, reason)
        if self.glued:  # the lines of blocks the scraper glued, each with evidence of its own
            for start, end, reason in glued_furniture(
                text, items, reasons, self.page.reasons, self.page.own, _GLUED_BETWEEN
            ):
                # a piece already reported within a longer span ("… finish. Updated 12 March
                # 2024 10:32": the label glued after the sentence, and its stamp) is one finding
                if not _within(spans, start, end):
                    yield self._finding(text, start, end, reason)

    def _inner(self, text: str, items: list[Block], index: int) -> list[tuple[str, int, int]]:
        """Furniture inside a block of the story: a stamp or label glued at its start or end, a
        teaser's cut, and a label glued after its last sentence (learned words) as well, when the
        scraper glued one at each end (" date 2020-05-02 … KCNA said. Kim… Read full story")."""
        block = items[index]
        inner = inner_furniture(text, block) or glued_label(items, index)
        # a label after a teaser's cut takes the cut with it ("… Kim… Read full story")
        tail = learned_tail(text, block, self.page.tokens)
        if inner is None:
            inner = tail or cut_teaser(items, index)
            return [] if inner is None else [inner]
        if tail is None or tail[1] < inner[2]:
            return [inner]
        return [inner, tail]

    def _finding(self, text: str, start: int, end: int, reason: str) -> Finding:
        message = render(self.rule.message, line=_shorten(text[start:end]), reason=reason)
        return finding(self.rule, start, end, message, suggestions=[DELETE])

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        """A line of page furniture is one finding, whatever smaller problem another rule finds
        inside it (a glued word in a menu, a stray mark in a stamp). It gives way to the curated
        boilerplate patterns (its own pack), to findings covering half of it or more, and, on a
        page that reads as scanned, to damage an OCR rule finds (there a damaged line's odd shape
        is the scanner's, not a label's, and a running head is the OCR rules' to report). On a
        page that does not read as scanned an OCR rule's finding is a smaller problem like any
        other: an OCR check opened by sure misreadings, or a separator mark read as a stray
        one, would otherwise take the line's furniture finding with it."""
        if inside is None:
            return True
        if any(f.rule.startswith(_OWN_PACK) for f in inside):
            return True
        if any(f.rule.startswith(_OCR_PACK) for f in inside) and self._scanned(doc.text):
            return True
        covered = sum(min(f.end, finding.end) - f.start for f in inside)
        return covered * 2 >= finding.end - finding.start

    def _scanned(self, text: str) -> bool:
        """Whether the page reads as scanned by the OCR pack's default gate (memoised per text)."""
        return ocr_signal(text, self.vocabulary.zipf).looks_scanned(*DEFAULT_GATE)

    def reasons(self, items: list[Block]) -> list[str | None]:
        """Why each block is furniture: its own shape, then its place among the others."""
        return self.page.reasons(items)


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the spans holds start..end."""
    return any(first <= start and end <= last for first, last in spans)


def _shorten(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def compile(rule: Rule, vocabulary: Vocabulary) -> FurnitureBlockCheck:
    return FurnitureBlockCheck(rule, vocabulary)
