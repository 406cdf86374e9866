"""Names another language writes, on a scanned page (own texts): `ocr.non-word` leaves a
capitalised word that a large French, Spanish, Italian, Portuguese, German or Dutch word list has,
and still reports a misreading one letter from a common English word or no list's word at all."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.foreign_names import foreign_name
from newslint.lexicon import zipf

from .conftest import rules_at

# Misreadings ("tbe", "tliat") make the page look scanned; its settlers' names are printed right.
SCANNED = (
    "By tbe arrival of tbe mail we learn tliat tbe farm of Mr. Ferrandino, near tbe\n"
    "church, was sold to Dalmasso and Verhaegen, who came from Hoogeveen last spring.\n"
    "Tbe Piloot of tbe ferry and tbe Govermnent inspector were present.\n"
)


@pytest.mark.parametrize("word", ["Ferrandino", "Dalmasso", "Verhaegen", "Hoogeveen"])
def test_a_name_another_language_writes_is_no_non_word(non_word: Linter, word: str) -> None:
    assert foreign_name(word, zipf)
    assert rules_at(non_word, SCANNED, word) == []


@pytest.mark.parametrize("word", ["Piloot", "Govermnent"])
def test_a_misread_english_word_is_still_reported(non_word: Linter, word: str) -> None:
    assert not foreign_name(word, zipf)
    assert "ocr.non-word" in rules_at(non_word, SCANNED, word)


@pytest.mark.parametrize("word", ["Tbe", "ferrandino", "FERRANDINO", "Ferrandino's"])
def test_only_a_capitalised_word_of_five_letters_or_more_is_asked(word: str) -> None:
    """Short spellings land on some list's word by chance; other shapes are judged as before."""
    assert not foreign_name(word, zipf)
