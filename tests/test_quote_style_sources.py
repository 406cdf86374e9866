"""A scanned page's quotation marks are the scanner's guesses, not a style (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

RULE = "consistency.quote-style"

CLEAN = (
    "The fair opened on the 20th of August, and the crowds came early. The mayor said "
    '"We will build a hall" and the clerk said "Not this year", while the judge said “Maybe next '
    "spring.” The rain held off until night, when the gates closed.\n"
)
# The same story as a scanner read it: misread letters, split commas.
SCANNED = (
    "Tbe fair opened on tlie 2oth of Augnst , and tbe crowds came early. Tbe mayor said "
    '"We will build a hall" and tlie clerk said "Not this year" , wbile tbe judge said “Maybe next '
    "spring.” Tlie rain held off until ni^ht , wben the gates closed.\n"
)


def _spans(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text)) if f.rule == RULE]


def test_mixed_marks_in_typed_copy_are_reported(linter: Linter) -> None:
    assert _spans(linter, CLEAN) == ["“", "”"]


def test_mixed_marks_on_a_scanned_page_are_the_scanners_guesses(linter: Linter) -> None:
    assert _spans(linter, SCANNED) == []
