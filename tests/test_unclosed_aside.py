"""An aside after a sentence's subject opened by a comma and never closed (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.unclosed-aside"


def _words(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text)) if f.rule == _RULE]


def test_a_name_in_apposition_runs_on_into_the_verb(linter: Linter) -> None:
    text = "The new harbour master, Captain Lena Holm opened the lock gates on Monday morning.\n"
    assert _words(linter, text) == ["Holm"]


def test_a_relative_clause_runs_on_into_the_verb(linter: Linter) -> None:
    text = (
        "A ferry, which had left the port of Kiel with forty people on board near Rostock ran "
        "aground in the fog.\n"
    )
    assert _words(linter, text) == ["Rostock"]


def test_a_closed_aside_an_introduction_and_a_question_stay_silent(linter: Linter) -> None:
    text = (
        "The harbour master, Captain Lena Holm, opened the gates. Last week, Lena Holm opened "
        "them again. In the morning, Captain Holm left early. What's more, Lena Holm stayed "
        "calm. The ferry, which left Kiel, ran aground. The ferry, Lena Holm said, was late.\n"
    )
    assert _words(linter, text) == []
