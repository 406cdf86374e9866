"""`lexicon` with `detect: hyphen-break` (a line-end hyphen left inside a word: "infor- mation",
"govern-\\nment", or read as a full stop: "pri. soners") and `detect: split-word` (a word broken by
a space into fragments: "cou nterpart"): a word cut in two, by a printed line's end or by a lost
letter's space."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import regex

from newslint import cased_lexicon
from newslint.checks.glue_split import non_word_half
from newslint.checks.lexicon_check import LexiconCheck
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import is_function_word
from newslint.regex_store import compile_pattern
from newslint.tokens import Run

# The hyphen of a printed line break, or the sign "¬" that OCR engines (ABBYY's, in the
# full texts of digitised books and papers) write for it; a text view that sets its printed
# lines a blank line apart puts one inside the break too ("per-\n\niod").
_HYPHEN_BREAK = compile_pattern(
    r"(?<![\p{L}-])(?P<left>\p{L}+)[-¬](?P<gap>[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?P<right>\p{Ll}+)\b"
)
# The same break with a speck read between the pieces: a scanner reading the column's margin or a
# smudge at the line's end or start writes a character or two there ("Wednes- a day", "meth- H
# ods", "examina- o- tion", "any- 0 thing"). The OCR'd BLN600 articles and the 1911 archive page
# hold some thirty; print never sets a word's halves apart so, and a suspended hyphen ("pre- or
# post-war") leaves halves that join into no word.
_HYPHEN_BREAK_SPECK = compile_pattern(
    r"(?<![\p{L}-])(?P<left>\p{L}+)[-¬](?:[ \t]+|[ \t]*\n[ \t]*)(?P<speck>[^\s]{1,2})"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<right>\p{Ll}+)\b"
)
# The break's hyphen read as a full stop ("pri. soners", "addi. tional", "state. ment"): a
# lower-case piece, a full stop, a space or line end and a lower-case piece (not after a full stop
# or an apostrophe: "e.g. ment", "u.s. army" are abbreviations).
_STOP_BREAK = compile_pattern(
    r"(?<![\p{L}\p{N}.'’-])(?P<left>\p{Ll}+)\.(?:[ \t]+|[ \t]*\n[ \t]*)(?P<right>\p{Ll}+)\b(?![-'’])"
)
# The join a full stop's break needs: a common word, as in no sentence's end and next word by
# chance ("web. site" joins into "website", but both pieces are words).
STOP_JOIN_MIN_ZIPF = 3.0
# Where a `_HYPHEN_BREAK` can start: the letters before a hyphen that a space or line end follows.
_BREAK_HYPHEN = compile_pattern(r"(?<=\p{L})[-¬][ \t\n]")
_LETTERS_BEFORE = compile_pattern(r"\p{L}+", regex.REVERSE)
_CAPITALISABLE = compile_pattern(r"\p{L}\p{Ll}*")
_LOWER_CASE = compile_pattern(r"\p{Ll}+")


def hyphen_breaks(
    text: str, pattern: regex.Pattern[str] | None = None
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)` (`_HYPHEN_BREAK` unless `_HYPHEN_BREAK_SPECK` is given), tried
    only where a match can start: its left word is the whole run of letters before a hyphen that
    a space, tab or line end follows. Its letters lead, so the regex module tried it at every
    letter of the text (0.23 s a megabyte)."""
    pattern = pattern or _HYPHEN_BREAK
    searched = 0  # where the last match ended: finditer's matches do not overlap
    for hyphen in _BREAK_HYPHEN.finditer(text):
        start = _LETTERS_BEFORE.match(text, 0, hyphen.start()).start()  # type: ignore[union-attr]
        match = pattern.match(text, start) if start >= searched else None
        if match is not None:
            yield match
            searched = match.end()


