"""`picture-text`: a picture's description (alt text, caption) kept as a line of the article."""

from __future__ import annotations

from newslint.checks.picture_text import describes

from .helpers import make_check, spans

BEFORE = "The council said the playground would reopen in May after repairs."
AFTER = "Parents had asked for the repairs since last year, the council said."


def test_a_phrase_without_a_finite_verb_describes() -> None:
    assert describes([("A", "DT"), ("boy", "NN"), ("smiling", "VBG")])
    assert not describes([("A", "DT"), ("boy", "NN"), ("smiles", "VBZ")])
    assert not describes([("A", "DT"), ("boy", "NN"), ("smiled", "VBD")])
    assert not describes([])
    assert describes([("A", "DT"), ("tie-less", "JJ"), ("Olaf", "NNP"), ("Scholz", "NNP")])


def test_an_abstract_phrase_shows_nobody() -> None:
    # A feature's subheading or a recipe's line: no participle, no one named.
    assert not describes([("A", "DT"), ("town", "NN"), ("divided", "VBN"), ("by", "IN")])
    check = make_check("picture-text")
    for line in [
        "A new generation of skippers with bigger plans",
        "A pinch of salt and a twist of black pepper",
    ]:
        assert spans(check, f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == []


def test_an_alt_text_line_between_paragraphs_is_reported() -> None:
    line = "A woman with her three children sitting in a playground"
    assert spans(make_check("picture-text"), f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == [line]
    assert spans(make_check("picture-text"), f"{BEFORE}\n\n{line}\n") == [line]


def test_sentences_short_subheadings_and_run_on_lines_are_not() -> None:
    check = make_check("picture-text")
    sentence = "A woman with three children said the playground was unsafe."
    assert spans(check, f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n") == []
    assert spans(check, f"{BEFORE}\n\nA costly mistake\n\n{AFTER}\n") == []
    run_on = "A meeting of the Board of Governors of the Federal Reserve\n\nsystem was held in May."
    assert spans(check, run_on) == []
    definite = "The woman with her three children sitting in a playground"
    assert spans(check, f"{BEFORE}\n\n{definite}\n\n{AFTER}\n") == []


def test_the_length_bounds_are_options() -> None:
    line = "A woman with her three children sitting in a playground"
    assert spans(make_check("picture-text", max_words=5), f"{BEFORE}\n\n{line}\n") == []
