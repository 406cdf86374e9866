"""`generated-filler`: the padding a language model wraps around one thin fact, judged once the
page as a whole reads as a rewrite that names nothing.

Sites that rewrite a headline into "news" with a chat model produce prose that holds none of the
over-used vocabulary `generated-article` counts ("In times of crisis, communication is key."),
so vocabulary cannot find it. Its shape can. Four page signals must all hold, each one failing
on a different kind of human copy, before any sentence is reported:

- vagueness: most sentences name nothing (no capitalised word after the first, no figure, no
  quotation). News names people, places and numbers; a generated rewrite keeps one fact and
  pads it with sentences about "the authorities", "residents" and "the situation";
- low burstiness: sentence lengths vary little (the coefficient of variation of words per
  sentence is small). Human prose mixes short and long sentences;
- no reporting: nobody said, told or was quoted;
- impersonal: few sentences speak as "I" or "we". A speech, a statement or an op-ed is vague
  and reports nothing too, but it speaks in the first person.

On such a page the check reports the vague sentences that carry a filler shape (an
introductory clause, "As the situation remains fluid, ..."; an evaluative dummy subject, "it is
essential to"; or a high share of abstract nouns, -tion, -ment, -ity, -ness) and the section
headings over its paragraphs ("Community Response"). The verdict is drawn from the page's opening
(its first 20,000 characters), so a long document is read once.

Keys (rule data, chosen by domain-grouped cross-validation on the labelled training pages):
`min_sentences`, `min_vague_share`, `max_length_variation`, `max_reporting`,
`max_first_person_share`, `min_abstract_share`, `openers` (the words an introductory clause of
a filler sentence starts with).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newslint.checks import Check, Option, finding, render
from newslint.checks.generated_article import (
    _QUOTATION,
    _REPORTING,
    OPENING_CHARS,
    PROSE_LINE_WORDS,
    _is_heading,
    _Line,
    _lines,
    _sentences,
)
from newslint.document import Document
from newslint.filler_shape import FillerShape, names_something
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "min_sentences": Option((int,), default=5, doc="prose sentences a page must hold"),
    "min_vague_share": Option(
        (int, float), default=0.6, doc="share of prose sentences that name nothing"
    ),
    "max_length_variation": Option(
        (int, float),
        default=0.3,
        doc="coefficient of variation of words per sentence a page may reach at most",
    ),
    "max_reporting": Option(
        (int, float), default=0.1, doc="reporting words per sentence a page may hold at most"
    ),
    "max_first_person_share": Option(
        (int, float), default=0.1, doc="share of sentences speaking as I or we, at most"
    ),
    "min_abstract_share": Option(
        (int, float), default=0.1, doc="share of abstract nouns that makes a sentence filler"
    ),
    "openers": Option(
        (list,), required=True, doc="words an introductory clause of a filler sentence opens with"
    ),
}

# A sentence shorter than this is a fragment (a dateline, a label), not prose to be measured.
SENTENCE_MIN_WORDS = 4
# Case matters: "US" is a country, not "us".
_FIRST_PERSON = compile_pattern(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")


@dataclass(frozen=True)
class _Sentence:
    start: int
    text: str
    words: int

    @property
    def vague(self) -> bool:
        return not names_something(self.text)


def _prose_sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    for line in _lines(text):
        if line.words < PROSE_LINE_WORDS:
            continue
        for start, body in _sentences(line):
            words = len(body.split())
            if words >= SENTENCE_MIN_WORDS:
                out.append(_Sentence(start, body, words))
    return out


class GeneratedFillerCheck(Check):
    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self.min_sentences = int(rule.option("min_sentences"))
        self.min_vague = float(rule.option("min_vague_share"))
        self.max_variation = float(rule.option("max_length_variation"))
        self.max_reporting = float(rule.option("max_reporting"))
        self.max_first_person = float(rule.option("max_first_person_share"))
        openers: Sequence[str] = rule.option("openers")
        self.filler_shape = FillerShape(openers, float(rule.option("min_abstract_share")))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        cut = text.find("\n", OPENING_CHARS)
        opening = text if cut < 0 else text[:cut]
        sentences = _prose_sentences(opening)
        if not self._reads_generated(sentences):
            return
        yield from self._headings(_lines(text))
        if cut >= 0:
            sentences = _prose_sentences(text)
        for sentence in sentences:
            if sentence.vague and self.filler_shape(sentence.text):
                message = render(self.rule.message, what="filler sentence", match=sentence.text)
                yield finding(
                    self.rule, sentence.start, sentence.start + len(sentence.text), message
                )

    def _headings(self, lines: list[_Line]) -> Iterator[Finding]:
        """The section headings of a page that reads as padded: the outline a chat model puts
        over its paragraphs ("Community Response"), which a human subheading shares the shape of
        and so is only reported here. The first line is the page's own title."""
        for index in range(1, len(lines)):
            following = lines[index + 1] if index + 1 < len(lines) else None
            if _is_heading(lines[index], following):
                line = lines[index]
                message = render(self.rule.message, what="section heading", match=line.text)
                yield finding(self.rule, line.start, line.start + len(line.text), message)

    def _reads_generated(self, sentences: list[_Sentence]) -> bool:
        count = len(sentences)
        if count < self.min_sentences:
            return False
        # Most pages name something in most sentences: stop counting once too many have.
        allowed = (1 - self.min_vague) * count
        named = 0
        for sentence in sentences:
            named += not sentence.vague
            if named > allowed:
                return False
        lengths = [s.words for s in sentences]
        if statistics.pstdev(lengths) > self.max_variation * statistics.fmean(lengths):
            return False
        texts = [s.text for s in sentences]
        reporting = sum(len(_REPORTING.findall(t)) for t in texts) + sum(
            1 for t in texts for q in _QUOTATION.findall(t) if len(q.split()) >= 4
        )
        if reporting > self.max_reporting * count:
            return False
        first_person = sum(1 for t in texts if _FIRST_PERSON.search(t))
        return first_person <= self.max_first_person * count


def compile(rule: Rule) -> GeneratedFillerCheck:
    return GeneratedFillerCheck(rule)
