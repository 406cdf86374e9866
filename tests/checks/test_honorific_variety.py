"""`consistency.honorific-for-one-name`: one person given two courtesy titles (issue 14).
Texts written for these tests."""

from __future__ import annotations

from newslint.document import Document
from tests.conftest import reported, surface_linter

RULE = "consistency.honorific-for-one-name"


def test_the_rarer_title_for_one_surname_is_suggested_not_fixed() -> None:
    text = (
        "Angela Merkel arrived on Monday. Ms Merkel met the press, and Ms. Merkel said the "
        "talks went well. Later Mr Merkel left for Paris."
    )
    assert reported(text, RULE) == ["Mr"]
    (found,) = [f for f in surface_linter().lint(Document(text)) if f.rule == RULE]
    assert found.suggestions == ("Ms",) and found.fix is None


def test_on_a_tie_the_page_s_own_choice_of_ms_or_mrs_decides() -> None:
    text = "Ms Velkander chaired the meeting, and Ms Orlova spoke. Mrs Velkander then closed it."
    assert reported(text, RULE) == ["Mrs"]
    # Nothing else on the page to weigh: which is right needs a human.
    assert reported("Ms Velkander chaired the meeting. Mrs Velkander then closed it.", RULE) == []
    # A man's and a woman's title written once each are left alone too.
    assert reported("Mr Velkander chaired the meeting. Ms Velkander then closed it.", RULE) == []


def test_two_people_of_one_surname_keep_their_titles() -> None:
    # A couple, a family, two given names, and Miss (a daughter) are two people.
    texts = [
        "Mr Hale and his wife arrived. Mrs Hale said the trip was long, and Mr Hale agreed.",
        "Mr and Mrs Hale arrived. Mrs Hale said the trip was long, and Mr Hale agreed.",
        "Anna Velkander and Peter Velkander spoke. Ms Velkander left before Mr Velkander did, "
        "and Mr Velkander stayed.",
        "Mrs Keane and Miss Keane arrived together, and Miss Keane spoke first.",
    ]
    for text in texts:
        assert reported(text, RULE) == [], text


def test_a_title_before_the_surname_is_no_second_given_name() -> None:
    text = (
        "Chancellor Merkel arrived on Monday with Angela Merkel's aides. Ms Merkel met the "
        "press, and Ms Merkel said the talks went well. Later Mr Merkel left for Paris."
    )
    assert reported(text, RULE) == ["Mr"]
