"""The look-alike indexes answer the first words asked one by one, and the rest from an index
built once enough words have asked: both ways must name the same words, in the same order where
the order decides (`near_word` keeps the first of equal frequencies). Words written for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import misreadings
from newslint.look_alikes import CommonIndex, common_index
from newslint.misreadings import INDEXED_ZIPF, _misread_from, _MisreadIndex

from .conftest import examples

_COMMON = common_index(misreadings.english_zipf, INDEXED_ZIPF)
_WORDS = st.text(alphabet="abcdehilmnortuvwy01", min_size=1, max_size=7) | st.sampled_from(
    ["tne", "tbe", "thot", "ot", "tliat", "wbich", "bave", "rnore", "aud", "ofthe"]
)


@given(_WORDS)
@settings(max_examples=examples(400), deadline=None)
def test_a_word_tried_letter_by_letter_meets_the_indexed_words_in_the_index_order(
    word: str,
) -> None:
    assert _COMMON is not None
    if not word.isalpha():
        return  # the index is asked about plain words only
    assert list(_COMMON._tried(word)) == list(_COMMON._looked_up(word, _COMMON._indexed()))


@given(_WORDS)
@settings(max_examples=examples(400), deadline=None)
def test_a_misreading_answered_alone_names_what_the_index_names(word: str) -> None:
    assert _COMMON is not None
    alone = _MisreadIndex(_COMMON).of(word)
    assert sorted(set(alone)) == list(_misread_from(_COMMON).get(word, ()))


def test_the_index_is_built_after_enough_asks_and_answers_alike() -> None:
    index = CommonIndex(frozenset({"the", "tie", "toe", "she", "that", "than"}))
    words = ["tne", "thae", "shc", "thon", "xyz"]
    before = [list(index.one_letter_from(w)) for w in words]
    for _ in range(70):  # past INDEX_AFTER
        list(index.one_letter_from("zzz"))
    assert index._by_wildcard is not None
    assert [list(index.one_letter_from(w)) for w in words] == before
    assert before[0] == ["the", "tie", "toe"] and before[3] == ["than"]
