"""Figures whose thousands separator a scan broke ("$900, 000", "170,\\n000", "23.000 teachers")
on a scanned page; lists of numbers, dates and measures are left alone (own texts)."""

from __future__ import annotations

from newslint.checks.ocr_residue import broken_figures
from newslint.engine import Linter

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], fix) for start, end, fix in broken_figures(text)]


def test_cut_and_stopped_figures_are_found_with_their_fix() -> None:
    assert _found("the cost fell to $900, 000 this year") == [("$900, 000", "$900,000")]
    assert _found("a vote of 170,\n000 for it") == [("170,\n000", "170,000")]
    assert _found("from $1,200, 000 to less") == [("$1,200, 000", "$1,200,000")]
    assert _found("there will be 23.000 teachers") == [("23.000", "23,000")]


def test_lists_dates_and_measures_are_not_found() -> None:
    text = "Lodges Nos. 105, 172 and 320 met on May 11, 1862, in 2.125 inches of rain; $900,000."
    assert _found(text) == []
    assert _found("a rise of 1.500%") == []  # a symbol, not a counted noun


def test_reported_on_a_scanned_page_only(linter: Linter) -> None:
    text = DAMAGE + "The State will pay $900, 000 to its 23.000 teachers."
    assert "ocr.broken-figure" in rules_at(linter, text, "$900, 000")
    assert "ocr.broken-figure" in rules_at(linter, text, "23.000")
    typed = "The State will pay $900, 000 to its teachers."
    assert "ocr.broken-figure" not in rules_at(linter, typed, "$900, 000")
