"""`foreign-word`: one everyday word of another language, left untranslated."""

from __future__ import annotations

from .helpers import make_check, spans


def test_an_everyday_foreign_word_is_reported_in_lower_case_or_opening_a_sentence() -> None:
    check = make_check("foreign-word")
    text = "He thanked the staff.\n\nHoje I met them. The report, read igen, was fine."
    assert spans(check, text) == ["Hoje", "igen"]


def test_names_loanwords_and_cut_words_are_not_reported() -> None:
    check = make_check("foreign-word")
    text = (
        "He met Minister Hoje Lee in Jakarta; the fiesta, the kindergarten and the piñata were"
        " fine. The dedi-\ncatory ceremonies began."
    )
    assert spans(check, text) == []


def test_the_thresholds_are_the_rules_options() -> None:
    lenient = make_check("foreign-word", min_foreign_zipf=7.5)
    assert spans(lenient, "Hoje I met them.") == []


def test_a_name_opening_a_sentence_is_not_a_word_left_untranslated() -> None:
    # A newspaper's name is another language's everyday word; its verb or an apposition follows.
    check = make_check("foreign-word")
    text = "The coach resigned.\n\nPúblico, the Lisbon daily, ran it. Público reported it first."
    assert spans(check, text) == []
    assert spans(check, "The coach resigned. Hoje the club met.") == ["Hoje"]
