"""`consistency.foreign-spelling`: an everyday English word transliterated and capitalised by
machine translation (issue 14). Texts written for these tests."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

LINTER = Linter(load_rules(), ignore=["grammar"])


def _reported(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in LINTER.lint(Document(text))
        if f.rule == "consistency.foreign-spelling"
    ]


def test_a_transliterated_word_alone_in_running_text_is_reported() -> None:
    text = "Schools reopened after the pandemic Koronavirus, and in May the distribution Koronavirus slowed."
    assert _reported(text) == ["Koronavirus", "Koronavirus"]


def test_names_and_runs_of_capitals_are_left_alone() -> None:
    text = (
        "We met Karl at Kafe Vienna before the train to Kandy; Koronavirus Task Force members came."
    )
    assert _reported(text) == []
