"""Words in capitals misread as other words in capitals ("OP" for "OF", "AIL" for "ALL", "FOB"
for "FOR") on a scanned page; acronyms are left alone (own texts)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def test_a_misread_capital_in_a_heading_is_reported(linter: Linter) -> None:
    for heading, word in (
        ("NOTICE TO THE OWNERS OP LAND IN THE TOWNSHIP.", "OP"),
        ("A MEETING OF AIL THE MEMBERS WILL BE HELD.", "AIL"),
        ("FOB SALE: TWO GOOD HORSES AND A WAGON.", "FOB"),
    ):
        text = DAMAGE + heading + "\nThe sale will be held on Monday."
        assert "ocr.unlikely-word" in rules_at(linter, text, word), heading


def test_acronyms_and_typed_copy_are_left_alone(linter: Linter) -> None:
    # an acronym among lower-case words, one that recurs, and a heading in born-digital copy
    text = DAMAGE + "The OP said so. THE OP ED PAGE AND THE OP ED EDITOR MET."
    assert "ocr.unlikely-word" not in rules_at(linter, text, "OP")
    typed = "NOTICE TO THE OWNERS OP LAND IN THE TOWNSHIP.\nThe sale will be held on Monday."
    assert "ocr.unlikely-word" not in rules_at(linter, typed, "OP")


def test_a_misread_capital_is_asked_in_copy_the_gate_leaves_shut(linter: Linter) -> None:
    # a reprint with no other damage: a word of three letters or more, not an initialism
    text = "A LETTER TO THE AGENTS OF AIL THE BANKS.\nThe letter was sent on Monday."
    assert "ocr.unlikely-word" in rules_at(linter, text, "AIL")
    initials = "A LETTER TO THE HB AND BB BRANCHES.\nThe letter was sent on Monday."
    assert "ocr.unlikely-word" not in rules_at(linter, initials, "HB")
    brand = "Our new wall uses HARO PROTECT panels, the maker says."
    assert "ocr.unlikely-word" not in rules_at(linter, brand, "HARO")


def test_the_message_claims_no_scan_where_the_gate_is_shut(linter: Linter) -> None:
    # the capitals pass asks copy the gate leaves shut: nothing says that copy was scanned
    text = "A LETTER TO THE AGENTS OF AIL THE BANKS.\nThe letter was sent on Monday."
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == "ocr.unlikely-word"]
    assert found and all("scanned" not in f.message for f in found)
