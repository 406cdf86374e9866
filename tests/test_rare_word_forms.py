"""Rare words read as damage (own texts): a word the dictionary licenses is one whatever its case
(`ocr.non-word` at a sentence's or a heading's start)."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.rules import Rule

from .conftest import rules_at

# Misreadings ("tbe", "tliat") make the page look scanned; its rare words are printed right.
SCANNED = (
    "By tbe arrival of tbe steamer we have dates from Vera Cruz to tbe 20th. It is reported\n"
    "tliat tbe guerillas have been dispersed, and tbat tbe roads are open.\n"
    "Promenaded along the quay, the officers were cheered. Besmeared with mud, the couriers\n"
    "arrived.\n\nBESMEARED WITH MUD.\n\nTbe Snjreme Court sat on Monday.\n"
)


@pytest.fixture
def non_word(builtin_rules: list[Rule]) -> Linter:
    return Linter(builtin_rules, select=["ocr.non-word"])


@pytest.mark.parametrize("word", ["Promenaded", "Besmeared", "BESMEARED"])
def test_a_dictionary_word_with_a_capital_is_no_non_word(non_word: Linter, word: str) -> None:
    assert rules_at(non_word, SCANNED, word) == []


def test_a_misreading_beside_them_is_still_reported(non_word: Linter) -> None:
    assert "ocr.non-word" in rules_at(non_word, SCANNED, "Snjreme")
