"""`language`: a run of words in another language, left untranslated."""

from __future__ import annotations

from .helpers import make_check, spans

TEXT = "The minister spoke. Die Regierung hat heute beschlossen, dass die Steuern steigen werden. He left."


def test_an_untranslated_sentence_is_reported() -> None:
    assert spans(make_check("language"), TEXT) == [
        "Die Regierung hat heute beschlossen, dass die Steuern steigen werden"
    ]


def test_only_the_languages_listed_are_looked_for() -> None:
    assert spans(make_check("language", languages=["fr"]), TEXT) == []


def test_loan_phrases_in_english_are_not_runs() -> None:
    assert spans(make_check("language"), "He spoke of joie de vivre and a coup d'état.") == []
