"""Tokens only a scanner leaves, whatever else the page shows: a page of one or two of them is
scanned even where its damage is too slight for the OCR signal's share or its scan model.

Two kinds, neither found in typed copy of any source measured (the real pages' other kinds, the
clean corpus, CWEB's web sentences, two sweeps of clean news pages), both in OCR'd archives:

- a lower-case token no list knows that one glyph misreading turns into a common word the
  dictionary spells in lower case ("everv", "possiblo", "tiie", "menbers"; a typist's slip is a
  key's neighbour, a doubled or dropped letter, rarely a glyph's look-alike);
- two listed words one space apart, one of them rare, that together spell a common word
  ("gene ration", "manu scripts", "busi ness"): a printed line's end lost in the text, where
  two unrelated words seldom stand.

The signal looks for them only on a page that shows some damage already (most pages show none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from newslint import cased_lexicon
from newslint.lexicon import is_function_word
from newslint.misreadings import CONFUSABLE, LOWER_CASE_CONFUSIONS
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# The common word a misreading or a split word stands for is at least this common.
TARGET_ZIPF = 4.0
# One half of a split word is rarer than this (two common words are a phrase: "any more").
RARE_HALF_ZIPF = 3.5
MIN_LENGTH = 3
MAX_LENGTH = 24  # longer runs of letters are no misread word (and each variant copies the run)
# This many distinct such tokens open the OCR gate (chosen by cross-validation grouped by site:
# `benchmarks/gate_certain_cv.py`).
MIN_CERTAIN = 1
# ... and at least one in this many words: a long article shows the odd slip anyway (the injected
# dev corpus: one or two misreadings in 600 to 1,500 words of clean copy), a scanned excerpt of a
# few hundred words shows them at this rate or more.
WORDS_PER_CERTAIN = 300
_LETTERS = compile_pattern(r"\p{L}+")
_BLOCKED = compile_pattern(r"[\p{N}'’-]")  # a run beside one of these is part of a longer token


def certain_tokens(text: str, non_words: Sequence[str], zipf: Zipf) -> int:
    """How many distinct misread tokens (among `non_words`, the signal's lower-case non-words)
    and split words `text` shows."""
    misread = {word for word in non_words if _misread_glyph(word, zipf)}
    return len(misread) + len(set(_split_words(text, zipf)))


def _misread_glyph(word: str, zipf: Zipf) -> bool:
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH or not word.isascii() or not word.islower():
        return False
    if cased_lexicon.english().has(word):
        return False
    return any(zipf(c) >= TARGET_ZIPF and _ordinary(c) for c in _read_back(word))


def _read_back(word: str) -> Iterator[str]:
    """Every spelling whose one letter, misread as a scanner reads it, gives `word`."""
    for letter, readings in CONFUSABLE.items():
        for reading in readings:
            yield from _replaced(word, reading, letter)
    for wrong, right in LOWER_CASE_CONFUSIONS:
        yield from _replaced(word, wrong, right)


def _replaced(word: str, old: str, new: str) -> Iterator[str]:
    start = word.find(old)
    while start != -1:
        yield word[:start] + new + word[start + len(old) :]
        start = word.find(old, start + 1)


def _split_words(text: str, zipf: Zipf) -> Iterator[str]:
    """Two runs of letters one space apart, the second in lower case, no digit, apostrophe or
    hyphen against either (each side's frequency looked up once)."""
    # Streamed, not listed: a long text's runs would otherwise all be held at once.
    runs = ((m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text))
    rarity: dict[str, float] = {}
    for (start, end, left), (start2, end2, right) in pairwise(runs):
        if start2 != end + 1 or text[end] != " " or not right.islower() or len(left) < 2:
            continue
        sides = (_looked_up(rarity, left, zipf), _looked_up(rarity, right, zipf))
        if min(sides) == 0 or min(sides) >= RARE_HALF_ZIPF or len(right) < 2:
            continue
        if _BLOCKED.match(text, start - 1 if start else 0) and start:
            continue
        if end2 < len(text) and _BLOCKED.match(text, end2):
            continue
        joined = (left + right).lower()
        if zipf(joined) >= TARGET_ZIPF and _ordinary(joined):
            yield text[start:end2]


def _looked_up(rarity: dict[str, float], word: str, zipf: Zipf) -> float:
    if word not in rarity:
        rarity[word] = zipf(word)
    return rarity[word]


def _ordinary(word: str) -> bool:
    """A word the dictionary spells in lower case, or a function word (the word list lower-cases
    names, which no misreading of an ordinary word stands for)."""
    lexicon = cased_lexicon.english()
    return is_function_word(word) or (lexicon.has(word) and not lexicon.only_capitalised(word))
