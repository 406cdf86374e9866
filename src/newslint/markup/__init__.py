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

from newslint.regex_store import compile_pattern
from newslint.values import Value

# Web addresses and e-mail addresses are never prose, in any markup.
_ADDRESS = compile_pattern(
    r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_NON_BLANK_LINE = compile_pattern(r"[^\n]*\S[^\n]*")


class Markup(Value):
    """What a markup parser found: text to mask from prose, and the blocks."""

    FIELDS = ("masked", "blocks", "inline", "written")
    masked: list[tuple[int, int]]
    blocks: list[tuple[int, int, str]]
    inline: list[tuple[int, int]]  # masked spans that are markup inside prose (also in `masked`)
    # Characters of the prose the markup writes with several (`&rsquo;`): span and character.
    written: list[tuple[int, int, str]]

    def __init__(
        self,
        masked: list[tuple[int, int]] | None = None,
        blocks: list[tuple[int, int, str]] | None = None,
        inline: list[tuple[int, int]] | None = None,
        written: list[tuple[int, int, str]] | None = None,
    ):
        self.masked = [] if masked is None else masked
        self.blocks = [] if blocks is None else blocks
        self.inline = [] if inline is None else inline
        self.written = [] if written is None else written

    def hide_inline(self, start: int, end: int) -> None:
        """Mask [start, end) as markup inside prose: the rules read the prose without it."""
        self.masked.append((start, end))
        self.inline.append((start, end))


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


# Characters that can open or close Markdown syntax; a backslash makes any of them literal.
_MARKDOWN_SYNTAX = compile_pattern(r"[\\`*_\[\]()<>#+\-!|~{}&]")


def literal(text: str, markup: str) -> str:
    """`text` written so that the markup shows it as those characters and never reads it as
    syntax: `<` is `&lt;` in HTML and `\\<` in Markdown."""
    if markup == "html":
        import html

        return html.escape(text, quote=False)
    if markup == "markdown":
        return _MARKDOWN_SYNTAX.sub(r"\\\g<0>", text)
    return text


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
