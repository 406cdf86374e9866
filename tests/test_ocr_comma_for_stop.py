"""A full stop a scanner read as a comma at a line's end ("a child,\\nShe fell ill"); verse,
salutations, sentences that go on and typed pages are left alone (own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.ocr_specks import commas_before_a_clause

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"
LONG = "Some weeks ago Mrs. Hibbert gave birth to a healthy child,"


def _commas(text: str) -> int:
    return len(list(commas_before_a_clause(text)))


def test_a_comma_ending_a_line_before_a_new_sentence_is_found() -> None:
    assert _commas(LONG + "\nShe fell ill, and became insane.") == 1
    assert _commas("the men rushed up and caught hold of the prisoner at once,\nHe got away.") == 1


def test_verse_salutations_and_sentences_going_on_are_not_found() -> None:
    assert _commas("Lifted in its stalwart hands,\nThe banner waved on high.") == 0  # verse
    assert _commas("Sir,\nThe letter you printed was wrong.") == 0  # a salutation
    assert _commas(LONG + "\nthe first of her family to be born there.") == 0  # goes on
    assert _commas(LONG + "\nThe Times reported.") == 0  # a name: a capital after "The"
    assert _commas(LONG + " She fell ill.") == 0  # one line: capital-after-comma's


def test_reported_on_a_scanned_page_only(linter: Linter) -> None:
    text = LONG + "\nShe fell ill, and became insane."
    assert "ocr.comma-for-stop" in rules_at(linter, DAMAGE + text, "child,")
    assert "ocr.comma-for-stop" not in rules_at(linter, text, "child,")


def test_a_stanza_of_long_lines_is_verse(linter: Linter) -> None:
    # A hymn printed in a scanned page: four lines of nine words or more, ending on commas
    # before capitals (stop 50's probe). A run of four lines or more of verse is a stanza; the
    # three short lines of the page above are not taken for one.
    hymn = (
        "When evening falls upon the silent hills and shadows slowly creep,\n"
        "The weary shepherd gathers in his flock beneath the darkening sky,\n"
        "And far below the valley lights are burning warm and bright,\n"
        "We lift our hearts to Him who guards us through the night.\n"
    )
    assert _commas(hymn) == 0
    assert "ocr.comma-for-stop" not in rules_at(linter, DAMAGE + "\n" + hymn, "creep,")


def test_a_newspaper_column_is_no_stanza(linter: Linter) -> None:
    # A column's lines run a sentence on in lower case; its one comma at a line's end (the
    # misread stop) made the run read as verse (review51's probe, used with permission).
    column = (
        "The annual fair of the county society opened on Tuesday\n"
        "morning under a clear sky, arid tbe attendance was larger\n"
        "tban in auy previous year, the gate receipts reaching\n"
        "nearly four hundred dollars before the noon hour had come,\n"
        "The exhibits of cattle and swine were unusually fine.\n"
    )
    assert _commas(column) == 1
    assert "ocr.comma-for-stop" in rules_at(linter, DAMAGE + "\n" + column, "come,")
