"""A name whose accented letter a conversion wrote as a space ("Pe a Nieto", "M xico", "S o
Paulo"): `stripped-accent`'s second reading, for the converters that replace a character they
cannot hold with a space instead of dropping it.

Two ASCII tokens one space apart, the first capitalised and the second lower case, are read as
one name when one accented letter in place of the space makes a common word of English or of a
language news is translated from ("Peña", "México", "São"). Two English words side by side are
restored so by chance ("In a" -> Turkish "İnşa", "For a" -> Portuguese "Força"): the restored
word must also be commoner, by `lead` on the Zipf scale, than the rarer of the two tokens is in
English. A sentence's opening pair of common words then stays silent, and a piece that is no
word or a rare one ("xico", "Pe", "S") does not; nor does a function word that opens a phrase
("told Sol a story"). Two single letters restore by chance in a scan's noise ("V c" ->
Vietnamese "Vực"): they are read only before a capitalised word of three letters or more, the
rest of a name ("S o Paulo").

Every common word with one accented letter is kept with a space in its place ("pe a" for
"peña", `spaced_keys`), so a pair is looked up once: a page of prose holds a capitalised word
before a lower-case one in nearly every sentence.
"""

from __future__ import annotations

import array
from collections.abc import Callable, Container, Iterator
from functools import cache
from math import log10

from newslint.lexicon import is_function_word, table_key
from newslint.regex_store import compile_pattern
from newslint.wordtable import WordTable

LIST = "small"  # wordfreq's list of each language, as `stripped_accent` reads
KEPT_ZIPF = 3.0  # words rarer than this are not kept: `min_zipf` can go no lower
# A capitalised ASCII word and a lower-case one, one plain space apart, inside no longer token.
_PAIR = compile_pattern(r"(?<![\p{L}\p{N}'’-])([A-Z][a-z]*) ([a-z]+)(?![\p{L}\p{N}'’-])")
_NAME_NEXT = compile_pattern(r" [A-Z][a-z]{2,}(?![\p{L}\p{N}])")
_LOWER_NEXT = compile_pattern(r" \p{Ll}")

Pair = tuple[int, int, str, str]  # start, end, left token, right token


def spaced_pairs(text: str, spans: list[tuple[int, int]], keys: Container[str]) -> Iterator[Pair]:
    """The pairs inside `spans` (disjoint) whose text, lower-cased, is one of `keys`; two single
    letters only before the rest of a name ("S o Paulo"), and a function word ("a") only where
    no lower-case word follows it."""
    for start, end in spans:
        for match in _PAIR.finditer(text, start, end):
            left, right = match.group(1), match.group(2)
            if f"{left} {right}".lower() not in keys:
                continue
            if len(left) + len(right) == 2 and not _NAME_NEXT.match(text, match.end()):
                continue
            if is_function_word(right) and _LOWER_NEXT.match(text, match.end()):
                continue
            yield match.start(), match.end(), left, right


def restored_pair(
    left: str,
    right: str,
    letters: str,
    zipf_of: Callable[[str], float],
    english_zipf: Callable[[str], float],
    min_zipf: float,
    lead: float,
) -> str | None:
    """The word one of `letters` in place of the space between `left` and `right` makes, when
    it is at least `min_zipf` and `lead` commoner than the rarer token in English."""
    needed = max(min_zipf, min(english_zipf(left), english_zipf(right)) + lead)
    # Of the words common enough, the one English copy writes most ("Peña", not Portuguese
    # "Peça"): English news names people and places, not another language's nouns.
    best, best_score = None, 0.0
    for letter in letters:
        whole = left + letter + right
        zipf = zipf_of(whole)
        score = zipf + english_zipf(whole)
        if zipf >= needed and score > best_score:
            best, best_score = whole, score
    return best


@cache
def spaced_keys(languages: tuple[str, ...], letters: str, min_zipf: float) -> SpacedKeys:
    """Every word of `languages` at least `min_zipf` with one of `letters`, lower-cased, with a
    space in place of that letter ("pe a" for "peña"); read from a table built once and kept in
    the cache directory as the other word tables are."""
    table = accent_table("spaced", languages, letters, _spaced_key)
    return SpacedKeys(table, round(min_zipf * 100))


class SpacedKeys:
    """The keys of a spaced table valued `floor` or more, as a container answered by the table
    itself (its memo remembers each key asked): reading its ~17,000 keys into a set cost every
    process 3 ms, more than an article's ~100 lookups, and held ~1 MB from then on; a megabyte
    of prose asks ~12,000 (~2,500 distinct), a few milliseconds more than the set."""

    def __init__(self, table: WordTable, floor: int):
        self._table = table
        self._floor = floor

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        row = self._table.row(key)
        return row is not None and self._table.values[row] >= self._floor


def accent_table(
    kind: str, languages: tuple[str, ...], letters: str, key: Callable[[str, int], str | None]
) -> WordTable:
    """The words of `languages` (wordfreq's `LIST`, at least `KEPT_ZIPF`) with exactly one of
    `letters`, each under `key(word, place of the letter)` (None: left out), valued at the
    commonest such word's Zipf x 100: built once and kept in the cache directory as the other
    word tables are, named by `kind`, the languages and the letters' checksum."""
    import zlib  # for the name of a table built or read once per process

    name = f"{kind}-{'-'.join(languages)}-{LIST}-{zlib.crc32(letters.encode()):08x}"
    return WordTable.cached(name, table_key(), lambda: _build(languages, letters, key))


def _spaced_key(word: str, at: int) -> str | None:
    """The word with a space in place of its letter at `at`; inside the word only: a letter lost
    at either end leaves one token, not two."""
    return f"{word[:at]} {word[at + 1 :]}" if 0 < at < len(word) - 1 else None


def _build(
    languages: tuple[str, ...], letters: str, key: Callable[[str, int], str | None]
) -> tuple[list[str], array.array[int]]:
    from wordfreq import get_frequency_dict

    floor = 10 ** (KEPT_ZIPF - 9)
    best: dict[str, float] = {}
    for code in languages:
        for word, frequency in get_frequency_dict(code, wordlist=LIST).items():
            if frequency < floor:
                continue
            accents = [at for at, letter in enumerate(word) if letter in letters]
            keyed = key(word, accents[0]) if len(accents) == 1 else None
            if keyed is None:
                continue
            zipf = log10(frequency) + 9
            if zipf > best.get(keyed, 0.0):
                best[keyed] = zipf
    words = sorted(best)
    return words, array.array("H", (round(best[word] * 100) for word in words))
