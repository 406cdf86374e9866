"""`cut-apostrophe`: characters a pipeline dropped right after an apostrophe ("everyone’vorite").

A step that mishandles the bytes of a curly apostrophe can take the next few characters with it:
"everyone’s favorite" becomes "everyone’vorite", the clitic, the space and the start of the next
word lost together. What is left is one token of two lower-case pieces around an apostrophe,
which English writes only for a clitic ("don’t", "they’re") or a known form ("o’clock",
"rock’n’roll"). Reported when the token is no word (wordfreq's Zipf 0), the piece before the
apostrophe is a common English word and the piece after it is no word of English nor of the
languages whose elisions English copy quotes ("dell’arte", "quell’anno", "l’homme": the piece
after is an Italian or French word). Transliterations whose apostrophe marks a glottal stop
("Qur’an", "Shi’ite", "ali’i", "Sana’a") open with a capital, a short piece or no English word.
Which characters were lost is unknown, so there is no fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

# Two lower-case pieces of three letters or more around one apostrophe, a token of their own.
_CUT = compile_pattern(
    r"(?<![\p{L}\p{N}'’\-])(?P<head>\p{Ll}{3,})['’](?P<tail>\p{Ll}{3,})(?![\p{L}\p{N}'’\-])"
)
MIN_HEAD_ZIPF = 3.5  # the piece before is a common English word ("everyone" 5.5)
MAX_TAIL_ZIPF = 1.0  # the piece after is no word (rare forms and typos stay under 1)
# English and the languages whose elided forms English copy quotes ("dell’arte", "l’homme",
# "d’être"): a piece after the apostrophe that is a word of any of them is not a cut.
_TAIL_LANGUAGES = ("en", "fr", "it", "es", "pt", "de")
_APOSTROPHES = Needs("'’")


class CutApostropheCheck(Check):
    LINE_LOCAL = True  # each token is judged alone

    def feature_needs(self) -> Needs:
        return _APOSTROPHES

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for cut in _CUT.finditer(text):
            if self._is_cut(cut.group(), cut.group("head"), cut.group("tail")):
                message = render(self.rule.message, match=cut.group())
                yield finding(self.rule, cut.start(), cut.end(), message)

    def _is_cut(self, token: str, head: str, tail: str) -> bool:
        """Whether `token` is a common word, an apostrophe and a piece of no language."""
        if self.zipf(token) > 0 or self.zipf(head) < MIN_HEAD_ZIPF:
            return False
        return _tail_zipf(tail) < MAX_TAIL_ZIPF


@lru_cache(maxsize=4096)
def _tail_zipf(tail: str) -> float:
    """The piece's highest frequency in English and the elision languages."""
    from wordfreq import zipf_frequency  # only for a token that passed the English tests

    return max(zipf_frequency(tail, language) for language in _TAIL_LANGUAGES)


def compile(rule: Rule, vocabulary: Vocabulary) -> CutApostropheCheck:
    return CutApostropheCheck(rule, vocabulary)
