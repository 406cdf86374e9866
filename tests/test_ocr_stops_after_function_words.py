"""A full stop a scanner put after a short function word (issue 14)."""

from __future__ import annotations

from newslint.lexicon import zipf
from newslint.ocr_specks import stops_before_lower_case


def _stops(text: str) -> list[str]:
    """Each stop found, with the word before it."""
    return [text[:end].split()[-1] for _, end in stops_before_lower_case(text, zipf)]


def test_stop_after_a_function_word_before_a_lower_case_word() -> None:
    text = "The clerk who. was there said the rest should be. mentioned later."
    assert _stops(text) == ["who.", "be."]


def test_abbreviations_and_sentence_ends_are_left_alone() -> None:
    text = "It is 12 in. long; at 10 a. m. the men met. Then St. Paul spoke to the men who came in."
    assert _stops(text) == []
