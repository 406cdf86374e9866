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
