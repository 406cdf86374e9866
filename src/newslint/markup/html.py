"""HTML exports: only text nodes are prose; tags, comments and script/style/pre/code are not."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from newslint.markup import Markup
from newslint.markup.elements import INLINE, MARKS, SKIPPED
from newslint.markup.front_matter import front_matter_end

_PIPE = re.compile(r"\|")

# Elements no superscript or subscript can hold (HTML's flow content: a mark is phrasing
# content): one opening or closing ends any mark left open, as a browser's parser ends it, so a
# `<sup>` never closed in its paragraph does not hide every paragraph up to a stray `</sup>`.
_ENDS_MARKS = frozenset(
    """address article aside blockquote body dd div dl dt figcaption figure footer h1 h2 h3 h4
    h5 h6 header html li main nav ol p section table td th tr ul""".split()
)
BLOCK_KINDS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
               "p": "paragraph", "blockquote": "blockquote", "li": "list_item", "figcaption": "caption", "td": "table"}  # fmt: skip


class _Scanner(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.result = Markup()
        self.skipping: list[tuple[str, int]] = []
        self.open_blocks: list[tuple[str, int]] = []
        # Open `MARKS` elements: the tag, where its opening tag starts and ends.
        self.open_marks: list[tuple[str, int, int]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _mask_until(
        self, start: int, terminator: str, inline: bool = False, side: str | None = None
    ) -> int:
        end = self.text.find(terminator, start)
        end = len(self.text) if end < 0 else end + len(terminator)
        self._mask(start, end, inline, side)
        return end

    def _mask(self, start: int, end: int, inline: bool, side: str | None = None) -> None:
        if inline and not self.skipping:
            self.result.hide_inline(start, end, side)
        else:
            self.result.masked.append((start, end))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        self._mask(start, end, tag in INLINE, None if tag == "wbr" else "open")
        if tag in SKIPPED:
            self.skipping.append((tag, end))
        if tag in BLOCK_KINDS:
            self.open_blocks.append((tag, end))
        if tag in _ENDS_MARKS:
            self.open_marks.clear()
        if tag in MARKS and not self.skipping:
            self.open_marks.append((tag, start, end))

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        end = self._mask_until(start, ">", tag in INLINE, "close")
        if tag in _ENDS_MARKS:
            self.open_marks.clear()
        if self.open_marks and self.open_marks[-1][0] == tag and not self.skipping:
            _, opened, content = self.open_marks.pop()
            hide_mark(self.text, tag, (opened, content), (start, end), self.result)
        if self.skipping and self.skipping[-1][0] == tag:
            _, content_start = self.skipping.pop()
            self.result.masked.append((content_start, start))
        for index in range(len(self.open_blocks) - 1, -1, -1):
            if self.open_blocks[index][0] == tag:
                name, block_start = self.open_blocks.pop(index)
                self.result.blocks.append((block_start, start, BLOCK_KINDS[name]))
                break

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, opening: str) -> None:
        """A character reference in a text node: the character it writes, for the prose view
        (one character, never a line break: the view keeps the source's lines)."""
        start = self._offset()
        end = start + len(opening) + self.text.startswith(";", start + len(opening))
        char = unescape(self.text[start:end])
        if not self.skipping and len(char) == 1 and char not in "\r\n" and end - start > 1:
            self.result.write(start, end, char)

    def handle_comment(self, data: str) -> None:
        # A comment is invisible wherever it stands: inside a word it joins the word's halves.
        self._mask_until(self._offset(), "-->", inline=True)

    def handle_decl(self, decl: str) -> None:
        self._mask_until(self._offset(), ">")

    def handle_pi(self, data: str) -> None:
        self._mask_until(self._offset(), ">")

    def unknown_decl(self, data: str) -> None:
        # A CDATA section (XHTML's) ends at "]]>", not at a ">" inside it ("a > b").
        self._mask_until(self._offset(), "]]>" if data.startswith("CDATA[") else ">")


def hide_mark(
    text: str, tag: str, opening: tuple[int, int], closing: tuple[int, int], result: Markup
) -> None:
    """Leave a superscript or subscript element (`MARKS`; its opening and closing tags' spans)
    out of the prose view: whole, or only its tags when it belongs to its token."""
    if mark_in_token(text, tag, opening, closing):
        result.hide_inline(*opening, "open")
        result.hide_inline(*closing, "close")
    else:
        result.hide_inline(opening[0], closing[1])


def mark_in_token(text: str, tag: str, opening: tuple[int, int], closing: tuple[int, int]) -> bool:
    """Whether a mark is part of the token it is set on, so the view reads its content: letters
    or digits inside a word ("H<sub>2</sub>O", "x<sup>2</sup>y"), or a subscript of them after a
    letter or digit (an index or a formula's count: "x<sub>1</sub>", "CO<sub>2</sub>"). A
    superscript after a token is a footnote mark, an ordinal's letters or an exponent, left out
    ("said.<sup>3</sup>"; "10<sup>6</sup>" would read "106")."""
    before = text[opening[0] - 1 : opening[0]]
    if not before.isalnum() or not text[opening[1] : closing[0]].isalnum():
        return False
    return tag.lower() == "sub" or text[closing[1] : closing[1] + 1].isalnum()


def analyse(text: str) -> Markup:
    scanner = _Scanner(text)
    scanner.feed(text)
    scanner.close()
    body_start = front_matter_end(text)  # a template's front matter is the generator's
    if body_start:
        scanner.result.masked.append((0, body_start))
    for _, content_start in scanner.skipping:  # unclosed script/pre: to the end
        scanner.result.masked.append((content_start, len(text)))
    # On a web page a pipe between words is a separator the page chose (breadcrumbs, menus,
    # "Headline | Site"), not a speck left by a scanner: it is layout, so no check may edit it.
    scanner.result.masked.extend((m.start(), m.end()) for m in _PIPE.finditer(text))
    return scanner.result
