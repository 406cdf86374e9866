"""Document-level signals: how much of a text looks damaged in one way, as shares of its words.

A single odd token proves little (a name, a product code, a typo); many of them in one document
say how it was made. The OCR signal counts tokens that scanning produces and careful typing
does not: lower-case non-words ("tliat"), digits inside words ("wi1l", "2oth"), symbols inside
words ("th^", "*°u!d") and punctuation standing alone between words (" , "). Checks use it as a
gate (stricter word checks only where the document looks scanned); the verdict reports it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from newslint.foreign_quotes import foreign_quotations, inside
from newslint.lexicon import is_function_word, memo_of
from newslint.lexicon import zipf as english_zipf
from newslint.misreadings import capital_misread, misread_of, near_word
from newslint.ocr_context import PARAGRAPH_MEMO_LIMIT, context_traces, paragraph_spans
from newslint.ocr_gate import (
    EVIDENCE_KINDS,
    MIN_BRANDS,
    SCAN_MODEL,
    ScanModel,
    brand_names,
    dated_before,
)
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]  # a linter's vocabulary.zipf: accepted words are common

TOKEN = compile_pattern(r"\S+")
_EDGE = "\"'“”‘’()[]{}.,;:!?…*"
# "vostwJav", "SYstem": capitals inside a word where no name puts them (not "McCain", "iPhone").
_MIXED_CASE = compile_pattern(r"\p{Ll}{2}\p{Lu}\p{Ll}|^\p{Lu}{2}\p{Ll}{2}|^\p{Ll}{2,}\p{Lu}$")
# "SYstem", "THey": a known word whose second letter kept the capital (plural initialisms such as
# "MPs" and "CEOs" have one lower-case letter).
_SHIFTED = compile_pattern(r"\p{Lu}{2}\p{Ll}{2,}")
SHIFTED_MIN_ZIPF = 3.0
# "PoiSONING", "BARxBY", "CIEhLD": a word set in capitals with a lower-case letter or two between
# capitals, misread from a worn capital (the word list lower-cases, so "poisoning" is a word).
# Print mixes case so only after a name's prefix ("McDONALD", "MacARTHUR", "DeSANTIS") or in an
# acronym of mostly lower case ("PhD", "GmbH"): the capitals must outnumber the rest by two.
_LOWER_AMONG_CAPITALS = compile_pattern(r"\p{Lu}\p{Ll}{1,2}\p{Lu}")
_NAME_PREFIX = compile_pattern(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu}")
MIN_CAPITALS_LEAD = 2
# "cracK", "haNd", "tHe": one capital inside a lower-case word, misread from a speck or a worn
# letter. Brands put theirs second ("iPhone", "eBay", "kWh"), so there the word must be a function
# word.
_INNER_CAPITAL = compile_pattern(r"\p{Ll}+\p{Lu}\p{Ll}*")
_ALPHA_WORD = compile_pattern(r"\p{L}+(?:['’]\p{L}+)*")
# Digits beside letters the way a scanner mixes them (l/1, o/0, S/5), not the way English writes
# ordinals, units, model names or codes ("20th", "5km", "G7", "mp3", "COVID-19", "4K").
_DIGIT_INSIDE = compile_pattern(r"\p{Ll}\d+\p{L}|\p{Ll}{2}\d\p{Ll}|^\p{Ll}{3,}\d$")
# Digits then letters: "2oth", "196h" are misreadings, "4chan", "12noon" are not.
_DIGITS_THEN_LETTERS = compile_pattern(r"\d(\p{Ll}{2,})$")
_NUMBER_MISREAD = compile_pattern(
    r"\d{3,}\p{Ll}{1,2}"
)  # "196h", "1110re": a year or word read as digits
RARE_AFTER_DIGITS = 3.0
_HEX = compile_pattern(r"[0-9a-f]{8,}")
_ORDINAL_OR_UNIT = compile_pattern(
    r"\d+(?:[:.]\d+)*(?:st|nd|rd|th|s|am|pm|km|kg|cm|mm|ml|mg|gb|mb|kb|tb|bn|mn|mph|kph|ft|lbs?|hrs?|mins?|secs?|yrs?|kw|mw|gw|hz|khz|mhz|ghz|px|pt|pc|x|k|m|b|p|g)\b",
    regex.IGNORECASE,
)
# A symbol no word contains, touching a letter ("th^", "energ}'", "*°u!d").
_SYMBOL_IN_WORD = compile_pattern(
    r"\p{L}[\^~*°»«{}|\\<>§]|[\^~*»«{}|\\<>§]\p{L}|°(?![CFcf]\b)\p{L}|\p{Ll}[!?,]\p{Ll}|\p{L};\p{L}"
    # a full stop inside a word: "Cor.trol", "Ar.d", "oonsiderat.lv" (not "e.g", "Ph.D", "a.m")
    r"|^\p{L}*\p{Ll}{2}\.\p{Ll}+$|^\p{Lu}\p{Ll}\.\p{Ll}+$"
    # a speck read as a sign between letters ("Gov©rnor", "w¢re") or after a short word ("On©");
    # a brand's mark follows a name ("Acme®", "IBM®")
    r"|\p{L}[©®¢£¥¤¦¬¶¿]\p{L}|^\p{Lu}?\p{Ll}{1,2}[©®¢¤¦¬¶¿]$"
)
# Web and e-mail addresses, file names, handles, HTML tags: a scraper's, never misreadings.
_ADDRESS = compile_pattern(
    r"://|^www\.|@|/|_|</?\p{L}|\p{L}>|=\"|\">|\p{L}\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co"
    r"|uk|us|ca|au|de|fr|in|ru|cn|jp|kr|eu|nz|sg|ie|za|html?|php|aspx?|js|pdf|onion)$"
)
_LONE_MARK = compile_pattern(r"[,.;^~°»«'\"!?]{1,3}")  # not ":" (" : " is French spacing), "*"
_CASE_PARTS = compile_pattern(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
# A word cut by the hyphen of a printed line end, joined with a space ("expendi- tures");
# "short- and long-term" is English.
# OCR engines that mark the break write "¬" for its hyphen ("follow¬ ing"); a text view that
# sets printed lines a blank line apart puts one inside the break ("per-\n\niod").
_LINE_END_HYPHEN = compile_pattern(
    r"(?<=\p{L}\p{Ll})[-¬](?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(\p{Ll}+)"
)
# Marks that web copy leaves alone between words too ("Time : 10", a stray quote).
MAX_LONE_MARKS = 2
MIN_KINDS = 2
# An ellipsis spaced the way Chicago style and old print set it (". . ." and, ending a sentence,
# ". . . ."): its full stops stand alone between words on purpose (BLN600's own transcriptions
# keep it), so they are no specks.
_SPACED_ELLIPSIS = compile_pattern(r"(?<!\S)\.(?:[ \u00a0]\.){2,3}(?!\S)")
_WEB_MARKS = frozenset((":", "'", '"'))


@dataclass(frozen=True)
class Mark:
    """A token or character the OCR signal counts as scanning damage."""

    start: int
    end: int
    kind: str  # non-word | near-word | misread-word | shifted-capital | digit-in-word |
    # symbol-in-word | lone-mark


def strip_edges(token: str) -> str:
    return token.strip(_EDGE)


@lru_cache(maxsize=8)
def document_marks(text: str, zipf: Zipf = english_zipf) -> tuple[Mark, ...]:
    """`ocr_marks` of a whole document, kept for the other rules that ask (see `ocr_signal`)."""
    parts = _paragraph_parts(text, zipf)
    if parts is None:
        return tuple(ocr_marks(text, zipf))
    return tuple(
        Mark(start + m.start, start + m.end, m.kind) for start, part in parts for m in part.marks
    )


def ocr_marks(text: str, zipf: Zipf = english_zipf, before: str = "") -> Iterator[Mark]:
    """Tokens that look like scanning damage, in text order (`before`: the token before the
    text, if it is part of a longer one)."""
    judge = _judge(zipf)
    previous = before
    quoted = foreign_quotations(text, zipf)
    ellipses: list[tuple[int, int]] | None = None  # searched for at the first lone full stop
    for match in TOKEN.finditer(text):
        token = match.group()
        before, previous = previous, token
        kind = judge(token)
        if kind == "lone-mark" and _ADDRESS.search(before):
            continue  # "see https://example.org ." keeps the full stop out of the address
        if kind == "lone-mark" and token == ".":
            if ellipses is None:
                ellipses = [m.span() for m in _SPACED_ELLIPSIS.finditer(text)]
            if ellipses and inside(ellipses, match.start()):
                continue
        if kind and not (quoted and inside(quoted, match.start())):
            core = strip_edges(token)
            offset = match.start() + (token.find(core) if core else 0)
            yield Mark(offset, offset + len(core or token), kind)


def _judge(zipf: Zipf) -> Callable[[str], str | None]:
    """`damage_kind` of a token under `zipf`, remembered per token by the linter's vocabulary
    when `zipf` is its lookup (most tokens of a document recur, and all of them recur in the next
    keystroke's)."""
    memo = memo_of(zipf, "damage_kind")
    if memo is None:
        return lambda token: damage_kind(token, strip_edges(token), zipf)

    def judge(token: str) -> str | None:
        try:
            return memo[token]  # type: ignore[no-any-return]
        except KeyError:
            kind = memo[token] = damage_kind(token, strip_edges(token), zipf)
            return kind

    return judge


def damage_kind(token: str, core: str, zipf: Zipf = english_zipf) -> str | None:
    if not core:
        return "lone-mark" if _LONE_MARK.fullmatch(token) and token != "..." else None
    if _ALPHA_WORD.fullmatch(core):
        if not _capital_inside_impossible(core):
            capitals = _capitals_kind(core, zipf)
            if capitals is not None:
                return capitals
        if core.islower() and len(core) > 1 and zipf(core) == 0:
            return "non-word"
        if core.islower():
            if misread_of(core, zipf):
                return "misread-word"
            return "near-word" if near_word(core, zipf) else None
        return "misread-word" if capital_misread(core, zipf) else None
    if _ADDRESS.search(core):
        return None
    if _SYMBOL_IN_WORD.search(core):
        return "symbol-in-word"
    # "21st-century", "21.5-22pc": each part of a hyphenated compound on its own
    parts = core.split("-") if any(c.isdigit() for c in core) and not _HEX.fullmatch(core) else []
    return "digit-in-word" if any(_digits_misread(part, zipf) for part in parts) else None


def _capital_inside_impossible(core: str) -> bool:
    """Whether `core` has no capital but perhaps its first letter, in ASCII: then none of the
    patterns of `_capitals_kind` can match (each needs a capital past the first letter or two
    capitals), and most words of a text are such."""
    return core.isascii() and (core.islower() or core[1:].islower())


def _capitals_kind(core: str, zipf: Zipf) -> str | None:
    """The damage a word's capitals show, if any (see the patterns)."""
    if _MIXED_CASE.search(core) and zipf(core) == 0 and not _camel_glue(core, zipf):
        return "non-word"
    if _SHIFTED.fullmatch(core) and zipf(core) >= SHIFTED_MIN_ZIPF:
        return "shifted-capital"
    if _inner_capital(core, zipf) or _lower_among_capitals(core):
        return "shifted-capital"
    return None


def _digits_misread(part: str, zipf: Zipf) -> bool:
    if _ORDINAL_OR_UNIT.fullmatch(part.replace(",", "")):
        return False
    if _DIGIT_INSIDE.search(part):
        return True
    if _NUMBER_MISREAD.fullmatch(part):
        return True
    letters = _DIGITS_THEN_LETTERS.search(part)
    return letters is not None and zipf(letters.group(1)) < RARE_AFTER_DIGITS


def _lower_among_capitals(core: str) -> bool:
    if len(core) < 5 or not _LOWER_AMONG_CAPITALS.search(core) or _NAME_PREFIX.match(core):
        return False
    capitals = sum(1 for c in core if c.isupper())
    return capitals >= len(core) - capitals + MIN_CAPITALS_LEAD


def _inner_capital(core: str, zipf: Zipf) -> bool:
    if not _INNER_CAPITAL.fullmatch(core) or zipf(core) < SHIFTED_MIN_ZIPF:
        return False
    return core[1].islower() or is_function_word(core.lower())


def _camel_glue(token: str, zipf: Zipf) -> bool:
    """ "contentSkip", "NewsEconomy": words a scraper glued at a capital, not a misreading."""
    parts = _CASE_PARTS.findall(token)
    return len(parts) > 1 and all(zipf(part) > 0 for part in parts)


@dataclass(frozen=True)
class OcrSignal:
    """How much of a text looks misread by a scanner, and of what kinds."""

    words: int
    marks: int
    kinds: int = 0  # how many kinds of damage: typing errs one way, a scanner several
    typed_like: bool = True  # every kind is one a careless typist also makes
    # Damaged tokens and traces by kind (`EVIDENCE_KINDS`, in that order): the scan model's input.
    counts: tuple[int, ...] = ()
    dated: bool = False  # names years, all before 1960 (`ocr_gate.dated_before`)
    brands: int = 0  # tokens spelt as brands are ("iPhone", "eBay"; `ocr_gate.brand_names`)

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
        more than the brands it spells ("iPhone", "eBay"): its odd tokens are names too."""
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
    return OcrSignal(words, total, len(kinds), typed_like, counts, dated, brands)


def _words_and_breaks(text: str) -> tuple[int, int]:
    return len(TOKEN.findall(text)), _line_end_breaks(text)


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
            part = memo[paragraph, previous] = _part(paragraph, zipf, previous)
        parts.append((start, part))
        last = _LAST_TOKEN.search(paragraph)
        previous = last.group() if last else previous
    return parts


def _part(paragraph: str, zipf: Zipf, before: str) -> _Part:
    tokens = TOKEN.findall(paragraph)
    # Most paragraphs have no damaged token: one pass over the tokens' text says so, and only
    # the others are walked again for the marks' places.
    damaged = any(map(_judge(zipf), tokens))
    marks = tuple(ocr_marks(paragraph, zipf, before)) if damaged else ()
    breaks = _line_end_breaks(paragraph)
    traces = tuple(_TRACE_KIND[t.kind] for t in context_traces(paragraph, zipf))
    return _Part(len(tokens), breaks, marks, traces)


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
