"""`consistency.abbreviation-points`: one abbreviation of capitals written with and without full
points in one article (issue 14). Texts written for these tests."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

LINTER = Linter(load_rules(), ignore=["grammar"])


def _reported(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in LINTER.lint(Document(text))
        if f.rule == "consistency.abbreviation-points"
    ]


def test_the_minority_form_of_one_abbreviation_is_reported() -> None:
    text = "Talks in the U.A.E. began on Monday. The UAE said, and U.A.E. officials agreed."
    assert _reported(text) == ["UAE"]


def test_different_abbreviations_and_us_are_not_compared() -> None:
    text = "The U.N. envoy met EU ministers; U.S. and US officials listened."
    assert _reported(text) == []


def test_a_plain_form_before_a_name_word_is_a_name() -> None:
    text = "The U.K. minister spoke to UK Sport about the games, and U.K. officials agreed."
    assert _reported(text) == []
