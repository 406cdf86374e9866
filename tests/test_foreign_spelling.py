"""`consistency.foreign-spelling`: an everyday English word transliterated and capitalised by
machine translation (issue 14). Texts written for these tests."""

from __future__ import annotations

from tests.conftest import reported

RULE = "consistency.foreign-spelling"


def test_a_transliterated_word_alone_in_running_text_is_reported() -> None:
    text = "Schools reopened after the pandemic Koronavirus, and in May the distribution Koronavirus slowed."
    assert reported(text, RULE) == ["Koronavirus", "Koronavirus"]


def test_names_and_runs_of_capitals_are_left_alone() -> None:
    text = (
        "We met Karl at Kafe Vienna before the train to Kandy; Koronavirus Task Force members came."
    )
    assert reported(text, RULE) == []
