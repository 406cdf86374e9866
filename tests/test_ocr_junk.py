"""Runs of scanning junk: lone letters, stray marks and broken fragments with no word among them."""

from __future__ import annotations

import pytest

from newslint.lexicon import zipf
from newslint.ocr_junk import junk_runs


def runs(text: str) -> list[str]:
    return [text[start:end] for start, end in junk_runs(text, zipf)]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("The Citizen. i ; v y ' \" v' :- V-- ' X w, then news.", "i ; v y ' \" v' :- V-- ' X w,"),
        ("It read f.v;jr ' iJi) uv tw ; and so on.", "f.v;jr ' iJi) uv tw ;"),
        # one short word between junk on both sides is read into the run
        ("Mast H i in J) r ;.v t head.", "H i in J) r ;.v t"),
    ],
)
def test_a_run_of_junk_tokens_is_found_whole(text: str, junk: str) -> None:
    assert runs(text) == [junk]


@pytest.mark.parametrize(
    "text",
    [
        "J. R. R. Tolkien wrote it; see pp. 4 - 5 of the A & P report.",
        "Use e.g. and/or plan B at www.example.org/a_b or AT&T, says the I.R.S.",
        "Introduction . . . . . . . . 3",  # dot leaders: marks alone, no letter
        "Take vitamin C , plan B ; and the score of 3 - 1 , too.",  # words part the marks
    ],
)
def test_prose_initials_numbers_and_leaders_are_not_junk(text: str) -> None:
    assert runs(text) == []
