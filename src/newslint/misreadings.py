"""Words a scanner's misreading gives: the very common word a rare token is one misread or
substituted letter from ("tliat", "tne", "Ihe" for "that", "the", "The").

The OCR signal (`newslint.signals`) counts such tokens as scanning damage, and `ocr.misread-word`
reports them where a document looks scanned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from newslint.lexicon import is_function_word
from newslint.lexicon import zipf as english_zipf
from newslint.look_alikes import CommonIndex, common_index, is_plain

Zipf = Callable[[str], float]

# What a scanner reads instead of a letter (letter -> misreadings), from the glyph shapes of
# book and newspaper type.
CONFUSABLE = {
    "h": ("b", "li", "ii", "i", "k"), "e": ("c", "o"), "o": ("e", "c", "a", "0"),
    "a": ("o", "e", "s"), "c": ("e", "o"), "n": ("u", "ii", "r"), "u": ("n", "ii"),
    "r": ("n", "i"), "i": ("l", "1", "j"), "l": ("i", "1", "t"), "t": ("f", "l"),
    "f": ("t", "i", "l"), "m": ("rn", "in", "ni"), "d": ("cl",), "w": ("vv",), "y": ("v",),
    "b": ("h",),
}  # fmt: skip
# Worn or broken letters a scanner reads as a neighbour of their shape ("mako", "possiblo",
# "statien", "everv", "menbers", "imto"): `ocr.character-confusion` tries them on lower-case
# tokens alone, since a capitalised one may be a name, and names spell any letters ("Malava").
LOWER_CASE_CONFUSIONS = (("o", "e"), ("e", "o"), ("v", "y"), ("n", "m"), ("m", "n"))
# What a scanner reads for what was printed (printed -> read), from the glyph shapes of book and
# newspaper type: strokes that merge (rn -> m), split (m -> in), or lose a part (h -> li, e -> c).
GLYPH_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("h", "b"), ("h", "li"), ("h", "k"), ("h", "ll"), ("h", "in"), ("b", "h"), ("k", "h"),
    ("m", "rn"), ("m", "in"), ("m", "ni"), ("m", "iu"), ("m", "nn"), ("m", "n"), ("n", "m"),
    ("n", "u"), ("n", "ri"), ("n", "ii"), ("n", "r"), ("u", "ii"), ("u", "n"), ("u", "o"),
    ("e", "c"), ("e", "o"), ("e", "a"), ("c", "e"), ("o", "e"), ("o", "c"), ("o", "a"),
    ("o", "u"), ("a", "o"), ("a", "e"), ("a", "s"), ("a", "u"), ("a", "i"), ("s", "a"),
    ("s", "e"), ("s", "f"), ("f", "s"), ("i", "l"), ("l", "i"), ("i", "t"), ("t", "i"),
    ("l", "t"), ("t", "l"), ("f", "t"), ("t", "f"), ("f", "l"), ("l", "f"), ("f", "i"),
    ("i", "j"), ("j", "i"), ("d", "cl"), ("d", "el"), ("w", "vv"), ("y", "v"), ("v", "y"),
    ("g", "q"), ("q", "g"), ("r", "t"), ("t", "r"), ("c", "r"), ("r", "c"), ("ff", "rf"),
    ("n", "ll"),
)  # fmt: skip
# Words so common that a rare look-alike is far likelier a misreading of them than itself.
COMMON_TARGET_ZIPF = 6.0
MISREAD_GAP = 2.3
MISREAD_MAX_ZIPF = 4.6
MISREAD_LEAD = 0.5
# Words asked before the misreadings are indexed (`_MisreadIndex`): about what the index costs
# in words answered one by one.
MISREAD_INDEX_AFTER = 300


def misread_of(word: str, zipf: Zipf = english_zipf) -> str | None:
    """The very common word that `word` is a scanner's misreading of, if there is exactly one."""
    rarity = zipf(word)
    if rarity > MISREAD_MAX_ZIPF or len(word) > 6:
        return None
    # Only an indexed word can reach the target (see `look_alikes`): its misreadings, listed
    # once, name the few candidates, and the rest need no lookup.
    common = common_index(zipf, INDEXED_ZIPF) if is_plain(word) else None
    candidates = _misread_index(common).of(word) if common is not None else _unmisread(word)
    found = sorted(
        {
            (zipf(candidate), candidate)
            for candidate in candidates
            if zipf(candidate) >= max(COMMON_TARGET_ZIPF, rarity + MISREAD_GAP)
        },
        reverse=True,
    )
    if not found or (len(found) > 1 and found[0][0] - found[1][0] < MISREAD_LEAD):
        return None  # "oi" is "of" (7.4) far more often than "or" (6.6); a near tie is unknown
    return found[0][1]


