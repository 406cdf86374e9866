"""An article's own list is announced by a colon or a line that runs on ("… featured in"), or
inside the story by any unended line; above the story, a headline or a caption over a byline or
a player's buttons announces nothing."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.page_layout import introduced_list
from newslint.textblocks import blocks
from tests.checks.furniture_pages import STORY, furniture_linter, reported


@pytest.fixture(scope="module")
def linter() -> Linter:
    return furniture_linter()


def test_a_byline_under_the_headline_is_no_list_item(linter: Linter) -> None:
    text = (
        "Home > World > Europe\n\nHarbour board to meet again after a week of delays\nJane Roe\n"
        f"Updated 12 May 2021, 09:14 GMT\n\n{STORY}\n\n{STORY}\n"
    )
    assert "Jane Roe" in reported(linter, text)


def test_a_players_buttons_under_a_caption_are_no_list(linter: Linter) -> None:
    text = (
        "Harbour board to meet again after a week of delays\n\nBy Jane Roe\n\n"
        "The board's offices on the quay. (Photo: Jane Roe/Harbour Daily)\nListen\n3 min\n\n"
        f"{STORY}\n\n{STORY}\n"
    )
    found = reported(linter, text)
    assert "Listen" in found and "3 min" in found


def test_a_short_announcing_line_and_its_list_are_the_story(linter: Linter) -> None:
    named = (
        f"{STORY}\n\nThe board named three new members:\nJane Roe\nJohn Doe\nAmy Lee\n\n{STORY}\n"
    )
    featured = f"{STORY}\n\nThe harbour has been featured in\nThe Times\nThe Herald\n\n{STORY}\n"
    assert reported(linter, named) == []
    assert reported(linter, featured) == []
    items = blocks(named)
    assert [introduced_list(items, i, 6, 0) for i in range(len(items))] == [
        False,
        False,
        True,
        True,
        True,
        False,
    ]
