"""`generated-article`: the scaffolding and filler of an article a language model wrote, judged
once the page as a whole reads as one.

A generated article has section headings and sentences of praise that, one by one, a human
writer also produces ("Community Response", "fostering connections among residents"): a line
or a sentence alone says nothing. The page does. Three signals must agree before anything is
reported, each cheap and each failing on a different kind of human copy:

- the density of the words instruction-tuned models are measured to over-use (the rule's
  `markers`, a list of stems from the published excess-vocabulary studies, not from the pages
  under test). Government statements reach it too, so it never decides alone;
- no reporting: a generated article paraphrases and attributes nothing, while news says who
  said what ("said", "told", "according to", quotations of several words);
- the outline: at least one short line with no closing punctuation heading a paragraph of
  prose, the section heading a chat model puts under every few paragraphs.

Given `max_names`, a page with sparser markers (`min_nameless_markers`, `min_nameless_density`,
still one strong) is read too when its prose (`min_nameless_words` at least) names next to nothing: at most `max_names` names
and figures per 100 words (`newslint.page_lines.names_per_hundred`). News is made of who, where
and how many; a model writing without facts names almost nothing, whatever forms its lines take.
Only such a page's section headings and fact-sheet labels are reported.

On such a page the check reports those section headings, a "What:"/"Where:"/"When:" fact
sheet's labels, and the sentences that carry the over-used words densely (two of them, or one
in a trailing participle clause: ", fostering connections and enhancing its appeal") and, given
`openers`, those that name nothing in a filler's shape ("With just a few clicks, users can
travel decades into the past": `newslint.filler_shape`; the built-in rule leaves it unread, as
on unseen sites it cost more findings off the labels than it caught). Deleting or rewriting is left to a human. The verdict is drawn from the page's opening (its
first 20,000 characters), so a long document is read once.

Keys: `markers` (stems, matched as word starts with up to four more letters), `min_density`
(markers per 100 words of prose), `min_markers`, `max_reporting` (reporting words per sentence),
`min_prose_words`, `strong_markers` (the markers a newsroom does not write every day; a page must
hold one, since a guide or an explainer has headings, reports nothing and may say "crucial"),
`openers` and `min_abstract_share` (the filler shape's, `newslint.filler_shape`; no openers,
no shape read).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import re2
import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.filler_shape import FillerShape, names_something
from newslint.finding import Finding
from newslint.page_lines import (
    HEADING_MAX_WORDS,
    PROSE_LINE_WORDS,
    Line,
    names_per_hundred,
    opening,
    page_lines,
    prose_lines,
    reports_little,
    sentences,
)
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.utf8_text import utf8_readable

OPTIONS = {
    "markers": Option((list,), required=True, doc="stems of the words models over-use"),
    "min_density": Option(
        (int, float), default=1.5, doc="markers per 100 words of prose a page must reach"
    ),
    "min_markers": Option((int,), default=3, doc="markers a page must hold at least"),
    "max_reporting": Option(
        (int, float), default=0.1, doc="reporting words per sentence a page may hold at most"
    ),
    "min_prose_words": Option((int,), default=80, doc="the least prose a page is judged on"),
    "strong_markers": Option(
        (list,), default=[], doc="stems of `markers` a page must hold one of at least"
    ),
    "openers": Option(
        (list,),
        default=[],
        doc="words an introductory clause of a filler sentence opens with (none: shape unread)",
    ),
    "min_abstract_share": Option(
        (int, float), default=0.1, doc="share of abstract nouns that makes a sentence filler"
    ),
    "max_names": Option(
        (int, float),
        default=0,
        doc="names and figures per 100 words of prose a page without headings may hold (0: unread)",
    ),
    "min_nameless_density": Option(
        (int, float), default=0.75, doc="markers per 100 words a page without headings must reach"
    ),
    "min_nameless_markers": Option((int,), default=2, doc="markers such a page must hold"),
    "min_nameless_words": Option(
        (int,), default=120, doc="words of prose such a page must hold (a rate of names needs them)"
    ),
}

# A section heading: a short line heading a paragraph of at least this many words.
PARAGRAPH_WORDS = 15

_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
# A trailing participle clause (", promoting biodiversity and enhancing its appeal"); the
# prepositions and nouns English spells in -ing are not participles.
_PARTICIPLE_TAIL = compile_pattern(
    r",\s+(?:and\s+)?(?!(?:during|including|according|regarding|following|concerning|"
    r"morning|evening|nothing|something|anything|everything|thing|king|ring|spring|string|"
    r"building|wedding|meeting|ceiling|bring|sing)\b)\p{Ll}{2,}ing\b"
)
# A heading is words: a line holding other signs is a byline ("Maggy Day ·"), a menu
# ("News | Sport") or a credit.
_HEADING_TEXT = compile_pattern(r"[\p{L}\p{M}'’ ,&?()-]+")
_HEADING_END = (".", "!", ",", ";", ":")
_FACT_LABEL = compile_pattern(r"^[ \t]*(?:Who|What|When|Where|Why|How)[ \t]*:", regex.MULTILINE)
MIN_FACT_LABELS = 3


def _is_heading(line: Line, following: Line | None) -> bool:
    """A section heading: a short capitalised line with no closing punctuation and no figure,
    heading a paragraph (or ending the page, where an excerpt was cut)."""
    text = line.text
    if not 1 <= line.words <= HEADING_MAX_WORDS or not text[:1].isupper():
        return False
    if text.endswith(_HEADING_END) or not _HEADING_TEXT.fullmatch(text):
        return False
    return following is None or following.words >= PARAGRAPH_WORDS


def _stem_matcher(stems: Sequence[str]) -> re2._Regexp:
    """Words starting with one of the stems and at most four letters longer."""
    alternation = "|".join(sorted((regex.escape(s.lower()) for s in stems), key=len)[::-1])
    # RE2: one linear pass over every document, ten times faster than `regex` on this set.
    options = re2.Options()
    options.case_sensitive = False
    return re2.compile(rf"\b(?:{alternation})[a-z]{{0,4}}\b", options)


class GeneratedArticleCheck(Check):
    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self.marker = _stem_matcher(rule.option("markers"))
        self.min_density = float(rule.option("min_density"))
        self.min_markers = int(rule.option("min_markers"))
        self.max_reporting = float(rule.option("max_reporting"))
        self.min_prose_words = int(rule.option("min_prose_words"))
        strong: Sequence[str] = rule.option("strong_markers")
        self.strong = _stem_matcher(strong) if strong else None
        openers: Sequence[str] = rule.option("openers")
        self.filler_shape = (
            FillerShape(openers, float(rule.option("min_abstract_share"))) if openers else None
        )
        self.max_names = float(rule.option("max_names"))
        self.nameless_density = float(rule.option("min_nameless_density"))
        self.nameless_markers = int(rule.option("min_nameless_markers"))
        self.nameless_words = int(rule.option("min_nameless_words"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = utf8_readable(doc.text)
        # The page is judged by its opening, so a long document costs one pass over its lines
        # and no more unless the opening reads as generated.
        first = opening(text)
        # Cheap refusal first: most copy holds too few markers to be judged at all. Prose is
        # at least a third of a page's words, so a page whose markers are too sparse over all
        # its words by that factor is too sparse in its prose too.
        markers = len(self.marker.findall(first))
        least, density = self.min_markers, self.min_density
        if self.max_names:
            least, density = min(least, self.nameless_markers), min(density, self.nameless_density)
        if markers < least or 3 * 100 * markers < density * len(first.split()):
            return
        verdict = self._verdict(page_lines(first))
        if verdict is None:
            return
        lines = page_lines(text)
        yield from self._headings(lines)
        yield from self._fact_labels(text)
        if verdict == "nameless":
            # Such a page's evidence is its prose as a whole, which no single sentence carries
            # (its opening sentence, reported, was as often off the labels as on them on the
            # measured sets): only its outline is reported.
            return
        yield from self._filler(lines)

    def _verdict(self, lines: list[Line]) -> str | None:
        """How the page reads as generated: "outline" (dense markers under section headings),
        "nameless" (markers in prose that names next to nothing), or None."""
        prose = prose_lines(lines)
        texts = [line.text for line in prose]
        words = sum(len(_WORD.findall(p)) for p in texts)
        if words < self.min_prose_words:
            return None
        markers = sum(len(self.marker.findall(p)) for p in texts)
        # The everyday markers (crucial, comprehensive, enhance) are also a service piece's
        # words, and a guide or an explainer has headings and reports nothing by genre: the
        # page must also use one of the words whose excess in model text is largest.
        if self.strong is not None and not any(self.strong.search(p) for p in texts):
            return None
        if not reports_little(prose, self.max_reporting):
            return None
        density = 100 * markers / words
        dense = markers >= self.min_markers and density >= self.min_density
        if dense and any(self._heading_at(lines, i) for i in range(1, len(lines))):
            return "outline"
        # Sparser markers suffice on a page whose prose names next to nothing: news, a column
        # and a guide name people, places and figures; a model writing without facts does not.
        # Over a short passage a rate of names is noise: a statement's paragraph may name nobody.
        if not self.max_names or markers < self.nameless_markers or words < self.nameless_words:
            return None
        if density < self.nameless_density or names_per_hundred(prose) > self.max_names:
            return None
        return "nameless"

    @staticmethod
    def _heading_at(lines: list[Line], index: int) -> bool:
        following = lines[index + 1] if index + 1 < len(lines) else None
        return _is_heading(lines[index], following)

    def _headings(self, lines: list[Line]) -> Iterator[Finding]:
        # The first line is the page's own title, which a human headline shares the shape of.
        for index in range(1, len(lines)):
            if self._heading_at(lines, index):
                line = lines[index]
                message = render(self.rule.message, what="section heading", match=line.text)
                yield finding(self.rule, line.start, line.start + len(line.text), message)

    def _fact_labels(self, text: str) -> Iterator[Finding]:
        labels = list(_FACT_LABEL.finditer(text))
        if len(labels) < MIN_FACT_LABELS:
            return
        for match in labels:
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            message = render(
                self.rule.message, what="fact-sheet label", match=match.group().strip()
            )
            yield finding(self.rule, start, match.end(), message)

    def _filler(self, lines: list[Line]) -> Iterator[Finding]:
        """Sentences carrying the over-used words densely (two, or one in a trailing participle
        clause), and those that name nothing in a filler's shape (`newslint.filler_shape`):
        the page's verdict is already drawn, so its vocabulary need not be in every sentence."""
        for line in lines:
            if line.words < PROSE_LINE_WORDS:
                continue
            for start, body in sentences(line):
                markers = {m.casefold() for m in self.marker.findall(body)}
                dense = len(markers) >= 2 or bool(markers and _PARTICIPLE_TAIL.search(body))
                if dense or self._shaped(body):
                    message = render(self.rule.message, what="filler sentence", match=body)
                    yield finding(self.rule, start, start + len(body), message)

    def _shaped(self, sentence: str) -> bool:
        shape = self.filler_shape
        return shape is not None and not names_something(sentence) and shape(sentence)


def compile(rule: Rule) -> GeneratedArticleCheck:
    return GeneratedArticleCheck(rule)
