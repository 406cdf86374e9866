"""`spaced-apostrophe`: an apostrophe a conversion replaced with a space ("don t", "China s").

A step that writes a space for every character outside ASCII turns the curly apostrophe of a
contraction or a possessive into a space, and leaves its clitic as a one- or two-letter word of
its own: "we don t agree", "they re waiting", "the council s plan". English writes none of those
clitics ("s", "t", "re", "ve", "ll", "m", "d") as a word; "t" only ever follows "n" in a
contraction. Reported when the two pieces, joined by an apostrophe, make a form English writes
(wordfreq's Zipf 3 for a contraction, 2.5 for a possessive: "council's" 3.4, "letter's" 2.2); a
capitalised word of three letters or more before a lone "s" is a name's possessive
("Zelensky s office") however rare the name. `encoding.stripped-apostrophe` reads pages whose
apostrophes were deleted outright ("dont", "Chinas").
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.necessary import Necessary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

# A word, one space, then a clitic standing as a word of its own before a space, a mark or the
# end. Not after a figure, a dot or a hyphen ("5 s", "U.S. s", "co- s"): units and cut words.
_SPLIT = compile_pattern(
    r"(?<![\p{L}\p{N}.'’-])(?P<word>\p{L}+) (?P<clitic>s|t|re|ve|ll|m|d)"
    r"(?=[ \t\n.,;:!?)”\"’]|$)"
)
MIN_CONTRACTION_ZIPF = 3.0  # "don't" 6.2, "she'd" 4.2, "this'll" 2.9 (no)
MIN_POSSESSIVE_ZIPF = 2.5  # "council's" 3.4, "ministry's" 2.7, "letter's" 2.2 (no)
MIN_NAME_LETTERS = 3


class SpacedApostropheCheck(Check):
    LINE_LOCAL = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def necessary(self) -> Necessary:
        """Every finding is a match of `_SPLIT`: a page without one is passed over by the gate
        (RE2, with the other checks' patterns), where the `regex` scan read every word."""
        return Necessary(matches=(_SPLIT,))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for split in _SPLIT.finditer(text):
            word, clitic = split.group("word"), split.group("clitic")
            if not self._joined_form(word, clitic):
                continue
            form = f"{word}’{clitic}"
            message = render(self.rule.message, match=split.group(), fix=form)
            yield finding(self.rule, split.start(), split.end(), message, suggestions=[form])

    def _joined_form(self, word: str, clitic: str) -> bool:
        """Whether `word` and `clitic` joined by an apostrophe make a form English writes."""
        form = f"{word}'{clitic}"
        if clitic == "t":
            return word.endswith("n") and self.zipf(form) >= MIN_CONTRACTION_ZIPF
        if clitic != "s":
            return self.zipf(form) >= MIN_CONTRACTION_ZIPF
        if len(word) < 2:
            return False  # "a s", "x s": letters named, not words
        if word[0].isupper() and len(word) >= MIN_NAME_LETTERS and word[1:].islower():
            return True
        return self.zipf(form) >= MIN_POSSESSIVE_ZIPF


def compile(rule: Rule, vocabulary: Vocabulary) -> SpacedApostropheCheck:
    return SpacedApostropheCheck(rule, vocabulary)
