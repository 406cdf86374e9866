"""The noisy channel for words in capitals: "DECLARATIONS OP POLICY", "AGENTS OF AIL BANKS",
"FOB SALE".

Headings, mastheads and notices are set in capitals, and worn capitals are misread as other
capitals of a like shape: R as B, F as P, L as I, E as F, O as D or C. The misreading is often
a word of its own ("OP", "AIL", "FOB"), which no dictionary test catches. As for lower-case words
(`newslint.ocr_channel`), a rare word is weighed against the common words one such confusion
away, at the cost of a glyph confusion (more for a word the dictionary has).

A word in capitals is an acronym as often as a word ("NATO", "OSCE"), so it is asked only inside
a run of capitals (a neighbour on its line is a word in capitals too: the heading sets every
word so), only once on the page (an acronym recurs), and only when it is a word English writes
at all: a token no word list has is `ocr.non-word`'s. A typist does not confuse glyph shapes,
so the question is asked of copy the OCR gate leaves shut too (a reprint with a misread
heading), there of words of three letters or more inside a run of three words in capitals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from newslint.ocr_channel import (
    DICTIONARY_GLYPH_GAIN,
    GLYPH_GAIN,
    MAX_WRITTEN_ZIPF,
    Misreading,
    common_words,
)
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# Printed capital -> what a scanner reads for it, from the shapes of worn capitals: a bowl or bar
# lost or gained (R/B, F/P/E, L/I, O/D/C/Q, C/G), strokes that merge or split (H/N, U/V, V/Y).
CAPITAL_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("R", "B"), ("B", "R"), ("F", "P"), ("P", "F"), ("E", "F"), ("F", "E"), ("E", "B"),
    ("L", "I"), ("I", "L"), ("T", "I"), ("I", "T"), ("O", "D"), ("D", "O"), ("O", "C"),
    ("C", "O"), ("O", "Q"), ("C", "G"), ("G", "C"), ("H", "N"), ("N", "H"), ("U", "V"),
    ("V", "U"), ("Y", "V"), ("V", "Y"),
)  # fmt: skip

_CAPITALS = compile_pattern(r"(?<![\p{L}\p{N}'’&.-])\p{Lu}{2,12}(?![\p{L}\p{N}'’&-])")
# A neighbour in capitals on the same line: the word stands in a run of capitals.
_CAPITALS_BEFORE = compile_pattern(r"\p{Lu}{2,}[.,;:]?[ \t]+\Z")
_CAPITALS_AFTER = compile_pattern(r"[.,;:]?[ \t]+\p{Lu}{2,}(?!\p{Ll})")
_TWO_CAPITALS_BEFORE = compile_pattern(r"\p{Lu}{2,}[.,;:]?[ \t]+\p{Lu}{2,}[.,;:]?[ \t]+\Z")
_TWO_CAPITALS_AFTER = compile_pattern(r"(?:[.,;:]?[ \t]+\p{Lu}{2,}(?!\p{Ll})){2}")
_REACH = 24  # characters looked back for the neighbour
UNSCANNED_MIN_LETTERS = 3


def capital_misreadings(
    text: str,
    zipf: Zipf,
    in_dictionary: Callable[[str], bool],
    relief: float = 0.0,
    scanned: bool = True,
) -> Iterator[tuple[int, int, Misreading]]:
    """Words in capitals, inside a run of capitals and once on the page, that a capital's
    misreading away are a far commoner word (the intended word in capitals). In copy that does
    not look `scanned`, two letters in capitals are an initialism ("HB", "BB"), and a name in
    capitals stands beside another ("HARO PROTECT"): words of three letters or more, in a run of
    three words in capitals or more."""
    matches = list(_CAPITALS.finditer(text))
    counts = Counter(m.group() for m in matches)
    shortest = 2 if scanned else UNSCANNED_MIN_LETTERS
    for match in matches:
        word = match.group()
        if len(word) < shortest or counts[word] > 1:
            continue
        if not _in_capitals_run(text, match.start(), match.end(), 1 if scanned else 2):
            continue
        reading = _reading(word, zipf, in_dictionary, relief)
        if reading is not None:
            yield match.start(), match.end(), reading


def _in_capitals_run(text: str, start: int, end: int, words: int) -> bool:
    """Whether `words` words in capitals stand next to the word, before it or after it."""
    if words == 1:
        return bool(
            _CAPITALS_BEFORE.search(text, max(0, start - _REACH), start)
            or _CAPITALS_AFTER.match(text, end)
        )
    return bool(
        _TWO_CAPITALS_BEFORE.search(text, max(0, start - 2 * _REACH), start)
        or _TWO_CAPITALS_AFTER.match(text, end)
    )


def _reading(
    word: str, zipf: Zipf, in_dictionary: Callable[[str], bool], relief: float
) -> Misreading | None:
    lower = word.lower()
    written = zipf(lower)
    if not 0 < written <= MAX_WRITTEN_ZIPF:
        return None  # no word (a non-word's), or one too common to be misread
    cost = (DICTIONARY_GLYPH_GAIN if in_dictionary(lower) else GLYPH_GAIN) - relief
    common = common_words()
    best: Misreading | None = None
    for printed, read in CAPITAL_CONFUSIONS:
        at = word.find(read)
        while at != -1:
            candidate = (word[:at] + printed + word[at + len(read) :]).lower()
            at = word.find(read, at + 1)
            if candidate not in common:
                continue
            gain = zipf(candidate) - written
            if gain >= cost and (best is None or gain > best.gain):
                best = Misreading(candidate.upper(), round(gain, 2), True)
    return best
