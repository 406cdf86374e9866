"""`consistency.apostrophe-in-one-paragraph`: straight and curly apostrophes mixed inside one
paragraph (issue 14). Texts written for these tests."""

from __future__ import annotations

from tests.conftest import reported

RULE = "consistency.apostrophe-in-one-paragraph"


def test_the_pages_rarer_kind_is_reported_in_a_paragraph_that_holds_both() -> None:
    text = (
        "The ferry's engine failed at noon. Nobody was hurt. It’s the second failure this "
        "month. The operator's staff say they're tired of repairs."
    )
    assert reported(text, RULE) == ["It’s"]


def test_a_quotation_keeps_its_sources_marks() -> None:
    text = (
        "The ferry's engine failed at noon, and the operator's staff were tired. "
        "“It’s the second failure this month,” a deckhand said."
    )
    assert reported(text, RULE) == []


def test_kinds_apart_in_separate_paragraphs_are_left_alone() -> None:
    text = "Ferry’s engine fails\n\nThe ferry's engine failed at noon. The operator's staff agreed."
    assert reported(text, RULE) == []


def test_two_kinds_in_one_sentence_are_the_sentence_rules() -> None:
    text = (
        "The ferry's crew waited. The operator’s staff said the ferry's engine failed. "
        "Nobody's hurt, and they're safe."
    )
    assert reported(text, RULE) == []
    # the sentence rule reports the stretch between its two kinds, once
    assert reported(text, "consistency.apostrophe-in-one-sentence") == ["’s staff said the ferry'"]


def test_a_page_writing_both_kinds_equally_names_no_usual_kind() -> None:
    text = "The ferry's engine failed at noon. It’s the second failure this month."
    assert reported(text, RULE) == []
