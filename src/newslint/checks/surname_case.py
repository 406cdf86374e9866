"""`surname-case`: a surname written in lower case after a given name ("Eugene biyatov").

Machine translation and caption pipelines that lose capitals leave a transliterated surname in
lower case, where it reads as a misspelled word. A word English does not know (wordfreq) written
in lower case straight after a word the dictionary knows only as a name (Hunspell's cased en_US,
`newslint.cased_lexicon`: "Eugene", "Paris", "Monday") has lost its capital; a known word after a
name ("Paris based", "Monday morning") is left alone. The fix capitalises; it is offered, not
applied.

Two readings of "Capital lower" are not a name and its surname. After a determiner the capital
word is an adjective of nationality or faith and the unknown word a borrowed noun ("the Russian
siloviki", "a Japanese onsen"): no one writes "the Eugene Biyatov". And a day or a month names
no one: the unknown word after it is damage of another kind ("on Tuesday toreview").

Keys: `max_zipf` (a word at least this common is an English word, not a lost surname),
`min_length`.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, capitalised
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True
OPTIONS = {
    "max_zipf": Option((int, float), default=1.5, doc="commoner words are English words"),
    "min_length": Option((int,), default=4, doc="the shortest surname judged"),
}

_NAME_THEN_LOWER = compile_pattern(
    r"(?<![\p{L}\p{N}’'.@#-])(?P<name>\p{Lu}\p{Ll}+) (?P<word>\p{Ll}+)"
    r"(?![\p{L}\p{N}’'/@_-]|\.\p{L})"
)


# Closed classes of English grammar and the calendar, not names seen on pages.
_DETERMINER_BEFORE = compile_pattern(
    r"(?i:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|every|each|some|any"
    r"|no)[ \t]+)$"
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december".split()
)


def _not_a_given_name(text: str, match: regex.Match[str]) -> bool:
    name = match.group("name")
    if name.casefold() in _CALENDAR:
        return True
    return _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None


class SurnameCaseCheck(Check):
    LINE_LOCAL = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.max_zipf = float(rule.option("max_zipf"))
        self.min_length = int(rule.option("min_length"))

    def run(self, doc: Document) -> Iterator[Finding]:
        lexicon = english()
        for match in _NAME_THEN_LOWER.finditer(doc.text):
            word = match.group("word")
            if len(word) < self.min_length or word in self.vocabulary:
                continue
            if self.vocabulary.zipf(word) >= self.max_zipf:
                continue
            if not lexicon.only_capitalised(match.group("name").lower()):
                continue
            if _not_a_given_name(doc.text, match):
                continue
            yield capitalised(self.rule, match, "unsafe", name=match.group("name"))


def compile(rule: Rule, vocabulary: Vocabulary) -> SurnameCaseCheck:
    return SurnameCaseCheck(rule, vocabulary)
