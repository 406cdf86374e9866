"""`word_endings`: how many English words end in a common word."""

from __future__ import annotations

from wordfreq import iter_wordlist

from newslint.word_endings import ENDINGS_MIN_ZIPF, LONGER_BY, ending_rate


def test_names_end_in_words_many_words_end_in_and_glues_in_others() -> None:
    for word in ("bridge", "gate", "field", "war", "town"):
        assert (ending_rate(word, ENDINGS_MIN_ZIPF) or 0) > 1, word
    for word in ("efficiency", "television", "crisis", "trade", "recently"):
        assert (ending_rate(word, ENDINGS_MIN_ZIPF) or 0) < 1, word


def test_a_word_rarer_than_the_table_has_no_rate() -> None:
    assert ending_rate("zzyzx", ENDINGS_MIN_ZIPF) is None


def test_the_table_agrees_with_a_recount() -> None:
    words = [w for w in iter_wordlist("en", "large") if w.isalpha()]
    for ending in ("bridge", "trade", "faith"):
        ends = sum(1 for w in words if len(w) >= len(ending) + LONGER_BY and w.endswith(ending))
        rate = ending_rate(ending, ENDINGS_MIN_ZIPF)
        assert rate is not None and abs(rate - ends / len(words) * 10_000) < 0.01
