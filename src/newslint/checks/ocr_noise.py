"""`ocr-noise`: word-level misreadings, reported only in documents that look scanned.

A token such as "tliat", "2oth", "th^" or a lone "," between words is proof of nothing in one
article (a typo, a product code, a careless space) but is almost always OCR damage in a document
where such tokens are frequent. The gate is `newslint.signals.ocr_signal`: the share of a
document's tokens that look like scanning damage. Keys:
- `detect`: `non-word` (words no English dictionary has: "tliat", "Korelgn"), `garbled` (digits
  or symbols inside a word: "wi1l", "th^"), `lone-mark` (punctuation standing alone between
  words), `misread-word` (a rare word one scanner confusion away from a very common one: "tbe",
  "tho", "arc" for "the", "the", "are");
- `min_ocr_share` (default 0.015): the share of damaged-looking tokens from which a document is
  taken as OCR output;
- `min_ocr_marks` (default 3): and at least this many of them.
A name the document repeats, a word in the user's vocabulary, and anything inside a web address
are never reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import FUNCTION_WORDS, Vocabulary, is_function_word
from newslint.rules import Rule
from newslint.signals import (
    TOKEN,
    Zipf,
    damage_kind,
    document_marks,
    misread_of,
    ocr_signal,
    strip_edges,
)

OPTIONS = {
    "detect": Option(
        (str,),
        required=True,
        choices=("non-word", "garbled", "lone-mark", "misread-word", "split-word", "capital"),
    ),
    "min_ocr_share": Option((float, int), default=0.015, doc="share of damaged tokens (gate)"),
    "min_ocr_marks": Option((int,), default=3, doc="fewest damaged tokens (gate)"),
}

_CAPITALISED_WORD = regex.compile(r"\p{Lu}\p{L}*(?:['’]\p{L}+)?")
_CAMEL_OR_CAPS_NAME = regex.compile(r"(?:Mc|Mac|O['’]|D['’]|De|La|Le|Van|Von)\p{Lu}\p{Ll}+")


# Two tokens with a space, a line end or a hyphen and space between them.
_ADJACENT_PAIR = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<left>\p{L}+)(?P<gap>[-—](?:[ \t]+|[ \t]*\n\s*)|[ \t]*\n[ \t]*|[ \t])(?P<right>\p{L}+)(?![\p{L}\p{N}'’-])"
)
SPLIT_JOIN_ZIPF = 3.0
SPLIT_FRAGMENT_ZIPF = 2.5
_CAPITAL_BETWEEN = regex.compile(
    r"(?<=(?<!\p{L})\p{Ll}+[ \t]+)(?P<word>\p{Lu}\p{Ll}+)(?=[ \t]+\p{Ll})"
)
CLOSED_CLASS = (
    FUNCTION_WORDS
    | frozenset(
        "itself himself herself themselves ourselves yourself myself into upon unto whether".split()
    )
) - {"may", "will", "can", "no"}  # May the month, Will the name, No. the number


class OcrNoiseCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.detect = rule.option("detect")
        self.min_share = float(rule.option("min_ocr_share"))
        self.min_marks = int(rule.option("min_ocr_marks"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not ocr_signal(text, self.zipf).looks_scanned(self.min_share, self.min_marks):
            return
        if self.detect == "misread-word":
            yield from self._misread_words(doc)
        elif self.detect == "non-word":
            yield from self._non_words(doc)
        elif self.detect == "split-word":
            yield from self._split_words(text)
        elif self.detect == "capital":
            yield from self._capitals(text)
        else:
            kinds = (
                ("lone-mark",)
                if self.detect == "lone-mark"
                else ("digit-in-word", "symbol-in-word")
            )
            for mark in document_marks(text, self.zipf):
                if mark.kind in kinds:
                    found = text[mark.start : mark.end]
                    yield finding(
                        self.rule, mark.start, mark.end, render(self.rule.message, match=found)
                    )

    def _non_words(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        counts = Counter(strip_edges(m.group()) for m in TOKEN.finditer(text))
        for match in TOKEN.finditer(text):
            core = strip_edges(match.group())
            if not core or not _is_non_word(core, counts, self.zipf):
                continue
            start = match.start() + match.group().find(core)
            yield finding(
                self.rule, start, start + len(core), render(self.rule.message, match=core)
            )

    def _misread_words(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in TOKEN.finditer(text):
            core = strip_edges(match.group())
            if not core.isalpha() or not core.islower():
                continue
            intended = misread_of(core, self.zipf)
            if intended:
                start = match.start() + match.group().find(core)
                message = render(self.rule.message, match=core, fix=intended)
                yield finding(self.rule, start, start + len(core), message, suggestions=[intended])

    def _split_words(self, text: str) -> Iterator[Finding]:
        """ "his\ntory", "CONDI- TION", "oth er": a word cut by a line end or a space."""
        for match in _ADJACENT_PAIR.finditer(text, overlapped=True):
            left, gap, right = match.group("left", "gap", "right")
            if not _is_cut_word(left, gap, right, self.zipf):
                continue
            fix = left + right
            message = render(self.rule.message, match=match.group(), fix=fix)
            yield finding(self.rule, match.start(), match.end(), message, suggestions=[fix])

    def _capitals(self, text: str) -> Iterator[Finding]:
        """ "to further Insure Itself against", "competition In the": a capital the page did not
        have, on a closed-class word between lower-case words."""
        for match in _CAPITAL_BETWEEN.finditer(text):
            word = match.group("word")
            if word.lower() not in CLOSED_CLASS:
                continue
            message = render(self.rule.message, match=word, fix=word.lower())
            yield finding(
                self.rule, match.start("word"), match.end("word"), message,
                suggestions=[word.lower()],
            )  # fmt: skip


def _is_cut_word(left: str, gap: str, right: str, zipf: Zipf) -> bool:
    joined = (left + right).casefold()
    common = zipf(joined)
    if common < SPLIT_JOIN_ZIPF or len(joined) < 5:
        return False
    parts = (zipf(left), zipf(right))
    if "-" in gap or "—" in gap:  # the hyphen says it was one word
        return True
    if is_function_word(left) and is_function_word(right):
        return False
    if "\n" in gap:  # a line end: the two readings are equally likely unless the join is common
        return common >= min(parts) - 0.5
    lone_letter = any(len(part) == 1 and part not in "aAI" for part in (left, right))
    return min(parts) < SPLIT_FRAGMENT_ZIPF or lone_letter


def _is_non_word(core: str, counts: Counter[str], zipf: Zipf) -> bool:
    """A word no English list has, which the document does not establish as a name."""
    if damage_kind(core, core, zipf) == "non-word":
        return core.isascii()
    if not core.isascii():
        return False  # "Hässelby", "drogpåverkad": a foreign word, not a misreading
    if not _CAPITALISED_WORD.fullmatch(core) or zipf(core) > 0 or counts[core] > 1:
        return False
    if core.isupper() and len(core) <= 4:
        return False  # an initialism: NATO, OPEC, ICJ
    return not _CAMEL_OR_CAPS_NAME.fullmatch(core)


def compile(rule: Rule, vocabulary: Vocabulary) -> OcrNoiseCheck:
    return OcrNoiseCheck(rule, vocabulary)
