"""A kept line-break hyphen whose fragment wordfreq counts as a word ("govern-ment": "ment" 3.1)
is still a break: no dictionary lists the fragment (own texts)."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def test_a_syllable_wordfreq_counts_is_a_fragment(linter: Linter) -> None:
    text = DAMAGE + "The govern-ment met the mer-chant at the sta-tion in the even-ing."
    for token in ("govern-ment", "mer-chant", "sta-tion", "even-ing"):
        assert "ocr.kept-hyphen" in rules_at(linter, text, token), token


def test_compounds_of_dictionary_words_are_left_alone(linter: Linter) -> None:
    text = DAMAGE + "The well-being of the hip-hop star, the co-op and the per-cent rule to-day."
    for token in ("well-being", "hip-hop", "co-op", "per-cent", "to-day"):
        assert "ocr.kept-hyphen" not in rules_at(linter, text, token), token
