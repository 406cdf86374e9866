"""A fix's text as the markup writes it: the characters a rule wants the reader to see.

The rules read prose (`newslint.markup.prose`), where `&amp;` is "&" and `\\*` is "*", and their
fixes write prose. Written into HTML as it is, a fix's "&" could begin a reference and its "<" a
tag; written into Markdown, its "*" could open emphasis and its "[" a link. So every
replacement in a markup document is written as that markup writes its characters literally:
in an HTML text node "&", "<" and ">" as references (a text node needs no quote escaped; fixes
never reach an attribute, which is masked); in Markdown a backslash before the marks that are
syntax wherever they stand, and before a block's marker when the edit opens a line. The reader
sees what the rule meant, and the next pass reads it back as the same prose.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix
from newslint.regex_store import compile_pattern

# Marks Markdown reads as inline syntax anywhere on a line; "&" only where it would begin a
# character reference ("AT&T" stays as it is).
_MARKDOWN_INLINE = compile_pattern(r"[\\`*_\[\]<|]|&(?=#?[0-9A-Za-z]+;)")
# A block's marker at a line's start: a heading, a quotation, a list item, a thematic break,
# a setext underline, a fence; a number is an ordered item only before "." or ")".
_MARKDOWN_OPENING = compile_pattern(r"[#>+\-=~]|\d{1,9}(?=[.)])")
# What may stand before an edit that opens a line's text: indentation, quotation markers, and
# a list item's marker ("- ", "1. ").
_LINE_PREFIX = compile_pattern(r"(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*\Z")
_HTML_SPECIAL = compile_pattern(r"[&<>]")


def literal(text: str, markup: str, opens_line: bool = False, after: str = "") -> str:
    """`text` written so that the markup shows it as those characters and never reads it as
    syntax: `<` is `&lt;` in HTML and `\\<` in Markdown; `opens_line`: it starts a line;
    `after`: the source that follows it (a Markdown "&" before "amp;" there is escaped)."""
    if markup == "html":
        import html  # with its entity table, 1.4 ms a plain-text run never needs

        return html.escape(text, quote=False)
    if markup != "markdown":
        return text
    marks = {m.start() for m in _MARKDOWN_INLINE.finditer(text + after[:40])}
    escaped = "".join(("\\" if at in marks else "") + char for at, char in enumerate(text))
    opening = _MARKDOWN_OPENING.match(escaped) if opens_line else None
    if opening is not None:  # the marker itself, or the stop after an item's number
        at = opening.end() if opening.group()[0].isdigit() else 0
        escaped = escaped[:at] + "\\" + escaped[at:]
    return escaped


def _needs_writing(text: str, markup: str) -> bool:
    if markup == "html":
        return _HTML_SPECIAL.search(text) is not None
    return markup == "markdown" and any(not char.isalnum() and char != " " for char in text)


def written_fixes(found: list[Finding], doc: Document) -> list[Finding]:
    """`found` in `doc` with their fixes written as its markup writes their characters."""
    if doc.markup == "plain":
        return found
    return [written_fix(finding, doc) for finding in found]


def written_fix(found: Finding, doc: Document) -> Finding:
    """`found` with each replacement of its fix written as `doc`'s markup writes it."""
    fix = found.fix
    markup = doc.markup
    if fix is None or not any(_needs_writing(e.replacement, markup) for e in fix.edits):
        return found
    source = doc.original
    edits = tuple(
        Edit(
            e.start,
            e.end,
            literal(
                e.replacement, markup, _opens_line(source, e.start), source[e.end : e.end + 40]
            ),
        )
        for e in fix.edits
    )
    if edits == fix.edits:
        return found
    return found.replaced(fix=Fix(edits, fix.applicability))


def _opens_line(text: str, offset: int) -> bool:
    """Whether only indentation and block markers stand before `offset` on its line."""
    line_start = text.rfind("\n", 0, offset) + 1
    return _LINE_PREFIX.match(text, line_start, offset) is not None
