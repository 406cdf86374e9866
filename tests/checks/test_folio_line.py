"""`folio-line`: a page number left alone between paragraphs; numbered runs are sections."""

from __future__ import annotations

from .helpers import make_check, spans


def test_a_lone_number_between_paragraphs_is_a_folio() -> None:
    text = "Contact us with corrections.\n\n7\n\nAltogether the most valuable find was the map."
    assert spans(make_check("folio-line"), text) == ["7"]


def test_roman_folios_and_a_trailing_full_stop() -> None:
    text = "The report was adopted.\n\nXIV.\n\nThe board met again.\n\n5.\n\nDr. Nash spoke."
    assert spans(make_check("folio-line"), text) == ["XIV.", "5."]


def test_numbers_in_sequence_are_sections() -> None:
    text = "Reasons.\n\n2\n\nThe second.\n\n3\n\nThe third.\n\nIV\n\nThe fourth.\n\nV\n\nThe fifth."
    assert spans(make_check("folio-line"), text) == []


def test_a_first_item_or_a_number_inside_prose_is_no_folio() -> None:
    check = make_check("folio-line")
    assert spans(check, "The list begins.\n\n1\n\nThe first item.") == []
    assert spans(check, "The vote was close,\n\n13\n\nand it passed.") == []
    assert spans(check, "The tally:\n\n13 to 2\n\nThe next item.") == []
