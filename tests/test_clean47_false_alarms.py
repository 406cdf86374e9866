"""False alarms on clean professional pages (issue 14, stop 47): a page's short title over its
byline read as a label above the headline, and a capital after a capitalised word in a title-case
headline read as a sentence's opener. Each pinned by a text written for the test beside a case
the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

_SPEECH = (
    "{label}The mayor’s address\n\nBy Staff Writer\n\n"
    "Editor’s Note: Here is the text of the mayor’s address as prepared for delivery to the "
    "council on Monday:\n\n"
    "Members of the council, friends and neighbours, I have come here tonight to speak plainly "
    "about the state of our town and about the work that lies ahead of us all this year.\n\n"
    "The harbour has been rebuilt, the school has reopened and the new bridge will be finished "
    "before the spring floods, and for that I thank every one of you who gave time to it.\n"
)


def test_the_short_line_over_a_byline_is_the_headline_not_a_label(linter: Linter) -> None:
    # A byline stands under the story's headline, however short the headline; the longer line
    # below the byline (an editor's note) is no headline for the title to be a label above.
    text = _SPEECH.format(label="")
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "The mayor’s address" not in found
    assert "By Staff Writer" in found  # the byline itself is the page's furniture


def test_a_label_above_the_headline_over_a_byline_is_still_reported(linter: Linter) -> None:
    # The line over the byline is the headline; a short line above it is still a label.
    text = _SPEECH.format(label="Town news\n\n")
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "Town news" in found


def test_a_capital_after_a_capitalised_word_in_a_headline_opens_no_sentence(
    linter: Linter,
) -> None:
    # "Stay There in": a title-case line that ends no sentence is a headline, where a capital
    # says nothing of a sentence's start; running text still shows a lost full stop.
    text = "Why Farmers Stay There in Winter\n\nThe village empties each December.\n"
    assert findings_of(linter, text, "structure.missing-sentence-break") == []
    run_in = "The farmers left in winter There was no work in the village, the mayor said.\n"
    found = findings_of(linter, run_in, "structure.missing-sentence-break")
    assert spans_of(run_in, found) == ["There"]


_EXPLAINER = (
    "{menu}Explainer\n\nWhat’s a Harbour Pilot Licence?\n\nDoes the ferry captain count?\n\nJane Roe\n\n"
    "A harbour pilot is a mariner who knows one port well enough to steer the ships of others "
    "through it, and the harbour board licenses every pilot after years of training on the "
    "same waters, its rules say.\n\n"
    "The board said on Monday that the ferry captains, who cross the harbour forty times a week, "
    "would not need a pilot licence of their own, because they sail a single route.\n"
)


def test_a_question_headline_and_its_standfirst_are_no_menu(linter: Linter) -> None:
    # A kicker, a headline and a standfirst set as questions, and a picture's name: four short
    # lines in a row, read as a menu. The headline names what the story names: no menu's item.
    text = _EXPLAINER.format(menu="")
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "What’s a Harbour Pilot Licence?" not in found
    assert "Does the ferry captain count?" not in found


def test_a_menu_over_the_question_headline_is_still_reported(linter: Linter) -> None:
    text = _EXPLAINER.format(menu="World\nBusiness\nSport\nCulture\n\n")
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert {"World", "Business", "Sport", "Culture"} <= set(found)
    assert "What’s a Harbour Pilot Licence?" not in found
