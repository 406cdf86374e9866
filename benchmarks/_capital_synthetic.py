"""Made misreadings of capitalised words, to widen the capital model's positive examples
(`train_ocr_tokens.py --capitals --synthetic N`).

Few labelled pages carry a capitalised word the scanner misread ("Stales" for States, "Heniy" for
Henry): some fifty in all. Every scanned page carries many capitalised words it read right, and
the scanner's confusions of glyph shapes are known (`misreadings.GLYPH_CONFUSIONS`, and the
capitals' `ocr_capital_words.CAPITAL_CONFUSIONS`). A right capitalised word of a real scanned
page, misread by one such confusion into a rarer word, is put back in its place on that page, and
the model's features are read there: the page, its damage and its neighbours stay real, only the
word is made. The made tokens are fitted on, never scored: the cross-validated figures count the
real tokens alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from newslint.misreadings import GLYPH_CONFUSIONS
from newslint.ocr_capital_words import CAPITAL_CONFUSIONS
from newslint.ocr_damage import Zipf

MIN_SOURCE_ZIPF = 3.0  # the right word is one English writes (a word or a common name)
MIN_DROP = 1.0  # the misreading is rarer than the word by this much (Zipf)


def misreadings(word: str, zipf: Zipf) -> list[str]:
    """Every Title-case word one glyph confusion from `word` (at one place) that is rarer than it
    by MIN_DROP: lower-case confusions after the capital, capital confusions on the capital."""
    lower = word.lower()
    source = zipf(lower)
    if source < MIN_SOURCE_ZIPF:
        return []
    made = set()
    for printed, read in GLYPH_CONFUSIONS:
        at = lower.find(printed, 1)
        while at != -1:
            made.add(word[:at] + read + word[at + len(printed) :])
            at = lower.find(printed, at + 1)
    for printed, read in CAPITAL_CONFUSIONS:
        if word.startswith(printed) and len(printed) == 1:
            made.add(read + word[1:])
    return sorted(
        m
        for m in made
        if m[0].isupper() and m[1:].islower() and zipf(m.lower()) <= source - MIN_DROP
    )


def picks(
    page: str, candidates: list[tuple[int, str]], zipf: Zipf, count: int
) -> Iterator[tuple[int, str, str]]:
    """Up to `count` (start, word, misreading) for the page's right capitalised words
    `candidates`, chosen by a hash of the page's name (the same every run)."""
    chosen = 0
    ranked = sorted(candidates, key=lambda c: hashlib.sha256(f"{page}:{c[0]}".encode()).hexdigest())
    for start, word in ranked:
        if chosen >= count:
            return
        made = misreadings(word, zipf)
        if not made:
            continue
        pick = int(hashlib.sha256(f"{page}:{word}".encode()).hexdigest(), 16) % len(made)
        yield start, word, made[pick]
        chosen += 1
