"""Punctuation artifacts of real pages (texts written here in the shape of the pages' cases)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter


def _spans(linter: Linter, text: str, rule: str) -> list[str]:
    """What `rule` finds in `text`, in text order, before the policy shows one finding of two
    rules saying the same of one span ("Its": grammar.real-word and its-for-it-is)."""
    found = sorted(linter.found(Document.from_raw(text)), key=lambda f: f.start)
    return [text[f.start : f.end] for f in found if f.rule == rule]


_LOST_STOP = "typography.paragraph-without-full-stop"
_OPENING = (
    "The talks resumed in Geneva on Monday after a pause of three weeks. Officials said the "
    "U.S. delegation had asked for more time to study the proposal before giving any answer "
)


def test_a_paragraph_whose_last_sentence_holds_an_initialism_still_lost_its_stop(
    linter: Linter,
) -> None:
    # "U.S." ends no sentence, so the last sentence runs from "Officials" to the paragraph end
    text = _OPENING + "to the mediators\n\nThe next round starts in May.\n"
    assert _spans(linter, text, _LOST_STOP) == ["mediators"]


def test_a_paragraph_followed_by_several_blank_lines_lost_its_stop(linter: Linter) -> None:
    text = (
        "The talks resumed in Geneva on Monday. The minister, who leads the team, "
        "speaks for the government on the matter of the border\n\n\n\nLeave a Reply\n"
    )
    assert _spans(linter, text, _LOST_STOP) == ["border"]


def test_a_closed_paragraph_and_a_credit_stay_silent(linter: Linter) -> None:
    closed = _OPENING + "to the mediators.\n\n\n\nThe next round starts in May.\n"
    credit = "Police held the march in Ottawa on Friday. THE CANADIAN PRESS/Adrian Wyld\n\n\nNext\n"
    assert _spans(linter, closed, _LOST_STOP) == _spans(linter, credit, _LOST_STOP) == []


def test_a_guillemet_inside_a_word_is_a_misread_letter_not_a_quotation_mark(
    linter: Linter,
) -> None:
    scan = "CITY NEWS\nHl«he«t Tempemtiire of the day, P«y rates for T«E year.\n"
    assert _spans(linter, scan, "typography.guillemets") == []
    quoted = "«The President noted the measures,» the press service said.\n"
    assert _spans(linter, quoted, "typography.guillemets") == [
        "«The President noted the measures,»"
    ]


def test_its_before_a_word_no_noun_phrase_opens_with_lost_its_apostrophe(linter: Linter) -> None:
    text = "SEO has changed. Its not all about keywords; the site? its owned by a search firm."
    assert _spans(linter, text, "typography.its-for-it-is") == ["Its", "its"]
    possessive = (
        "The index hit its all-time high. The club lost its only hope, its very own "
        "stadium and its no-fly zone; the firm raised its profits."
    )
    assert _spans(linter, possessive, "typography.its-for-it-is") == []
