"""Document-level signals: how much of a text looks damaged in one way, as shares of its words.

A single odd token proves little (a name, a product code, a typo); many of them in one document
say how it was made. The OCR signal counts tokens that scanning produces and careful typing
does not: lower-case non-words ("tliat"), digits inside words ("wi1l", "2oth"), symbols inside
words ("th^", "*°u!d") and punctuation standing alone between words (" , "). Checks use it as a
gate (stricter word checks only where the document looks scanned); the verdict reports it.
Which damage one token shows is judged in `newslint.ocr_damage`; this module counts it over a
document, paragraph by paragraph.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import regex

from newslint import cased_lexicon
from newslint.damage_marks import Mark, judge_of
from newslint.damage_marks import ocr_marks as ocr_marks  # the checks import it from here
from newslint.glossed_terms import forget_glossed
from newslint.lexicon import memo_of
from newslint.lexicon import zipf as english_zipf
from newslint.ocr_certain import MIN_CERTAIN, WORDS_PER_CERTAIN, certain_tokens
from newslint.ocr_context import (
    PARAGRAPH_MEMO_CHARS,
    PARAGRAPH_MEMO_LIMIT,
    context_traces,
    paragraph_spans,
)
from newslint.ocr_damage import Zipf, damage_kind, strip_edges, tokens
from newslint.ocr_gate import (
    EVIDENCE_KINDS,
    MIN_BRANDS,
    SCAN_MODEL,
    ScanModel,
    brand_names,
    dated_before,
    declares_ocr,
)
from newslint.ocr_token_model import sure_misreadings, sure_misreadings_at_most
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

# A word cut by the hyphen of a printed line end, joined with a space ("expendi- tures");
# "short- and long-term" is English.
# OCR engines that mark the break write "¬" for its hyphen ("follow¬ ing"); a text view that
# sets printed lines a blank line apart puts one inside the break ("per-\n\niod").
_LINE_END_HYPHEN = compile_pattern(
    r"(?<=\p{L}\p{Ll})[-¬](?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(\p{Ll}+)"
)
# Marks that web copy leaves alone between words too ("Time : 10", a stray quote).
MAX_LONE_MARKS = 2
# The ocr pack's gate (ocr-noise's `min_ocr_share` and `min_ocr_marks` defaults): where it opens
# by the count or the scan model, tokens only a scanner leaves are not looked for.
DEFAULT_GATE = (0.015, 3)
# Two words the token model is sure are misread open the gate, at least one in this many words
# of a text no longer than MAX_SURE_WORDS. Chosen on the shape sets (real dev half, train59a,
# lab59a): a typed page's second surest glyph reading reaches 0.87, a light scan's 0.99, and one
# sure word alone is on typed pages too (a name, a brand); a scan shows such readings densely.
MIN_SURE = 2
WORDS_PER_SURE = 150
MAX_SURE_WORDS = 600
MIN_KINDS = 2
MIN_DECLARED_MARKS = 1  # a page that calls itself OCR needs one damaged token, not a page's worth
_WEB_MARKS = frozenset((":", "'", '"'))


@lru_cache(maxsize=8)
def document_marks(text: str, zipf: Zipf = english_zipf) -> tuple[Mark, ...]:
    """`ocr_marks` of a whole document, kept for the other rules that ask (see `ocr_signal`)."""
    parts = _paragraph_parts(text, zipf)
    if parts is None:
        return tuple(ocr_marks(text, zipf))
    return tuple(
        Mark(start + m.start, start + m.end, m.kind) for start, part in parts for m in part.marks
    )


class OcrSignal(FrozenValue):
    """How much of a text looks misread by a scanner, and of what kinds."""

    FIELDS = (
        "words", "marks", "kinds", "typed_like", "counts", "dated", "brands", "certain", "declared",
    )  # fmt: skip
    words: int
    marks: int
    kinds: int  # how many kinds of damage: typing errs one way, a scanner several
    typed_like: bool  # every kind is one a careless typist also makes
    # Damaged tokens and traces by kind (`EVIDENCE_KINDS`, in that order): the scan model's input.
    counts: tuple[int, ...]
    dated: bool  # names years, all before 1960 (`ocr_gate.dated_before`)
    brands: int  # tokens spelt as brands are ("iPhone", "eBay"; `ocr_gate.brand_names`)
    # tokens only a scanner leaves (`ocr_certain.certain_tokens`), looked for on a damaged page
    # that `DEFAULT_GATE` leaves shut
    certain: int
    declared: bool  # the page says its text is OCR output (`ocr_gate.declares_ocr`)

    def __init__(
        self,
        words: int,
        marks: int,
        kinds: int = 0,
        typed_like: bool = True,
        counts: tuple[int, ...] = (),
        dated: bool = False,
        brands: int = 0,
        certain: int = 0,
        declared: bool = False,
    ):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "words", words)
        setter(self, "marks", marks)
        setter(self, "kinds", kinds)
        setter(self, "typed_like", typed_like)
        setter(self, "counts", counts)
        setter(self, "dated", dated)
        setter(self, "brands", brands)
        setter(self, "certain", certain)
        setter(self, "declared", declared)

    @property
    def share(self) -> float:
        return self.marks / self.words if self.words else 0.0

    @property
    def typed_brands(self) -> bool:
        """Brands ("iPhone", "eBay") as many as the damaged-looking tokens: typed copy's names."""
        return self.brands >= max(MIN_BRANDS, self.marks)

    @property
    def varied(self) -> bool:
        """Damage of more than one kind, or of a kind only scanning makes ("Ihe", "arc" for
        "are", "wi1l"): a careless typist's misspellings are all non-words and stray marks."""
        return self.kinds >= MIN_KINDS or not self.typed_like

    def looks_scanned(
        self, min_share: float, min_marks: int, model: ScanModel | None = SCAN_MODEL
    ) -> bool:
        """Enough damaged tokens, of more than one kind (a careless typist's misspellings are
        all non-words; a scan also garbles digits, symbols, line ends and punctuation), or, in
        a text too short for that many, damage the scan model weighs as a scan's. Either way
        one kind of damage a typist or a program also leaves is not a scan's: a tech brief's
        Windows paths or a mail merge's "{first}{last}" are symbols inside words, and nothing
        else. Nor is a page scanned by the count alone when its damaged-looking tokens are no
        more than the brands it spells ("iPhone", "eBay"): its odd tokens are names too.
        Tokens only a scanner leaves ("everv", "gene ration") settle it whatever else shows, and
        so does one damaged token on a page that says its text is OCR output ("OCR Text")."""
        if self.certain >= MIN_CERTAIN and self.words <= WORDS_PER_CERTAIN * self.certain:
            return True
        if self.declared and self.marks >= MIN_DECLARED_MARKS:
            return True  # an archive page that calls its text OCR, with the damage to show it
        if not self.varied:
            return False
        if self.marks >= min_marks and self.share >= min_share and not self.typed_brands:
            return True
        return model is not None and model.scanned(self.counts, self.words, self.dated)


