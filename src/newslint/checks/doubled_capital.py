"""`doubled-capital`: a word that opens with two capitals where one belongs ("MIke", "THe",
"SYstem"), the shift key held a letter too long or an OCR engine reading a tall letter.

A token of two capitals and lower case is reported when it is not a spelling of its own: the form
with one capital must be a common word (a function word when a single lower-case letter follows:
"THe", "ANd"), and the lower-case tail must not be an ending that abbreviations take ("DJs",
"DJing", "OKed", "CDers"), so acronyms in use keep their capitals. Degrees and brands with such a
form are rare words ("MPhil", "DPhil", "MEng") and stay below the frequency floor. A name too
rare for the floor is judged by the page's own spelling: the same letters with one capital as a
word elsewhere on the page ("Tri RIsmaharini" beside "Rismaharini") show which form is meant.

Keys: `min_zipf` (how common the one-capital form must be).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True
OPTIONS = {
    "min_zipf": Option((int, float), default=3.5, doc="how common the one-capital form must be"),
}

_TOKEN = compile_pattern(r"(?<![\p{L}\p{N}’'_@#/.-])\p{Lu}{2}\p{Ll}+(?![\p{L}\p{N}_@/-])")
# Endings an acronym takes in use: "CDs", "DJing", "OKed", "PMers".
_ACRONYM_ENDINGS = frozenset({"s", "es", "ing", "ed", "er", "ers"})


class DoubledCapitalCheck(Check):
    # Not line-local: a rare name is judged by the page's other spellings of it.
    LINE_LOCAL = False

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [_TOKEN]  # every finding is one of its matches

    def run(self, doc: Document) -> Iterator[Finding]:
        for match in _TOKEN.finditer(doc.text):
            token = match.group()
            fixed = token[0] + token[1:].lower()
            if not self._one_capital_meant(token, fixed) and (
                token in self.vocabulary or not _page_writes(doc.text, token, fixed)
            ):
                continue
            message = render(self.rule.message, match=token, fixed=fixed)
            yield finding(
                self.rule,
                match.start(),
                match.end(),
                message,
                fix=fixed,
                applicability="unsafe",
                suggestions=[fixed],
            )

    def _one_capital_meant(self, token: str, fixed: str) -> bool:
        tail = token[2:]
        if tail in _ACRONYM_ENDINGS or token in self.vocabulary:
            return False
        if len(tail) == 1:
            return is_function_word(fixed)
        return self.vocabulary.zipf(fixed) >= self.min_zipf


def _page_writes(text: str, token: str, fixed: str) -> bool:
    """Whether the page writes the word with one capital elsewhere ("Tri RIsmaharini" beside
    "Rismaharini"): a name too rare for the frequency floor that the page itself spells. An
    ending acronyms take ("DJs") is no slip whatever the page writes."""
    if token[2:] in _ACRONYM_ENDINGS:
        return False
    at = text.find(fixed)
    while at >= 0:
        end = at + len(fixed)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        at = text.find(fixed, at + 1)
    return False


def compile(rule: Rule, vocabulary: Vocabulary) -> DoubledCapitalCheck:
    return DoubledCapitalCheck(rule, vocabulary)
