"""An article's own list is announced by a colon or a line that runs on ("… featured in"), or
inside the story by any unended clause; a caption over a byline or a player's buttons announces
nothing, above the story or inside it, nor does a headline above it."""

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


def test_inside_the_story_a_caption_announces_no_list(linter: Linter) -> None:
    # below the story's first paragraph, an unended line over short lines announces the story's
    # own list only when it is a clause; a caption or a credit has no finite verb
    text = (
        "Harbour board to meet again after a week of delays\n\n"
        f"{STORY}\n\n"
        "The board's offices on the quay. (Photo: Jane Roe/Harbour Daily)\nListen\n3 min\n\n"
        f"{STORY}\n"
    )
    found = reported(linter, text)
    assert "Listen" in found and "3 min" in found
    clause = (
        f"{STORY}\n\nThe ministry named the crops it will fund\nWheat\nBarley\nOats\n\n{STORY}\n"
    )
    assert reported(linter, clause) == []
    items = blocks(clause)
    assert [introduced_list(items, i, 6, 0) for i in range(len(items))] == [
        False,
        False,
        True,
        True,
        True,
        False,
    ]
