"""A capitalised token a scanned page repeats, one letter from an everyday word, is read as a
misreading of it unless the page writes it where a name stands."""

from __future__ import annotations

from collections import Counter

import pytest

from newslint import cased_lexicon
from newslint.lexicon import Vocabulary
from newslint.ocr_repeated_capitals import named_words, repeated_misread, repeated_misreads


def test_a_long_unlisted_capital_one_letter_from_an_everyday_word_is_read_as_it() -> None:
    assert repeated_misread("Hoasehold", Vocabulary().zipf, cased_lexicon.english()) == "household"


@pytest.mark.parametrize(
    "word",
    [
        "Household",  # a word
        "Wcek",  # short: a chance neighbour of an everyday word
        "Xqzvbwrt",  # no everyday word is one letter away
        "HOASEHOLD",  # capitals: an initialism's shape
    ],
)
def test_other_words_are_left_alone(word: str) -> None:
    assert repeated_misread(word, Vocabulary().zipf, cased_lexicon.english()) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Hoasehold Guards and the Hoasehold band played.", {"Hoasehold"}),
        ("Once the Hoasehold band played.", set()),  # once: the non-word rule's own case
        ("Mr. Hoasehold spoke; then Hoasehold sat down.", set()),  # after a title
        ("J. Hoasehold spoke; the Hoasehold band played.", set()),  # after an initial
        ("Mary Hoasehold spoke; the Hoasehold band played.", set()),  # after a given name
    ],
)
def test_a_page_that_writes_it_as_a_name_keeps_it(text: str, found: set[str]) -> None:
    counts = Counter(word.strip(".;,") for word in text.split())
    zipf = Vocabulary().zipf
    assert repeated_misreads(text, counts, zipf, cased_lexicon.english()) == found


def test_names_stand_after_titles_initials_and_given_names_not_function_words() -> None:
    text = "Mr. Abel met J. Baker, Mary Cole and The Dane; Of Eden."
    assert named_words(text) == {"Abel", "Baker", "Cole"}
