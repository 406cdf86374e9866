"""`folio-line`: a page number left as a paragraph of its own between two paragraphs of prose.

A scanned or PDF page's folio ("7", "5.", "XIV") survives extraction as a line by itself, with
the page's text on both sides. Where the paragraph before ends a sentence, `ocr.page-number`
cannot tell it from a section number, so the document decides: numbered sections and list items
come in runs ("1", "2", "3"), a folio stands alone. A number is reported when no other number
paragraph of the document is one more or one less than it, it stands between a paragraph that
ends a sentence and one that starts with a capital, and it is not the first of anything ("1", "I").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, Option] = {}

_NUMBER_PARAGRAPH = compile_pattern(
    r"(?=[\dIVXLC])(?<=[.!?:”\"’)][ \t]*\n[ \t]*\n[ \t]*)(?P<number>\d{1,4}|[IVXLC]{1,7})\.?[ \t]*(?=\n[ \t]*\n[ \t]*[“\"‘]?\p{Lu})"
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _value(number: str) -> int | None:
    if number.isdigit():
        return int(number)
    values = [_ROMAN[c] for c in number]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if total > 0 else None


class FolioLineCheck(Check):
    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [_NUMBER_PARAGRAPH]  # every finding is one of its matches

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        matches = list(_NUMBER_PARAGRAPH.finditer(text))
        values = [_value(m.group("number")) for m in matches]
        present = {v for v in values if v is not None}
        for match, value in zip(matches, values, strict=True):
            if value is None or value <= 1 or value - 1 in present or value + 1 in present:
                continue
            number = match.group().strip()
            yield finding(
                self.rule, match.start(), match.end(), render(self.rule.message, match=number)
            )


def compile(rule: Rule) -> FolioLineCheck:
    return FolioLineCheck(rule)
