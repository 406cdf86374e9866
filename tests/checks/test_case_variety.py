"""`consistency.case-variety`: one term written in two cases in one document (issue 14).
Texts written for these tests."""

from __future__ import annotations

import random

from .helpers import make_check, run, spans


def test_the_rarer_case_of_an_acronym_is_suggested_not_fixed() -> None:
    text = (
        "The COVID caseload rose again this week, and COVID wards filled, "
        "but officials said Covid deaths had fallen and covid tests were free."
    )
    check = make_check("case-variety")
    assert spans(check, text) == ["Covid", "covid"]
    found = run(check, text)
    assert [f.suggestions for f in found] == [("COVID",), ("COVID",)]
    assert all(f.fix is None for f in found)


def test_an_acronym_written_as_often_each_way_is_a_house_choice() -> None:
    text = "The Covid caseload rose again this week, and COVID wards filled as staff waited."
    assert spans(make_check("case-variety"), text) == []


def test_words_the_dictionary_knows_and_capitals_out_of_running_text_are_left_alone() -> None:
    check = make_check("case-variety")
    # "aids" is a word: AIDS and aids are two words, not one written two ways.
    text = "She said that AIDS charities and hearing aids were both on the list."
    assert spans(check, text) == []
    # A dateline, a line set in capitals and a sentence's first word say nothing of case.
    text = (
        "MOSCOW, 13 Dec. The party said that Moscow would host the vote on Monday next week.\n"
        "Covid rules ended on Monday, officials of the ministry said in a long statement.\n"
        "The agency said that NEW COVID RULES would be printed, and nothing more was said."
    )
    assert spans(check, text) == []


def test_phrases_are_compared_only_when_asked() -> None:
    text = (
        "Officials declared a state of emergency on Monday, and schools will stay shut "
        "while the State of Emergency is in place."
    )
    assert spans(make_check("case-variety"), text) == []
    check = make_check("case-variety", phrases=True)
    assert spans(check, text) == ["State of Emergency"]
    # A name: run on into a capital, capitalised elsewhere, or after a capitalised word.
    names = (
        "The Prime Minister spoke to reporters on Monday, and the prime minister said that "
        "Prime Minister Modi had called.\n"
        "NASA said the Space Shuttle Atlantis was ready, and the space shuttle program closed "
        "after the last Space Shuttle mission.\n"
        "He backed the Treaty on the Non-Proliferation of Nuclear Weapons and said that "
        "nuclear weapons must go, and the National Security Agency's staff agreed on national "
        "security."
    )
    assert spans(check, names) == []


def test_a_phrase_written_in_lower_case_where_the_page_capitalises_it_more_often() -> None:
    check = make_check("case-variety")
    text = (
        "Lawyers said on Monday that the Supreme Court would hear the case in June. Critics "
        "said the Supreme Court was late, and the supreme court clerk declined to comment."
    )
    assert spans(check, text) == ["supreme court"]
    assert [f.suggestions for f in run(check, text)] == [("Supreme Court",)]
    assert spans(make_check("case-variety", lower_phrases=False), text) == []


def test_a_lower_case_phrase_that_names_no_one_or_ties_is_left_alone() -> None:
    check = make_check("case-variety")
    # "a former prime minister" names no one: lower case in every house style.
    text = (
        "Voters backed the plan, the Prime Minister said on Monday, and aides of the Prime "
        "Minister cheered. Later a former prime minister thanked them in a short speech."
    )
    assert spans(check, text) == []
    # A title before a name is capitalised by house style, the office alone is not.
    text = (
        "Voters backed the plan, Prime Minister Rishi Sunak said on Monday, and aides of Prime "
        "Minister Sunak cheered. Later the prime minister thanked them in a short speech."
    )
    assert spans(check, text) == []
    # Once each way: which is the house style needs a human.
    text = (
        "Voters backed the plan, the Prime Minister said on Monday, and his aides cheered. "
        "Later the prime minister thanked them in a short speech to the party."
    )
    assert spans(check, text) == []


def test_the_tokens_searched_for_are_the_tokens_read_in_order() -> None:
    # Issue 15: the acronyms' tokens, found by searching for each key,
    # are what reading every token gives, on texts of capitals, marks, addresses and figures.
    from newslint.checks.case_phrases import WORD as _WORD
    from newslint.checks.case_variety import _hits_among, _occurrences

    rng = random.Random(15)
    pieces = ["NATO", "Nato", "nato", "NATO's", "nato-led", "US", "A", "x", " ", " ", "\n", "-"]
    pieces += ["'", "’", ".", "@", "/", "#", "_", "1", "COVID", "Covid", "aNATO", "NATOS", "é"]
    keys = frozenset({"nato", "covid", "natos"})
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        searched = _occurrences(text, keys)
        assert searched is not None
        expected = _hits_among(tokens, keys)
        assert searched == expected, text
        seen += len(expected)
    assert seen > 300  # the shapes are there to be found
    assert _occurrences("İSTANBUL and Istanbul", frozenset({"istanbul"})) is None
