"""`name-case`: a lower-case word inside the name of an office or body."""

from __future__ import annotations

from .helpers import fixed, make_check, run, spans


def test_a_lower_case_word_between_the_nouns_of_a_name_is_capitalised() -> None:
    check = make_check("name-case")
    text = "The Minister of foreign Affairs met the Department of homeland Security."
    assert spans(check, text) == ["foreign", "homeland"]
    assert fixed(check, text) == (
        "The Minister of Foreign Affairs met the Department of Homeland Security."
    )
    assert all(f.fix and f.fix.applicability == "unsafe" for f in run(check, text))


def test_a_title_before_a_person_and_function_words_are_left_alone() -> None:
    check = make_check("name-case")
    assert spans(check, "Chief of staff Ron Klain met the Lady for all Americans.") == []


def test_min_zipf_is_how_common_the_capitalised_nouns_must_be() -> None:
    text = "The Minister of foreign Affairs spoke."
    assert spans(make_check("name-case", min_zipf=7.0), text) == []


def test_an_adjective_inside_a_name_without_of_is_capitalised() -> None:
    check = make_check("name-case")
    text = (
        "They landed at the Tribhuvan international Airport and met the Benadir regional Council."
    )
    assert spans(check, text) == ["international", "regional"]
    assert fixed(check, text) == (
        "They landed at the Tribhuvan International Airport and met the Benadir Regional Council."
    )


def test_a_title_before_a_person_a_date_and_a_first_word_are_left_alone() -> None:
    check = make_check("name-case")
    assert spans(check, "The club signed Kenyan international Victor Wanyama on Monday.") == []
    assert spans(check, "Thousands left Afghanistan last August, officials said.") == []
    assert spans(check, "Regional public Transport was cut.") == []


def test_a_title_with_the_person_in_apposition_is_left_alone() -> None:
    # review41: "former" is no word of a body's name; the title's person follows after a comma
    # (a full name, or "who"), as "Kenyan international Victor Wanyama" has it without one.
    check = make_check("name-case")
    text = (
        "The Conservative former Chancellor, Kenneth Clarke, spoke. The summit was opened by "
        "the Kenyan former President, who spoke for an hour."
    )
    assert spans(check, text) == []
    assert spans(check, "They landed at the Tribhuvan international Airport, Kathmandu.") == [
        "international"
    ]
