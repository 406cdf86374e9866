"""Interface orders outside the article that name no reader ("Start typing and press Enter to
search"), read by the part-of-speech tagger; and the orders of a story, a headline, a speech's
header or a guide left alone."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.furniture_imperative import gives_order

from .furniture_pages import FERRY_HEADLINE as HEADLINE
from .furniture_pages import FERRY_STORY as BODY
from .furniture_pages import furniture_linter, reported


@pytest.fixture(scope="module")
def furniture() -> Linter:
    return furniture_linter()


@pytest.mark.parametrize(
    "line",
    [
        "Start typing and press Enter to search",
        "Continue reading...",
        "For further exploration, delve into our archive of ferry stories.",
        "Not readable? Change text.",
    ],
)
def test_an_order_below_the_article_is_furniture(furniture: Linter, line: str) -> None:
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{line}\n") == [line]


def test_a_request_after_a_purpose_is_furniture_above_the_article_too(furniture: Linter) -> None:
    note = "(To receive our e-paper daily, please click here.)"
    assert reported(furniture, f"{HEADLINE}\n\n{note}\n\n{BODY}\n") == [note]


@pytest.mark.parametrize(
    "line",
    [
        "Start typing and press Enter to search",  # the search box
        "Continue reading...",
        "Show related stories",
        "Submit a tip / Report a problem",
    ],
)
def test_the_tagger_reads_an_interface_order(line: str) -> None:
    assert gives_order(line)


@pytest.mark.parametrize(
    "line",
    [
        "Police arrest three men after the harbour fire",  # a headline: its subject, then a verb
        "Whatsapp rumour sparks protest at the quay",  # a verb the frame would miss
        "Voters will decide on the ferry budget",  # a modal
        "Kendamil Goat First Infant Milk 800g",  # a brand, not a word of the dictionary
        "Sister Simone Campbell",  # a noun the tagger's lexicon knows as one
        "Thank you.",  # a speech's formula
        "Continue",  # a word alone: a button or a heading
        "When the storm came, take shelter in the hall",  # a clause leads, not a purpose
    ],
)
def test_a_subject_a_name_or_a_formula_is_no_order(line: str) -> None:
    assert not gives_order(line)


def test_an_order_above_the_story_is_left_alone(furniture: Linter) -> None:
    """A speech's header ("Check Against Delivery") or a kicker is set above the story."""
    assert reported(furniture, f"Check Against Delivery\n\n{BODY}\n") == []


def test_an_order_on_a_page_whose_paragraphs_give_orders_is_left_alone(furniture: Linter) -> None:
    guide = (
        "Bring a coat. The morning boats are cold, and the quay office that sells tickets closes at "
        "six on weekdays and at noon on Saturdays, the harbour board said."
    )
    order = "Arrive at the quay half an hour early"
    assert reported(furniture, f"How to take the new ferry\n\n{guide}\n\n{order}\n") == []
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{order}\n") == [order]


def test_a_quoted_order_below_the_story_is_left_alone(furniture: Linter) -> None:
    line = "“Stop the ferry,” the islanders shouted."
    assert reported(furniture, f"{HEADLINE}\n\n{BODY}\n\n{line}\n") == []
