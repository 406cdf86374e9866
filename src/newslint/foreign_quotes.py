"""Quotations in another language, whose words are not a scanner's misreadings.

A news story quotes a villager in Romanian or a slogan in Portuguese: the quoted words are rare
or unknown in English and a lone "e" or "a" stands between them, which is exactly what the OCR
signal counts as scanning damage, so one short quotation could make a clean article look
scanned. A quotation is taken as foreign when it holds a word spelt with a Latin letter English
does not use ("până", "ação", "größer") that English hardly knows (not a loanword: "café"), and
most of its words are rare in English: an English quotation with one misread letter ("tbé") has
common words around it. Scanned pages hardly ever print such letters, so the test costs a
scanned page nothing (one search for a letter outside a-z).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from itertools import pairwise

import regex

from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# A Latin letter English spells no native word with ("ç", "å", "ş", "ñ").
FOREIGN_LETTER = compile_pattern(r"[\p{Latin}&&[^a-zA-Z]]", regex.V1)
# Marks English copy never writes, used in pairs: Spanish asks "¿…?" and exclaims "¡…!", French
# quotes «…», German »…« and „…“, Romanian „…”. Only the pair counts: a scanner misreads a
# letter as a lone "«" or "„" ("'« ontinurcl on necon.l PUR").
_FOREIGN_PAIRS = frozenset({"«»", "»«", "„“", "„”"})
_SPANISH_MARKS = compile_pattern(r"¿[^?]*\?|¡[^!]*!")
_FOREIGN_SIGN = compile_pattern(r"[\p{Latin}&&[^a-zA-Z]]|[¿¡«»„]", regex.V1)
# A quotation within one paragraph: a line end may fall inside it, a blank line may not.
# Opened as English, French or Romanian and German do (“…”, «…», „…” or „…“, »…«).
_QUOTATION = compile_pattern(r"[\"“«„»](?P<body>(?:[^\"“”„«»\n]|\n(?![ \t]*\n)){2,600})[\"”“»«]")
_WORD = compile_pattern(r"\p{L}+")
RARE_IN_ENGLISH = 3.0  # Zipf below which a word is not everyday English
# English's own lists hold foreign words too, at Zipf 2 to 3 ("qué" 2.56, "não" 2.45), beside
# loanwords it writes ("café" 3.75; "résumé" 2.83 is among them, but the share of rare words
# below keeps a quotation that uses one in English).
LOANWORD_ZIPF = RARE_IN_ENGLISH
MIN_RARE_SHARE = 0.5
# A translation follows its original closely, in the same paragraph, in a few words at least.
MAX_GLOSS_DISTANCE = 200
MIN_GLOSS_WORDS = 3
_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t]*\n")


def foreign_quotations(text: str, zipf: Zipf) -> list[tuple[int, int]]:
    """Spans of the quotations in `text` written in another Latin-script language."""
    if not _FOREIGN_SIGN.search(text):
        return []
    return [
        (match.start(), match.end())
        for match in _QUOTATION.finditer(text)
        if _is_foreign(match, zipf)
    ]


def glossed_quotations(text: str, zipf: Zipf) -> list[tuple[int, int]]:
    """Foreign quotations that the story translates in the next quotation of the paragraph
    ("“Până la urmă, totul e bine,” she said. “In the end, all is well.”"): a quotation given
    in the original on purpose, not words a translation left behind."""
    if not _FOREIGN_SIGN.search(text):
        return []
    quotations = list(_QUOTATION.finditer(text))
    return [
        (quotation.start(), quotation.end())
        for quotation, following in pairwise(quotations)
        if _is_foreign(quotation, zipf) and _translates(text, quotation, following, zipf)
    ]


def _translates(
    text: str, quotation: regex.Match[str], following: regex.Match[str], zipf: Zipf
) -> bool:
    between = text[quotation.end() : following.start()]
    if len(between) > MAX_GLOSS_DISTANCE or _PARAGRAPH_BREAK.search(between):
        return False
    words = [word.lower() for word in _WORD.findall(following.group("body"))]
    common = sum(1 for word in words if zipf(word) >= RARE_IN_ENGLISH)
    return len(words) >= MIN_GLOSS_WORDS and common > MIN_RARE_SHARE * len(words)


def _is_foreign(quotation: regex.Match[str], zipf: Zipf) -> bool:
    """Marked as another language's (a mark English never writes, or a word spelt with a letter
    it does not use and hardly knows), and mostly words English hardly knows."""
    words = [word.lower() for word in _WORD.findall(quotation.group("body"))]
    quoted = quotation.group()
    marked = quoted[0] + quoted[-1] in _FOREIGN_PAIRS or bool(_SPANISH_MARKS.search(quoted))
    if not marked and not any(
        FOREIGN_LETTER.search(word) and zipf(word) < LOANWORD_ZIPF for word in words
    ):
        return False
    rare = sum(1 for word in words if zipf(word) < RARE_IN_ENGLISH)
    return rare >= MIN_RARE_SHARE * len(words)


def inside(spans: Sequence[tuple[int, int]], start: int) -> bool:
    """Whether `start` falls in one of `spans` (in order, apart): found by bisection, as it is
    asked for every mark of a page that may hold thousands of quotations."""
    index = bisect.bisect_right(spans, (start, math.inf)) - 1
    return index >= 0 and start < spans[index][1]
