"""Markdown blocks as Vale sees them after rendering to HTML (vale.sh/docs "Scoping").

markdown-it-py gives the block structure with line ranges; the tags opened since the last block
closed give its scope, so only a block quote's first paragraph is `blockquote` and a loose list
item's paragraphs are `list`. Table cells are cut at their pipes; raw HTML blocks are walked as
HTML. Emphasis markers and angle-bracket link targets are markup Vale never sees; the inline
scopes the configuration ignores (`IgnoredScopes = strong, link`) read as `*`s.
"""

from __future__ import annotations

from typing import Any

import regex

from newslint.document import Document
from newslint.vale.blocks import (
    Block,
    Layout,
    Needs,
    Skips,
    make_block,
    prose_blocks,
    trimmed_markup,
)
from newslint.vale.html_blocks import IGNORED_CLASSES

_PIPE = regex.compile(r"(?<!\\)\|")
_SCOPE_OF_TAG = {"th": "text.table.header", "td": "text.table.cell", "li": "text.list",
                 "blockquote": "text.blockquote"}  # fmt: skip
_STRONG = regex.compile(r"(?<![*_\\])(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = regex.compile(r"(?<![*_\w\\])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
_LINK_TEXT = regex.compile(r"(?<![!\\])\[([^\]\n]+)\]\(")
_CLASSED_ELEMENT = regex.compile(r"<(\w+)[^<>]*?\bclass=[\"']([^\"']*)[\"'][^<>]*>(.*?)</\1>")
_ANGLE_TARGET = regex.compile(r"\]\(<[^>\n]*>[^)\n]*\)")
INLINE_NAMES = {"strong": _STRONG, "b": _STRONG, "em": _EMPHASIS, "i": _EMPHASIS,
                "a": _LINK_TEXT, "link": _LINK_TEXT}  # fmt: skip


def markdown_layout(doc: Document, needs: Needs, ext: str, skips: Skips) -> Layout:
    from markdown_it import MarkdownIt

    layout = Layout()
    lines = [0, *(m.end() for m in regex.finditer(r"\n", doc.text)), len(doc.text)]
    body = _body_start(doc)
    first_line = doc.text.count("\n", 0, body)
    tokens = MarkdownIt("commonmark").enable("table").parse(doc.original[body:])
    history: list[str] = []
    pending: list[tuple[int, int]] = []
    skipping = 0
    cell = 0
    for token in tokens:
        if token.tag in skips.tags and token.nesting:
            skipping += token.nesting
            continue
        if skipping:
            continue
        if token.type.endswith("_open") and not token.hidden:
            history.append(token.tag)
            cell = 0 if token.tag == "tr" else cell
        elif token.type == "inline" and token.map:
            span = _line_span(lines, token.map, first_line)
            if history and history[-1] in ("th", "td"):
                span = _cell_span(doc.text, span, cell)
                cell += 1
            pending.append(trimmed_markup(doc, *span))
            _inline_markup(doc, span, skips, layout)
            layout.blocks += _alt_blocks(doc, token, span)
        elif token.type == "html_block" and token.map:
            span = _line_span(lines, token.map, first_line)
            layout.blocks += _html_blocks(doc, span, ext, skips)
        elif token.type.endswith("_close") and not token.hidden:
            if pending:
                layout.blocks += _flush(doc, history, pending, needs, ext)
            history, pending = [], []
    return layout


def _flush(doc: Document, history: list[str], pending: list[tuple[int, int]], needs: Needs,
           ext: str) -> list[Block]:  # fmt: skip
    start, end = pending[0][0], pending[-1][1]
    if not doc.text[start:end].strip():
        return []
    for tag in history:
        if tag in _SCOPE_OF_TAG or regex.fullmatch(r"h[1-6]", tag):
            return [make_block(start, end, _SCOPE_OF_TAG.get(tag, f"text.heading.{tag}"), ext)]
    return prose_blocks(doc, (start, end), needs, ext)


def _inline_markup(doc: Document, span: tuple[int, int], skips: Skips, layout: Layout) -> None:
    start, end = span
    for pattern in (_STRONG, _EMPHASIS):
        for match in pattern.finditer(doc.original, start, end):
            marker = len(match.group(1))
            layout.dropped += [(match.start(), match.start() + marker),
                               (match.end() - marker, match.end())]  # fmt: skip
    layout.dropped += [m.span() for m in _ANGLE_TARGET.finditer(doc.original, start, end)]
    for match in _CLASSED_ELEMENT.finditer(doc.original, start, end):
        if set(match.group(2).split()) & (skips.classes | IGNORED_CLASSES):
            layout.starred.append(match.span(3))
    for name in skips.inline:
        inline = INLINE_NAMES.get(name)
        if inline is not None:
            group = 1 if inline is _LINK_TEXT else 2
            layout.starred += [m.span(group) for m in inline.finditer(doc.original, start, end)]


def _html_blocks(doc: Document, span: tuple[int, int], ext: str, skips: Skips) -> list[Block]:
    from newslint.vale.html_blocks import html_blocks

    return list(html_blocks(doc, Needs(), ext, skips, span))


def _line_span(lines: list[int], line_map: Any, first_line: int) -> tuple[int, int]:
    first = min(len(lines) - 1, line_map[0] + first_line)
    last = min(len(lines) - 1, line_map[1] + first_line)
    end = lines[last] - 1 if last < len(lines) - 1 else lines[last]  # the last line has no "\n"
    return lines[first], max(lines[first], end)


def _cell_span(text: str, row: tuple[int, int], index: int) -> tuple[int, int]:
    line_end = text.find("\n", row[0])
    line_end = row[1] if line_end < 0 else min(line_end, row[1])
    bounds = [row[0] - 1, *(row[0] + m.start() for m in _PIPE.finditer(text[row[0] : line_end]))]
    bounds.append(line_end)
    if text[row[0] : line_end].lstrip().startswith("|"):
        bounds = bounds[1:]
    if index + 1 >= len(bounds):
        return line_end, line_end
    return bounds[index] + 1, bounds[index + 1]


def _alt_blocks(doc: Document, token: Any, span: tuple[int, int]) -> list[Block]:
    blocks = []
    for child in token.children or []:
        if child.type == "image" and child.content:
            found = doc.original.find("![" + child.content, *span)
            if found >= 0:
                start = found + 2
                parts = ("text", "attr", "alt")
                blocks.append(Block(start, start + len(child.content), parts, parts, raw=True))
    return blocks


def _body_start(doc: Document) -> int:
    """After front matter (which the mask blanks but Vale never lints as prose)."""
    match = regex.match(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)",
                        doc.original, regex.DOTALL)  # fmt: skip
    return match.end() if match else 0
