"""The very common words a rare word may be a misreading of, found by lookup.

The OCR signal asks of every rare lower-case word whether a very common word lies one misread
letter away (`misreadings.near_word`, `misreadings.misread_of`). Trying every letter at every position
asks the word table up to 175 times per word: most of an article's first lint, and of the
signal's cost in a megabyte of new text. Only a few hundred words are that common, so they are
indexed once by each position with its letter left out ("t?e" -> "the", "tie", "toe"), and a word
is compared with the few words its own wildcards name.

The index answers for `zipf` only when the answer is certain to be the same as asking it: the
English word list's lookup, or a linter vocabulary's (its accepted words count as common), and
only for words of ASCII lower-case letters (every candidate is then such a word, which the table
answers directly). Otherwise callers try every candidate as before.
"""

from __future__ import annotations

import array
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from newslint.lexicon import WORDLIST, Vocabulary, _table, table_key
from newslint.lexicon import zipf as english_zipf
from newslint.wordtable import WordTable

Zipf = Callable[[str], float]
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Words asked of an index before it builds its lookup (`CommonIndex`): about what the build
# costs in words tried one by one.
INDEX_AFTER = 60


def is_plain(word: str) -> bool:
    """ASCII lower-case letters only: every one-letter change of it is such a word too."""
    return bool(word) and word.isascii() and word.isalpha() and word.islower()


class CommonIndex:
    """Words of ASCII lower-case letters, by (letters before, letters after) each position.

    The wildcards are indexed once `INDEX_AFTER` words have asked: until then a word tries every
    letter at every position against the set (~10 us a word), since building the index costs a
    process ~0.6 ms and an article asks a few dozen times; a megabyte asks thousands."""

    def __init__(self, words: frozenset[str]):
        self.words = frozenset(w for w in words if is_plain(w))
        self._by_wildcard: dict[tuple[str, str], list[str]] | None = None
        self._asked = 0

    def one_letter_from(self, word: str) -> Iterator[str]:
        """The indexed words that differ from the plain `word` in exactly one letter, position
        by position and then alphabetically: the order in which trying a..z at each position
        meets them."""
        by_wildcard = self._by_wildcard
        if by_wildcard is None:
            self._asked += 1
            if self._asked <= INDEX_AFTER:
                return self._tried(word)
            by_wildcard = self._by_wildcard = self._indexed()
        return self._looked_up(word, by_wildcard)

    def _tried(self, word: str) -> Iterator[str]:
        words = self.words
        for index, original in enumerate(word):
            for letter in _LETTERS:
                if (
                    letter != original
                    and (other := word[:index] + letter + word[index + 1 :]) in words
                ):
                    yield other

    def _indexed(self) -> dict[tuple[str, str], list[str]]:
        by_wildcard: dict[tuple[str, str], list[str]] = {}
        for word in sorted(self.words):
            for index in range(len(word)):
                by_wildcard.setdefault((word[:index], word[index + 1 :]), []).append(word)
        return by_wildcard

    @staticmethod
    def _looked_up(word: str, by_wildcard: dict[tuple[str, str], list[str]]) -> Iterator[str]:
        for index in range(len(word)):
            for other in by_wildcard.get((word[:index], word[index + 1 :]), ()):
                if other[index] != word[index]:
                    yield other


def common_index(zipf: Zipf, min_zipf: float) -> CommonIndex | None:
    """Every plain word `zipf` puts at `min_zipf` or above, if `zipf` is the English list's
    lookup or a vocabulary's (None for any other function: its answers are not known here)."""
    if zipf is english_zipf:
        return _index(min_zipf, frozenset())
    owner = getattr(zipf, "__self__", None)
    if type(owner) is Vocabulary and getattr(zipf, "__func__", None) is Vocabulary.zipf:
        return _index(min_zipf, owner.words)  # an accepted word is as common as any word
    return None


@lru_cache(maxsize=8)
def _index(min_zipf: float, accepted: frozenset[str]) -> CommonIndex:
    return CommonIndex(common_words(min_zipf) | accepted)


@cache
def common_words(min_zipf: float) -> frozenset[str]:
    """The English list's words at `min_zipf` or above (305 at 5.5), as the table answers them;
    taken from the table once and kept beside it in the cache directory."""
    name = f"wordfreq-en-{WORDLIST}-common-{min_zipf}"
    return frozenset(WordTable.cached(name, table_key(), lambda: _build(min_zipf)).words())


def _build(min_zipf: float) -> tuple[list[str], array.array[int]]:
    table = _table()
    values = table.values
    rows = [row for row in range(len(values)) if values[row] / 100 >= min_zipf]
    words = table.words()
    return [words[row] for row in rows], array.array("H", (values[row] for row in rows))
