"""`substitution`: a `swap:` map of word or phrase -> preferred form.

Matches are word-bounded (unless `word_boundary: false`, for single characters such as
ligatures), case-insensitive by default, and fixed preserving the matched capitalisation.
The message may use `{match}` and `{fix}`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

import regex

from newslint.branches import branch_matches, worth_splitting
from newslint.checks import (
    Check,
    Option,
    compile_regex,
    finding,
    finditer,
    match_case,
    regex_timeout,
    render,
)
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

_ALNUM_RUN = compile_pattern(r"[\p{L}\p{N}]+")

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "swap": Option((dict,), required=True, doc="map of unwanted form -> preferred form"),
    "ignorecase": Option((bool,), default=True),
    "word_boundary": Option((bool,), default=True),
}


class SubstitutionCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        swap = rule.option("swap")
        if not swap:
            raise rule.error("'swap' is empty")
        self.ignorecase = rule.option("ignorecase")
        self.swap: dict[str, str] = {}
        for wrong, right in swap.items():
            if not isinstance(wrong, str) or not isinstance(right, str) or not wrong.strip():
                raise rule.error("'swap' maps strings to strings")
            self.swap[wrong.lower() if self.ignorecase else wrong] = right
        phrases = sorted(self.swap, key=len, reverse=True)
        bounded = rule.option("word_boundary")
        self.bodies = [_bounded(_phrase_regex(w), bounded) for w in phrases]
        alternatives = "|".join(_phrase_regex(w) for w in phrases)
        self.pattern = compile_regex(
            rule, _bounded(alternatives, bounded), "swap", ignorecase=self.ignorecase
        )
        # A phrase can only occur where all its words do; the document's vocabulary says so
        # without scanning. Non-word swaps (ligatures) are looked for as substrings.
        self.needs = [_words(w) for w in phrases] if bounded else None
        self.substrings = None if bounded else list(self.swap)

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        """Every finding is a match of the whole pattern (`branches` find the same matches)."""
        return [self.pattern]

    def _may_occur(self, doc: Document) -> bool:
        if self.substrings is not None:
            return any(piece in doc.text for piece in self.substrings)
        vocabulary = doc.vocabulary
        return any(words <= vocabulary for words in self.needs or ())

    @cached_property
    def branches(self) -> list[regex.Pattern[str]] | None:
        """One pattern per phrase, when searching them alone is faster: the whole pattern starts
        with a look-behind, so unless its phrases share a literal `regex` tries it at every
        character, and each phrase alone starts with a literal it skips to (tortured-phrase over
        a megabyte: 0.17 s whole, 0.04 s phrase by phrase)."""
        branches = [
            compile_regex(self.rule, body, "swap", ignorecase=self.ignorecase)
            for body in self.bodies
        ]
        return branches if worth_splitting(self.pattern, branches) else None

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self._may_occur(doc):
            return
        branches = self.branches
        matches = (
            finditer(self.pattern, text)
            if branches is None
            else branch_matches(self.pattern, branches, text, 0, len(text), regex_timeout())
        )
        for match in matches:
            found = match.group()
            key = " ".join(found.split())
            preferred = self.swap.get(key.lower() if self.ignorecase else key)
            if preferred is None:
                continue
            fix = match_case(found, preferred) if self.ignorecase else preferred
            message = render(self.rule.message, match=found, fix=fix)
            yield finding(
                self.rule, match.start(), match.end(), message, fix=fix, suggestions=[fix]
            )


def _bounded(alternatives: str, bounded: bool) -> str:
    return rf"(?<![\w-])(?:{alternatives})(?![\w-])" if bounded else f"(?:{alternatives})"


def _words(phrase: str) -> frozenset[str]:
    return frozenset(_ALNUM_RUN.findall(phrase.casefold()))


def _phrase_regex(phrase: str) -> str:
    """A phrase whose words may be separated by any run of whitespace (including a line break)."""
    return r"\s+".join(regex.escape(word) for word in phrase.split())


def compile(rule: Rule, vocabulary: Vocabulary) -> SubstitutionCheck:
    return SubstitutionCheck(rule, vocabulary)
