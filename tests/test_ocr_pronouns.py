"""The subject "he" misread as another word: reported only where a subject pronoun must stand."""

from __future__ import annotations

import pytest

from newslint.ocr_pronouns import pronoun_misreads
from newslint.vale.tagger import shared_tagger


class PastTenseTagger:
    """Tags a word ending in "ed" as a past tense, anything else as a noun (enough to show the
    check asks the tagger, and believes it, for a verb it does not list)."""

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        return [(w, "VBD" if w.endswith("ed") else "NN") for w in words]


def found(text: str, tagger: PastTenseTagger | None = None) -> list[tuple[str, str]]:
    return [(text[s:e], fix) for s, e, fix in pronoun_misreads(text, lambda: tagger)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When be was told, he left.", [("be", "he")]),
        ("Lie said that be would go.", [("Lie", "He"), ("be", "he")]),
        ("The men came, and tie had no money.", [("tie", "he")]),
        ("It rained.\nbe went home.", [("be", "he")]),
    ],
)
def test_a_misread_he_before_a_finite_verb_at_a_clause_start_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It will be said that they lie there.",
        "The lie was told and the tie was loose.",
        "Be sure, and be careful.",
        "Bo Xilai said so, and Ho Chi Minh said it.",
        "It can\nbe said that all went well.",
        "The men\nbe was late.",
    ],
)
def test_real_uses_of_these_words_are_not_found(text: str) -> None:
    assert found(text, PastTenseTagger()) == []


def test_a_past_tense_the_list_lacks_is_asked_of_the_tagger() -> None:
    text = "When be walked in, he sat."
    assert found(text) == []
    assert found(text, PastTenseTagger()) == [("be", "he")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ile was taken to the station.", [("Ile", "He")]),
        ("The men came, and le said so.", [("le", "he")]),
        ("The clerk said that ha had seen it.", [("ha", "he")]),
        ("He did all be could to save her.", [("be", "he")]),
        ("The lords to whom lie applied refused him.", [("lie", "he")]),
    ],
)
def test_more_misreadings_and_clause_openers_of_he_are_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, PastTenseTagger()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le Pen said so; le monde was read, and ha ha was all he said.",
        "Which lie was told, and whose tie was it, nobody knew.",
    ],
)
def test_names_and_nouns_among_the_new_forms_are_not_found(text: str) -> None:
    assert found(text, PastTenseTagger()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last week, however, lie committed the crime.", [("lie", "he")]),
        ("The inspector thought lie would recover soon.", [("lie", "he")]),
        ("It was the money ho had received.", [("ho", "he")]),
    ],
)
def test_a_subject_after_an_adverbial_a_verb_or_a_noun_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, shared_tagger()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The campaign lie was exposed, and the club tie was red.",
        "It was a white lie, lie upon lie, until it may be said no more.",
    ],
)
def test_a_noun_lie_after_a_noun_or_a_comma_is_not_found(text: str) -> None:
    assert found(text, shared_tagger()) == []
