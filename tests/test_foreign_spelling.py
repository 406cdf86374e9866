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


def test_a_token_longer_than_any_english_word_spells_out_no_alternatives() -> None:
    # A run of 1,000 letters after a capital had ~400 one-letter alternatives of 1,000 letters
    # each spelled out and kept in the memo, though none can be a word (the longest is 58).
    from newslint.checks.foreign_spelling import _alternatives

    run = "Q" + "zkvcswyijfph" * 80
    _alternatives.cache_clear()
    assert reported(f"The minister said {run} on Monday.", RULE) == []
    assert _alternatives.cache_info().currsize == 0
    assert reported("The distribution Koronavirus slowed in May.", RULE) == ["Koronavirus"]
