"""Glues the shape rules used to leave: the article "a" run into a word, two nouns English never
closes up, an unseen name run into a preposition, two everyday words run together at a capital."""

from __future__ import annotations

import pytest

from newslint.checks.glue_compounds import closes_up

from .helpers import make_check, run, spans


@pytest.mark.parametrize(
    ("left", "right", "closed"),
    [
        ("grass", "court", True),
        ("train", "lines", True),
        ("news", "person", True),  # "news" is no plural
        ("security", "forces", False),  # an abstract suffix
        ("technology", "revolution", False),
        ("officers", "units", False),  # a plural first noun
        ("century", "threats", False),  # two long nouns
        ("crisis", "talks", True),
    ],
)
def test_which_noun_pairs_english_closes_up(left: str, right: str, closed: bool) -> None:
    assert closes_up(left, right) is closed


def test_open_noun_pairs_are_reported_without_other_damage_and_never_fixed() -> None:
    check = make_check("lexicon", detect="glued")
    # A compound paragraphs away stays the writer's: one glue elsewhere is no damage to it.
    text = "The firm hired securitypersonnel.\n\nDelays hit trainlines."
    (found,) = run(check, text)
    assert text[found.start : found.end] == "securitypersonnel"
    assert found.fix is not None and found.fix.applicability == "unsafe"


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Police found adozen rifles.", ["adozen"]),
        ("They walked intoa trap.", ["intoa"]),
        ("The raid ended causinga panic.", ["causinga"]),
        ("An apolitical and amoral agenda.", []),  # words of their own
        ("The tests gave mixed resulta.", []),  # after a noun, a misread "s"
        ("The cerveza ran out.", []),  # another language's word
        ("Officials walked anothere way.", []),  # "a" never opens a cut of three
    ],
)
def test_the_article_is_cut_off_at_either_end(text: str, glued: list[str]) -> None:
    assert spans(make_check("lexicon", detect="glued"), text) == glued


def test_an_unseen_name_is_cut_before_a_preposition_only_before_a_determiner() -> None:
    check = make_check("lexicon", detect="glued")
    # The page has lost a space elsewhere ("Kwonwas"), so an unseen name needs no other evidence.
    damaged = "Mr Thaksinat the time, and Kwonwas there. Officials Rabiin said so."
    assert spans(check, damaged) == ["Thaksinat", "Kwonwas"]
    # Alone on a clean page, a name ending so is a name.
    assert spans(check, "Mr Thaksinat the time spoke.") == []


def test_everyday_words_at_a_capital_are_a_glue_only_on_a_page_with_another() -> None:
    check = make_check("camel-glue")
    assert spans(check, "The studio released VisualMaster on Monday.") == []
    two = "The governor signed the ExecutiveOrder in the ForeignMinistry."
    assert spans(check, two) == ["ExecutiveOrder", "ForeignMinistry"]
    # Names of rarer words stay names, however many.
    assert spans(check, "Analysts at NuScale and ShinWon met MicroMega staff.") == []


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("The festival celebratespeople who rebuilt it.", ["celebratespeople"]),
        ("Officials were easingtraffic rules.", ["easingtraffic"]),
        ("The learner wrote about the desport and carbones.", []),  # misspellings, short halves
    ],
)
def test_two_long_words_need_less_frequency(text: str, glued: list[str]) -> None:
    assert spans(make_check("lexicon", detect="glued"), text) == glued


def test_a_word_and_a_name_ending_at_the_end_of_a_longer_name_is_a_name() -> None:
    # "Rawas" splits into "Raw as", but beside another capitalised word, with no lower-case word
    # after it to carry a phrase on, it ends a place's name as such names end.
    check = make_check("lexicon", detect="glued")
    assert spans(check, "The best score went to North Musi Rawas (67.28), officials said.") == []
    # A function word glued to a name goes on into its phrase in lower case.
    text = "The premier met Governor Alex Smithin a side room, and Joe Bidenwas there."
    assert spans(check, text) == ["Smithin", "Bidenwas"]
