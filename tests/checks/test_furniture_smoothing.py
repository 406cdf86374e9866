"""jusText-style smoothing: a lone short line between furniture lines is furniture; the headline,
a sentence and two short lines in a row are not smoothed."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_smoothing import lone_between_furniture
from newslint.linters import load_rules
from newslint.textblocks import blocks

STORY = (
    "The talks resumed on Monday after a week of delays, officials said, and the two delegations "
    "agreed to meet again at the end of the month to settle the questions of tariffs and quotas "
    "that had kept them apart."
)
F = "furniture"


def lone(texts: list[str], reasons: list[str | None], headline: int | None = None) -> list[int]:
    items = blocks("\n\n".join(texts))
    assert len(items) == len(texts)
    return list(lone_between_furniture(items, reasons, headline, 3))


def test_a_lone_short_line_between_furniture_lines_is_smoothed() -> None:
    assert lone(["Posted 09:14", "Porto, Portugal", "RADIO PORTO", STORY], [F, None, F, None]) == [
        1
    ]


def test_longer_lines_sentences_and_the_headline_are_not() -> None:
    reasons: list[str | None] = [F, None, F, None]
    assert (
        lone(["Posted 09:14", "Talks resume in Porto today", "RADIO PORTO", STORY], reasons) == []
    )
    assert lone(["Posted 09:14", "Talks resumed.", "RADIO PORTO", STORY], reasons) == []
    assert lone(["Posted 09:14", "Porto talks", "RADIO PORTO", STORY], reasons, headline=1) == []


def test_two_short_lines_in_a_row_are_not() -> None:
    texts = ["Posted 09:14", "Porto", "Lisbon", "RADIO PORTO", STORY]
    assert lone(texts, [F, None, None, F, None]) == []


def test_the_first_line_takes_the_edge_only_above_a_headline() -> None:
    texts = ["City Notes", "Home > World", "Harbour talks resume after a week", STORY]
    reasons: list[str | None] = [None, F, None, None]
    assert lone(texts, reasons, headline=2) == [0]
    assert lone(texts, reasons, headline=None) == []


def test_the_check_reports_a_date_between_two_labels() -> None:
    text = (
        f"Porto\nTuesday, May 12, 2021\nSign in\n\nHarbour talks resume after a week\n\n{STORY}\n"
    )
    linter = Linter(load_rules(), ignore=["grammar"])
    found = [(f.rule, text[f.start : f.end]) for f in linter.lint(Document.from_raw(text))]
    assert ("scrape.furniture-block", "Tuesday, May 12, 2021") in found
