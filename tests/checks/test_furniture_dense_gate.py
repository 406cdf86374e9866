"""Page-level evidence gating the shape model: the same short line is furniture on a page whose
blocks are largely furniture already, and left alone in an article with none around it."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_scores import DenseGate
from newslint.linters import load_rules

STORY = (
    "The talks resumed on Monday after a week of delays, officials said, and the two delegations "
    "agreed to meet again at the end of the month to settle the questions of tariffs and quotas "
    "that had kept them apart.\n\nHARBOUR DAILY\n\nThe envoys will meet again in June, when the "
    "trade ministers of both countries are expected to sign the first part of the agreement.\n"
)
SCRAPED = (
    "Home > World > Europe\n\nHarbour talks resume after a week of delays\n\nBy Jane Doe\n\n"
    f"Updated 12 May 2021, 09:14 GMT\n\n{STORY}\nShare on Facebook | Share on X\n\n"
    "Tags: trade, tariffs\n"
)


def reported(text: str) -> list[str]:
    linter = Linter(load_rules(), select=["scrape.furniture-block"])
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


def test_a_short_line_on_a_scraped_page_is_furniture() -> None:
    assert "HARBOUR DAILY" in reported(SCRAPED)


def test_the_same_line_in_an_article_is_not() -> None:
    assert "HARBOUR DAILY" not in reported(
        f"Harbour talks resume after a week of delays\n\n{STORY}"
    )


def test_the_gate_opens_at_its_share_of_explained_blocks() -> None:
    gate = DenseGate(share=0.2, dense_threshold=0.6)
    assert gate.threshold(["x", None, None, None, None], 0.8) == 0.6
    assert gate.threshold(["x", None, None, None, None, None], 0.8) == 0.8
    assert gate.threshold([], 0.8) == 0.8
    assert DenseGate.of({}).threshold(["x"], 0.8) == 0.8
