"""`furniture`: a short line made only of a page's interface vocabulary."""

from __future__ import annotations

from .helpers import builtin_options, fixed, make_check, spans

OPTIONS = builtin_options("scrape.furniture-line")


def test_a_line_of_interface_words_is_deleted() -> None:
    check = make_check("furniture", **OPTIONS)
    text = "Story text ends here.\n\nShare via email\n\nMore text follows here."
    assert spans(check, text) == ["Share via email\n"]
    assert fixed(check, text) == "Story text ends here.\n\n\nMore text follows here."


def test_a_line_with_a_word_outside_the_vocabulary_is_prose() -> None:
    check = make_check("furniture", **OPTIONS)
    assert spans(check, "Story text ends here.\n\nShare the best news\n\nMore text.") == []


def test_the_interface_vocabulary_is_the_rules() -> None:
    check = make_check("furniture", **{**OPTIONS, "interface": "tweet"})
    assert spans(check, "Story text ends here.\n\nShare via email\n\nMore text follows here.") == []


def test_it_defers_to_every_other_rule() -> None:
    assert make_check("furniture", **OPTIONS).defers
