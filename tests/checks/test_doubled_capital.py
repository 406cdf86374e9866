"""`doubled-capital`: a word opening with two capitals where one belongs ("MIke", "THe")."""

from __future__ import annotations

from .helpers import fixed, make_check, spans


def test_two_capitals_opening_a_common_word_are_one_too_many() -> None:
    check = make_check("doubled-capital")
    assert fixed(check, "MIke Johnson spoke.") == "Mike Johnson spoke."
    assert spans(check, "THe vote and the SYstem failed.") == ["THe", "SYstem"]


def test_a_single_letter_after_the_capitals_needs_a_function_word() -> None:
    # "MEd" (a degree) would read "Med"; only "THe", "ANd" and the like are judged so short.
    check = make_check("doubled-capital")
    assert spans(check, "She holds an MEd and ANd a PhD.") == ["ANd"]


def test_acronyms_with_their_endings_and_rare_forms_are_left_alone() -> None:
    text = "The DJs were DJing; it was OKed by CEOs for MPhil and MEng students."
    assert spans(make_check("doubled-capital"), text) == []


def test_min_zipf_is_how_common_the_one_capital_form_must_be() -> None:
    assert spans(make_check("doubled-capital", min_zipf=9.0), "MIke spoke.") == []


def test_a_rare_name_is_judged_by_the_page_spelling_it_with_one_capital() -> None:
    check = make_check("doubled-capital")
    text = "Mayor Ana KOvalenko opened the bridge. Kovalenko thanked the builders."
    assert (
        fixed(check, text)
        == "Mayor Ana Kovalenko opened the bridge. Kovalenko thanked the builders."
    )
    # Without the page's own spelling the rare name is no evidence; nor is a longer word.
    assert spans(check, "Mayor Ana KOvalenko opened the bridge.") == []
    assert spans(check, "Mayor Ana KOvalenko met the Kovalenkos.") == []
