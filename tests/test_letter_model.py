"""`newslint.letter_model`: how English a word's letter runs are, from wordfreq's word list."""

from __future__ import annotations

from newslint.letter_model import letter_score


def test_a_scanner_s_misreading_runs_less_english_than_the_word() -> None:
    for word, misread in (("that", "tliat"), ("building", "bnilding"), ("received", "rncelvcd")):
        assert letter_score(word) > letter_score(misread)


def test_a_rare_word_spelt_the_english_way_scores_like_a_word() -> None:
    assert letter_score("tachistoscopes") > letter_score("tliat")
    assert letter_score("Government") == letter_score("government")  # case does not count


def test_a_run_never_counted_still_has_a_finite_cost() -> None:
    score = letter_score("qxzj")
    assert score < letter_score("quiz") and score > -20
