"""An aside opened by a spaced dash after a name and never closed (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.unclosed-aside"


def _words(linter: Linter, text: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == _RULE]


def test_a_title_after_a_dash_that_runs_into_the_verb_is_reported(linter: Linter) -> None:
    text = (
        "The visit was led by Mr. Jonas Berg - Deputy Mayor of the harbour town had talks with "
        "the board. The talks were chaired by Ms. Lena Holm - Chair of the Harbour Board and "
        "attended by the growers.\n"
    )
    assert _words(linter, text) == ["town", "Board"]


def test_datelines_closed_asides_and_joined_names_stay_silent(linter: Linter) -> None:
    text = (
        "KIEL - Harbour Master Lena Holm will open the gates on Monday. The talks on the Kiel - "
        "Rostock ferry route ended. The visit was led by Mr. Jonas Berg - Deputy Mayor of the "
        "town - and ended early. The board met Ms. Lena Holm - the new chair.\n"
    )
    assert _words(linter, text) == []
