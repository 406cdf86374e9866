"""Quotations a feed's cut or a mark turned the wrong way leave looking unbalanced (texts written
here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

RULE = "typography.unbalanced-quote"


def _spans(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text)) if f.rule == RULE]


def test_a_quotation_in_a_teaser_cut_with_a_spaced_ellipsis_is_not_unbalanced(
    linter: Linter,
) -> None:
    text = (
        "The council bought a drone for the fire service. “One of the great ...\n"
        "The mayor took the oath of office at the theatre on Tuesday ...\n"
        "The ferry board said “the timetable is set” and left.\n"
    )
    assert _spans(linter, text) == []


def test_a_bracketed_cut_ends_the_quotation_it_opened(linter: Linter) -> None:
    text = (
        "Officials thanked the governor. “If the vote is held next year, that will […]\n\nIt met."
    )
    assert _spans(linter, text) == []


def test_an_ellipsis_touching_its_word_still_owes_a_closing_mark(linter: Linter) -> None:
    text = "The council met. “We will vote on it, and then...\n\nThe mayor left the hall early."
    assert _spans(linter, text) == ["“"]


def test_a_quotation_open_past_a_cut_line_is_judged_on_its_own_line(linter: Linter) -> None:
    text = "The board met on Monday ...\nThe chair said “the plan works and left the room.\n"
    assert _spans(linter, text) == ["“"]


def test_a_closing_mark_leading_into_a_word_closed_on_its_line_opens(linter: Linter) -> None:
    text = "The commission issued the”Response Letter” (the”Letter”), which agreed in principle.\n"
    assert _spans(linter, text) == []


def test_a_closing_mark_leading_into_a_word_with_no_partner_closes_nothing(
    linter: Linter,
) -> None:
    text = "The minister was great”and then he left the hall.\n"
    assert _spans(linter, text) == ["”"]


def test_a_quotation_runs_on_past_a_picture_credit_between_its_paragraphs(linter: Linter) -> None:
    text = (
        "“The bishop was a careful man,” the librarian said. “He used the letter to speak to "
        "every parish at a hard time.\n\n"
        "Bishop Jane Doe/The Herald archives\n\n"
        "“Now the letters are open to anyone who asks.”\n"
    )
    assert _spans(linter, text) == []
