"""Titles listed under the page's own label after the story, the label judged by the furniture
model's learned token weights (`furniture_related`), alone and through the shipped rule set."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_related import LISTED, listed_titles
from newslint.linters import load_rules

WEIGHTS = {"related": 0.5, "news": 0.97, "more": 1.1, "stories": 0.3, "layout": -0.3}
STORY = (
    "Harbour board approves second ferry route\n\n"
    "The harbour board approved a second ferry route to the islands on Tuesday, and the new "
    "boats will sail twice a day from June, officials said.\n\n"
    "Several councillors had asked for the route for years, citing long queues every summer.\n\n"
)
TITLES = (
    "Council delays vote on the new bus depot\nFishermen protest quota cuts outside the ministry\n"
)


def _listed(text: str, weights: dict[str, float] = WEIGHTS) -> list[str]:
    items = Document.from_raw(text).text_blocks
    reasons: list[str | None] = [None] * len(items)
    for index, block in enumerate(items):
        if len(block.text.split()) <= 2:  # the label, as the page's judgement found it
            reasons[index] = "a label"
    return [items[i].text for i in listed_titles(items, reasons, weights)]


def test_titles_under_a_learned_label_after_the_story_are_listed() -> None:
    assert _listed(STORY + "Related News\n" + TITLES) == [
        "Council delays vote on the new bus depot",
        "Fishermen protest quota cuts outside the ministry",
    ]


def test_a_label_whose_tokens_weigh_little_lists_nothing() -> None:
    assert _listed(STORY + "Complex layout\n" + TITLES) == []  # a heading of the story's own
    assert _listed(STORY + "Related News\n" + TITLES, {}) == []  # no weights, no judgement


def test_prose_after_the_titles_keeps_them_the_story_s() -> None:
    text = (
        STORY + "More stories\n" + TITLES + "\nThe board will meet again in May to set the fares.\n"
    )
    assert _listed(text) == []


def test_lines_that_are_not_titles_keep_the_list_the_story_s() -> None:
    text = STORY + "Related News\nCouncil delays vote on the new bus depot.\n"  # a sentence
    assert _listed(text) == []
    assert _listed(STORY + "Related News\nFerries\n") == []  # too short for a headline


def test_a_label_above_the_story_lists_nothing() -> None:
    assert _listed("Related News\n" + TITLES + "\n" + STORY) == []


def test_the_shipped_rule_reports_each_listed_title() -> None:
    text = STORY + "Related News\n" + TITLES
    linter = Linter([r for r in load_rules() if r.id == "scrape.furniture-block"])
    found = {text[f.start : f.end]: f.message for f in linter.lint(Document.from_raw(text))}
    for title in TITLES.splitlines():
        assert LISTED in found[title]


def test_a_second_list_label_among_the_titles_is_listed_with_them() -> None:
    text = STORY + "Related News\n" + TITLES + "Do not miss\nPort strike ends after pay deal\n"
    assert _listed(text) == [
        "Council delays vote on the new bus depot",
        "Fishermen protest quota cuts outside the ministry",
        "Do not miss",
        "Port strike ends after pay deal",
    ]
    assert _listed(STORY + "Related News\nDo not miss\n") == []  # labels alone list nothing
