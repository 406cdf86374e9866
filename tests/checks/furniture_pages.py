"""What the furniture-block tests share: a paragraph of story prose to set page lines against,
and the furniture rule alone, run on a raw page."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

STORY = (
    "The harbour board met on Monday after a week of delays, its chairman said, and agreed to "
    "meet again at the end of the month to settle the questions of tariffs and berths that had "
    "kept the two ports apart for most of the year."
)


def furniture_linter() -> Linter:
    return Linter(load_rules(), select=["scrape.furniture-block"])


def reported(linter: Linter, text: str) -> list[str]:
    """The text of each furniture finding on the page, in order."""
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]
