"""`furniture_self_notes`: a page telling of its own state (it will grow, it was read N times)."""

from __future__ import annotations

import pytest

from newslint.furniture_self_notes import notes_its_own_state


@pytest.mark.parametrize(
    "text",
    [
        "More to follow.",
        "More details to follow.",
        "Fuller transcript to come.",
        "This news has been read 150 times in total",
        "This page has been viewed 1,204 times.",
    ],
)
def test_notes_of_the_page_state(text: str) -> None:
    assert notes_its_own_state(text)


@pytest.mark.parametrize(
    "text",
    [
        "The best is yet to come.",
        "We have more to come.",
        "The video has been viewed 2 million times.",
        "Worse to come",  # a story's crosshead, set without a stop
        "More cuts to come",
    ],
)
def test_sayings_and_the_story_scale_are_not(text: str) -> None:
    assert not notes_its_own_state(text)
