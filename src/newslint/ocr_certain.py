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
from itertools import accumulate, compress, count

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
# The runs of letters as the separators between them (`newslint.tokens.letter_runs` does so).
_LETTERS_SPLIT = compile_pattern(r"(\p{L}+)")
SPLIT_STRETCH = 1 << 16  # characters of whole lines read at a time for split words
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
    hyphen against either (each side's frequency looked up once). Read a stretch of whole
    lines at a time (no such pair spans a line end): a long text's runs are never all held."""
    rarity: dict[str, float] = {}
    rare: set[str] = set()  # the words of `rarity` English knows, but rarely
    start = 0
    while start < len(text):
        cut = text.find("\n", start + SPLIT_STRETCH)
        end = len(text) if cut < 0 else cut + 1
        yield from _split_words_in(text, start, end, zipf, rarity, rare)
        start = end


def _split_words_in(
    text: str, offset: int, stop: int, zipf: Zipf, rarity: dict[str, float], rare: set[str]
) -> Iterator[str]:
    # Split, the pieces alternate separator, run, ..., separator. A pair of runs is read only
    # where one of them is rare: the rare runs' places are found in one C pass, and only the
    # pairs beside them are tested in Python (one space apart, the second in lower case). Most
    # runs are common words: testing every pair in C calls still cost a clean megabyte 0.06 s.
    pieces = _LETTERS_SPLIT.split(text[offset:stop])
    runs = pieces[1::2]
    for word in set(runs).difference(rarity):
        rarity[word] = found = zipf(word) if len(word) >= 2 else 0.0
        if 0 < found < RARE_HALF_ZIPF:
            rare.add(word)
    last = len(runs) - 2  # the last pair's first run
    paired = {i for at in compress(count(), map(rare.__contains__, runs)) for i in (at - 1, at)}
    offsets: list[int] | None = None
    for index in sorted(paired):
        if not 0 <= index <= last:
            continue
        if pieces[2 * index + 2] != " " or not runs[index + 1].islower():
            continue
        left, right = runs[index], runs[index + 1]
        if len(left) < 2 or len(right) < 2 or not rarity[left] or not rarity[right]:
            continue
        joined = (left + right).lower()
        if zipf(joined) < TARGET_ZIPF:
            continue  # asked before the places: pure tests, and this one rules out most pairs
        if offsets is None:
            offsets = list(accumulate(map(len, pieces), initial=offset))
        start, end2 = offsets[2 * index + 1], offsets[2 * index + 4]
        if _BLOCKED.match(text, start - 1 if start else 0) and start:
            continue
        if end2 < len(text) and _BLOCKED.match(text, end2):
            continue
        if _ordinary(joined):
            yield text[start:end2]


def _ordinary(word: str) -> bool:
    """A word the dictionary spells in lower case, or a function word (the word list lower-cases
    names, which no misreading of an ordinary word stands for)."""
    lexicon = cased_lexicon.english()
    return is_function_word(word) or (lexicon.has(word) and not lexicon.only_capitalised(word))