# Six ocr-noise rules and the lexicon gate ask for the same document's signal: computed once per
# (text, vocabulary). A pure memo of a pure function, so it decides nothing itself.
@lru_cache(maxsize=8)
def ocr_signal(text: str, zipf: Zipf = english_zipf) -> OcrSignal:
    """Share of the words that look like scanning damage (quotes alone are not counted: web copy
    leaves them too)."""
    parts = _paragraph_parts(text, zipf)
    if parts is None:
        words, breaks = _words_and_breaks(text)
        traces = Counter(_TRACE_KIND[t.kind] for t in context_traces(text, zipf))
    else:
        words = sum(part.words for _, part in parts)
        breaks = sum(part.breaks for _, part in parts)
        traces = Counter(kind for _, part in parts for kind in part.traces)
    marks = document_marks(text, zipf)
    distinct = {text[m.start : m.end] for m in marks if m.kind != "lone-mark"}
    lone = sum(
        1 for m in marks if m.kind == "lone-mark" and text[m.start : m.end] not in _WEB_MARKS
    )
    kinds = (
        {_KIND_FAMILY.get(m.kind, m.kind) for m in marks if m.kind != "lone-mark" or lone}
        | ({"break"} if breaks else set())
        | set(traces)
    )
    # A writer's habit repeats ("Twitter , Instagram , YouTube ,"); a scanner's specks vary.
    specks = min(lone, MAX_LONE_MARKS) + sum(min(n, MAX_LONE_MARKS) for n in traces.values())
    typed_like = kinds <= _TYPED_KINDS
    by_kind = Counter(
        _KIND_FAMILY.get(kind, kind)
        for kind, _ in {(m.kind, text[m.start : m.end]) for m in marks if m.kind != "lone-mark"}
    )
    by_kind.update(traces)
    by_kind.update({"lone-mark": min(lone, MAX_LONE_MARKS), "break": breaks})
    counts = tuple(by_kind[kind] for kind in EVIDENCE_KINDS)
    damaged = bool(marks or breaks or traces)
    dated = damaged and dated_before(text)
    brands = brand_names(text, zipf) if damaged else 0
    total = len(distinct) + specks + breaks
    declared = damaged and declares_ocr(text)
    signal = OcrSignal(words, total, len(kinds), typed_like, counts, dated, brands, 0, declared)
    if signal.looks_scanned(*DEFAULT_GATE):
        return signal  # a page the ocr pack's gate opens anyway is spared the searches
    if damaged:
        non_words = [text[m.start : m.end] for m in marks if m.kind == "non-word"]
        certain = certain_tokens(text, non_words, zipf)
        signal = signal.replaced(certain=certain) if certain else signal
    return signal


