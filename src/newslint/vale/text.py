"""A block's text as Vale reads it: markup left out, inline code (and other ignored inline
scopes) as `*`s, with each character's offset in the document."""

from __future__ import annotations

import html

from newslint.document import Document
from newslint.vale.blocks import Block, Layout


def block_text(doc: Document, block: Block, layout: Layout) -> tuple[str, list[int]]:
    if block.raw:
        return doc.original[block.start : block.end], list(range(block.start, block.end))
    spans = _spans(doc, layout, block)
    if not spans:
        return doc.text[block.start : block.end], list(range(block.start, block.end))
    chars: list[str] = []
    offsets: list[int] = []
    index = block.start
    for start, end, starred in spans:
        if end <= index:
            continue
        if index < start:
            chars.append(doc.text[index:start])
            offsets.extend(range(index, start))
            index = start
        for at in range(index, min(end, block.end)):
            if doc.original[at] == "\n" or starred:
                chars.append("\n" if doc.original[at] == "\n" else "*")
                offsets.append(at)
        index = min(end, block.end)
    if index < block.end:
        chars.append(doc.text[index : block.end])
        offsets.extend(range(index, block.end))
    return "".join(chars), offsets


def _spans(doc: Document, layout: Layout, block: Block) -> list[tuple[int, int, bool]]:
    """Markup spans overlapping the block, in order: (start, end, read as `*`s)."""
    found = [(s, e, doc.original[s] == "`") for s, e in doc.masked]
    found += [(s, e, True) for s, e in layout.starred]
    found += [(s, e, False) for s, e in layout.dropped]
    return sorted(
        (max(s, block.start), min(e, block.end), starred)
        for s, e, starred in found
        if e > block.start and s < block.end
    )


def reported_start(doc: Document, block: Block, start: int, end: int, matched: str) -> int:
    """Where Vale reports a match that starts at `start`: Vale finds a match again in the source
    by its text, entities decoded and markup left out as it read them; when the source spells it
    otherwise (`&#160;`, `**`, code between its words) Vale falls back to the start of the line
    holding it, and so does newslint. A raw block is the source itself: always found."""
    if block.raw or doc.original[start:end] == html.unescape(matched):
        return start
    return doc.original.rfind("\n", 0, start) + 1
