"""The noisy channel that reads a rare word as a misreading of a commoner one."""

from __future__ import annotations

from newslint.lexicon import zipf
from newslint.ocr_channel import likely_misreading


def test_a_glyph_confusion_towards_a_far_commoner_word_wins() -> None:
    found = likely_misreading("caine", zipf)
    assert found is not None and found.intended == "came" and found.glyph


def test_any_edit_must_win_by_more_than_its_cost() -> None:
    found = likely_misreading("thins", zipf)
    assert found is not None and found.intended == "this" and not found.glyph
    assert likely_misreading("zeal", zipf) is None  # "real" is commoner, not by enough


def test_common_and_unknown_words_are_not_asked() -> None:
    assert likely_misreading("house", zipf) is None
    assert likely_misreading("qzxv", zipf) is None


def test_the_answer_follows_the_frequencies_given() -> None:
    def flat(word: str) -> float:
        return {"caine": 3.0, "came": 4.0}.get(word, 0.0)

    assert likely_misreading("caine", flat) is None


def test_a_dictionary_word_must_lose_by_more() -> None:
    assert likely_misreading("fur", zipf) is not None  # "for", a glyph confusion away
    assert likely_misreading("fur", zipf, lambda word: word == "fur") is None
    found = likely_misreading("hive", zipf, lambda word: True)
    assert found is not None and found.intended == "have"
