"""`cut-apostrophe`: characters a pipeline dropped right after an apostrophe."""

from __future__ import annotations

from .helpers import make_check, spans


def test_a_clitic_and_part_of_the_next_word_lost_after_an_apostrophe_is_found() -> None:
    text = "Voters said the mayor’rmer deputy had won, and the harbour'ployees agreed."
    assert spans(make_check("cut-apostrophe"), text) == ["mayor’rmer", "harbour'ployees"]


def test_contractions_set_forms_and_elisions_are_not_read() -> None:
    text = (
        "They’re sure it isn’t over; we’ll see at ten o’clock. The rock’n’roll night, the "
        "commedia dell’arte, quell’anno and l’homme were reviewed."
    )
    assert spans(make_check("cut-apostrophe"), text) == []


def test_transliterated_glottal_stops_are_not_read() -> None:
    text = "Scholars of the Qur’an and Shi’ite law met in Sana’a, and the ali’i came from Hawai’i."
    assert spans(make_check("cut-apostrophe"), text) == []


def test_pieces_glued_to_other_marks_or_digits_are_not_read() -> None:
    text = "The file council’rmer2, the pre-mayor’rmer and mayor’rmer’s are not one token cut."
    assert spans(make_check("cut-apostrophe"), text) == []
