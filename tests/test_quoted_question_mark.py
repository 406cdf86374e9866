"""A question closed with a comma inside its quotation (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.question-without-question-mark"


def _marks(linter: Linter, text: str) -> list[tuple[int, str]]:
    return [
        (f.start, text[f.start : f.end])
        for f in linter.lint(Document.from_raw(text))
        if f.rule == _RULE
    ]


def test_a_quoted_question_closed_with_a_comma_is_reported(linter: Linter) -> None:
    text = "“The pier is unsafe. Why is the council still waiting,” a fisherman said.\n"
    assert _marks(linter, text) == [(text.index(",”"), ",")]


def test_quoted_statements_and_questions_with_their_mark_stay_silent(linter: Linter) -> None:
    text = (
        "“Where there is a will, there is a way,” she said. “What is more, the fares rose,” "
        "he added. “Why is the council waiting?” a fisherman asked. “Do it now,” he said.\n"
    )
    assert _marks(linter, text) == []


def test_a_conditional_and_a_question_followed_by_a_clause_stay_silent(linter: Linter) -> None:
    # review41: "Should you" opens a condition, not a question; after "What can you do," the
    # quotation goes on with a new clause, so the comma before the closing mark ends no question.
    text = (
        "“Should you need anything at all, just call me,” she said. “Should it rain, we will "
        "move indoors,” the organiser said. “We lost. What can you do, you move on,” the coach "
        "said. “Can I just say, this team has been wonderful,” the captain said.\n"
    )
    assert _marks(linter, text) == []
    asked = "“When does the council sit again,” the reporter asked.\n"
    assert _marks(linter, asked) == [(asked.index(",”"), ",")]


def test_a_question_run_on_into_a_statement_is_not_reported_at_its_end(linter: Linter) -> None:
    # review41: the statement after the comma ends with the full stop; the question ended at
    # the comma, if anywhere, so the stop is no lost question mark.
    text = "We lost again. What can you do, you just move on. Did they win, it hardly matters.\n"
    assert _marks(linter, text) == []
    plain = "Prices rose again. Why are the ferries still so late and so full.\n"
    assert _marks(linter, plain) == [(plain.rindex("."), ".")]
