"""structure.clause-capital-after-comma: a sentence spliced on after a comma or a semicolon that
keeps its capital, judged by the statistics `newslint.clause_opener` shares with
missing-sentence-break (`newslint.checks.comma_clause`). Texts written for the tests."""

from __future__ import annotations

import pytest

from newslint.lexicon import NO_VOCABULARY
from tests.checks.helpers import builtin_options, make_check, spans
from tests.conftest import reported

RULE = "structure.clause-capital-after-comma"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The delegation flew to the capital on Monday morning, Officials met the president.",
            "Officials",
        ),
        ("The ministers talked for two hours, In my talks with them the tone was warm.", "In"),
        (
            "The goal is zero emissions by the end of the decade, To reach it the fleet must change.",
            "To",
        ),
        ("The talks were long and hard; Both sides left without a deal.", "Both"),
        ("Prices rose in every region, Some families now pay twice as much.", "Some"),
    ],
)
def test_a_clause_spliced_on_with_its_capital(text: str, word: str) -> None:
    assert reported(text, RULE) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # Names and titles go on in capitals, or name someone.
        "They toured Paris, The Hague and Bonn, and saw Gravity, Frozen and Up on the way.",
        "The band played its second album, Some Like It Hot, and the crowd sang along.",
        "The envoy thanked the host, Will Smith, for the evening; the talks resume in May.",
        # A title-case line.
        "Council Approves Plan, Some Residents Object To New Parking Rules In Town",
        # A capital after a capitalised word or a figure is another rule's question.
        "The mayor met Ms Lee, Officials said, and the vote passed in 2020, Some said.",
        # Lower case after the comma is no splice.
        "Prices rose in every region, some families now pay twice as much.",
    ],
)
def test_names_titles_and_lower_case_stay_silent(text: str) -> None:
    assert reported(text, RULE) == []


def test_a_word_capital_after_comma_names_gives_way_to_it() -> None:
    text = "The delegation flew to Kyiv on Monday, They met the president at noon."
    assert reported(text, RULE) == []
    assert reported(text, "structure.capital-after-comma") == ["They"]


def test_the_tags_option_decides_which_openers_are_judged() -> None:
    options = builtin_options(RULE)
    text = "The ministers talked for two hours, In my talks with them the tone was warm."
    assert spans(make_check("comma-clause", NO_VOCABULARY, **options), text) == ["In"]
    options["tags"] = [t for t in options["tags"] if t != "IN"]
    assert spans(make_check("comma-clause", NO_VOCABULARY, **options), text) == []


def test_a_subject_needs_a_word_before_the_mark_that_can_end_a_clause() -> None:
    options = builtin_options(RULE)
    text = "The delegation flew to the capital on Monday morning, Officials met the president."
    assert spans(make_check("comma-clause", NO_VOCABULARY, **options), text) == ["Officials"]
    options["clause_end_tags"] = ["NN"]  # the comma itself no longer ends a clause
    assert spans(make_check("comma-clause", NO_VOCABULARY, **options), text) == []
