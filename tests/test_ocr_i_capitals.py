"""A lower-case i a scanner read as a capital I on a small word before a name ("girls In
Cleveland county"); title-case lines and titles are left alone (own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.ocr_capitals import i_shaped_capitals

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def _words(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in i_shaped_capitals(text)]


def test_an_i_shaped_small_word_before_a_name_is_found() -> None:
    assert _words("the convention began its sessions In Madison Square Garden") == ["In"]
    assert _words("boys and girls In\nCleveland county returned") == ["In"]


def test_title_case_and_titles_are_not_found() -> None:
    assert _words("Mr. Morrow Is Back and In Charge") == []  # a title-case line
    assert _words("the band played In The Mood") == []  # a small word after it: a title
    assert _words("the report said\nIn Washington the talks went on") == []  # opens a line


def test_reported_on_a_scanned_page_only(linter: Linter) -> None:
    text = DAMAGE + "Nine thousand boys and girls In Cleveland county went back to school."
    assert "ocr.misread-capital" in rules_at(linter, text, "In")
    typed = "Nine thousand boys and girls In Cleveland county went back to school."
    assert "ocr.misread-capital" not in rules_at(linter, typed, "In")
