"""`html-boilerplate`: in an HTML page, the text outside the article (menus, share bars, footers,
related-story lists), found with jusText, the main-content extractor of Pomikálek's thesis.

jusText classifies the page's blocks by length, link density and stop-word density and then by
their neighbours; its `bad` blocks are the page's furniture. Each one is reported at its first text
node (findings never cross markup). A page where jusText finds no article paragraph at all is left
alone: a short fragment gives it nothing to contrast furniture with.

Why jusText rather than trafilatura: it is small (lxml plus a stop-list package), it ships the
stop lists the plain-text classifier (`newslint.textblocks`) uses too, and it classifies every
block instead of returning only the extracted text, which is what a linter needs to point at the
furniture. Keys: `max_link_density` (jusText's threshold for link-heavy blocks).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.rules import Rule

OPTIONS = {
    "max_link_density": Option((int, float), default=0.2, doc="jusText's link-density limit"),
}


class HtmlBoilerplateCheck(Check):
    reads_source = True  # jusText reads the page's HTML, tags and all

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.max_link_density = float(rule.option("max_link_density"))

    def run(self, doc: Document) -> Iterator[Finding]:
        paragraphs = self._classify(doc.original)
        if not any(p.class_type == "good" for p in paragraphs):
            return
        locator = _Locator(doc)
        for paragraph in paragraphs:
            span = locator.find(paragraph.text)
            if span is None or not paragraph.is_boilerplate:
                continue
            line = " ".join(doc.text[span[0] : span[1]].split())
            shown = line if len(line) <= 60 else line[:59] + "…"
            message = render(self.rule.message, line=shown)
            # No suggestion: a suggestion is replacement text, and "delete the element" was
            # offered as one (an editor's quick fix wrote those words into the page).
            yield finding(self.rule, *span, message)

    def _classify(self, html: str) -> list[Any]:
        import justext  # type: ignore[import-untyped]

        from newslint.textblocks import english_stopwords

        try:
            return list(
                justext.justext(html, english_stopwords(), max_link_density=self.max_link_density)
            )
        except Exception:  # jusText/lxml reject some fragments (no root element): nothing to mark
            return []


class _Locator:
    """Finds a block's text in the page, in order, and returns the span of its first text node.

    jusText normalises whitespace (and drops it between inline tags), so text is compared with
    all whitespace removed; the document's blanked text keeps every offset of the original."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.positions = [i for i, c in enumerate(doc.text) if not c.isspace()]
        self.squeezed = "".join(doc.text[i] for i in self.positions)
        self.cursor = 0

    def find(self, text: str) -> tuple[int, int] | None:
        key = "".join(text.split())
        if not key:
            return None
        at = self.squeezed.find(key, self.cursor)
        if at < 0:
            return None
        self.cursor = at + len(key)
        start = self.positions[at]
        last = self.positions[at + len(key) - 1] + 1
        return start, self._node_end(start, last)

    def _node_end(self, start: int, last: int) -> int:
        """The end of the text node that starts at `start` (before the next tag), within `last`."""
        masked = self.doc.masked
        index = bisect.bisect_right([s for s, _ in masked], start)
        end = masked[index][0] if index < len(masked) else last
        return min(end, last)


def compile(rule: Rule, vocabulary: Vocabulary) -> HtmlBoilerplateCheck:
    return HtmlBoilerplateCheck(rule, vocabulary)
