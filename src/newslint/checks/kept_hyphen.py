"""`kept-hyphen`: a line-end hyphen that survived when the line break was removed ("pe-culiar").

Scanned and PDF text is joined up again line by line; a joiner that removes the line end but keeps
the hyphen leaves a word with a hyphen at the place the printed line broke. English hyphenates
compounds of words ("well-known", "co-operate", "re-elect"), never a word at a place where one
side is no word: "pe-culiar", "ad-ministration", "experi-ence". So a hyphenated token is reported
when its sides joined make a common word while one side is a fragment English hardly writes
alone, and either the page writes that word whole elsewhere (its own evidence, in any text) or the
page looks scanned. Prefixes that English joins with a hyphen before a vowel or a capital
("pre-empt", "anti-inflation") are compounds, not breaks.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint import cased_lexicon
from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal

OPTIONS: dict[str, object] = {}

# A hyphen before a lower-case letter (a literal-led pattern: the scan is at the speed of a
# character search), then the letter runs on each side, not part of a longer chain
# ("state-of-the-art") or of an address.
_HYPHEN = compile_pattern(r"(?<=\p{Ll})-(?=\p{Ll})")
_LEFT = compile_pattern(r"\p{Lu}?\p{Ll}+$")
_RIGHT = compile_pattern(r"\p{Ll}+(?![\p{L}\p{N}@/-])")
_NOT_BEFORE = frozenset("@/.-")
JOINED_MIN_ZIPF = 3.0  # the joined word is common English
FRAGMENT_MAX_ZIPF = 2.5  # a side English hardly writes alone (wordfreq counts hyphen halves)
# English prefixes written with a hyphen before a word: a closed class of the language.
_PREFIXES = frozenset(
    "a ante anti auto bi co counter de dis ex extra hyper in inter intra macro mega micro mid "
    "mini multi neo non over post pre pro pseudo re semi sub super trans tri ultra un under "
    "vice".split()
)


class KeptHyphenCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [_HYPHEN]  # every finding is at one of its matches

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        scanned: bool | None = None
        for hyphen in _HYPHEN.finditer(text):
            token = _hyphenated(text, hyphen.start())
            if token is None:
                continue
            start, left, right = token
            joined = self._break_of(left, right)
            if joined is None:
                continue
            attested = joined in doc.word_counts or joined.lower() in doc.word_counts
            if not attested:
                if scanned is None:
                    scanned = ocr_signal(text, self.zipf).looks_scanned(*DEFAULT_GATE)
                if not scanned:
                    continue
            end = hyphen.end() + len(right)
            message = render(self.rule.message, match=text[start:end], fix=joined)
            fix = joined if attested else None
            yield finding(self.rule, start, end, message, fix=fix, suggestions=[joined])

    def _break_of(self, left: str, right: str) -> str | None:
        """The word `left-right` was broken from, or None for a compound."""
        if left.lower() in _PREFIXES:
            return None
        joined = left + right
        if self.zipf(joined) < JOINED_MIN_ZIPF:
            return None
        if min(self.zipf(left), self.zipf(right)) >= FRAGMENT_MAX_ZIPF and self._words(left, right):
            return None  # "co-operate", "to-day": two words
        return joined

    def _words(self, left: str, right: str) -> bool:
        """Whether Hunspell's dictionary has both sides: wordfreq counts the syllables a hyphen
        leaves alone often enough ("govern-ment", "sta-tion", "even-ing": "ment" 3.1, "tion" 2.8,
        "ing" 4.0) that its frequency alone reads them as words; no dictionary lists them."""
        lexicon = cased_lexicon.english()
        return all(lexicon.has(side.lower()) for side in (left, right))


def _hyphenated(text: str, at: int) -> tuple[int, str, str] | None:
    """(start, left, right) of the two-part token whose hyphen is at `at`, or None."""
    left = _LEFT.search(text, max(0, at - 40), at)
    right = _RIGHT.match(text, at + 1)
    if left is None or right is None:
        return None
    before = text[left.start() - 1] if left.start() else " "
    if before.isalnum() or before in _NOT_BEFORE:
        return None
    return left.start(), left.group(), right.group()


def compile(rule: Rule, vocabulary: Vocabulary) -> KeptHyphenCheck:
    return KeptHyphenCheck(rule, vocabulary)
