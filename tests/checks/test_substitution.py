"""`substitution`: a map of unwanted forms to preferred ones, the fix keeping the case."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.branches import branch_matches
from newslint.checks.substitution import SubstitutionCheck

from ..conftest import examples
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


# Phrases that share words and prefixes, one inside another: where they overlap, the whole
# pattern's leftmost-first choice decides which is reported.
OVERLAPPING = {
    "big data": "x",
    "big data set": "x",
    "data set": "x",
    "set up": "x",
    "man-made": "x",
    "made": "x",
}
PIECES = ["big", "Big", "data", "DATA", "set", "up", "man", "made", "-", " ", "  ", "\n", "x"]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.booleans(), st.booleans())
def test_phrases_searched_one_by_one_find_what_the_whole_pattern_finds(
    pieces: list[str], ignorecase: bool, bounded: bool
) -> None:
    check = make_check(
        "substitution", swap=OVERLAPPING, ignorecase=ignorecase, word_boundary=bounded
    )
    assert isinstance(check, SubstitutionCheck)
    text = "".join(pieces)
    whole = [(m.start(), m.end()) for m in check.pattern.finditer(text)]
    assert check.branches is not None  # no literal is common to all the phrases
    found = branch_matches(check.pattern, check.branches, text, 0, len(text), 1.0)
    assert [(m.start(), m.end()) for m in found] == whole


def test_phrases_that_share_a_first_word_are_searched_together() -> None:
    check = make_check(
        "substitution", swap={"contributed with reporting": "x", "contributed to": "x"}
    )
    assert isinstance(check, SubstitutionCheck) and check.branches is None
    assert spans(check, "She contributed to it; he contributed with reporting.") == [
        "contributed to",
        "contributed with reporting",
    ]


def test_the_phrases_searched_one_by_one_are_reported_in_text_order() -> None:
    check = make_check("substitution", swap=OVERLAPPING)
    text = "Made a big data set up, man-made data set and big\ndata."
    assert spans(check, text) == ["Made", "big data set", "man-made", "data set", "big\ndata"]
