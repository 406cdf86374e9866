"""`script`: letters of another writing system left in English copy."""

from __future__ import annotations

from .helpers import make_check, spans


def test_a_run_of_another_script_is_reported() -> None:
    assert spans(make_check("script"), "The minister said 谢谢 to the crowd.") == ["谢谢"]


def test_allowed_scripts_are_left_alone() -> None:
    check = make_check("script", allow_scripts=["Han"])
    assert spans(check, "The minister said 谢谢 to the crowd.") == []


def test_a_single_greek_letter_is_a_symbol_but_a_greek_word_is_not() -> None:
    check = make_check("script")
    assert spans(check, "The angle α was measured; Αθήνα is Athens.") == ["Αθήνα"]
    assert spans(make_check("script", symbol_scripts=[]), "The angle α was measured.") == ["α"]


def test_a_gloss_after_a_quoted_title_or_a_language_label_is_deliberate() -> None:
    """A gloss may follow a quoted title ("“The Most Beautiful Veterans” (最美退役军人)") or stand
    after a language's name in brackets ("Mojibake (Japanese: 文字化け; ...)"); a run in brackets
    on a line of its own, with no word or label before it, is still reported."""
    check = make_check("script")
    titled = "a campaign called “The Most Beautiful Veterans” (最美退役军人) began."
    labelled = 'Mojibake (Japanese: 文字化け; "character transformation") is garbled text.'
    assert spans(check, titled) == []
    assert spans(check, labelled) == []
    assert spans(check, "The menu ended.\n(最美退役军人)\nMore news.") == ["最美退役军人"]
