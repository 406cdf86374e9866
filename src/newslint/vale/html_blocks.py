"""HTML blocks as Vale walks them: text gathered until a block-level tag closes, scoped by the
tags seen since the last block (`li` a list item, `th` a table header, `h2` a heading...).
Text inside skipped tags (`script`, `style`, `pre`, `figure`, `noscript`, `iframe`, or the
configuration's `SkippedScopes`) is not linted."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import regex

from newslint.document import Document
from newslint.vale.blocks import Block, Needs, Skips, prose_blocks

SKIPPED_TAGS = frozenset({"script", "style", "pre", "figure", "noscript", "iframe"})
INLINE_TAGS = frozenset({"b", "big", "i", "small", "abbr", "acronym", "cite", "dfn", "em", "kbd",
                         "strong", "a", "br", "img", "span", "sub", "sup", "code", "tt", "del"})  # fmt: skip
_SCOPE_OF_TAG = {"th": "text.table.header", "td": "text.table.cell", "li": "text.list",
                 "blockquote": "text.blockquote", "caption": "text.table.caption",
                 "figcaption": "text.figure.caption"}  # fmt: skip
IGNORED_CLASSES = frozenset({"problematic", "pre", "code"})
IGNORED_INLINE = frozenset({"tt", "code", "kbd"})
_ALT = regex.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", regex.DOTALL)
_HEADINGS = {f"h{n}" for n in range(1, 7)}


class _Walker(HTMLParser):
    def __init__(self, doc: Document, skips: Skips, base: int):
        super().__init__(convert_charrefs=False)
        self.doc = doc
        self.base = base  # where the walked text starts in the document
        self.skipped = skips.tags or SKIPPED_TAGS
        self.classes = skips.classes | IGNORED_CLASSES
        self.inline = skips.inline or IGNORED_INLINE
        self.ignoring: list[str] = []  # open elements whose text is not linted
        self.lines = [0]
        self.depth_skipped = 0
        self.history: list[str] = []
        self.pending: list[tuple[int, int]] = []
        self.found: list[tuple[list[str], list[tuple[int, int]]]] = []
        self.alts: list[tuple[int, int]] = []

    def feed_text(self, text: str) -> None:
        self.lines += [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.feed(text)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.base + self.lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self._alt_text()
        classes = set(" ".join(v or "" for k, v in attrs if k == "class").split())
        if self.ignoring or classes & self.classes or (tag in INLINE_TAGS and tag in self.inline):
            if tag not in ("br", "img"):
                self.ignoring.append(tag)
            if tag in INLINE_TAGS:
                return
        if tag in self.skipped:
            self.depth_skipped += 1
        elif tag not in INLINE_TAGS:
            self.history.append(tag)

    def _alt_text(self) -> None:
        """An image's alt text is a block of its own (`text.attr.alt`)."""
        raw = self.get_starttag_text() or ""
        found = _ALT.search(raw)
        if found and found.group(2).strip():
            start = self._offset() + found.start(2)
            self.alts.append((start, start + len(found.group(2))))

    def handle_endtag(self, tag: str) -> None:
        if self.ignoring and self.ignoring[-1] == tag:
            self.ignoring.pop()
        if tag in self.skipped:
            self.depth_skipped = max(0, self.depth_skipped - 1)
            return
        if tag in INLINE_TAGS:
            return
        if self.pending:
            self.found.append((self.history, self.pending))
        self.history, self.pending = [], []

    def handle_data(self, data: str) -> None:
        if self.depth_skipped or self.ignoring or not data.strip():
            return
        start = self._offset()
        self.pending.append((start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._entity(len(name) + 2)

    def handle_charref(self, name: str) -> None:
        self._entity(len(name) + 3)

    def _entity(self, length: int) -> None:
        if not self.depth_skipped and not self.ignoring and self.pending:
            start = self._offset()
            self.pending.append((start, start + length))


def html_blocks(doc: Document, needs: Needs, ext: str, skips: Skips,
                span: tuple[int, int] | None = None) -> Iterator[Block]:  # fmt: skip
    """Blocks of an HTML document, or of the raw HTML block at `span` in a Markdown one."""
    start, end = span or (0, len(doc.original))
    walker = _Walker(doc, skips, start)
    walker.feed_text(doc.original[start:end])
    for first, last in walker.alts:
        yield Block(first, last, ("text", "attr", "alt"), ("text", "attr", "alt"), raw=True)
    for history, spans in walker.found:
        first, last = _trim(doc.original, spans[0][0], spans[-1][1])
        if last <= first:
            continue
        scope = next((_scope(tag) for tag in history if _scope(tag)), None)
        if scope:
            parts = (*scope.split("."), ext)
            yield Block(first, last, parts, parts, raw=span is not None)
        elif span is None:
            yield from prose_blocks(doc, (first, last), needs, ext)
        else:
            parts = ("text", ext)
            yield Block(first, last, parts, parts, raw=True)


def _scope(tag: str) -> str | None:
    return _SCOPE_OF_TAG.get(tag) or (f"text.heading.{tag}" if tag in _HEADINGS else None)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
