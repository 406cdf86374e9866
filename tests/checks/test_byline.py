"""`byline`: a credit-line name one slip from a staff name, fixed to the staff spelling."""

from __future__ import annotations

from .helpers import fixed, make_check, spans

STAFF = ["Eric Schmitt"]


def test_a_credit_one_slip_from_the_staff_list_gets_the_staff_spelling() -> None:
    check = make_check("byline", names=STAFF)
    text = "Talks resumed.\n\nErik Schmitt contributed reporting."
    assert fixed(check, text) == "Talks resumed.\n\nEric Schmitt contributed reporting."


def test_a_staff_name_and_a_name_outside_a_credit_line_are_left_alone() -> None:
    check = make_check("byline", names=STAFF)
    assert spans(check, "Talks resumed.\n\nEric Schmitt contributed reporting.") == []
    assert spans(check, "Erik Schmitt said talks resumed.") == []


def test_max_distance_is_the_slip_allowed_per_name_part() -> None:
    text = "Talks resumed.\n\nBy Erik Schmidt"
    assert spans(make_check("byline", names=STAFF), text) == ["Erik Schmidt"]
    assert spans(make_check("byline", names=STAFF, max_distance=0), text) == []


def test_without_a_staff_list_nothing_is_reported() -> None:
    assert spans(make_check("byline"), "Talks resumed.\n\nBy Erik Schmitt") == []
