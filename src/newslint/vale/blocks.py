"""The blocks Vale lints, each with its scope (vale.sh/docs "Scoping").

Vale reads Markdown and HTML as a sequence of blocks: a heading (`text.heading.h2`), a list item
(`text.list`), a table cell (`text.table.cell`), a block quote's first paragraph
(`text.blockquote`), image alt text (`text.attr.alt`), and prose paragraphs, which it lints as a
whole (`text`), by paragraph (`paragraph`) and by sentence (`sentence`). The whole source is one
`raw` block and its prose (paragraphs, list items, quotes) one `summary`. Plain text is one
prose block, with no summary.

Offsets are offsets in the document; a block's text is the document's prose view (markup
blanked) between them, so a finding's offset is its place in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newslint.document import Document, split_sentences

EXTENSIONS = {"markdown": "md", "html": "html", "plain": "txt"}


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    scope: tuple[str, ...]
    parent: tuple[str, ...]
    raw: bool = False  # the text is the source itself, not the prose view


@dataclass(frozen=True)
class Needs:
    """Which optional block kinds some loaded rule asks for (Vale splits only then)."""

    paragraphs: bool = False
    sentences: bool = False


@dataclass(frozen=True)
class Skips:
    """What the configuration leaves out: block tags (SkippedScopes), elements by class
    (IgnoredClasses) and inline tags whose text becomes `*`s (IgnoredScopes)."""

    tags: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    inline: frozenset[str] = frozenset()


@dataclass
class Layout:
    blocks: list[Block] = field(default_factory=list)
    starred: list[tuple[int, int]] = field(default_factory=list)  # read as `*`s, like code
    dropped: list[tuple[int, int]] = field(default_factory=list)  # markup Vale never sees


def document_layout(doc: Document, needs: Needs, skips: Skips) -> Layout:
    ext = EXTENSIONS.get(doc.markup, "txt")
    if doc.markup == "markdown":
        from newslint.vale.markdown_blocks import markdown_layout

        layout = markdown_layout(doc, needs, ext, skips)
    elif doc.markup == "html":
        from newslint.vale.html_blocks import html_blocks

        layout = Layout(list(html_blocks(doc, needs, ext, skips)))
    else:
        layout = Layout(prose_blocks(doc, trimmed(doc.text, 0, len(doc.text)), needs, ext))
    if doc.markup != "plain":  # Vale sums up markup only; plain text has no summary
        layout.blocks.append(Block(0, len(doc.text), ("summary", ext), ("summary", ext)))
    layout.blocks.append(Block(0, len(doc.original), ("raw", ext), ("raw", ext), raw=True))
    return layout


def in_summary(block: Block) -> bool:
    """Vale's summary: prose paragraphs, list items and block quotes (not headings or tables)."""
    return block.scope[0] == "text" and (
        len(block.scope) == 2 or block.scope[1] in ("list", "blockquote")
    )


def block_counts(blocks: list[Block]) -> dict[str, float]:
    """How many blocks of each scope (`heading_h2`, `list`...), the counts metric formulas use."""
    counts: dict[str, float] = {}
    for block in blocks:
        if block.scope[0] == "text" and len(block.scope) > 2 and block.scope[1] != "attr":
            key = "_".join(block.scope[1:-1])
            counts[key] = counts.get(key, 0.0) + 1
    return counts


def prose_blocks(doc: Document, span: tuple[int, int], needs: Needs, ext: str) -> list[Block]:
    """A prose block as Vale lints it: by paragraph and sentence if asked, then whole."""
    start, end = span
    blocks = []
    if needs.paragraphs:
        for match in regex.finditer(r"(?:[^\n]|\n(?!\n))+", doc.text[start:end]):
            blocks.append(make_block(start + match.start(), start + match.end(), "paragraph", ext))
    if needs.sentences:
        for part in regex.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", doc.text[start:end]):
            for sentence in split_sentences(doc.text, start + part.start(), start + part.end()):
                blocks.append(make_block(sentence.start, sentence.end, "sentence", ext))
    blocks.append(make_block(start, end, "text", ext))
    return blocks


def make_block(start: int, end: int, scope: str, ext: str) -> Block:
    parts = (*scope.split("."), ext)
    return Block(start, end, parts, parts)


def trimmed_markup(doc: Document, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding space and markup, but keeping inline code (which Vale
    reads as `*`s) at either end."""
    spans = [s for s in doc.masked if s[1] > start and s[0] < end and doc.original[s[0]] != "`"]
    moved = True
    while moved and start < end:
        moved = False
        while start < end and doc.original[start].isspace():
            start, moved = start + 1, True
        for span_start, span_end in spans:
            if span_start <= start < span_end:
                start, moved = span_end, True
    moved = True
    while moved and end > start:
        moved = False
        while end > start and doc.original[end - 1].isspace():
            end, moved = end - 1, True
        for span_start, span_end in spans:
            if span_start < end <= span_end:
                end, moved = span_start, True
    return start, max(start, end)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
