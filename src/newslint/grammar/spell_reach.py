"""Which lower-case words a spelling finding could ever be kept on, known without asking Harper.

The news profile keeps a spelling finding only where one of Harper's suggestions is one edit from
the word and at least `SUGGESTION_MIN_ZIPF` in the English list (`plausible_misspelling`). Harper
searches its dictionary for suggestions for every word it cannot place, ~3 ms a word: random
tokens cost 8 s of CPU per 100 KB, nearly all of it suggestions for words nothing common is one
edit from, which no finding could come of. Such a word is blanked before the spelling pass like
the words the profile never reports (`harper_spell.blanked`).

A word is judged by the list's words at that Zipf or above, indexed once by their one-character
deletions: two strings one edit apart (a transposition included) share a deletion, or one is the
other or one of its deletions. A suggestion is looked up case-folded (`zipf`), so a suggestion
holding a character that folds to two ("ß" to "ss") is indexed unfolded too. A suggestion that
the list reads as several tokens ("a lot", "re-do") is possible only where the word splits into
runs of letters the list holds at that Zipf, which is tested apart. Whatever is not certain keeps
the word: a word the list puts at that Zipf or above, one whose letters fold to others, one in a
script whose words the list's tokenizer may cut between letters, and every word until a linter
has met enough unsure words to pay for the index (~0.1 s to build, ~25 MB).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from newslint.grammar import SUGGESTION_MIN_ZIPF
from newslint.lexicon import zipf
from newslint.regex_store import compile_pattern

# Unsure words a linter meets before the index is built: about what building it costs in
# Harper's suggestion searches.
INDEX_AFTER = 40
# Scripts whose words the list's tokenizer never cuts between two letters.
_JUDGED = compile_pattern(r"[\p{Latin}\p{Cyrillic}\p{Greek}]+")
_LETTER_RUN = compile_pattern(r"[^\W\d_]+")


class SpellReach:
    """One linter's judge of whether a lower-case word's spelling finding could be kept. It
    counts the words it could not judge without the index (the index itself is shared by all:
    it depends on the word list only)."""

    def __init__(self, index_after: int = INDEX_AFTER):
        self.index_after = index_after
        self._unsure = 0

    def may_be_reported(self, word: str) -> bool:
        """False only when no suggestion for `word` could make a kept finding."""
        if zipf(word) >= SUGGESTION_MIN_ZIPF or word.casefold() != word:
            return True
        if not _JUDGED.fullmatch(word):
            return True
        self._unsure += 1
        return self._unsure <= self.index_after or _neighbours().near(word)


class Neighbours:
    """The list's words at `SUGGESTION_MIN_ZIPF` or above, as one-edit reach and letter runs."""

    def __init__(self, common: Iterable[str]):
        common = sorted(common)
        every = "\n".join(common)
        folds = {f: chars for f, chars in _folds_to_several().items() if f in every}
        deletions: set[str] = set()
        runs: set[str] = set()
        for word in common:
            runs.update(_LETTER_RUN.findall(word))
            for spelling in (word, *_unfolded(word, folds)):
                deletions.add(spelling)
                deletions.update(spelling[:i] + spelling[i + 1 :] for i in range(len(spelling)))
        self.deletions = frozenset(deletions)
        self.runs = frozenset(runs)

    def near(self, word: str) -> bool:
        """Whether a common word may be one edit from `word`, as one token or as several."""
        deletions = self.deletions
        if word in deletions or any(
            word[:i] + word[i + 1 :] in deletions for i in range(len(word))
        ):
            return True
        return self._split(word)

    def _split(self, word: str) -> bool:
        """A separator put in or for a letter ("alot" -> "a lot") leaves the word's letters on
        either side as the tokens' letter runs; with one side empty, the other is the word less
        its first or last letter, or the word itself."""
        runs = self.runs
        if word in runs or word[1:] in runs or word[:-1] in runs:
            return True
        return any(
            word[:i] in runs and (word[i:] in runs or word[i + 1 :] in runs)
            for i in range(1, len(word))
        )


@cache
def _neighbours() -> Neighbours:
    from newslint.look_alikes import common_words

    return Neighbours(common_words(SUGGESTION_MIN_ZIPF))


@cache
def _folds_to_several() -> dict[str, tuple[str, ...]]:
    """What each character that case-folds to several ("ß" -> "ss", "ﬁ" -> "fi") folds to."""
    several: dict[str, list[str]] = {}
    for code in range(0x80, 0x30000):
        folded = chr(code).casefold()
        if len(folded) > 1:
            several.setdefault(folded, []).append(chr(code))
    return {folded: tuple(chars) for folded, chars in several.items()}


def _unfolded(word: str, folds: dict[str, tuple[str, ...]]) -> list[str]:
    """`word` with one of its folded sequences (of `folds`) written as a character that folds
    to it."""
    spellings: list[str] = []
    for folded, chars in folds.items():
        at = word.find(folded)
        while at >= 0:
            spellings.extend(word[:at] + char + word[at + len(folded) :] for char in chars)
            at = word.find(folded, at + 1)
    return spellings
