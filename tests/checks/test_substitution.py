"""`substitution`: a map of unwanted forms to preferred ones, the fix keeping the case."""

from __future__ import annotations

from .helpers import fixed, make_check, spans

SWAP = {"contributed with reporting": "contributed reporting"}


def test_each_unwanted_form_becomes_the_preferred_one_keeping_its_case() -> None:
    check = make_check("substitution", swap=SWAP)
    text = "Reuters contributed with reporting. Contributed With Reporting."
    assert fixed(check, text) == "Reuters contributed reporting. Contributed reporting."


def test_ignorecase_off_matches_the_form_as_written() -> None:
    check = make_check("substitution", swap=SWAP, ignorecase=False)
    assert spans(check, "Contributed With Reporting.") == []


def test_word_boundary_off_finds_forms_inside_words() -> None:
    ligatures = {"ﬁ": "fi", "ﬂ": "fl"}
    inside = make_check("substitution", swap=ligatures, ignorecase=False, word_boundary=False)
    assert fixed(inside, "The ﬁrst ﬂight.") == "The first flight."
    assert spans(make_check("substitution", swap=ligatures), "The ﬁrst ﬂight.") == []