class HyphenBreakCheck(LexiconCheck):
    """A line-end hyphen inside a word English uses; unsafe to join when both halves are words."""

    def run(self, doc: Document) -> Iterator[Finding]:
        reported: set[int] = set()
        for match in hyphen_breaks(doc.text):
            left, right = match.group("left"), match.group("right")
            joined = left + right
            if self.zipf(joined) < self.min_zipf or is_function_word(right):
                continue
            both_words = self.zipf(left) >= self.min_zipf and self.zipf(right) >= self.min_zipf
            reported.add(match.start())
            yield self._report(
                match.start(), match.end(), match.group(), joined, safe=not both_words
            )
        yield from self._specked(doc.text, reported)
        yield from self._stopped(doc.text)

    def _specked(self, text: str, reported: set[int]) -> Iterator[Finding]:
        """A break with a speck between its pieces, where the pieces join into a word (and do not
        with the speck). The speck may have been a mark the page printed (a footnote's, a dash),
        so the join is only offered."""
        for match in hyphen_breaks(text, _HYPHEN_BREAK_SPECK):
            left, right = match.group("left"), match.group("right")
            if match.start() in reported or is_function_word(right):
                continue
            if self.zipf(left + right) < self.min_zipf or self.zipf(
                left + match.group("speck") + right
            ):
                continue
            yield self._report(match.start(), match.end(), match.group(), left + right, safe=False)

    def _stopped(self, text: str) -> Iterator[Finding]:
        """A break whose hyphen the scanner read as a full stop, where the pieces join into a
        common word and one of them is no word the dictionary has ("state. ment"): a sentence's
        end and the next's first word, both words, are left to the sentence rules. The stop may
        have been printed, so the join is only offered."""
        if "." not in text:
            return
        known = cased_lexicon.english().has
        for match in _STOP_BREAK.finditer(text):
            left, right = match.group("left"), match.group("right")
            if self.zipf(left + right) < STOP_JOIN_MIN_ZIPF or is_function_word(right):
                continue
            if known(left) and known(right):
                continue
            yield self._report(match.start(), match.end(), match.group(), left + right, safe=False)


class SplitWordCheck(LexiconCheck):
    """Two tokens one space (or line break) apart, one of them a fragment, that join into a
    commoner word."""

    def run(self, doc: Document) -> Iterator[Finding]:
        # Only pairs with a fragment can be split words: find those fragments first, then walk the
        # document's tokens once for a fragment beside another token, one space apart.
        zipfs = doc.zipfs(self.vocabulary)
        fragments = {
            w
            for w in doc.word_counts
            if w.islower()
            and (w in self.tuning.suffixes or zipfs[w] < self.tuning.weak_fragment_max_zipf)
        }
        if not fragments:
            return
        text = doc.text
        for left, right in _spaced_pairs(text, doc.runs, fragments):
            joined = left.text + right.text
            if len(joined) < 6 or not self._is_split(left.text, right.text, joined):
                continue
            if (is_function_word(left.text) or is_function_word(right.text)) and not non_word_half(
                self.zipf, left.text, right.text
            ):
                continue
            yield self._report(left.start, right.end, text[left.start : right.end], joined)

    def _is_split(self, left: str, right: str, joined: str) -> bool:
        """Whether "left right" is one word broken by a space rather than two words."""
        weakest, common = min(self.zipf(left), self.zipf(right)), self.zipf(joined)
        if weakest == 0:  # half of it is no word at all ("nonprolifera tion")
            return common >= self.tuning.non_word_join_min_zipf
        if right in self.tuning.suffixes or weakest < self.tuning.fragment_max_zipf:
            return common >= self.min_zipf
        # Two uncommon words that make a much commoner one ("mig rants").
        return (
            common >= self.tuning.common_join_min_zipf
            and common >= max(self.zipf(left), self.zipf(right)) + 0.5
        )


def _spaced_pairs(text: str, runs: list[Run], fragments: set[str]) -> Iterator[tuple[Run, Run]]:
    """(left, right) token pairs one space apart where one is a fragment: a capitalisable word and
    a fragment, else a fragment and a lower-case word; neither glued to an apostrophe or hyphen,
    the left one not after a full stop (a web address or abbreviation). A single line break
    counts as the space: a scanner that drops a line-end hyphen leaves "lec\nture", and a
    hard-wrapped column of clean OCR shuts the scanned-page gate `ocr.cut-word` waits for."""
    for left, right in pairwise(runs):
        if right.start != left.end + 1 or text[left.end] not in " \n":
            continue
        if left.text not in fragments and right.text not in fragments:
            continue
        before, after = text[left.start - 1 : left.start], text[right.end : right.end + 1]
        if (before and before in "'’.-") or (after and after in "'’-"):
            continue
        if (right.text in fragments and _CAPITALISABLE.fullmatch(left.text)) or (
            left.text in fragments and _LOWER_CASE.fullmatch(right.text)
        ):
            yield left, right
