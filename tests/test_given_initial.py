"""`consistency.initial-for-given-name`: a person named by the initial of a given name the page
also writes in full (issue 14). Texts written for these tests."""

from __future__ import annotations

from tests.conftest import reported

RULE = "consistency.initial-for-given-name"


def test_an_initial_for_a_given_name_the_page_spells_out_is_reported() -> None:
    text = (
        "Georgian speaker Irakli Kobakhidze resigned on Friday.\n\n"
        "The opposition called for the resignation of I. Kobakhidze and the minister.\n\n"
        "MP Archil Talakvadze is expected to replace I. Kobakhidze."
    )
    assert reported(text, RULE) == ["I. Kobakhidze", "I. Kobakhidze"]


def test_the_full_name_is_suggested() -> None:
    from tests.checks.helpers import make_check, run

    text = "Irakli Kobakhidze spoke. Later I. Kobakhidze left."
    findings = run(make_check("given-initial"), text)
    assert [f.suggestions for f in findings] == [("Irakli Kobakhidze",)]
    assert findings[0].fix is None


def test_a_middle_initial_or_a_row_of_initials_is_no_given_name() -> None:
    assert reported("Present: Mr. Adolf A. Berle, Jr., and Adolf Berle's deputy.", RULE) == []
    assert reported("John Ronald Tolkien wrote it; J. R. Tolkien signed it.", RULE) == []


def test_a_full_form_opening_with_an_english_word_is_no_name() -> None:
    assert reported("South Korean firms gained, and S. Korean exports rose.", RULE) == []
    assert reported("North Carolina voted; N. Carolina counties reported late.", RULE) == []


def test_two_given_names_of_one_letter_are_two_people() -> None:
    text = "Irakli Kobakhidze and Ivane Kobakhidze spoke; I. Kobakhidze left first."
    assert reported(text, RULE) == []


def test_a_page_of_full_names_and_surnames_is_silent() -> None:
    text = "Irakli Kobakhidze resigned. Kobakhidze said nothing, and Mr Kobakhidze left."
    assert reported(text, RULE) == []


def test_firms_and_brands_named_for_their_founders_are_left_alone() -> None:
    # Clean business copy full of names: a firm keeps its founder's initial.
    text = (
        "Shares of T. Rowe Price rose 2% on Tuesday. The firm, founded by Thomas Rowe Price "
        "in Baltimore, manages funds for Bankinter and Clearscore clients. J. Crew and "
        "Brightwheel also reported. W. P. Carey, named for William Polk Carey, gained; "
        "H. Samuel, the jeweller Harriet Samuel founded, opened a store in Leeds."
    )
    assert reported(text, RULE) == []


def test_a_founder_named_first_keeps_the_firms_initial() -> None:
    assert (
        reported("Harriet Samuel founded the jeweller; H. Samuel now has 300 stores.", RULE) == []
    )
    # A foreign politician's full name is one English hardly writes: the initial is reported.
    text = "Sergei Lavrov met the envoy. Later S. Lavrov said the talks went well."
    assert reported(text, RULE) == ["S. Lavrov"]


def test_a_results_line_names_players_by_initial() -> None:
    # review52's probe: results and scorecards initial the players the report names in full.
    text = (
        "Iga Swiatek saved three match points before losing to Aryna Sabalenka in Riyadh.\n\n"
        "Results: A. Sabalenka bt I. Swiatek 6-4, 3-6, 7-5; C. Gauff bt J. Pegula 6-2, 6-3.\n"
    )
    assert reported(text, RULE) == []
    text = "Aryna Sabalenka won in Riyadh.\n\nFinal: A. Sabalenka 6-4, 7-5.\n"
    assert reported(text, RULE) == []
