"""Furniture shapes read on the dev pages of stop 53's fresh labelled sets (furn53): a CMS stamp
glued into a paragraph with "at" before its clock, a "Time:" field, a picture's credit in
brackets closing a long paragraph, a source's name with its web address, and an agency's caption
dated after a comma. Each case is a text of the same shape written for the test, beside a case
the rule leaves alone.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_menus import MenuRuns
from newslint.textblocks import blocks

RULE = "scrape.furniture-block"
_HEAD = "Harbour talks resume after delays\n\n"
_LEAD = (
    "The talks resumed on Monday after a week of delays, officials said, and the board will "
    "meet again in June to settle the tariffs that have kept the two ports apart for most of "
    "the year, a dispute that has cost the fishing fleet dearly."
)


def _spans(linter: Linter, text: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == RULE]


def test_a_stamp_with_at_before_its_clock_glued_into_a_paragraph_is_reported(
    linter: Linter,
) -> None:
    text = (
        _HEAD + _LEAD + "\n\nStorm closes the coast road, Portmouth March 3, 2021 at 6:40 am "
        "Police are asking drivers to stay away from the harbour until the wind drops.\n"
    )
    assert _spans(linter, text) == ["March 3, 2021 at 6:40 am"]


def test_a_date_the_story_gives_at_a_time_is_left_alone(linter: Linter) -> None:
    text = _HEAD + _LEAD + " The board met on March 3, 2021 at 6:40 am in the harbour office.\n"
    assert _spans(linter, text) == []


def test_a_time_field_with_its_date_is_a_stamp(linter: Linter) -> None:
    assert _spans(linter, _HEAD + "Time: May 01, 2019\n\n" + _LEAD + "\n") == ["Time: May 01, 2019"]
    assert _spans(linter, _HEAD + "Time: the board's two meetings.\n\n" + _LEAD + "\n") == []


# a paragraph past a caption's length, where a credit is read inside the paragraph
_LONG = _LEAD + " " + _LEAD.replace("The talks", "The second round of talks")


def test_a_pictures_credit_closing_a_long_paragraph_is_reported_alone(linter: Linter) -> None:
    text = _HEAD + _LONG + " The new quay opens in May. (Photo/Jane Doe)\n\nThe board said.\n"
    assert _spans(linter, text) == ["(Photo/Jane Doe)"]


def test_a_source_cited_in_brackets_is_the_storys(linter: Linter) -> None:
    text = _HEAD + _LONG + " Fares rose by a fifth (Source: Harbour Board of Porto).\n"
    assert _spans(linter, text) == []


def test_a_sources_name_and_web_address_is_a_source_line(linter: Linter) -> None:
    text = _HEAD + "The Harbour Post (https://www.harbourpost.example/)\n\n" + _LEAD + "\n"
    assert _spans(linter, text) == ["The Harbour Post (https://www.harbourpost.example/)"]
    cited = _HEAD + _LEAD + " The full text is at the board's site (www.harbour.example).\n"
    assert _spans(linter, cited) == []


def test_a_caption_dated_after_a_comma_is_a_caption(linter: Linter) -> None:
    caption = "Children fly kites on the beach in Porto, northern Portugal, Feb. 5, 2023."
    assert _spans(linter, _HEAD + _LEAD + "\n\n" + caption + "\n\n" + _LEAD + "\n") == [caption]


def test_a_dateline_and_a_signed_quotation_are_no_captions(linter: Linter) -> None:
    text = _HEAD + "Thursday, February 5, 2023\n\n" + _LEAD + "\n"
    assert _spans(linter, text) == []
    signed = _HEAD + _LEAD + "\n\n“We will meet again,” she said in Porto, Feb. 5, 2023.\n"
    assert _spans(linter, signed) == []


def test_a_menu_item_of_function_words_inside_a_run_is_an_item() -> None:
    # jusText's stop list reads "Search in title" as two function words of three
    menu = blocks(
        "Exact matches\nSearch in title\nSearch in content\nFilter by Categories\n\n" + _LEAD
    )
    assert MenuRuns(3, 6).members(menu, set(), len(menu) - 1, False) == {0, 1, 2, 3}


def test_a_separator_or_a_blank_line_is_no_item_of_a_run() -> None:
    runs = MenuRuns(3, 6)
    parted = blocks("Harbour Board\n|\nQuay Office\n\n" + _LEAD + "\n")
    assert runs.members(parted, set(), len(parted) - 1, False) == set()
    apart = blocks("Exact matches\n\nSearch in title\n\nSearch in content\n\n" + _LEAD + "\n")
    assert runs.members(apart, set(), len(apart) - 1, False) == set()
