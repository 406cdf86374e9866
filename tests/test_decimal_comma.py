"""`consistency.decimal-comma`: a decimal comma in an article that writes decimal points
(issue 14). Texts written for these tests."""

from __future__ import annotations

from tests.conftest import reported

RULE = "consistency.decimal-comma"


def test_a_decimal_comma_among_decimal_points_is_reported() -> None:
    text = "Rates: USD 1 in 108,22 in 114.83; EUR 1 in 121.40 in 127.95."
    assert reported(text, RULE) == ["108,22"]


def test_thousands_lists_and_a_comma_house_style_are_silent() -> None:
    text = "The fund raised 1,200 euros from 3,450 donors; shares rose 2.5 per cent."
    assert reported(text, RULE) == []
    assert reported("Inflation was 2,5 % in March and 2,7 % in April, 3.1 a year ago.", RULE) == []
    assert reported("Scores of 3, 4 and 5 were given; the average was 4.2.", RULE) == []


def test_number_lists_and_a_decimal_comma_before_a_unit_are_left_to_others() -> None:
    """A list of numbers whose space was lost is no decimal, and a decimal comma before a unit is
    typography.decimal-comma's finding (one finding, not two)."""
    page = "MPs debate Articles 5,6 and 7; pages 12,13 set out costs of 4.5 million."
    assert reported(page, RULE) == []
    assert reported("The Lions finished 3,4 points clear; 2.5 goals a game.", RULE) == []
    assert reported("The rate was 108,22 on Monday and 114.83 on Friday.", RULE) == ["108,22"]
