"""The OCR signal's split-word pass (`ocr_certain._split_words`) reads only the pairs of runs
beside a rare one, a stretch of whole lines at a time: it finds what a walk over every pair of
runs finds."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import ocr_certain
from newslint.lexicon import zipf
from newslint.regex_store import compile_pattern

from .conftest import examples

_LETTERS = compile_pattern(r"\p{L}+")


def _walked(text: str) -> Iterator[str]:
    """The pass as it was: every pair of consecutive runs looked at in Python."""
    runs = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text)]
    for (start, end, left), (start2, end2, right) in pairwise(runs):
        if start2 != end + 1 or text[end] != " " or not right.islower() or len(left) < 2:
            continue
        sides = (zipf(left), zipf(right))
        if min(sides) == 0 or min(sides) >= ocr_certain.RARE_HALF_ZIPF or len(right) < 2:
            continue
        if ocr_certain._BLOCKED.match(text, start - 1 if start else 0) and start:
            continue
        if end2 < len(text) and ocr_certain._BLOCKED.match(text, end2):
            continue
        joined = (left + right).lower()
        if zipf(joined) >= ocr_certain.TARGET_ZIPF and ocr_certain._ordinary(joined):
            yield text[start:end2]


# Halves of common words (rare alone), whole words, names, and what may stand against a run.
PIECES = [
    *"gene ration manu scripts busi ness news paper any more the of Gene Ration a I".split(),
    *"quar ter pro gramme ment govern x zz café naïve".split(),
    *[" ", " ", " ", "  ", "\n", "-", "'", "’", "3", ".", ",", "\t"],
]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_the_pass_finds_what_walking_every_pair_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert list(ocr_certain._split_words(text, zipf)) == list(_walked(text))


def test_pairs_are_found_across_stretches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ocr_certain, "SPLIT_STRETCH", 16)
    text = "The gene ration met.\n3 busi ness and more\nmanu scripts -quar ter\nnews paper"
    found = list(ocr_certain._split_words(text, zipf))
    assert found == list(_walked(text))
    assert "gene ration" in found and "busi ness" in found
