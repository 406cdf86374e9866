"""`lost-letter`: one letter (or one ligature's letters) dropped everywhere on a page.

A broken pipeline can lose one character wherever it occurs: a font whose "x" has no Unicode
mapping, a filter that strips a byte, a PDF whose "fi" and "ffi" ligatures extract as nothing
("experience" becomes "eperience", "text" becomes "tet", "office" becomes "ofce"). Each damaged
word on its own looks like a typo; the page together does not. Two facts give the loss away:

- the string never occurs in the page's lower-case words, although a page of this length would
  use it (English writes "x" about once in 700 letters, "fi" once in 300);
- several different non-words of the page become common words when that same string is put
  back at one place in them, and no other explanation restores as many.

A typo, a name or a foreign word is restored by one string at most by chance; two different
words restored by the same string, absent where it was expected, are a page that lost it (on
every clean and real dev page without damage, no string restores two). Only that string's victims are
reported, with the restored word as the suggestion (no automatic fix: "tet" could be "Tet").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, pairwise

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, listed_at_least
from newslint.rules import Rule
from newslint.tokens import is_plain_ascii_word

OPTIONS: dict[str, object] = {}

# A word of ASCII letters, lower case or capitalised: the words a lost string is looked for in.
# The strings a pipeline drops: any letter, and the letters of the common ligature glyphs.
_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
# How often each string occurs per letter of English (wordfreq's English list, each word weighted
# by its frequency, rounded to two significant digits): a page is judged for a string only when
# it would have written it at least MIN_EXPECTED times, so its absence says something.
_RATE = {
    "e": 0.12, "t": 0.092, "a": 0.083, "o": 0.079, "i": 0.073, "n": 0.07, "s": 0.063,
    "r": 0.06, "h": 0.05, "l": 0.042, "d": 0.037, "c": 0.03, "u": 0.029, "m": 0.026,
    "f": 0.022, "g": 0.022, "y": 0.021, "p": 0.02, "w": 0.02, "b": 0.016, "v": 0.01,
    "k": 0.0089, "j": 0.0022, "x": 0.0019, "q": 0.00087, "z": 0.00086,
    "fi": 0.0022, "ff": 0.0011, "fl": 0.00045, "ffi": 0.00028, "ffl": 0.00001,
}  # fmt: skip
_LETTER_SHARE = 0.75  # of a page's characters that are letters, in running English prose
MIN_EXPECTED = 0.5  # occurrences the page would have had: fewer, and absence is no evidence
MIN_RESTORED_WORDS = 2  # different non-words the same string restores
LISTED_AFTER_FORMS = 1_000  # unknown forms on a page before the common words' set pays
COMMON_ZIPF = 3.0  # a restored word must be this common (a Zipf of 3: once per million words)


class LostLetterCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # Absence is read from the raw text (a substring test at C speed, and a letter in a name
        # or an address counts as present), so a page that writes every string costs no more.
        absent = [
            lost
            for lost, rate in _RATE.items()
            if rate * len(text) * _LETTER_SHARE >= MIN_EXPECTED and lost not in text
        ]
        if not absent:
            return
        # The document's distinct words are tokenised and looked up once for every check.
        zipfs = doc.zipfs(self.vocabulary)
        unknown = {
            word for word in doc.word_counts if is_plain_ascii_word(word) and zipfs[word] == 0
        }
        words = frozenset(unknown)
        # Every restored form is an unknown word or a pair holding one (`_pairs`): a page with
        # too few of them can restore too few, whatever string it lost (most pages end here).
        ligature_lost = any(lost in _LIGATURES for lost in absent)
        if len(words) < (1 if ligature_lost else MIN_RESTORED_WORDS):
            return
        if ligature_lost:
            unknown |= {pair for _, pair in _pairs(doc, words)}
        # Past some thousands of readings, a set of the list's common words rules most out faster
        # than a table lookup each; building it (0.05-0.1 s) would cost an article more.
        listed = listed_at_least(COMMON_ZIPF) if len(unknown) >= LISTED_AFTER_FORMS else None
        restorations = {lost: self._restorations(unknown, lost, listed) for lost in absent}
        lost, restored = max(restorations.items(), key=lambda item: len(item[1]))
        if len(restored) < MIN_RESTORED_WORDS:
            return
        forms = chain(((run.start, run.text) for run in doc.words), _pairs(doc, words))
        for start, form in forms:
            whole = restored.get(form)
            if whole is not None:
                message = render(self.rule.message, match=form, fix=whole, lost=lost)
                yield finding(self.rule, start, start + len(form), message, suggestions=[whole])

    def _restorations(
        self, unknown: set[str], lost: str, listed: frozenset[str] | None = None
    ) -> dict[str, str]:
        """The damaged forms that one insertion of `lost` makes common words, and those words."""
        found = {}
        for form in unknown:
            if len(form) >= self.vocabulary.longest:
                continue  # nothing known comes back, and every insertion costs its length
            gap = form.find(" ")
            readings = (
                [form[:gap] + lost + form[gap + 1 :]]
                if gap >= 0
                else [form[:i] + lost + form[i:] for i in range(len(form) + 1)]
            )
            if listed is not None and not any(self._may_be_common(r, listed) for r in readings):
                continue  # most forms: no reading is a listed word (a set lookup, not a table's)
            best = max(readings, key=self.zipf)
            if self.zipf(best) >= COMMON_ZIPF:
                found[form] = best
        return found

    def _may_be_common(self, reading: str, listed: frozenset[str]) -> bool:
        """False only where `zipf(reading) < COMMON_ZIPF` is certain: a word of ASCII letters
        that is no accepted word and not among the list's words that common."""
        if not (reading.isascii() and reading.isalpha()):
            return True
        if self.vocabulary.words and reading in self.vocabulary:
            return True
        return reading.lower() in listed


def _pairs(doc: Document, unknown: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Two plain words one space apart, one of them in `unknown`: where a ligature extracted as
    a space may have been ("signi cant")."""
    text = doc.text
    for first, second in pairwise(doc.words):
        if second.start != first.end + 1 or text[first.end] != " ":
            continue
        if (first.text in unknown or second.text in unknown) and (
            second.text.islower() and is_plain_ascii_word(first.text + second.text)
        ):
            yield first.start, f"{first.text} {second.text}"


def compile(rule: Rule, vocabulary: Vocabulary) -> LostLetterCheck:
    return LostLetterCheck(rule, vocabulary)
