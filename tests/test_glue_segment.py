"""The word segmenter behind mt.glued-words' statistical cuts (glue_segment)."""

from __future__ import annotations

import pytest

from newslint.checks.glue_segment import segment
from newslint.checks.lexicon_tuning import Tuning
from newslint.lexicon import LONGEST_WORD, zipf

TUNING = Tuning()


def _cut(token: str) -> tuple[float, tuple[str, ...]] | None:
    return segment(zipf, token, TUNING, LONGEST_WORD)


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("oneofthe", ("one", "of", "the")),
        ("somuch", ("so", "much")),
        ("peopleall", ("people", "all")),
        ("Onthe", ("On", "the")),
        ("Forexample", ("For", "example")),
        ("asof", ("as", "of")),
    ],
)
def test_cuts_a_glue_into_its_words_keeping_its_case(token: str, parts: tuple[str, ...]) -> None:
    found = _cut(token)
    assert found is not None
    assert found[1] == parts


def test_odds_separate_glues_from_compounds_and_names() -> None:
    """The thresholds in force sit between the glues and the likeliest words of the clean
    corpus and dev sides: a derivation ("liveability") and a name ("Herat"). (Two nouns,
    "newsperson", clear them: the check reports those only on a page that lost spaces.)"""
    glue = _cut("pastweek")
    compound = _cut("liveability")
    name = _cut("Herat")
    assert glue is not None and glue[0] >= TUNING.segment_min_odds
    assert compound is not None and compound[0] < TUNING.segment_min_odds
    assert name is not None and name[0] < TUNING.segment_capital_min_odds


@pytest.mark.parametrize(
    "token",
    [
        "government",  # a common word
        "cyberattacks",  # a prefix is no word of a cut
        "lifehood",  # nor a word-forming ending
        "Goldwell",  # a capitalised token that opens with no function word is a name's
        "ingroup",  # a seen token is not cut after a prefix-like function word
        "manat",  # ... nor before a function word that is also an ending
        "McKeon",  # mixed case is camel-glue's
        "covid19",  # digits are the number rules'
        "todo",  # four letters: another language's word ("to do" is 10^1.8 likelier only)
        "ipod",  # ... and never a cut but into two function words
    ],
)
def test_leaves_words_names_and_other_shapes(token: str) -> None:
    found = _cut(token)
    threshold = TUNING.segment_capital_min_odds if token[0].isupper() else TUNING.segment_min_odds
    assert found is None or found[0] < threshold
