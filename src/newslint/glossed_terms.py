"""Terms in another language that the writer translates in brackets: "Khau trang (wearing a
facemask)", "the 5K rule (khau trang, khu khuan)".

A scanner's misreadings land anywhere in running text; a writer who quotes words of another
language beside their translation sets them apart with brackets. A short phrase right before a
bracketed gloss, or a short bracketed phrase, most of whose words no English dictionary has
(Hunspell's en_US, either case) is such a term: its words are no OCR damage. The phrase before a
gloss opens with a capital after a dash, colon, semicolon, comma or bracket, as the items of a
list of terms do; a damaged clause opening a sentence ("Tbe wbich (applause)") is never one.
"""

from __future__ import annotations

from functools import lru_cache

from newslint import cased_lexicon
from newslint.cased_lexicon import CasedLexicon
from newslint.regex_store import compile_pattern

MAX_TERM_WORDS = 5
MIN_TERM_WORDS = 2
# A phrase, then a bracketed group; or a bracketed group alone (its words are the phrase).
# The term opens with a capital after a dash, colon, semicolon, comma or bracket, as a term
# introduced in a list does: a damaged clause opens a line or a sentence ("tbe wbich (cheers)").
_BEFORE_GLOSS = compile_pattern(
    r"(?<=[(–—:;,])[ \t]*(?P<term>\p{Lu}[\p{L}'’]*(?:[ \t]+[\p{L}'’]+){0,4})"
    r"[ \t]*\((?P<gloss>[^()\n]{1,80})\)"
)
_BRACKETED = compile_pattern(r"\((?P<term>[\p{L}'’]+(?:[ ,–—-]+[\p{L}'’]+){1,9})\)")
_WORD = compile_pattern(r"[\p{L}'’]+")


def glossed_spans(text: str, lexicon: CasedLexicon) -> list[tuple[int, int]]:
    """Where terms of another language stand beside their translation in `text`."""
    if "(" not in text:
        return []
    if lexicon is cased_lexicon.english():
        return list(_english_glossed(text))
    return list(_glossed(text, lexicon))


# Each OCR rule that finds something on a page asks, and all ask under English (twelve times,
# 0.15 s, on the real pages' excerpts): computed once per text. A pure memo of a pure function.
@lru_cache(maxsize=8)
def _english_glossed(text: str) -> tuple[tuple[int, int], ...]:
    return _glossed(text, cased_lexicon.english())


def forget_glossed() -> None:
    """Let go of the texts `_english_glossed` remembers (a windowed document's windows: see
    `signals.forget_documents`)."""
    _english_glossed.cache_clear()


def _glossed(text: str, lexicon: CasedLexicon) -> tuple[tuple[int, int], ...]:
    spans = []
    for match in _BEFORE_GLOSS.finditer(text):
        if _foreign(match.group("term"), lexicon) and _english(match.group("gloss"), lexicon):
            spans.append(match.span("term"))
    for match in _BRACKETED.finditer(text):
        if _foreign(match.group("term"), lexicon, MAX_TERM_WORDS * 2):
            spans.append(match.span("term"))
    return tuple(spans)


def _foreign(phrase: str, lexicon: CasedLexicon, most: int = MAX_TERM_WORDS) -> bool:
    words = _WORD.findall(phrase)
    if not MIN_TERM_WORDS <= len(words) <= most:
        return False
    # a letter alone ("y", "a") is a word of many languages: it counts for neither side
    weighed = [w for w in words if len(w) > 1]
    unknown = sum(1 for w in weighed if not lexicon.has(w.lower()))
    return unknown * 2 > len(weighed)


def _english(phrase: str, lexicon: CasedLexicon) -> bool:
    words = _WORD.findall(phrase)
    known = sum(1 for w in words if lexicon.has(w.lower()))
    return bool(words) and known * 2 > len(words) - (len(words) > 1)  # one new word allowed


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
