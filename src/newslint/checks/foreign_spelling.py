"""`foreign-spelling`: an everyday English word written as another language spells it, with a
capital ("a pandemic Koronavirus", "the Prezident said").

Machine translation that fails to recognise a word takes it for a name: it transliterates the
source language's spelling letter by letter and capitalises it. The result is one of the usual
transliteration alternations away from a common English word: k or c, z or s, f or ph, v or w,
y or i, j or y, ks or x. A capitalised word English does not know (`max_zipf`) that one such
alternation turns into a word English knows well (`min_zipf`) and writes only in lower case (the
cased dictionary: "candy" is a word, "Carl" a name) is that word, transliterated. It must stand
alone in running text: after a lower-case word and before no capitalised one (a shop's or a
band's name is a run of capitals: "Kafe Vienna"), and the page must write it so at least once.
Suggested, not fixed: the word's case in the sentence needs a reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "max_zipf": Option((float, int), default=1.5, doc="the word is unknown below this"),
    "min_zipf": Option((float, int), default=3.0, doc="the English word is this common"),
}
FIXES = False
# (written, English) letters: one transliteration alternation each way.
ALTERNATIONS = (
    ("k", "c"), ("c", "k"), ("z", "s"), ("s", "z"), ("f", "ph"), ("ph", "f"), ("v", "w"),
    ("w", "v"), ("y", "i"), ("i", "y"), ("j", "y"), ("ks", "x"), ("x", "ks"),
)  # fmt: skip
SHORTEST = 5  # letters of the shortest word read
# Distinct unknown capitalised words met in one run; a long scan or the language server meets
# names without end, so the pure answers kept are bounded.
ALTERNATIVES_KEPT = 8_192
# Running text around a lone capitalised word: a lower-case word (and a space) before it, and
# no capitalised word after it.
_LOWER_BEFORE = compile_pattern(r"\p{Ll}[,;:]? \Z")
_CAPITAL_AFTER = compile_pattern(r" \p{Lu}")


class ForeignSpellingCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        # One alternation lengthens a word by a letter at most ("f" -> "ph"), and nothing longer
        # than the vocabulary's longest word is common: a longer token has no English twin, and
        # spelling out its alternatives would keep hundreds of copies of a run of letters.
        self.longest_read = vocabulary.longest + 1
        self.max_zipf = float(rule.option("max_zipf"))
        self.min_zipf = float(rule.option("min_zipf"))

    def run(self, doc: Document) -> Iterator[Finding]:
        english_of: dict[str, str] = {}
        # A capital and `SHORTEST - 1` or more lower-case letters (`\p{Lu}\p{Ll}+`): read from
        # the shared pass (`Document.names`), no pattern call per word.
        counts = doc.word_counts
        for word in doc.names.capital:
            if not SHORTEST <= len(word) <= self.longest_read or word not in counts:
                continue
            if self.zipf(word) < self.max_zipf:
                meant = self._english(word.lower())
                if meant is not None:
                    english_of[word] = meant
        if not english_of:
            return
        text = doc.text
        places = [(s, e, w) for s, e, w in doc.words if w in english_of]
        alone = {w for s, e, w in places if _alone(text, s, e)}
        for start, end, word in places:
            if word in alone:
                meant = english_of[word]
                message = render(self.rule.message, match=word, english=meant)
                yield finding(self.rule, start, end, message, suggestions=[meant])

    def _english(self, word: str) -> str | None:
        """The common lower-case English word one alternation makes of `word`, if any."""
        for candidate in _alternatives(word):
            if self.zipf(candidate) >= self.min_zipf and english().only_lower_case(candidate):
                return candidate
        return None


@lru_cache(maxsize=ALTERNATIVES_KEPT)
def _alternatives(word: str) -> tuple[str, ...]:
    found: list[str] = []
    for written, meant in ALTERNATIONS:
        at = word.find(written)
        while at >= 0:
            found.append(word[:at] + meant + word[at + len(written) :])
            at = word.find(written, at + 1)
    return tuple(found)


def _alone(text: str, start: int, end: int) -> bool:
    return (
        _LOWER_BEFORE.search(text, max(0, start - 4), start) is not None
        and _CAPITAL_AFTER.match(text, end) is None
    )


def compile(rule: Rule, vocabulary: Vocabulary) -> ForeignSpellingCheck:
    return ForeignSpellingCheck(rule, vocabulary)