class _MisreadIndex:
    """The indexed words a word may be a misreading of. `_misread_from` is built once
    `MISREAD_INDEX_AFTER` words have asked (its build costs a process ~2 ms, a word
    answered without it ~7 us, and an article asks a few dozen times); until then each word
    reads its own readings backwards (`_unmisread`) and keeps the indexed ones: the same words."""

    __slots__ = ("_asked", "_common", "_index")

    def __init__(self, common: CommonIndex):
        self._common = common
        self._index: dict[str, tuple[str, ...]] | None = None
        self._asked = 0

    def of(self, word: str) -> Iterable[str]:
        if self._index is None:
            self._asked += 1
            if self._asked <= MISREAD_INDEX_AFTER:
                words = self._common.words
                return [candidate for candidate in _unmisread(word) if candidate in words]
            self._index = _misread_from(self._common)
        return self._index.get(word, ())


@lru_cache(maxsize=8)
def _misread_index(common: CommonIndex) -> _MisreadIndex:
    return _MisreadIndex(common)


def _misread_from(common: CommonIndex) -> dict[str, tuple[str, ...]]:
    """Each misreading of an indexed word (one letter read as one of its `CONFUSABLE`
    readings), with the indexed words it misreads: `_unmisread` turned round, so a word asks one
    lookup instead of searching itself for every reading."""
    found: dict[str, set[str]] = {}
    for word in common.words:
        for index, letter in enumerate(word):
            for reading in CONFUSABLE.get(letter, ()):
                found.setdefault(word[:index] + reading + word[index + 1 :], set()).add(word)
    return {misread: tuple(sorted(words)) for misread, words in found.items()}


def _unmisread(word: str) -> Iterator[str]:
    """Every word whose one letter, misread, gives `word`."""
    for letter, readings in CONFUSABLE.items():
        for reading in readings:
            start = word.find(reading)
            while start != -1:
                yield word[:start] + letter + word[start + len(reading) :]
                start = word.find(reading, start + 1)


# A rare word (in wordfreq, but hardly used) one letter from a very common one: "tne", "thid",
# "groat" for "the", "this", "great".
NEAR_WORD_MAX_ZIPF = 2.2
NEAR_TARGET_ZIPF = 5.5
NEAR_GAP = 3.0
# Every target of `near_word` and `misread_of` is at least this common: the look-alike index's.
INDEXED_ZIPF = min(NEAR_TARGET_ZIPF, COMMON_TARGET_ZIPF)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def near_word(word: str, zipf: Zipf = english_zipf) -> str | None:
    """The very common word one substituted letter from the rare `word`, the commonest if more."""
    rarity = zipf(word)
    if not 0 < rarity < NEAR_WORD_MAX_ZIPF or not 3 <= len(word) <= 7 or not word.isascii():
        return None
    best: tuple[float, str] | None = None
    common = common_index(zipf, INDEXED_ZIPF) if is_plain(word) else None
    # The indexed words one letter away are the only candidates that can reach the target, met
    # in the order trying every letter meets them (see `look_alikes`).
    candidates = common.one_letter_from(word) if common is not None else _one_letter_changes(word)
    for candidate in candidates:
        value = zipf(candidate)
        if value >= max(NEAR_TARGET_ZIPF, rarity + NEAR_GAP) and (not best or value > best[0]):
            best = (value, candidate)
    return best[1] if best else None


