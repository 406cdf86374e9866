"""The subject's number before a verb, from part-of-speech tags: what decides whether the context
model is asked about an agreement swap at all. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newslint.checks.subject_number import PLURAL, SINGULAR, subject_number
from newslint.vale.tagger import Tagger, TaggerUnavailable, treebank_words


def installed_tagger() -> Tagger:
    try:
        return Tagger.installed()
    except TaggerUnavailable as exc:
        pytest.skip(str(exc))


def number_before(sentence: str, verb: str) -> str | None:
    words = treebank_words(sentence)
    tagged = installed_tagger().tag(words)
    return subject_number(tagged, words.index(verb))


@pytest.mark.parametrize(
    ("sentence", "verb", "number"),
    [
        ("Residents was told to leave.", "was", PLURAL),
        ("The governor say the plan works.", "say", SINGULAR),
        ("The council members has voted.", "has", PLURAL),
        ("Members of the council has voted.", "has", PLURAL),
        ("Each of the candidates have promised it.", "have", SINGULAR),
        ("One of the ministers have resigned.", "have", SINGULAR),
        ("A majority of voters want change.", "want", PLURAL),
        ("Smith and Jones are expected today.", "are", PLURAL),
        ("The mayor also lose at home.", "lose", SINGULAR),
        ("Seeing all the young people here today is proof.", "is", SINGULAR),
    ],
)
def test_the_subject_before_the_verb_gives_its_number(
    sentence: str, verb: str, number: str
) -> None:
    assert number_before(sentence, verb) == number


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("They vote, worship freely, and have their say.", "have"),
        ("The people who is in charge left.", "is"),
        ("There is no plan.", "is"),
        ("Officials will have the final word.", "have"),
        ("The army's headquarters were moved.", "were"),
        ("The headquarters for the army's special unit were moved.", "were"),
        ("The team are in the final.", "are"),
    ],
)
def test_no_noun_phrase_right_before_the_verb_gives_no_number(sentence: str, verb: str) -> None:
    assert number_before(sentence, verb) is None
