"""Furniture shapes read on a sample of unseen scraped and content-farm pages (furn12): a line of
hashtags, a wire's short name after a dash closing a paragraph, a relative stamp glued to its
section label, a slideshow's credits printed as list items, and the dateline under a page's first
line. Each case is a text of the same shape written for the test, beside a case the rule leaves
alone.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_credits import caption_evidence
from newslint.furniture_stamps import is_stamp

RULE = "scrape.furniture-block"
_HEAD = "Harbour talks resume after delays\n\n"
_LEAD = (
    "The talks resumed on Monday after a week of delays, officials said, and the board will "
    "meet again in June to settle the tariffs."
)


def _spans(linter: Linter, text: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == RULE]


def test_a_line_of_hashtags_is_a_tag_list(linter: Linter) -> None:
    text = _HEAD + _LEAD + "\n\n#Ferries #Harbour Board\n"
    assert _spans(linter, text) == ["#Ferries #Harbour Board"]


def test_a_hashtag_inside_a_sentence_is_the_storys(linter: Linter) -> None:
    text = _HEAD + _LEAD + " Supporters posted #HarbourTalks and #Ferries within the hour.\n"
    assert _spans(linter, text) == []


def test_a_wires_short_name_closing_a_paragraph_is_its_sign_off(linter: Linter) -> None:
    text = _HEAD + _LEAD + " — TNS\n\nThe board did not say what the new tariffs would be.\n"
    assert _spans(linter, text) == ["— TNS"]


def test_a_dash_before_a_word_in_capitals_inside_a_sentence_is_no_sign_off(
    linter: Linter,
) -> None:
    text = _HEAD + _LEAD + " The deal — NATO said — was welcome.\n\nThe board met again.\n"
    assert _spans(linter, text) == []


def test_a_relative_stamp_glued_to_its_section_label_is_a_stamp() -> None:
    assert is_stamp("Cricket1 day ago")
    assert is_stamp("News 3 hours ago")
    assert not is_stamp("The 1990s are long ago")


def test_an_ap_style_stamp_is_a_stamp_and_a_sentence_with_its_clock_is_not() -> None:
    assert is_stamp("Sept. 21, 2025, 2:15 p.m.")
    assert is_stamp("Updated 2:15 p.m. EDT, Sept. 21, 2025")
    assert is_stamp("Published 9:05 a.m. Monday, Sept. 22, 2025")
    assert not is_stamp("The meeting began Sept. 21, 2025 at 9:00 a.m.")
    assert not is_stamp("On Sept. 21, 2025, at 2 p.m. the polls closed.")
    assert not is_stamp("Sept. 21, 2025, 2 p.m., Town Hall")  # a listing's event, its place
    assert not is_stamp("Sept. 21, 2 p.m.")  # no year: a calendar's entry


def test_a_slideshows_credit_as_a_list_item_is_a_credit() -> None:
    assert caption_evidence("- Reuters/Jane Doe", "- Reuters/Jane Doe", 3)
    assert caption_evidence("- Home / World", "- Home / World", 2) is None


def test_a_slideshows_paragraphs_between_credits_are_the_storys(linter: Linter) -> None:
    text = (
        "Storm in pictures\n\nThe storm hit the harbour on Monday and damaged dozens of boats, "
        "officials said.\n- Reuters/Jane Doe\nBoats were thrown onto the quay and two sheds "
        "lost their roofs.\n- AFP/John Roe via Getty Images\n"
    )
    assert "Boats were thrown onto the quay and two sheds lost their roofs." not in _spans(
        linter, text
    )


def test_a_bare_date_under_the_first_line_is_the_dateline(linter: Linter) -> None:
    text = "Press Release\nMay 3, 2009\n\n" + _LEAD + "\n\n" + _LEAD.replace("June", "July") + "\n"
    assert "May 3, 2009" not in _spans(linter, text)


def test_a_label_above_the_headline_of_a_short_page_is_a_label(linter: Linter) -> None:
    # a page opening too short for jusText to keep any paragraph as the article's
    text = (
        "Harbour News\n\nFerry talks resume after a week of delays\n\n"
        "The talks resumed on Monday, officials said.\n\n"
        "The board will meet again in June to settle the tariffs, its chairman added.\n"
    )
    assert _spans(linter, text) == ["Harbour News"]


# A scanned page, its last line a heading the scan cut from what follows.
_SCAN = (
    "HARBOUR BOARD MEETS\n\nIhe harbour board met on Mondav in tbe old customs house, and after "
    "a long debate\ntlie members agreed tliat the ferries sliould sail again before tbe end of "
    "the month. Tbe\nchairman said tbe tariffs wlll be settled at tbe next meeting, and tbat "
    "tbe two ports\nwould share tbe cost of the new berths equally between tbem for a term of "
    "five years.\nTbe mayor, who spoke after him, tbanked tbe members for tbeir patience.\n\n"
    "Weather Fair\n"
)


def test_a_scanned_pages_last_short_line_is_no_prompt_below_the_article(
    linter: Linter,
) -> None:
    assert "Weather Fair" not in _spans(linter, _SCAN)


_NAMED = (
    "Harbour board backs new ferry route\n\n"
    "The harbour board voted on Tuesday to open a second ferry route to the islands, after a "
    "long debate in which the chairman, Jane Doe, spoke for the plan.\n\n"
)


def test_a_name_after_its_office_between_paragraphs_is_a_caption(linter: Linter) -> None:
    text = _NAMED + (
        "Chairman Jane Doe\n\nThe vote ends a dispute that began when the old pier closed, and "
        "Doe said the first ferries would sail in June.\n"
    )
    assert _spans(linter, text) == ["Chairman Jane Doe"]


def test_a_bare_name_heading_a_list_item_is_the_storys(linter: Linter) -> None:
    text = _NAMED + (
        "Jane Doe\n\nFormer ferry captain Jane Doe is the latest to back the plan, and Doe said "
        "the first ferries would sail in June.\n"
    )
    assert _spans(linter, text) == []


def test_a_profiles_name_heading_opening_its_paragraph_is_the_storys(linter: Linter) -> None:
    text = _NAMED + (
        "Captain Jane Doe\n\nCaptain Jane Doe, 45, has sailed the route for twenty years, and "
        "Doe said the first ferries would sail in June.\n"
    )
    assert _spans(linter, text) == []


def test_a_share_label_above_the_headline_whose_icons_were_lost_is_a_label(
    linter: Linter,
) -> None:
    text = "Follow us on:\n\nFerry talks resume after a week of delays\n\n" + _LEAD + "\n"
    assert _spans(linter, text) == ["Follow us on:"]


def test_a_dateline_in_capitals_on_its_own_line_is_the_storys(linter: Linter) -> None:
    text = "HARBOURTON:\n\nFerry talks resume after a week of delays\n\n" + _LEAD + "\n"
    assert "HARBOURTON:" not in _spans(linter, text)
