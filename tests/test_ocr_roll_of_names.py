"""`ocr.non-word` spares a surname the lists lack when it stands in a roll of single surnames
(`ocr_non_words.in_roll_of_names`), as council minutes and court records call them."""

from __future__ import annotations

import pytest

from newslint.lexicon import zipf
from newslint.ocr_non_words import in_roll_of_names

ROLL = (
    "The meeting was called to order with Aldermen Carroll, Tohn-\nson, Pflughaupt, Henrich,"
    " Dopheide, Friott, Lemke, Schwanbeck\nand Campagna responding. Present: Bowers, Moody,"
    " Mrachek, Williams. Absent: none. They met on Monday, Taesday, Wednesday and Friday."
)


def _spared(word: str, text: str = ROLL) -> bool:
    at = text.index(word)
    return in_roll_of_names(text, at, at + len(word), zipf)


@pytest.mark.parametrize("name", ["Dopheide", "Friott", "Schwanbeck", "Mrachek"])
def test_a_surname_between_listed_surnames_is_spared(name: str) -> None:
    assert _spared(name)


def test_a_roll_needs_two_listed_neighbours() -> None:
    # "Tohn-son" is damaged and "Aldermen Carroll" two words: only "Henrich" counts
    assert not _spared("Pflughaupt")


def test_a_misreading_one_letter_from_a_common_word_is_not_spared() -> None:
    assert not _spared("Taesday")


def test_the_roll_s_last_item_is_judged_by_the_items_before_it() -> None:
    assert _spared("Mrachek", "Present: Bowers, Moody, Williams, Mrachek. Absent: none.")


def test_a_word_outside_a_roll_is_not_spared() -> None:
    text = "The clerk read the Korelgn report to Carroll, Henrich and Lemke."
    assert not _spared("Korelgn", text)
    assert not _spared("Korelgn", "Korelgn, the clerk said, and Henrich agreed.")
