"""`markup-tags`: HTML or XML tags left in plain copy ("<title>…</title>", "<?xml …?>").

A feed or page saved as text keeps its markup when the program that should have rendered it never
ran: an RSS channel's "<title>", "<link>" and "<pubDate>", an hOCR page's
"<span class='ocrx_word' …>". `encoding.markup-residue` reports a tag by its double-quoted
attributes; a bare tag ("<title>") says nothing alone (prose writes "<Reuters>", e-mail writes
"<jane@example.org>"), but markup closes what it opens, so a tag whose name the same text also
closes ("<title>" … "</title>") is markup, and so is every tag of that name. An XML declaration
and a tag with single-quoted attributes are markup wherever they stand. A tag another rule
reports (`scrape.html-tag` knows an article body's tags) is left to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, Option] = {}

# An opening, closing or empty tag: a name (XML names take ":", "-" and "."), then attributes.
_TAG = compile_pattern(
    r"<(?P<close>/?)(?P<name>[A-Za-z][\w:.-]{0,40})"
    r"(?P<attributes>(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))*)\s*/?>"
)
_SINGLE_QUOTED = compile_pattern(r"=\s*'")
_DOUBLE_QUOTED = compile_pattern(r"=\s*\"")
_XML_DECLARATION = compile_pattern(r"<\?xml\b[^<>\n]{0,300}\?>")


def markup_tags(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the tags `text` shows to be markup, in text order (a tag with double-quoted
    attributes is `encoding.markup-residue`'s, unless it has single-quoted ones too)."""
    if "<" not in text:
        return
    found = [m.span() for m in _XML_DECLARATION.finditer(text)]
    tags = list(_TAG.finditer(text))
    closed = {m.group("name") for m in tags if m.group("close")}
    # A closer with nothing of its name opened is a writer's joke ("Well, that went well.
    # </sarcasm>"), not a tag a program left.
    paired = closed & {m.group("name") for m in tags if not m.group("close")}
    for match in tags:
        attributes = match.group("attributes")
        single = _SINGLE_QUOTED.search(attributes) is not None
        if not single and _DOUBLE_QUOTED.search(attributes):
            continue
        if single or match.group("name") in paired:
            found.append(match.span())
    yield from sorted(found)


class MarkupTagsCheck(Check):
    # An article body's tags ("<p>", "<script>") are `scrape.html-tag`'s, with its fix.
    defers = True

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for start, end in markup_tags(text):
            yield finding(self.rule, start, end, render(self.rule.message, match=text[start:end]))


def compile(rule: Rule) -> MarkupTagsCheck:
    return MarkupTagsCheck(rule)
