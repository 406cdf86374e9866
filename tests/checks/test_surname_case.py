"""`surname-case`: an unknown lower-case word after a word known only as a name."""

from __future__ import annotations

from .helpers import make_check, run, spans


def test_an_unknown_word_after_a_given_name_lost_its_capital() -> None:
    check = make_check("surname-case")
    assert spans(check, "Photo: RIA Novosti/Eugene biyatov") == ["biyatov"]
    (found,) = run(check, "Photo: Eugene biyatov")
    assert list(found.suggestions) == ["Biyatov"]
    assert found.fix is not None and found.fix.applicability == "unsafe"


def test_known_words_after_a_name_and_words_after_common_words_are_left_alone() -> None:
    check = make_check("surname-case")
    assert spans(check, "A Paris suburb on Monday morning; the driver biyatov left.") == []


def test_max_zipf_is_how_common_an_english_word_is() -> None:
    # "based" is an English word: only a bar above its frequency would take it for a surname.
    assert spans(make_check("surname-case"), "Firms in Paris based abroad.") == []
    assert spans(make_check("surname-case", max_zipf=9.0), "Firms in Paris based abroad.") == [
        "based"
    ]


def test_a_nationality_after_a_determiner_is_an_adjective_before_a_borrowed_noun() -> None:
    check = make_check("surname-case")
    assert spans(check, "The Russian siloviki backed the plan; a Japanese onsen closed.") == []
    # Only a whole determiner counts: "bathe" ends in "the" but is a verb.
    assert spans(check, "They bathe Eugene biyatov.") == ["biyatov"]


def test_a_day_or_a_month_is_no_ones_given_name() -> None:
    assert (
        spans(make_check("surname-case"), "Officials met on Tuesday toreview it in January.") == []
    )
