"""`kept-hyphen`: a printed line break's hyphen left inside a word once the lines were joined."""

from __future__ import annotations

from newslint.lexicon import NO_VOCABULARY

from .helpers import make_check, run, spans

# Damage a scanner leaves, so the page's OCR signal opens the gate (my own sentence).
SCANNED = "It was said tliat tbe men arc ready and tho 2oth is set. "


def test_a_break_the_page_writes_whole_elsewhere_is_fixed_in_any_text() -> None:
    text = "The administration met. Later the ad-ministration said it was a pe-culiar case."
    found = run(make_check("kept-hyphen", NO_VOCABULARY), text)
    assert [text[f.start : f.end] for f in found] == ["ad-ministration"]
    assert found[0].fix is not None
    assert [edit.replacement for edit in found[0].fix.edits] == ["administration"]


def test_a_break_in_a_scanned_page_is_suggested_without_a_fix() -> None:
    text = SCANNED + "It was a pe-culiar case, and the ad-ministration said so."
    found = run(make_check("kept-hyphen", NO_VOCABULARY), text)
    assert [text[f.start : f.end] for f in found] == ["pe-culiar", "ad-ministration"]
    assert [f.suggestions[0] for f in found] == ["peculiar", "administration"]
    assert all(f.fix is None for f in found)


def test_compounds_of_words_and_prefixes_are_not_breaks() -> None:
    text = SCANNED + (
        "A well-known co-operative re-elected its board to-day; the pre-empted anti-inflation "
        "plan, e-mail and email, a state-of-the-art x-ray and a non-stop flight."
    )
    assert spans(make_check("kept-hyphen", NO_VOCABULARY), text) == []


def test_born_digital_copy_without_the_whole_word_is_left_alone() -> None:
    assert spans(make_check("kept-hyphen", NO_VOCABULARY), "It was a pe-culiar case.") == []
