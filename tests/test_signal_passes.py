"""The OCR signal's shortened passes (issue 15) give what the full ones gave: the cut words it
counts between words are `cut_words`' spaced ones, and a token judged through its core's memo has
the kind `damage_kind` gives the token itself. Texts written here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.lexicon import Vocabulary, memo_of
from newslint.ocr_context import cut_words, spaced_cuts
from newslint.ocr_damage import Zipf, damage_kind, strip_edges
from newslint.signals import _any_damaged

from .conftest import examples

TEXTS = [
    "The com pany said its gover nment partner would oth er wise pay.",
    "A word cut at the line's end, expendi-\ntures, and one cut by a line, com\npany, stay out.",
    "Collector S. Harish and the HOUSE S are no cuts; fir t is, and b efore is too.",
    "A hy- phen cut, a dash— cut and the x-ray of 5th ave nue, don't t ouch it.",
    "the offi cial\tre port was sent in the eve ning",
]


def _spaced(text: str, zipf: Zipf) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in spaced_cuts(text, zipf)]


def _from_all(text: str, zipf: Zipf) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group())
        for m in cut_words(text, zipf)
        if m.group("gap") in (" ", "\t")
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_spaced_cuts_are_the_cut_words_one_space_apart(text: str) -> None:
    zipf = Vocabulary().zipf
    assert _spaced(text, zipf) == _from_all(text, zipf)


def test_the_cuts_across_a_line_end_are_left_to_cut_words() -> None:
    zipf = Vocabulary().zipf
    found = {m.group() for text in TEXTS for m in spaced_cuts(text, zipf)}
    assert {"com pany", "gover nment", "b efore", "offi cial"} <= found
    every = {m.group() for text in TEXTS for m in cut_words(text, zipf)}
    assert every - found == {"expendi-\ntures", "com\npany"}


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.sampled_from(["com", "pany", "oth", "er", "the", "b", "S", "5", "x-ray", "wise"]),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "\t", "\n", "- ", "  ", ", "]), min_size=12, max_size=12),
)
def test_spaced_cuts_of_any_word_sequence(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    zipf = Vocabulary().zipf
    assert _spaced(text, zipf) == _from_all(text, zipf)


def test_a_token_judged_through_its_core_has_its_own_kind() -> None:
    vocabulary = Vocabulary()
    tokens = "said said, (said) tliat tliat. wi1l “wi1l” , . ... SYstem SYstem: -- th^ ' \"".split()
    _any_damaged(tokens, vocabulary.zipf)
    memo = memo_of(vocabulary.zipf, "damage_kind")
    assert memo is not None
    for token in tokens:
        assert memo[token] == damage_kind(token, strip_edges(token), vocabulary.zipf), token
    assert memo["tliat."] == "non-word" and memo[","] == "lone-mark" and memo["said,"] is None
