"""A word a scanner cut in two where both pieces are listed words ("admit ted", "opera ted"):
reported by ocr.cut-word in scanned text when the joined word beats the independence estimate
of the pair; phrases ("per cent", "man aged") and typed copy are left alone (own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.ocr_context import is_cut_word
from newslint.ocr_open_splits import is_open_split, open_splits

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def _splits(text: str) -> list[str]:
    return [match.group() for match in open_splits(text, zipf)]


def test_cut_words_whose_pieces_are_words_are_found() -> None:
    text = "The schools opera ted nine months; he was admit ted and ex pressed the view."
    assert _splits(text) == ["opera ted", "admit ted", "ex pressed"]
    assert is_open_split("be", "gan", zipf)  # a function word and a listed piece
    assert is_open_split("Chap", "ter", zipf)  # a capitalised first piece
    assert is_open_split("Ire", "land", zipf)  # a name, its capital first
    assert not is_open_split("ire", "land", zipf)  # no capital, no name


def test_phrases_and_fragments_are_not_found() -> None:
    assert not is_open_split("per", "cent", zipf)  # a phrase: the pair is common itself
    assert not is_open_split("man", "aged", zipf)
    assert not is_open_split("sun", "shine", zipf)
    assert not is_open_split("in", "to", zipf)  # two function words
    assert not is_open_split("cou", "nterpart", zipf)  # a fragment: the plain cut-word test's
    assert _splits("the admit-ted case, admit ted's case, admit\tted") == ["admit\tted"]


def test_reported_in_scanned_text_only(linter: Linter) -> None:
    text = DAMAGE + "He was admit ted to the hospital on Friday."
    assert "ocr.cut-word" in rules_at(linter, text, "admit ted")
    typed = "He was admit ted to the hospital on Friday, the board said in a statement."
    assert "ocr.cut-word" not in rules_at(linter, typed, "admit ted")


def test_a_capital_read_apart_from_a_short_word_is_cut() -> None:
    """ "T hey", "W hen": a capital that is no word alone, a space from the lower-case rest of a
    four-letter word; "A", "I" and "O" are words, and short joins of two words stay apart."""
    assert is_cut_word("T", " ", "hey", zipf)
    assert is_cut_word("W", " ", "hen", zipf)
    assert not is_cut_word("A", " ", "men", zipf)
    assert not is_cut_word("I", " ", "tem", zipf)
    assert not is_cut_word("T", " ", "Hey", zipf)  # a capitalised rest is an initial's name
    assert not is_cut_word("in", " ", "to", zipf)
