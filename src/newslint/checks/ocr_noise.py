"""`ocr-noise`: word-level misreadings, reported only in documents that look scanned.

A token such as "tliat", "2oth", "th^" or a lone "," between words is proof of nothing in one
article (a typo, a product code, a careless space) but is almost always OCR damage in a document
where such tokens are frequent. The gate is `newslint.signals.ocr_signal`: the share of a
document's tokens that look like scanning damage. Keys:
- `detect`: `non-word` (words no English dictionary has: "tliat", "Korelgn"), `garbled` (digits
  or symbols inside a word: "wi1l", "th^"), `lone-mark` (punctuation standing alone between
  words), `misread-word` (a rare word one scanner confusion away from a very common one: "tbe",
  "tho", "arc" for "the", "the", "are"), `odd-shape` (letters, digits and marks in an order print
  never shows: "W1alton", "Po]ice", "guilty,.3ud"; see `newslint.ocr_shapes`), `broken-phrase`
  (an article before a word no noun phrase allows: "of the for the"; `newslint.ocr_broken_phrases`);
- `min_ocr_share` (default 0.015): the share of damaged-looking tokens from which a document is
  taken as OCR output;
- `min_ocr_marks` (default 3): and at least this many of them;
- `scan_model` (default true): a text too short for that many opens the gate too when the scan
  model (`newslint.ocr_gate`) weighs its damage as a scan's.
A name the document repeats, a word in the user's vocabulary, and anything inside a web address
are never reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from newslint import cased_lexicon
from newslint.checks import Option, finding, render
from newslint.checks.glue_foreign import in_foreign_phrase
from newslint.checks.scanned_text import SCANNED_GATE_OPTIONS, ScannedTextCheck, gives_way_in_pack
from newslint.document import Document
from newslint.finding import Finding
from newslint.glossed_terms import glossed_spans, inside
from newslint.lexicon import Vocabulary
from newslint.misreadings import capital_misread, misread_of, near_word
from newslint.necessary import DocumentFeature, Necessary
from newslint.ocr_attested_splits import attested_splits, may_hold_attested_splits
from newslint.ocr_broken_phrases import broken_phrases
from newslint.ocr_capital_model import Names, likely_capital_misreads
from newslint.ocr_capital_words import capital_misreadings
from newslint.ocr_channel import Misreading, damage_relief, unlikely_words
from newslint.ocr_context import cut_words
from newslint.ocr_damage import TOKEN, Zipf, strip_edges
from newslint.ocr_fit import fits_in_place
from newslint.ocr_fragments import cut_fragment
from newslint.ocr_function_words import function_word_misreads, readings, unscanned_form
from newslint.ocr_junk import junk_runs
from newslint.ocr_lone_letters import LONE_LETTERS, lone_letters, opening_letters
from newslint.ocr_marks import lowered_in_capitals, shifted_capitals, stray_marks, unshifted
from newslint.ocr_non_words import non_words
from newslint.ocr_open_splits import open_splits
from newslint.ocr_pronouns import pronoun_misreads
from newslint.ocr_shapes import PrintShapes
from newslint.ocr_specks import commas_before_a_clause
from newslint.ocr_token_model import THRESHOLD, likely_misreads
from newslint.rules import Rule
from newslint.signals import document_marks, ocr_signal

OPTIONS = {
    "detect": Option(
        (str,),
        required=True,
        choices=(
            "non-word",
            "garbled",
            "lone-mark",
            "misread-word",
            "split-word",
            "capital",
            "attested-split",
            "unlikely-word",
            "junk-run",
            "odd-shape",
            "learned-word",
            "lone-letter",
            "lowered-capital",
            "comma-for-stop",
            "broken-phrase",
        ),
    ),
    "function_words": Option(
        (dict,),
        default={},
        doc="misread form -> the function word the grammar around it may demand (misread-word)",
    ),
    "min_probability": Option(
        (float,), default=THRESHOLD, doc="the learned model's probability to report (learned-word)"
    ),
    **SCANNED_GATE_OPTIONS,
}

if TYPE_CHECKING:
    from newslint.vale.tagger import Tagger


class OcrNoiseCheck(ScannedTextCheck):
    tagger: Tagger | bool | None = None  # False: asked, and the model is not installed

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        table = rule.option("function_words") or {}
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            raise rule.error("'function_words' maps a misread form to a function word")
        try:
            self.function_words = readings(table)
        except ValueError as exc:
            raise rule.error(f"'function_words': {exc}") from None
        # the forms asked about in copy the gate leaves shut: rare, and in no dictionary
        self.unscanned_forms = frozenset(
            form for form in self.function_words.intended if unscanned_form(form, self.zipf)
        )

    def run(self, doc: Document) -> Iterator[Finding]:
        # A term of another language beside its translation is the writer's, not the scanner's
        # (`newslint.glossed_terms`); asked only once a finding needs it.
        glossed: list[tuple[int, int]] | None = None
        for found in self._found(doc):
            if glossed is None:
                glossed = glossed_spans(doc.text, cased_lexicon.english())
            if not inside(glossed, found.start, found.end):
                yield found

    def _found(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if self.detect == "attested-split":
            yield from self._attested_splits(doc)
            return
        if self.detect == "lone-letter":
            yield from self._lone_letters(doc)
            return
        if self.detect == "lowered-capital":
            yield from self._lowered_capitals(text)
            return
        if not self.looks_scanned(text):
            if self.detect == "unlikely-word":
                # a capital misread as another capital is no typist's slip: asked in any copy
                has = cased_lexicon.english().has
                capitals = capital_misreadings(text, self.zipf, has, scanned=False)
                yield from self._reported_readings(text, capitals)
            elif self.detect == "misread-word" and not self.unscanned_forms.isdisjoint(
                doc.word_counts
            ):
                # the document's distinct words answer first: clean copy has none of these forms
                yield from self._function_words(text, unscanned_form)
            return
        if self.detect == "misread-word":
            yield from self._misread_words(doc)
        elif self.detect == "non-word":
            yield from self._non_words(doc)
        elif self.detect == "unlikely-word":
            yield from self._unlikely_words(doc)
        elif self.detect == "learned-word":
            yield from self._learned_words(doc)
        elif self.detect == "split-word":
            yield from self._split_words(text)
        elif self.detect == "capital":
            yield from self._capitals(text)
        elif self.detect == "lone-mark":
            yield from self._stray_marks(text)
        elif self.detect == "odd-shape":
            for start, end in PrintShapes().odd_tokens(text):
                message = render(self.rule.message, match=text[start:end])
                yield finding(self.rule, start, end, message)
        elif self.detect == "comma-for-stop":
            # "a child,\nShe fell ill": the full stop that ended the line, read as a comma
            for start, end in commas_before_a_clause(text):
                message = render(self.rule.message, match=text[start:end])
                yield finding(self.rule, start, end, message, fix=".")
        elif self.detect == "broken-phrase":
            # "of the for the annual meeting": another column's line, a cut word or a lost one
            for start, end in broken_phrases(text, self.zipf):
                yield finding(
                    self.rule, start, end, render(self.rule.message, match=text[start:end])
                )
        elif self.detect == "junk-run":
            for start, end in junk_runs(text, self.zipf):
                message = render(self.rule.message, match=text[start:end])
                yield finding(self.rule, start, end, message)
        else:
            for mark in document_marks(text, self.zipf):
                if mark.kind in ("digit-in-word", "symbol-in-word"):
                    found = text[mark.start : mark.end]
                    yield finding(
                        self.rule, mark.start, mark.end, render(self.rule.message, match=found)
                    )

    def _non_words(self, doc: Document) -> Iterator[Finding]:
        for at, word in non_words(doc.text, self.zipf, cased_lexicon.english(), doc.names.evidence):
            yield finding(self.rule, at, at + len(word), render(self.rule.message, match=word))

    def _function_words(
        self, text: str, asked: Callable[[str, Zipf], bool] | None = None
    ) -> Iterator[Finding]:
        """ "he bad been", "refused, bat did not": a function word the grammar around it demands
        (`asked`: which written forms are asked about; all, by default)."""
        for start, end, fix in function_word_misreads(text, self._tagger, self.function_words):
            if asked is None or asked(text[start:end], self.zipf):
                message = render(self.rule.message, match=text[start:end], fix=fix)
                yield finding(self.rule, start, end, message, suggestions=[fix])

    def _misread_words(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # "be said", "tie was": a word that stands where only the subject "he" fits.
        by_grammar = {start: (end, fix) for start, end, fix in pronoun_misreads(text, self._tagger)}
        for start, end, fix in function_word_misreads(text, self._tagger, self.function_words):
            by_grammar.setdefault(start, (end, fix))
        for start, (end, fix) in sorted(by_grammar.items()):
            message = render(self.rule.message, match=text[start:end], fix=fix)
            yield finding(self.rule, start, end, message, suggestions=[fix])
        known = cased_lexicon.english().has
        for match in TOKEN.finditer(text):
            core = strip_edges(match.group())
            if not core.isalpha() or match.start() + match.group().find(core) in by_grammar:
                continue
            intended = (
                misread_of(core, self.zipf) or near_word(core, self.zipf)
                if core.islower()
                else capital_misread(core, self.zipf)
            )
            if intended:
                start = match.start() + match.group().find(core)
                if cut_fragment(text, start, start + len(core), self.zipf, known):
                    continue  # "com|pany" is no misread "many": a cut word's piece
                if core[0].isupper():
                    intended = intended.capitalize()
                message = render(self.rule.message, match=core, fix=intended)
                yield finding(self.rule, start, start + len(core), message, suggestions=[intended])

    def _unlikely_words(self, doc: Document) -> Iterator[Finding]:
        """ "hive" for "have", "caine" for "came": a rare word the page has once, which the
        noisy channel (`newslint.ocr_channel`) reads as a misreading of a far commoner one."""
        text = doc.text
        relief = damage_relief(ocr_signal(text, self.zipf).share)
        in_dictionary = cased_lexicon.english().has
        found = chain(
            unlikely_words(text, self.zipf, in_dictionary, relief),
            capital_misreadings(text, self.zipf, in_dictionary, relief),
        )
        yield from self._reported_readings(text, found)

    def _learned_words(self, doc: Document) -> Iterator[Finding]:
        """ "ire" for "are", "tl" for "to": a word the learned token model
        (`newslint.ocr_token_model`) reads as a misreading of a commoner one."""
        text = doc.text
        share = ocr_signal(text, self.zipf).share
        in_dictionary = cased_lexicon.english().has
        threshold = float(self.rule.option("min_probability", THRESHOLD))
        lexicon = cased_lexicon.english()
        names = Names(lexicon.only_capitalised, lexicon.has)
        misreads = chain(
            likely_misreads(text, self.zipf, in_dictionary, share, threshold),
            # "United Stales": a capitalised word inside a sentence, weighed by its own model
            likely_capital_misreads(text, self.zipf, names, share),
        )
        for start, end, intended in misreads:
            # The model reads no context: a word of a phrase kept in another language ("la
            # Repubblica", "per se") is that language's, not a misread English word.
            if in_foreign_phrase(text, start, end):
                continue
            message = render(self.rule.message, match=text[start:end], fix=intended)
            yield finding(self.rule, start, end, message)

    def _reported_readings(
        self, text: str, found: Iterable[tuple[int, int, Misreading]]
    ) -> Iterator[Finding]:
        for start, end, reading in found:
            if not fits_in_place(text, start, end, reading.intended, self._tagger):
                continue  # "the ewe" is no misread "the we"
            if in_foreign_phrase(text, start, end):
                continue  # "per se", "la Repubblica": words of a phrase kept in its language
            message = render(self.rule.message, match=text[start:end], fix=reading.intended)
            yield finding(self.rule, start, end, message, suggestions=[reading.intended])

    def _split_words(self, text: str) -> Iterator[Finding]:
        cuts = list(cut_words(text, self.zipf))
        taken = {at for match in cuts for at in range(*match.span())}
        # "admit ted": a cut whose pieces are both listed words (`newslint.ocr_open_splits`)
        cuts += (m for m in open_splits(text, self.zipf) if taken.isdisjoint(range(*m.span())))
        for match in sorted(cuts, key=lambda m: m.start()):
            fix = match.group("left") + match.group("right")
            message = render(self.rule.message, match=match.group(), fix=fix)
            yield finding(self.rule, match.start(), match.end(), message, suggestions=[fix])

    def _attested_splits(self, doc: Document) -> Iterator[Finding]:
        for match in attested_splits(doc.text, self.zipf, doc.runs):
            fix = match.group("left") + match.group("right")
            message = render(self.rule.message, match=match.group(), fix=fix)
            yield finding(self.rule, match.start(), match.end(), message, suggestions=[fix])

    def _capitals(self, text: str) -> Iterator[Finding]:
        """ "further Insure Itself against", "SYstem": capitals the printed page did not have."""
        for start, end, sure in shifted_capitals(text, self.zipf, self._tagger):
            word = text[start:end]
            fix = unshifted(word, self.zipf)
            # The message names the printed word only where it can be read (`unshifted`).
            reading = "" if fix is None else f" of “{fix}”"
            message = render(self.rule.message, match=word, fix=fix or word, reading=reading)
            yield finding(self.rule, start, end, message, suggestions=[fix] if sure and fix else [])

    def _lowered_capitals(self, text: str) -> Iterator[Finding]:
        """ "BURGLARtIES" on a page the gate leaves shut (on one it opens, `capital` reports it).
        No fix: the worn capital may be any letter, or a speck beside one ("CIEhLD": CHILD)."""
        spans = lowered_in_capitals(text, self.zipf)
        if not spans or self.looks_scanned(text):
            return
        for start, end in spans:
            yield finding(self.rule, start, end, render(self.rule.message, match=text[start:end]))

    def _tagger(self) -> Tagger | None:
        """The part-of-speech tagger, loaded on the first question; None without its model."""
        if self.tagger is None:
            from newslint.errors import BackendUnavailable
            from newslint.vale.tagger import shared_tagger

            try:
                self.tagger = shared_tagger()
            except BackendUnavailable:
                self.tagger = False
        return None if isinstance(self.tagger, bool) else self.tagger

    def _lone_letters(self, doc: Document) -> Iterator[Finding]:
        """A lone lower-case letter between lower-case words, or opening a line or a sentence
        before a capitalised word, on a page the gate leaves shut (on one it opens, `lone-mark`
        reports every lone letter)."""
        if LONE_LETTERS.isdisjoint(doc.word_counts):
            return  # no one-letter word: the search is made only where one is
        lexicon = cased_lexicon.english()
        spans = sorted(
            [
                *lone_letters(doc.text, self.zipf, lexicon),
                *opening_letters(doc.text, self.zipf, lexicon),
            ]
        )
        if not spans or self.looks_scanned(doc.text):
            return
        for start, end in spans:
            message = render(self.rule.message, match=doc.text[start:end])
            yield finding(self.rule, start, end, message)

    def _stray_marks(self, text: str) -> Iterator[Finding]:
        """Marks alone between words, a full stop after "the", a lone letter between words."""
        for start, end in stray_marks(text, self.zipf, self._tagger):
            message = render(self.rule.message, match=text[start:end])
            yield finding(self.rule, start, end, message)


# The detectors that judge a word (a token, or the pieces of a cut one). One token gets one OCR
# finding: these defer to the OCR rules that are not deferring ("tbe" is character-confusion's,
# with its fix; "confer- ence" hyphen-break's) and, in rule order, to each other: the pack lists
# the most specific first (a cut word before a non-word piece of it, a misreading that names
# the word before "not a word").
WORD_DETECTS = frozenset(
    (
        "non-word",
        "garbled",
        "odd-shape",
        "misread-word",
        "split-word",
        "capital",
        "unlikely-word",
        "learned-word",
    )
)


class OcrWordCheck(OcrNoiseCheck):
    """A word-level OCR finding gives way to another OCR rule's finding on the same text."""

    defers = True
    defers_in_pack = True

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        return gives_way_in_pack(inside)


class AttestedSplitCheck(OcrWordCheck):
    """A cut word the document writes whole elsewhere gives way to the rules that already
    report the same cut ("cou nterpart" is `ocr.split-word`'s), of any pack."""

    def necessary(self) -> Necessary:
        # Every split `attested_splits` reports joins two neighbouring runs into one the page writes.
        joins = DocumentFeature(
            "runs join into a run", lambda doc: may_hold_attested_splits(doc.runs)
        )
        return Necessary(feature=joins)

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        return True


def compile(rule: Rule, vocabulary: Vocabulary) -> OcrNoiseCheck:
    detect = rule.option("detect")
    if detect == "attested-split":
        return AttestedSplitCheck(rule, vocabulary)
    if detect in WORD_DETECTS:
        return OcrWordCheck(rule, vocabulary)
    return OcrNoiseCheck(rule, vocabulary)
