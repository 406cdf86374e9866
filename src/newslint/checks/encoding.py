"""`encoding`: text damaged by a wrong decode (mojibake) or by look-alike letters from other scripts.

Keys: `detect` (mojibake | mixed-script). Mojibake is repaired with ftfy's `fix_encoding`, which
only undoes encoding mistakes and leaves legitimate accented text alone. A Latin word with Cyrillic
or Greek look-alike letters inside is repaired letter by letter.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

import regex

from newslint.checks import Option, finding, render
from newslint.document import Document
from newslint.finding import Finding

OPTIONS = {"detect": Option((str,), required=True, choices=("mojibake", "mixed-script"))}

# A UTF-8 lead byte read as cp1252/Latin-1 (Â-ô) followed by a continuation byte read the same way.
_MOJIBAKE_HINT = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_FOREIGN_LETTER = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_TOKEN_AROUND = regex.compile(r"\S+")
_MIXED_WORD = regex.compile(
    r"(?=[\p{L}\p{M}]*\p{Latin})(?=[\p{L}\p{M}]*[\p{Cyrillic}\p{Greek}])[\p{L}\p{M}]+"
)
# Cyrillic and Greek letters that look like Latin ones.
HOMOGLYPHS = dict(
    zip(
        "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅУԜαορτυνικχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
        "aeopcyxijsdhlqwABEKMHOPCTXIJSYWaoptuvikxABEHIKMNOPTYXZ",
        strict=True,
    )
)


class EncodingCheck:
    def __init__(self, rule: Any):
        self.rule = rule
        self.detect = rule.option("detect")

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.detect == "mojibake":
            yield from self._mojibake(doc.text)
        else:
            yield from self._mixed_script(doc.text)

    def _mojibake(self, text: str) -> Iterator[Finding]:
        done_until = 0
        for hint in _MOJIBAKE_HINT.finditer(text):
            if hint.start() < done_until:
                continue
            from ftfy import fix_encoding  # only when something looks like mojibake

            token = _token_at(text, hint.start())
            repaired = fix_encoding(text[token[0] : token[1]])
            done_until = token[1]
            if repaired == text[token[0] : token[1]]:
                continue
            yield from self._diff_findings(text, token[0], repaired)

    def _diff_findings(self, text: str, offset: int, repaired: str) -> Iterator[Finding]:
        original = text[offset : offset + _token_length(text, offset)]
        matcher = difflib.SequenceMatcher(None, original, repaired, autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag == "equal":
                continue
            start, end, fix = offset + a0, offset + a1, repaired[b0:b1]
            message = render(self.rule.message, match=text[start:end], fix=fix)
            yield finding(self.rule, start, end, message, fix=fix, suggestions=[fix])

    def _mixed_script(self, text: str) -> Iterator[Finding]:
        if not _FOREIGN_LETTER.search(text):
            return
        for match in _MIXED_WORD.finditer(text):
            word = match.group()
            foreign = [c for c in word if regex.match(r"[\p{Cyrillic}\p{Greek}]", c)]
            if len(foreign) * 2 >= len(word) or not all(c in HOMOGLYPHS for c in foreign):
                continue
            fixed = "".join(HOMOGLYPHS.get(c, c) for c in word)
            message = render(
                self.rule.message, match=word, fix=fixed, letters=", ".join(sorted(set(foreign)))
            )
            yield finding(
                self.rule, match.start(), match.end(), message, fix=fixed, suggestions=[fixed]
            )


def _token_at(text: str, index: int) -> tuple[int, int]:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start, start + _token_length(text, start)


def _token_length(text: str, start: int) -> int:
    match = _TOKEN_AROUND.match(text, start)
    return match.end() - start if match else 0


def compile(rule: Any) -> EncodingCheck:
    return EncodingCheck(rule)
