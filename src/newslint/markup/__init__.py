"""Markup awareness: which parts of a file are prose.

`analyse(text, markup)` returns the spans that are not prose (code, tags, front matter, link
targets, URLs, comments) and the blocks that are (heading, paragraph, blockquote, list_item).
The Document blanks the non-prose spans with spaces, keeping newlines, so every offset there is
an offset in the original file, and findings there are dropped. Of those spans, the `inline`
ones are markup inside a run of prose (`<b>`, `<a href>`, a comment, Markdown emphasis, a
link's brackets and target): the rules read a view without them (`newslint.markup.prose`), so
that `«<b>never</b>` is an opening guillemet on its word and `<b>Russia</b>had` a glued word.
An HTML character reference (`&rsquo;`, `&#8212;`) is, in that view, the character it writes.
"""

from __future__ import annotations

import unicodedata

from newslint.regex_store import compile_pattern
from newslint.values import Value

# Web addresses and e-mail addresses are never prose, in any markup. An e-mail address is tried
# where a run of its characters begins (or where the last address ended, as before), never from
# inside a run: tried from each position of a long word ("qqq...", a 100,000-character attribute),
# each attempt read the rest of the word, and a page's markup took minutes (hostile test, stop 63).
_ADDRESS = compile_pattern(
    r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]"
    r"|(?:\G|(?<![\w.+-]))[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_NON_BLANK_LINE = compile_pattern(r"[^\n]*\S[^\n]*")


class Markup(Value):
    """What a markup parser found: text to mask from prose, and the blocks."""

    FIELDS = ("masked", "blocks", "inline", "written", "sides")
    masked: list[tuple[int, int]]
    blocks: list[tuple[int, int, str]]
    inline: list[tuple[int, int]]  # masked spans that are markup inside prose (also in `masked`)
    # Characters of the prose the markup writes with several (`&rsquo;`): span and character.
    written: list[tuple[int, int, str]]
    # Inline markup that opens an element ("open": `<b>`, `**` before its words, a link's "[")
    # or closes one ("close": `</b>`, a link's "](target)"): a space inserted where they meet
    # prose goes outside the element (`newslint.markup.prose`). A comment has no side.
    sides: list[tuple[int, int, str]]

    def __init__(
        self,
        masked: list[tuple[int, int]] | None = None,
        blocks: list[tuple[int, int, str]] | None = None,
        inline: list[tuple[int, int]] | None = None,
        written: list[tuple[int, int, str]] | None = None,
        sides: list[tuple[int, int, str]] | None = None,
    ):
        self.masked = [] if masked is None else masked
        self.blocks = [] if blocks is None else blocks
        self.inline = [] if inline is None else inline
        self.written = [] if written is None else written
        self.sides = [] if sides is None else sides

    def hide_inline(self, start: int, end: int, side: str | None = None) -> None:
        """Mask [start, end) as markup inside prose: the rules read the prose without it;
        `side`, whether it opens or closes an element."""
        self.masked.append((start, end))
        self.inline.append((start, end))
        if side is not None:
            self.sides.append((start, end, side))

    def write(self, start: int, end: int, char: str) -> None:
        """[start, end) writes the one character `char` (`&rsquo;`, Markdown's `\\*`): the rules
        read that character. An invisible format character written so ("&shy;", "&zwnj;") is
        a hyphenation point or a joiner set on purpose, not one a conversion left: markup,
        invisible as a comment is ("Bundes&shy;regierung" is one word), never deleted by --fix."""
        if unicodedata.category(char) == "Cf":
            self.hide_inline(start, end)
        else:
            self.written.append((start, end, char))


def analyse(text: str, markup: str) -> Markup:
    if markup == "markdown":
        from newslint.markup.markdown import analyse as analyse_markdown

        result = analyse_markdown(text)
    elif markup == "html":
        from newslint.markup.html import analyse as analyse_html

        result = analyse_html(text)
    else:
        return Markup(blocks=plain_blocks(text))
    result.masked.extend(m.span() for m in _ADDRESS.finditer(text))
    return result


def plain_blocks(text: str) -> list[tuple[int, int, str]]:
    """Plain news copy: the first line is the headline, then paragraphs."""
    blocks = []
    for index, match in enumerate(_NON_BLANK_LINE.finditer(text)):
        blocks.append((match.start(), match.end(), "heading" if index == 0 else "paragraph"))
    return blocks


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every masked span replaced by spaces (newlines kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for index in range(start, min(end, len(chars))):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
