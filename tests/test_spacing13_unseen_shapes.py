"""Spacing shapes read on a sample of unseen pages (spacing13): a glue the page repeats or puts
before a possessive, a title's stop run into a name, and a hyphen or a dash spaced on one side
in a dateline or a range. Each case is a text of the same shape written for the test, beside a
case the rule leaves alone."""

from __future__ import annotations

from tests.conftest import reported


def test_a_glue_the_page_repeats_is_reported_each_time() -> None:
    text = "The mayor said thecompany would pay. Later thecompany said it would not.\n"
    assert reported(text, "mt.glued-words") == ["thecompany", "thecompany"]


def test_a_glue_before_a_possessive_is_reported() -> None:
    text = "Residents said thecompany's plan for the harbour was unfair to them.\n"
    assert reported(text, "mt.glued-words") == ["thecompany"]


def test_a_repeated_name_or_word_is_not_split() -> None:
    text = (
        "Ian Merrowgate spoke first. Merrowgate said the harbour's plan was fair, and the "
        "council's vote, the mayor's and the harbour's will follow on Monday.\n"
    )
    assert reported(text, "mt.glued-words") == []


def test_a_title_run_into_a_name() -> None:
    text = "The minister, Ms.Aurelia Brandt, met Gen.Morrow in St.Petersburg on Monday.\n"
    assert reported(text, "typography.missing-space-after-punctuation") == [".", "."]


def test_a_hyphen_spaced_after_only() -> None:
    rule = "typography.spaced-hyphen"
    text = "NASHVILLE, Tenn.- A man was held. The 2- 3 June talks set the 2009- 2013 plan.\n"
    assert reported(text, rule) == ["-", "-", "-"]
    good = "Pre- and post-war prices, the mid- to late 1990s, pages 10-12 and 4 - 5 goals.\n"
    assert reported(good, rule) == []


def test_a_dateline_dash_after_a_year() -> None:
    text = "PHNOM PENH, June 3, 2010– Donors pledged more aid on Thursday.\n"
    assert reported(text, "typography.dash-spacing") == ["–"]


def test_a_function_word_glued_to_a_less_common_word() -> None:
    text = "The court said the parties had no business tomeddle in the matter of the harbour.\n"
    assert reported(text, "mt.glued-words") == ["tomeddle"]
