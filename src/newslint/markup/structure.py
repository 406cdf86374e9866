"""The markup structure of a document, to prove that a fix neither changes nor creates markup.

A fix edits prose. Its output must parse to the same element tree as its input: the same
Markdown block and inline tokens (markdown-it), the same HTML tags, comments and declarations.
Text, soft line breaks and character references are content, not structure, and are left out,
so fixing a word, joining a broken line or writing `&lt;` never counts as a change.
"""

from __future__ import annotations

from collections.abc import Hashable
from html.parser import HTMLParser
from typing import Any

from newslint.markup.front_matter import front_matter_end

Structure = tuple[Hashable, ...]

_CONTENT_TOKENS = frozenset({"text", "softbreak", "text_special"})
# Tokens whose text is markup, not prose: a fix may never change it. Comparing their kinds alone
# would let a fix move where a code span starts and ends (`` `a` `` made ”a“ plus a new `x`).
_VERBATIM_TOKENS = frozenset({"code_inline", "fence", "code_block", "html_block", "html_inline"})


def structure(text: str, markup: str) -> Structure:
    """The document's markup as a comparable value; plain text has none."""
    if markup == "markdown":
        return _markdown_structure(text)
    if markup == "html":
        return _html_structure(text)
    return ()


def _markdown_structure(text: str) -> Structure:
    from markdown_it import MarkdownIt

    body = text[front_matter_end(text) :]
    shape: list[Hashable] = []
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        shape.append(_markdown_shape(token))
        for child in token.children or []:
            if child.type not in _CONTENT_TOKENS:
                shape.append(_markdown_shape(child))
    return tuple(shape)


def _markdown_shape(token: Any) -> Hashable:
    """A token's kind, with the text of code and raw HTML and the attributes of links and images
    (targets and titles; an image's alt text is prose, read from its children)."""
    verbatim = (token.content, token.info) if token.type in _VERBATIM_TOKENS else None
    attrs = tuple(sorted((k, str(v)) for k, v in token.attrs.items() if k != "alt"))
    return (token.type, token.tag, token.nesting, verbatim, attrs)


class _TagRecorder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[Hashable] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape.append(("start", tag, tuple(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape.append(("empty", tag, tuple(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.shape.append(("end", tag))

    def handle_comment(self, data: str) -> None:
        self.shape.append(("comment", data))

    def handle_decl(self, decl: str) -> None:
        self.shape.append(("decl", decl))

    def handle_pi(self, data: str) -> None:
        self.shape.append(("pi", data))

    def unknown_decl(self, data: str) -> None:
        self.shape.append(("decl", data))


def _html_structure(text: str) -> Structure:
    recorder = _TagRecorder()
    recorder.feed(text)
    recorder.close()
    return tuple(recorder.shape)
