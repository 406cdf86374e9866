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

# A ferry story's headline and lead, for the interface lines set below or around them.
FERRY_HEADLINE = "Harbour board approves second ferry route to the islands"
FERRY_STORY = (
    "The harbour board said on Tuesday that the second ferry route would open in the spring, and "
    "that islanders who had paid for the old season tickets would be refunded in full by the end "
    "of the summer. The first crossing of the new route is due to leave the quay at nine in the "
    "morning, the board said."
)


def furniture_linter() -> Linter:
    return Linter(load_rules(), select=["scrape.furniture-block"])


def reported(linter: Linter, text: str) -> list[str]:
    """The text of each furniture finding on the page, in order."""
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]
