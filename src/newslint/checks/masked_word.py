"""`masked-word`: a word printed with a symbol in place of one of its letters ("b#llying",
"d!e", "inj*ry").

Pages that copy posts from social media, and content farms that dodge word filters, mask a
sensitive word by writing a symbol for one letter. A symbol between lower-case letters spells no
English word, so a word is taken as masked when a vowel in the symbol's place makes a common
English word (wordfreq: "bullying", "injury"): a mask hides a vowel, so that the consonants still
spell the word out. Addresses and handles ("name@example"), markup and
code join words with a symbol too, but their halves make no word with a letter between them. A
newspaper's own convention for an oath prints several marks ("f***"), which is left alone. In a
page that looks scanned a symbol inside a word is a misread letter ("b*ts"), the OCR checks' to
report.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.lexicon import LONGEST_WORD, Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal

OPTIONS: dict[str, object] = {}

# One symbol between letters, the word standing apart (no symbol, digit or path around it).
_MASKED = compile_pattern(
    r"(?<![\p{L}\p{N}@#$*!?%.'’/_\\=&+:-])(\p{L}\p{Ll}*)[#!*@$%](\p{Ll}+)"
    r"(?![\p{L}\p{N}@#$*!?%/_\\=&+-])"
)
# Where to try `_MASKED`: the symbol between two letters, a set of characters the engine finds
# fast (trying `_MASKED` at every letter cost 0.1 s per MB of copy).
_SYMBOL = compile_pattern(r"[#!*@$%](?<=\p{L}.)(?=\p{Ll})")
_MASKS = Needs("#!*@$%")
_LETTERS_BEFORE = compile_pattern(r"(?r)\p{L}+")  # read backwards from the symbol
MIN_LETTERS = 2  # "d!e": two letters around the mask
MIN_WORD_ZIPF = 3.0  # the unmasked word is common English
_VOWELS = "aeiouy"
# A page holding more such tokens than this is code or data, not masked prose: each costs a
# lookup per vowel, so it is also the check's bound.
MOST_MASKED = 200


class MaskedWordCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def feature_needs(self) -> Needs:
        return _MASKS  # every finding holds a `_SYMBOL`

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        found = []
        for symbol in _SYMBOL.finditer(text):
            floor = max(0, symbol.start() - LONGEST_WORD - 1)
            before = _LETTERS_BEFORE.match(text, floor, symbol.start())
            match = _MASKED.match(text, before.start()) if before else None
            if match is None or match.end(1) != symbol.start():
                continue
            letters = len(match.group(1)) + len(match.group(2))
            if MIN_LETTERS <= letters <= LONGEST_WORD:
                found.append(match)
                if len(found) > MOST_MASKED:
                    return
        if not found or ocr_signal(text, self.zipf).looks_scanned(*DEFAULT_GATE):
            return
        words: dict[tuple[str, str], str | None] = {}
        for match in found:
            halves = (match.group(1), match.group(2))
            if halves not in words:
                words[halves] = self._unmasked(*halves)
            word = words[halves]
            if word is not None:
                message = render(self.rule.message, match=match.group(), word=word)
                yield finding(self.rule, match.start(), match.end(), message)

    def _unmasked(self, before: str, after: str) -> str | None:
        """The commonest English word a vowel between the halves makes, if common enough."""
        best, best_zipf = None, MIN_WORD_ZIPF
        for letter in _VOWELS:
            word = before + letter + after
            frequency = self.zipf(word)
            if frequency >= best_zipf:
                best, best_zipf = word, frequency
        return best


def compile(rule: Rule, vocabulary: Vocabulary) -> MaskedWordCheck:
    return MaskedWordCheck(rule, vocabulary)
