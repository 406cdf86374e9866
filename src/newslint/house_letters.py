"""Which of two spellings of a name, written equally often, breaks the page's own romanisation.

A page translated from Ukrainian writes its names with k ("Pokrovsk", "Kupyansk", "Kharkiv");
when it names one man "Viktor Tregubov" and then "Victor Tregubov", the c is the odd letter:
the page's other foreign names never write the sound that way. Two spellings of one name differ
in one run of letters (after their common opening and ending: "c" against "k"); the page's
house letter is the one its other names use, where they never use the other. Only names English
hardly writes are read (an English name's letters are English spelling, not the page's system),
and the two spellings' own words are left out. Evidence, not a rule: with both runs in use, or
neither, nothing is decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern
from newslint.romanisation import plain

# A capitalised word: a name's mention (`name_contexts.NAME` without its hyphened pairs).
_NAME = compile_pattern(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")

# A word English writes at least this often is spelled by English's habits, not the page's.
FOREIGN_ZIPF = 3.0
# The other names must use the house letters at least this often, and the odd ones never.
MIN_HOUSE = 2
# The differing runs longest compared: a longer difference is no romanisation's letter.
LONGEST_RUN = 2


def differing_runs(a: str, b: str) -> tuple[str, str] | None:
    """The letters in which `a` and `b` differ, after their common opening and ending, both
    non-empty: ("c", "k") for "Victor"/"Viktor"; None for a letter added or dropped."""
    x, y = plain(a).lower(), plain(b).lower()
    head = 0
    while head < min(len(x), len(y)) and x[head] == y[head]:
        head += 1
    tail = 0
    while tail < min(len(x), len(y)) - head and x[-1 - tail] == y[-1 - tail]:
        tail += 1
    run_x, run_y = x[head : len(x) - tail], y[head : len(y) - tail]
    if not run_x or not run_y or max(len(run_x), len(run_y)) > LONGEST_RUN:
        return None
    return run_x, run_y


def odd_by_house_letters(text: str, pairs: Iterable[tuple[str, str]], zipf: Zipf) -> int | None:
    """0 when the first spellings of `pairs` (word against word) break the page's house
    letters, 1 when the second do, None when the page does not say. Every differing pair that
    the page's other names decide must point the same way."""
    pairs = [(a, b) for a, b in pairs if a != b]
    own = {plain(w).lower() for pair in pairs for w in pair}
    page = _page_names(text, zipf)
    verdicts = set()
    for a, b in pairs:
        runs = differing_runs(a, b)
        if runs is None:
            return None
        uses = [page.written_alone(run, own) for run in runs]
        if min(uses) == 0 and max(uses) >= MIN_HOUSE:
            verdicts.add(0 if uses[0] == 0 else 1)
    return verdicts.pop() if len(verdicts) == 1 else None


class _PageNames:
    """A page's names English hardly writes (plain, lower case), and how many of them write each
    run alone, read once for the page: a page with many names has many pairs to weigh, and
    reading its names again for each pair grew with their number squared (80 KB of names, 44 s
    of a profiled run)."""

    def __init__(self, text: str, zipf: Zipf):
        names = {plain(name).lower() for name in set(_NAME.findall(text))}
        self.foreign = frozenset(w for w in names if zipf(w) < FOREIGN_ZIPF)
        self._alone: dict[str, int] = {}

    def written_alone(self, run: str, own: set[str]) -> int:
        """How many of the page's foreign names, other than `own`, write `run` alone."""
        total = self._alone.get(run)
        if total is None:
            total = self._alone[run] = sum(_written_alone(run, w) for w in self.foreign)
        return total - sum(_written_alone(run, w) for w in own if w in self.foreign)


@lru_cache(maxsize=4)
def _page_names(text: str, zipf: Zipf) -> _PageNames:
    """The page's names, shared by the checks (and the pairs) of one lint of the text."""
    return _PageNames(text, zipf)


# Letters that make another sound with an h after them ("kh", "ch", "sh", "zh", "th", "gh", "ph").
_BEFORE_H = frozenset("cksztgp")


def _written_alone(run: str, word: str) -> bool:
    """Whether `word` writes `run` as a sound of its own, not as half of a digraph with h: the h
    of "Mykhailo" and the k of "Kharkiv" are another sound than the h of "Oleh" or the k of
    "Viktor"."""
    at = word.find(run)
    while at >= 0:
        end = at + len(run)
        if not (run[0] == "h" and at and word[at - 1] in _BEFORE_H) and not (
            end < len(word) and word[end] == "h"
        ):
            return True
        at = word.find(run, at + 1)
    return False
