"""`quotes`: quotation marks and brackets that face the wrong way or are never closed.

Keys: `detect` (direction | balance | brackets). Quotation marks are followed paragraph by
paragraph; a quotation that runs on into the next paragraph (which then opens with a quotation
mark, the usual convention) is not unbalanced. Straight double quotes are paired by position.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.checks import Option, finding
from newslint.document import Document, Span
from newslint.finding import Finding

OPTIONS = {"detect": Option((str,), required=True, choices=("direction", "balance", "brackets"))}

# “ with nothing to open (space or paragraph end after it), or ” with nothing before it to close.
_OPENER_CLOSING = regex.compile(
    r"(?<=\S)(?P<space>[ \t]?)“(?=[ \t]*(?:\n|$)|[ \t]+\S)|(?<=\p{P})(?P<space> )“(?=\s|$)"
)
_CLOSER_OPENING = regex.compile(r"(?:(?<=^|[ \t(\[])”(?=\p{L}))")
_QUOTE = regex.compile(r"[“”\"]")
_BRACKET = regex.compile(r"[()\[\]]")
_BRACKET_PAIRS = {")": "(", "]": "["}
_ENUMERATOR = regex.compile(r"(?:^|\s)(?:\p{L}|\d{1,2})\)$")


class QuotesCheck:
    def __init__(self, rule: Any):
        self.rule = rule
        self.detect = rule.option("detect")

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.detect == "direction":
            yield from self._direction(doc)
            return
        paragraphs = doc.paragraphs
        flipped = _misdirected(doc.text) if self.detect == "balance" else set()
        for index, paragraph in enumerate(paragraphs):
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if self.detect == "balance":
                yield from self._balance(doc.text, paragraph, following, flipped)
            else:
                yield from self._brackets(doc.text, paragraph)

    def _direction(self, doc: Document) -> Iterator[Finding]:
        for match in _OPENER_CLOSING.finditer(doc.text):
            yield finding(self.rule, match.start(), match.end(), fix="”", suggestions=["”"])
        for match in _CLOSER_OPENING.finditer(doc.text):
            yield finding(self.rule, match.start(), match.end(), fix="“", suggestions=["“"])

    def _balance(
        self, text: str, paragraph: Span, following: Span | None, flipped: set[int]
    ) -> Iterator[Finding]:
        open_at: int | None = None
        for match in _QUOTE.finditer(text, paragraph.start, paragraph.end):
            at = match.start()
            if _opens(text, at, open_at is not None, flipped):
                if open_at is not None:
                    yield self._unclosed(open_at)
                open_at = at
            elif open_at is None:
                yield finding(
                    self.rule,
                    at,
                    at + 1,
                    "Closing quotation mark with no opening one",
                    suggestions=["delete it"],
                )
            else:
                open_at = None
        if open_at is not None and not _continues(text, following):
            yield self._unclosed(open_at)

    def _unclosed(self, at: int) -> Finding:
        return finding(
            self.rule,
            at,
            at + 1,
            "Quotation opened here is never closed in this paragraph",
            suggestions=["close the quotation", "delete it"],
        )

    def _brackets(self, text: str, paragraph: Span) -> Iterator[Finding]:
        stack: list[tuple[str, int]] = []
        for match in _BRACKET.finditer(text[paragraph.start : paragraph.end]):
            char, at = match.group(), paragraph.start + match.start()
            if char in "([":
                stack.append((char, at))
            elif stack and stack[-1][0] == _BRACKET_PAIRS[char]:
                stack.pop()
            elif not _ENUMERATOR.search(text, max(0, at - 4), at + 1):
                yield finding(
                    self.rule, at, at + 1, f"“{char}” closes nothing", suggestions=["delete it"]
                )
        for char, at in stack:
            yield finding(
                self.rule,
                at,
                at + 1,
                f"“{char}” is never closed in this paragraph",
                suggestions=["close it", "delete it"],
            )


def _misdirected(text: str) -> set[int]:
    """Positions of curly quotes whose role is the opposite of their shape (reported by `direction`)."""
    closers = {m.end() - 1 for m in _OPENER_CLOSING.finditer(text)}
    return closers | {m.start() for m in _CLOSER_OPENING.finditer(text)}


def _opens(text: str, at: int, inside: bool, flipped: set[int]) -> bool:
    """Whether the quotation mark at `at` opens a quotation (curly marks say; straight ones by position)."""
    char = text[at]
    if char != '"':
        return (char == "“") != (at in flipped)
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return True
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not inside


def _continues(text: str, following: Span | None) -> bool:
    """A quotation may run into the next paragraph, which then re-opens with a quotation mark."""
    return following is not None and text[following.start] in '“"'


def compile(rule: Any) -> QuotesCheck:
    return QuotesCheck(rule)