# The checks that open on a lightly damaged scan (`checks.scanned_text`) ask this of a page their
# gate leaves shut: computed once per (text, vocabulary), and only when asked.
@lru_cache(maxsize=8)
def misread_scanned(text: str, zipf: Zipf = english_zipf) -> bool:
    """Words the token model is sure a scanner misread ("thia", "io"), two or more and one in
    every `WORDS_PER_SURE` words at least, on a short page (`sure_readings`): a lightly damaged
    scan the counted kinds miss. Only some OCR checks ask it (`checks.scanned_text`): the other
    packs' checks that give way on a scanned page keep to `looks_scanned`, since on such a page
    (few marks, clean lines) what they find is the page's, not a scan's (measured: a furniture
    check standing down there lost labels it caught). The model runs only where the page's
    distinct words could give that many (`sure_misreadings_at_most`): on most pages none can."""
    words = ocr_signal(text, zipf).words
    least = max(MIN_SURE, -(-words // WORDS_PER_SURE))
    has = cased_lexicon.english().has
    if not _sure_route_open(text, zipf) or sure_misreadings_at_most(text, zipf, has) < least:
        return False
    return sure_misreadings(text, zipf, has) >= least


def sure_readings(text: str, zipf: Zipf = english_zipf) -> int:
    """How many distinct words of a short page the gate leaves shut the token model is sure a
    scanner misread (`ocr_token_model.sure_misreadings`); 0 on any other page (`misread_scanned`
    weighs them)."""
    if not _sure_route_open(text, zipf):
        return 0
    return sure_misreadings(text, zipf, cased_lexicon.english().has)


def _sure_route_open(text: str, zipf: Zipf) -> bool:
    """Whether the sure readings are looked for at all: on a page no longer than
    `MAX_SURE_WORDS` (the model reads every token, so only a short text's: its cost) that the
    ocr pack's gate leaves shut (a page it opens needs no other route)."""
    signal = ocr_signal(text, zipf)
    return signal.words <= MAX_SURE_WORDS and not signal.looks_scanned(*DEFAULT_GATE)


def forget_documents() -> None:
    """Let go of the signals and marks remembered for the documents seen so far: a very long
    document's window, once linted, is never asked about again, and each held its text and its
    marks (~7 MB for a 1 MB window of a line of varied prose) until eight more were seen; so
    did the glossed terms' memo of the texts the OCR rules asked about."""
    ocr_signal.cache_clear()
    misread_scanned.cache_clear()
    document_marks.cache_clear()
    forget_glossed()


def _words_and_breaks(text: str) -> tuple[int, int]:
    return len(tokens(text)), _line_end_breaks(text)


def _line_end_breaks(text: str) -> int:
    if "-" not in text and "¬" not in text:  # most paragraphs are passed over without a scan
        return 0
    return sum(1 for m in _LINE_END_HYPHEN.finditer(text) if m.group(1) not in ("and", "or", "to"))


class _Part(NamedTuple):
    """One paragraph's share of the signal; offsets from the paragraph's start."""

    words: int
    breaks: int
    marks: tuple[Mark, ...]
    traces: tuple[str, ...]


_LAST_TOKEN = compile_pattern(r"\S+", regex.REVERSE)


def _paragraph_parts(text: str, zipf: Zipf) -> list[tuple[int, _Part]] | None:
    """Each paragraph's share of the signal, remembered by the linter's vocabulary (when `zipf`
    is its lookup): a keystroke changes one paragraph, the others' shares are as before.

    Paragraphs are `paragraph_spans`, which no token, line-end break, mark or trace crosses, so
    the shares add up to the whole text's. A paragraph's share depends on its text and on the
    token before it (a mark after a web address is the address's); a lone letter's look-behind
    also reads the character before it, so an unusual space there (not a space, tab or line
    end) sends the whole text down the ordinary path."""
    memo = memo_of(zipf, "ocr_signal_parts", PARAGRAPH_MEMO_LIMIT)
    if memo is None:
        return None
    parts = []
    previous = ""
    for start, end in paragraph_spans(text):
        if start and text[start - 1] not in " \t\n":
            return None
        paragraph = text[start:end]
        part = memo.get((paragraph, previous))
        if part is None:
            part = _part(paragraph, zipf, previous)
            if len(paragraph) <= PARAGRAPH_MEMO_CHARS:
                memo[paragraph, previous] = part
        parts.append((start, part))
        last = _LAST_TOKEN.search(paragraph)
        previous = last.group() if last else previous
    return parts


def _part(paragraph: str, zipf: Zipf, before: str) -> _Part:
    found = tokens(paragraph)
    # Most paragraphs have no damaged token: one pass over the tokens' text says so, and only
    # the others are walked again for the marks' places.
    marks = tuple(ocr_marks(paragraph, zipf, before)) if _any_damaged(found, zipf) else ()
    breaks = _line_end_breaks(paragraph)
    traces = tuple(_TRACE_KIND[t.kind] for t in context_traces(paragraph, zipf))
    return _Part(len(found), breaks, marks, traces)


def _any_damaged(tokens: list[str], zipf: Zipf) -> bool:
    """Whether any of `tokens` has a `damage_kind`: under a linter's vocabulary, the new ones
    judged into its memo, then all read from it in one C call (a damaged paragraph's tokens are
    all judged anyway, by `ocr_marks`)."""
    memo = memo_of(zipf, "damage_kind")
    if memo is None:
        return any(map(judge_of(zipf), tokens))
    new = set(tokens).difference(memo)
    if new:
        # A token with letters or figures inside its marks is judged by them alone ("said",
        # "said," and "(said" are one judgement): a token's own spelling is read only when
        # nothing is left of it but marks.
        cores = memo_of(zipf, "damage_core")
        assert cores is not None  # the same vocabulary owns both memos
        for token in new:
            core = strip_edges(token)
            kind = cores.get(core, False) if core else False
            if kind is False:
                kind = damage_kind(token, core, zipf)
                if core:
                    cores[core] = kind
            memo[token] = kind
    return any(map(memo.__getitem__, tokens))


# A rare word one letter from a common one is a typist's slip as often as a scanner's: the same
# family as a non-word, so a page of typos alone does not show two kinds of damage.
_KIND_FAMILY = {"near-word": "non-word", "shifted-capital": "capital"}
# Kinds of damage a careless typist or a scraper makes as well (a misspelling, a stray mark, a
# spaced word, a navigation separator glued to a word: "News»World").
_TYPED_KINDS = frozenset(
    ("non-word", "lone-mark", "lone-letter", "break", "capital", "symbol-in-word")
)
# A space inside a word is the same damage as a lost line-end hyphen.
_TRACE_KIND = {"stray-stop": "stray-stop", "lone-letter": "lone-letter", "split-word": "break",
               "capital": "capital"}  # fmt: skip
