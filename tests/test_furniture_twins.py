"""A line that repeats the furniture line beside it (`furniture_twins`): a picture's alt text
over its caption, a listing's title over its cut teaser."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_twins import TWIN, furniture_twins
from newslint.linters import load_rules

ALT = "The mayor speaks at the harbour festival in Port Ellen"
CAPTION = ALT + ". Photograph: Ana Ruiz/Harbour Times"
STORY = (
    "The harbour board approved a second ferry route to the islands on Tuesday, and the new "
    "boats will sail twice a day from June, officials said at a meeting in the town hall."
)


def _twins(text: str, flagged: set[int], headline: int | None = None) -> list[str]:
    items = Document.from_raw(text).text_blocks
    reasons: list[str | None] = ["furniture" if i in flagged else None for i in range(len(items))]
    return [items[i].text for i in furniture_twins(items, reasons, headline)]


def test_alt_text_over_its_flagged_caption_is_a_twin() -> None:
    text = f"Ferry route approved\n\n{ALT}\n{CAPTION}\n\n{STORY}\n"
    assert _twins(text, {2}) == [ALT]


def test_a_title_sharing_most_words_with_its_flagged_teaser_is_a_twin() -> None:
    text = (
        f"{STORY}\n\nCheck Also\nCouncil Delays Vote On New Bus Depot\n"
        "The council delays its vote on the new bus depot until May …\n"
    )
    assert _twins(text, {1, 3}) == ["Council Delays Vote On New Bus Depot"]


def test_a_line_beside_no_furniture_or_saying_something_else_is_no_twin() -> None:
    assert _twins(f"Ferry route approved\n\n{ALT}\n{CAPTION}\n\n{STORY}\n", set()) == []
    text = f"Ferry route approved\n\nCrowds gather on the quay at dawn\n{CAPTION}\n\n{STORY}\n"
    assert _twins(text, {2}) == []


def test_the_headline_and_the_story_s_paragraphs_are_never_twins() -> None:
    text = f"{ALT}\n{CAPTION}\n\n{STORY}\n"
    assert _twins(text, {1}, headline=0) == []
    assert _twins(f"{STORY}\n{STORY} Photo: Ana Ruiz\n", {1}) == []  # a paragraph of prose


def test_the_shipped_rule_reports_the_twin() -> None:
    text = f"Ferry route approved\n\n{ALT}\n{CAPTION}\n\n{STORY}\n\n{STORY}\n"
    linter = Linter([r for r in load_rules() if r.id == "scrape.furniture-block"])
    found = {text[f.start : f.end]: f.message for f in linter.lint(Document.from_raw(text))}
    assert TWIN in found[ALT]