def _one_letter_changes(word: str) -> Iterator[str]:
    for index, original in enumerate(word):
        for letter in _LETTERS:
            if letter != original:
                yield word[:index] + letter + word[index + 1 :]


CAPITAL_MISREAD_MAX_ZIPF = 3.0
# Capitals a scanner confuses with "T" at the start of a word: "Ihe", "lhe" for "The".
_CAPITAL_T_MISREADS = "Il1J"


def capital_misread(word: str, zipf: Zipf = english_zipf) -> str | None:
    """ "Ihe", "Tbe", "Tne": a capitalised rare word misread from a small common word."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return None
    if zipf(word) > CAPITAL_MISREAD_MAX_ZIPF:
        return None  # "Thai", "Tie": capitalised words people write
    lower = word.lower()
    candidates = [misread_of(lower, zipf), near_word(lower, zipf)]
    if word[0] in _CAPITAL_T_MISREADS:
        candidates.append("t" + lower[1:])
    for candidate in candidates:
        if candidate and is_function_word(candidate) and zipf(candidate) >= COMMON_TARGET_ZIPF:
            return candidate
    return None


# A capitalised token no list has, whose one glyph confusion (`GLYPH_CONFUSIONS`, made once or
# wherever the read glyph stands: "Enqineerinq") gives an everyday lower-case word: "Governinq",
# "Coullcil", "Ciimate". A name seldom sits one glyph from a common word that is no name ("Cabof"
# and "Larraine" sit beside "Cabot" and "Lorraine", names too); those that do sit beside rarer
# words ("Karmo", "Bikas", "Compol": karma, bikes, compel). The floor was chosen by five-fold
# cross-validation grouped by site over such tokens of the pooled OCR pages and of every typed
# labelled page (a token on an OCR label counts one, one on no label minus two): held out, 14 on
# labels and 4 off (one fold chose 3.5); at this floor all folds give 12 on labels, 0 off.
CAPITAL_GLYPH_ZIPF = 4.0
MIN_CAPITAL_GLYPH_LETTERS = 4
# Longer tokens are glued words or junk, never asked: each confusion would copy the whole token.
MAX_CAPITAL_GLYPH_LETTERS = 20
MIN_CAPITALS_LETTERS = 5


def capital_glyph_misread(
    word: str,
    zipf: Zipf,
    listed: Callable[[str], bool],
    lower_case_word: Callable[[str], bool],
) -> str | None:
    """The everyday lower-case word a capitalised `word` no list has is one glyph confusion from
    (`listed`: whether a dictionary has a lower-case form; `lower_case_word`: whether it has it
    only in lower case, as no name)."""
    if not MIN_CAPITAL_GLYPH_LETTERS <= len(word) <= MAX_CAPITAL_GLYPH_LETTERS:
        return None
    if not word.isascii() or not word.isalpha():
        return None
    if not word[0].isupper() or not (word[1:].islower() or word[1:].isupper()):
        return None
    if word.isupper() and len(word) < MIN_CAPITALS_LETTERS:
        return None  # an initialism ("FCCT" is no "FEET")
    lower = word.lower()
    if zipf(lower) > 0 or listed(lower):
        return None
    best: tuple[float, str] | None = None
    for candidate in _glyph_repairs(lower):
        value = zipf(candidate)
        better = value >= CAPITAL_GLYPH_ZIPF and (best is None or value > best[0])
        if better and lower_case_word(candidate):
            best = (value, candidate)
    return best[1] if best else None


def _glyph_repairs(word: str) -> Iterator[str]:
    """Every word one glyph confusion read as `word`: at one place, or at every place the read
    glyph stands (a worn letter misreads the same way throughout a word)."""
    for printed, read in GLYPH_CONFUSIONS:
        at = word.find(read)
        if at == -1:
            continue
        if word.count(read) > 1:
            yield word.replace(read, printed)
        while at != -1:
            yield word[:at] + printed + word[at + len(read) :]
            at = word.find(read, at + 1)
