"""A very large plain-text document is checked a window at a time: memory then follows a
window, not the document (`Linter.lint`, and `scan`'s workers for a long record)."""

from __future__ import annotations

from newslint.document import Document, Span

# Plain text over twice this many characters is checked in windows of about this size.
WINDOW_CHARS = 1_000_000


def windows(text: str) -> list[Span]:
    """Consecutive spans of about WINDOW_CHARS, cut after a paragraph break, else a line, else a space."""
    spans = []
    start = 0
    while len(text) - start > WINDOW_CHARS * 3 // 2:
        spans.append(Span(start, _cut(text, start + WINDOW_CHARS)))
        start = spans[-1].end
    spans.append(Span(start, len(text)))
    return spans


def _cut(text: str, target: int) -> int:
    limit = target + WINDOW_CHARS // 2
    for separator in ("\n\n", "\n", " "):
        found = text.find(separator, target, limit)
        if found >= 0:
            return found + len(separator)
    return target


def is_windowed(doc: Document) -> bool:
    """Whether `doc` is linted a window at a time (plain text over twice `WINDOW_CHARS`)."""
    return doc.markup == "plain" and is_long(doc.text)


def is_long(text: str) -> bool:
    """Whether `text` is long enough to be checked in windows, were it plain text."""
    return len(text) > 2 * WINDOW_CHARS
