"""`ocr.odd-shape`: tokens whose shape print never shows, reported in scanned text only."""

from __future__ import annotations

import pytest

from newslint.ocr_shapes import PrintShapes, shape, shape_parts

from .checks.helpers import make_check, spans

SCANNED = (
    "The govemrnent of tbe country said that the rnain road to the capitaI was closed. "
    "Tbe rnayor said it wi1l reopen. Officials in the city were quoted by the newspaper."
)


def test_a_shape_writes_letters_digits_and_like_marks_as_classes() -> None:
    assert shape("W1alton-street,") == "A9a-a,"
    assert shape("“Smith’s”") == "'Aa'a'"
    assert shape_parts("(Pkbott.") == ("L(", "C^Aa", "CAa$", "T.")
    assert shape_parts("--") == ("L-",)


@pytest.mark.parametrize(
    "token", ["W1alton-street,", "Po]ice", "`ry.", "guilty,.3ud", "6*", "M1r.", "Commissioner*"]
)
def test_a_scanners_digit_or_mark_for_a_letter_is_no_printed_shape(token: str) -> None:
    assert PrintShapes().unprinted(token)


@pytest.mark.parametrize(
    "token",
    ["O'Brien's", "(U.S.)", "£2", "3s.", "6d.,", "$25,922,066", "3.30", "a.m.;", "COVID-19", "1990s,",
     "“Yes,”", "McDonald's", "https://example.org/a]b", "a\ufffdb", "pra\u00adctice", "Russiaâ€™s", "•"],
)  # fmt: skip
def test_printed_shapes_and_what_others_report_are_left_alone(token: str) -> None:
    assert not PrintShapes().unprinted(token)


def test_a_core_is_judged_by_its_runs_so_a_new_combination_of_printed_runs_passes() -> None:
    table = PrintShapes(frozenset({"L", "T", "C^A'", "CA'A", "C'Aa", "CAa$", "Ca'a", "C'a$"}))
    assert not table.unprinted("D'Arcy")
    assert table.unprinted("D'Ar]cy")


def test_a_closing_bracket_or_quote_beside_a_sentence_mark_is_printed() -> None:
    """The table counts "T)", "T;", "T?" and "T)," but not every pairing print makes."""
    assert not PrintShapes().unprinted("(1871);")
    assert not PrintShapes().unprinted("(1871?),")
    table = PrintShapes(frozenset({"L(", "C^9$", "T)", "T;", "T,"}))
    assert not table.unprinted("(12);")
    assert table.unprinted("(12;,")  # no bracket or quote closes between the marks
    assert table.unprinted("(12)!")  # and each side must be printed


def test_the_rule_reports_odd_shapes_only_where_the_document_looks_scanned() -> None:
    check = make_check("ocr-noise", detect="odd-shape")
    assert spans(check, SCANNED + " The Po]ice came from W1alton-street, at once.") == [
        "Po]ice",
        "W1alton-street,",
    ]
    assert spans(check, "The Po]ice came from W1alton-street, at once. All was calm.") == []


@pytest.mark.parametrize(
    "token", ["AT&T", "M&S,", "2½", "1¾", "4×4,", "C++", "30°C;", "F#", "Q&A."]
)
def test_signs_print_sets_on_their_own_split_a_token_instead_of_making_it_odd(token: str) -> None:
    assert not PrintShapes().unprinted(token)


@pytest.mark.parametrize("token", ["~foNDAY,", "D~AILY", "°li", "PAV<"])
def test_marks_a_scanner_makes_of_specks_stay_evidence(token: str) -> None:
    assert PrintShapes().unprinted(token)
