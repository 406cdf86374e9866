"""`story-headline`: another story's headline between an article's paragraphs, told from a
subheading by its grammar (a noun phrase, then a verb in the present tense)."""

from __future__ import annotations

from typing import Any

import pytest

from newslint.checks.story_headline import StoryHeadlineCheck, headline_clause

from .helpers import make_check, spans

LEAD = (
    "The ministry said the levy would be collected from next year, and that farmers who had "
    "paid the old charge would be refunded in full."
)
NEXT = "The ministry did not say how many farmers would be repaid, but officials said it was small."


def test_a_noun_phrase_then_a_present_tense_verb_is_a_headline() -> None:
    assert headline_clause([("Iran", "NNP"), ("rejects", "VBZ"), ("offer", "NN")])
    assert headline_clause([("Swedish", "JJ"), ("police", "NNS"), ("probe", "VBP")])
    assert headline_clause([("Lula", "NNP"), ("and", "CC"), ("Dilma", "NNP"), ("meet", "VBP")])


def test_phrases_past_tenses_and_articles_are_no_headline() -> None:
    assert not headline_clause([("Working", "VBG"), ("together", "RB"), ("to", "TO")])
    assert not headline_clause([("Extensive", "JJ"), ("economic", "JJ"), ("ties", "NNS")])
    assert not headline_clause([("Iran", "NNP"), ("rejected", "VBD"), ("offer", "NN")])
    assert not headline_clause([("The", "DT"), ("minister", "NN"), ("says", "VBZ")])
    assert not headline_clause([("Rejects", "VBZ"), ("offer", "NN")])


def test_a_related_headline_between_paragraphs_is_reported() -> None:
    line = "Dairy farmers reject new levy as ministers meet in the capital"
    text = f"{LEAD}\n\n{line}\n\n{NEXT}\n"
    assert spans(make_check("story-headline"), text) == [line]


def test_the_pages_own_headline_and_subheadings_are_not() -> None:
    check = make_check("story-headline")
    headline = "Dairy farmers reject new levy as ministers meet in the capital"
    assert spans(check, f"{headline}\n\n{LEAD}\n\n{NEXT}\n") == []
    subheading = "Working together to settle the old charges"
    assert spans(check, f"{LEAD}\n\n{subheading}\n\n{NEXT}\n") == []
    sentence = "The minister says the refunds come first."
    assert spans(check, f"{LEAD}\n\n{sentence}\n\n{NEXT}\n") == []


def test_a_list_of_items_capitals_and_broken_sentences_are_not() -> None:
    check = make_check("story-headline")
    items = "Define the scope for the analysis\n\nIncorporate emissions estimates into plans"
    assert spans(check, f"{LEAD}\n\nThe plan sets out steps:\n\n{items}\n\nPublish it\n") == []
    capitals = "MIGHTY NATION GROWS IN STRENGTH AND WEALTH"
    assert spans(check, f"{LEAD}\n\n{capitals}\n\n{NEXT}\n") == []
    broken = "Namara brothers runs the mill. i"
    assert spans(check, f"{LEAD}\n\n{broken}\n\n{NEXT}\n") == []


def test_length_bounds_are_options() -> None:
    line = "Dairy farmers reject new levy as ministers meet in the capital"
    text = f"{LEAD}\n\n{line}\n\n{NEXT}\n"
    assert spans(make_check("story-headline", max_words=6), text) == []


def test_a_feature_subheaded_in_the_headline_register_is_not() -> None:
    # Several clause-shaped lines between the paragraphs are the article's own sections.
    check = make_check("story-headline")
    first = "Costs keep rising for the fleet"
    second = "Young people leave for the cities"
    text = f"{LEAD}\n\n{first}\n\n{NEXT}\n\n{second}\n\n{NEXT}\n"
    assert spans(check, text) == []
    assert spans(check, f"{LEAD}\n\n{first}\n\n{NEXT}\n") == [first]
    assert spans(make_check("story-headline", max_lines=2), text) == [first, second]


def test_lines_after_the_one_that_makes_them_subheadings_are_not_tagged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One line more than max_lines decides that the lines are the article's own sections: a
    # long page of them (a corpus in one file) was tagged to its end for nothing.
    check = make_check("story-headline")
    tagged: list[str] = []
    real = StoryHeadlineCheck._tag

    def counting(self: StoryHeadlineCheck, line: str) -> Any:
        tagged.append(line)
        return real(self, line)

    monkeypatch.setattr(StoryHeadlineCheck, "_tag", counting)
    lines = ["Costs keep rising for the fleet", "Young people leave for the cities"]
    lines += [f"Farmers in district {n} reject the levy" for n in range(50)]
    text = f"{LEAD}\n\n" + "".join(f"{line}\n\n{NEXT}\n\n" for line in lines)
    assert spans(check, text) == []
    assert tagged == lines[:2]


def test_a_markdown_heading_is_the_writers_own() -> None:
    check = make_check("story-headline")
    line = "Dairy farmers reject new levy as ministers meet in the capital"
    assert spans(check, f"{LEAD}\n\n## {line}\n\n{NEXT}\n", markup="markdown") == []
    assert spans(check, f"{LEAD}\n\n{line}\n\n{NEXT}\n", markup="markdown") == [line]


def test_a_markdown_list_item_is_the_writers_own_unless_it_is_a_link() -> None:
    check = make_check("story-headline")
    line = "Dairy farmers reject new levy as ministers meet in the capital"
    assert spans(check, f"{LEAD}\n\n- {line}\n\n{NEXT}\n", markup="markdown") == []
    linked = f"- [{line}](https://example.com/levy)"
    assert spans(check, f"{LEAD}\n\n{linked}\n\n{NEXT}\n", markup="markdown") == [line]


def test_a_bulleted_link_or_a_headline_closing_on_a_quotation_is_reported() -> None:
    check = make_check("story-headline")
    bulleted = "• Dairy farmers reject new levy as ministers meet in the capital"
    assert spans(check, f"{LEAD}\n\n{bulleted}\n\n{NEXT}\n") == [bulleted]
    quoted = "Minister meets farmers, says the levy is ‘a fair deal’"
    assert spans(check, f"{LEAD}\n\n{quoted}\n\n{NEXT}\n") == [quoted]
    sentence = "The minister says the levy is ‘a fair deal.’"
    assert spans(check, f"{LEAD}\n\n{sentence}\n\n{NEXT}\n") == []


def test_a_headline_the_next_paragraph_takes_up_heads_its_own_story() -> None:
    check = make_check("story-headline")
    line = "Union minister asks farmers to accept the new levy"
    teaser = (
        "The union minister on Monday asked farmers to accept the new levy, adding that the "
        "statement had been misread."
    )
    assert spans(check, f"{LEAD}\n\n{line}\n\n{teaser}\n") == []
    assert spans(check, f"{LEAD}\n\n{line}\n\n{NEXT}\n") == [line]


def test_a_long_subject_still_reaches_its_verb() -> None:
    # The verb is the fifteenth word: tagging only the line's opening never finds it.
    line = (
        "Lula, Dilma, Temer, Bolsonaro, Haddad, Ciro, Marina, Alckmin, Tebet, Doria, Moro,"
        " Boulos and Freixo meet in Brasilia"
    )
    assert spans(make_check("story-headline"), f"{LEAD}\n\n{line}\n\n{NEXT}\n") == [line]
