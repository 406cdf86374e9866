"""A quoted sentence run on after its reporting verb keeps the capital of its first word."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULE = "structure.lowercase-quote-start"


def _spans(text: str) -> list[str]:
    linter = Linter(load_rules(), select=[RULE])
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


def test_a_clause_opened_in_lower_case_after_the_verb_is_reported() -> None:
    text = (
        'The governor said, "we have to act now." The envoy told reporters: “i think so.” '
        'She added, "there is no plan."'
    )
    assert _spans(text) == ["we", "i", "there"]


def test_fragments_closing_marks_and_capitals_are_left_alone() -> None:
    text = (
        'He told the press, "to show that we can." The note says, “a first step.” '
        '"We will go," he said. "It is done," she said, "and they know it." '
        'The minister said, "We have to act."'
    )
    assert _spans(text) == []
