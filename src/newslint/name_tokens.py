"""The page's tokens as the name detectors read them, cut once per document (`Document.names`).

The name checks (`name-variants` and its sub-detectors, `page-name-case`) each asked the same
questions of the page's letter runs: which spellings it writes, which of them are a capital and
lower case (`\\p{Lu}\\p{Ll}+`) or wholly lower case (`\\p{Ll}+`), and where a capitalised word stands
as a name's mention. Each question is answered here once, when first asked, from
`Document.runs`: no pass over the text, and each distinct spelling classified once.
"""

from __future__ import annotations

from functools import cached_property
from operator import itemgetter

from newslint.page_names import PageNames
from newslint.tokens import Run, is_capital_run, is_lower_run

# A mention is not read after these: a contraction's or a compound's inner mark ("O'Brien"'s
# "Brien", "ex-Soviet"'s "Soviet").
_NOT_BEFORE_MENTION = frozenset("'’-")

Mention = tuple[int, int, str]  # (start, end, the name as written)


class NameTokens:
    """Lazily built facts about one document's letter runs, shared by the checks that read
    names. Built by `Document.names`; every attribute is a pure function of the text."""

    def __init__(self, text: str, runs: list[Run]):
        self._text = text
        self._runs = runs

    @cached_property
    def texts(self) -> frozenset[str]:
        """Every distinct spelling of a run of letters and digits."""
        return frozenset(map(itemgetter(2), self._runs))

    @property
    def capital(self) -> frozenset[str]:
        """The spellings that are a capital, then lower case (`\\p{Lu}\\p{Ll}+`, whole)."""
        return self._case_classes[1]

    @property
    def lower(self) -> frozenset[str]:
        """The spellings wholly in lower case (`\\p{Ll}+`, whole)."""
        return self._case_classes[0]

    @cached_property
    def _case_classes(self) -> tuple[frozenset[str], frozenset[str]]:
        """(lower, capital): `tokens.is_lower_run` and `tokens.is_capital_run` of every
        spelling in one pass (both are asked of every page). On ASCII both are str methods, as
        there: a word of letters is lower case, or a capital before lower case, or neither;
        any other spelling is asked of the patterns."""
        lower: list[str] = []
        capital: list[str] = []
        for text in self.texts:
            if text.isascii():
                if not text.isalpha():
                    continue
                if text.islower():
                    lower.append(text)
                elif text[0].isupper() and text[1:].islower():
                    capital.append(text)
            elif is_lower_run(text):
                lower.append(text)
            elif is_capital_run(text):
                capital.append(text)
        return frozenset(lower), frozenset(capital)

    @cached_property
    def mentions(self) -> list[Mention]:
        """Each capitalised word standing alone, or two joined by a hyphen ("Abdel-Fattah"), in
        text order: the matches of `name_contexts.NAME`
        (`(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}-])`), read from the
        runs. Runs are maximal, so a match is one capital run (or two joined by one hyphen) whole;
        a hyphen after the first run that joins no second capital run, or a hyphen after the
        second, leaves no match (the pattern's end may not stand before a hyphen)."""
        text, runs, capital = self._text, self._runs, self.capital
        found: list[Mention] = []
        last = len(runs) - 1
        index = 0
        while index <= last:
            start, end, word = runs[index]
            index += 1
            if word not in capital or (start and text[start - 1] in _NOT_BEFORE_MENTION):
                continue
            if text[end : end + 1] != "-":
                found.append((start, end, word))
                continue
            if index > last:
                continue
            second_start, second_end, second = runs[index]
            joined = second_start == end + 1 and second in capital
            if joined and text[second_end : second_end + 1] != "-":
                found.append((start, second_end, text[start:second_end]))
                index += 1  # the second run is part of this mention
        return found

    @cached_property
    def evidence(self) -> PageNames:
        """What the page shows of its names (`newslint.page_names`): words it introduces, places,
        writes in two forms or as a pair twice; read by the rules that judge a word as damage."""
        return PageNames(self._text, self.capital, self.mentions)
