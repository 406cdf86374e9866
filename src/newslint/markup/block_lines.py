"""An HTML page's text blocks as lines, for the rules that judge a line alone.

A rule that reads whole lines (`scrape.boilerplate-line`'s "Leave a Reply" on a line of its own,
`scrape.furniture-line`'s "Share via email") finds none in a page's prose view, where tags are
blanks and the source's line breaks stand wherever the page's author pressed return:
`<h3>Leave a Reply</h3><p>Your email address…</p>` is one line, and a paragraph wrapped in the
source is several. A browser lays the page out by its elements instead, so this view does too:
a masked run holding the tag of an element that breaks the text (any element but the inline ones
and the marks set on a word, `newslint.markup.html`) becomes line breaks, and a line break inside
a block a space. Offsets are those of the view it is made from, so a finding maps back as any
other. What such a rule finds there is cut to the block's text (its span took in the line break
after it, which is a tag here) and offered without a fix: deleting a block's text would leave its
element empty, markup for the editor to mend, and --fix never edits markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newslint.document import Document
from newslint.finding import Finding
from newslint.markup.elements import INLINE, MARKS
from newslint.regex_store import compile_pattern

if TYPE_CHECKING:
    from newslint.checks import Check
    from newslint.engine import RunCheck

_TAG = compile_pattern(r"</?([A-Za-z][A-Za-z0-9:-]*)")
_IN_TEXT = INLINE | MARKS


def block_lines(doc: Document) -> Document:
    """`doc` (an HTML page's prose view) with each text block on lines of its own."""
    chars = list(doc.text.replace("\n", " "))
    source = doc.original
    for start, end in doc.masked:
        if any(m.group(1).lower() not in _IN_TEXT for m in _TAG.finditer(source, start, end)):
            chars[start:end] = "\n" * (end - start)
    return Document(
        "".join(chars), doc.path, doc.markup, original=source, masked=doc.masked, blocks=doc.blocks
    )


def within_blocks(found: Iterable[Finding], view: Document) -> Iterator[Finding]:
    """Findings made in `view`, each cut to the text of its block and without a fix."""
    text = view.text
    for finding in found:
        piece = text[finding.start : finding.end]
        start = finding.start + len(piece) - len(piece.lstrip())
        end = finding.start + len(piece.rstrip())
        if start < end:
            yield Finding(finding.rule, finding.severity, finding.message, start, end)


def run_in_blocks(run: RunCheck, check: Check, doc: Document) -> list[Finding]:
    """`check`'s findings in an HTML page (`doc`, its prose view), read a text block a line."""
    view = doc.block_lines
    return list(within_blocks(run(check, view, None), view))
