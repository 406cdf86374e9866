"""False alarms a hostile review found in the punctuation and case rules (review3, on a5e8cd9 and
3902bda): clean copy of each shape, written for the test, beside the damage the rule is for."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter


def _spans(linter: Linter, text: str, rule: str, markup: str = "plain") -> list[str]:
    doc = Document.from_raw(text, markup=markup)
    return [doc.text[f.start : f.end] for f in linter.lint(doc) if f.rule == rule]


_EMPHASIS = (
    "The report was _not_ a success, the board said.\n\n"
    "Readers of _The Economist_ will recognise the argument.\n\n"
    "Send your entry by _Friday 14 March_ at noon.\n"
)


@pytest.mark.parametrize("markup", ["plain", "markdown"])
def test_underscore_emphasis_closes_without_debris(linter: Linter, markup: str) -> None:
    assert _spans(linter, _EMPHASIS, "typography.punctuation-debris", markup) == []


def test_a_feeds_underscore_after_a_stamp_is_still_debris(linter: Linter) -> None:
    text = "Posted 03 October 2024_ The congress opened. It was _not_ short.\n"
    assert _spans(linter, text, "typography.punctuation-debris") == ["_"]


@pytest.mark.parametrize(
    "text",
    [
        "In maths, A level results are due on Thursday.",
        "Pupils sit GCSEs, A levels and BTECs in the summer.",
        "In the hospital, A and E staff worked through the night.",
        "Near the town, A roads and B roads were jammed.",
        "Her debut collection, The weight of small things, won the prize.",
        "The headline acts, The xx and Wet Leg, drew the biggest crowds.",
        '"I walked along the river," A line she says she wrote at school.',
    ],
)
def test_a_capital_that_opens_no_run_on_clause_is_not_reported(linter: Linter, text: str) -> None:
    assert _spans(linter, text, "structure.capital-after-comma") == []


def test_a_run_on_clause_after_a_comma_is_still_reported(linter: Linter) -> None:
    text = "The reason is clear, The existence of the plan was never in doubt."
    assert _spans(linter, text, "structure.capital-after-comma") == ["The"]


def test_a_ratio_shaped_decimal_comma_is_reported_with_an_unsafe_fix(linter: Linter) -> None:
    text = "The founders split the shares 60,40 percent; the market fell 16,3% that day."
    found = [
        f for f in linter.lint(Document.from_raw(text)) if f.rule == "typography.decimal-comma"
    ]
    assert [
        (text[f.start - 2 : f.end + 2], f.fix.applicability if f.fix else None) for f in found
    ] == [
        ("60,40", "unsafe"),
        ("16,3%", "safe"),
    ]


def test_on_a_tie_the_spoken_quotations_style_wins(linter: Linter) -> None:
    text = (
        "‘We have listened to residents and will open on Sundays,’ the council leader said.\n\n"
        'Her column, "Why we still need libraries, and always will," ran last month.\n\n'
        "‘It is the right decision for families who work all week,’ said one parent.\n\n"
        'The sign on the door read "Closed for refurbishment until Monday." Staff agreed.\n'
    )
    assert _spans(linter, text, "consistency.quotation-mark-style") == ['"', '"']


def test_a_comma_dash_opening_an_aside_is_not_a_speakers_dash(linter: Linter) -> None:
    aside = "She had three jobs in the end, — a cook, a clerk and a porter, — and kept them all."
    assert _spans(linter, aside, "typography.punctuation-debris") == []
    speaker = "The border was closed for one day, – the head of the region wrote on Monday."
    assert _spans(linter, speaker, "typography.punctuation-debris") == [" –"]


def test_a_quotation_closing_its_paragraph_or_the_text_is_counted(linter: Linter) -> None:
    """A whole quotation set off as its own paragraph, or the page's last line, is a quotation
    of a sentence: its marks count toward the article's style as one that runs on does."""
    closing_a_paragraph = (
        "“Repairs begin in March,” the mayor said.\n\n"
        "The engineer disagreed: ‘The steel will not arrive before the summer holidays.’\n\n"
        "Residents were not consulted.\n"
    )
    assert _spans(linter, closing_a_paragraph, "consistency.quotation-mark-style") == ["‘"]
    closing_the_text = closing_a_paragraph.rsplit("\n\n", 1)[0]
    assert _spans(linter, closing_the_text, "consistency.quotation-mark-style") == ["‘"]
