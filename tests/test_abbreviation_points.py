"""`consistency.abbreviation-points`: one abbreviation of capitals written with and without full
points in one article (issue 14). Texts written for these tests."""

from __future__ import annotations

from tests.conftest import reported

RULE = "consistency.abbreviation-points"


def test_the_minority_form_of_one_abbreviation_is_reported() -> None:
    text = "Talks in the U.A.E. began on Monday. The UAE said, and U.A.E. officials agreed."
    assert reported(text, RULE) == ["UAE"]


def test_different_abbreviations_and_us_are_not_compared() -> None:
    text = "The U.N. envoy met EU ministers; U.S. and US officials listened."
    assert reported(text, RULE) == []


def test_a_plain_form_before_a_name_word_is_a_name() -> None:
    text = "The U.K. minister spoke to UK Sport about the games, and U.K. officials agreed."
    assert reported(text, RULE) == []


def test_a_month_abbreviated_once_among_written_out_dates_is_reported() -> None:
    text = "The envoy left on Sept 4, returned on October 12 and spoke again on October 19."
    assert reported(text, "consistency.month-style") == ["Sept 4"]


def test_stamps_and_dated_forms_keep_their_own_style() -> None:
    text = (
        "Posted Oct 12, 2023, 9:40 AM\n\n"
        "The envoy left on October 4 and returned on October 12. The Oct 2023 report is out."
    )
    assert reported(text, "consistency.month-style") == []
