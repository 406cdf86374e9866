"""Rare words read as damage (own texts): a word the dictionary licenses is one whatever its case
(`ocr.non-word` at a sentence's or a heading's start), and a gender-neutral form of a dictionary
word in "-man" is one word, not two glued (`mt.glued-words`: "servicepersons")."""

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


@pytest.mark.parametrize("word", ["Promenaded", "Besmeared", "BESMEARED"])
def test_a_dictionary_word_with_a_capital_is_no_non_word(non_word: Linter, word: str) -> None:
    assert rules_at(non_word, SCANNED, word) == []


def test_a_misreading_beside_them_is_still_reported(non_word: Linter) -> None:
    assert "ocr.non-word" in rules_at(non_word, SCANNED, "Snjreme")


@pytest.fixture
def glued(builtin_rules: list[Rule]) -> Linter:
    return Linter(builtin_rules, select=["mt.glued-words"])


CEREMONY = (
    "The ministry said 40 servicepersons were honoured on Monday. Veterans and servicepeople\n"
    "marched, and the chairperson thanked the craftspersons, businesswomen and townspeople.\n"
)


@pytest.mark.parametrize(
    "word", ["servicepersons", "servicepeople", "craftspersons", "businesswomen", "townspeople"]
)
def test_a_neutral_form_of_a_man_word_is_one_word(glued: Linter, word: str) -> None:
    assert rules_at(glued, CEREMONY, word) == []


# review52's probes: an -ing form ("workingman") makes no neutral word of "people", and neither
# does a nationality the dictionary capitalises ("Frenchman"; below).
@pytest.mark.parametrize("token", ["thepeople", "manypeople", "thewomen", "workingpeople"])
def test_people_glued_to_a_word_is_still_two(glued: Linter, token: str) -> None:
    text = f"Officials spoke, and {token} cheered when the minister arrived on Monday."
    assert "mt.glued-words" in rules_at(glued, text, token)


def test_a_nationality_glued_to_people_is_still_two(glued: Linter) -> None:
    text = (
        "The minister said that Frenchpeople and Englishpeople have shared the channel for"
        " centuries, and that workingpeople deserve a raise."
    )
    assert "mt.glued-words" in rules_at(glued, text, "Frenchpeople")
    assert "mt.glued-words" in rules_at(glued, text, "Englishpeople")
