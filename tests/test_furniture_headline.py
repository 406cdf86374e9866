"""The page's headline is the line above the story that names what the story names.

Scraped pages print a site slogan, a share bar or a rule line between the headline and the
first paragraph; the nearest long line was taken for the headline, so a share bar shielded
itself and a short headline read as furniture. Every text here is written for the test.
"""

from __future__ import annotations

from newslint.engine import Linter
from newslint.page_layout import find_headline
from newslint.story_topic import stems, topical_line
from newslint.textblocks import blocks

from .conftest import rules_at

STORY = (
    "Farmers in the valley cheered on Tuesday as the new grain silo opened at the edge of town, "
    "ending years of long drives to the coast at harvest time for every grain farmer here.\n\n"
    "The silo holds enough grain for the whole district, the cooperative said, and farmers can "
    "book a slot online from next week.\n"
)


def _headline(text: str) -> str | None:
    items = blocks(text)
    found = find_headline(items, [None] * len(items))
    return None if found is None else items[found].text


def test_the_headline_is_the_line_sharing_words_with_the_story() -> None:
    text = "Farmers cheer new grain silo\n\nPrint Mail Large Medium Small\n\n" + STORY
    assert _headline(text) == "Farmers cheer new grain silo"


def test_a_short_headline_over_a_rule_line_is_found() -> None:
    text = "Grain silo opens\n********************\n" + STORY
    assert _headline(text) == "Grain silo opens"


def test_with_no_words_shared_the_nearest_long_line_is_taken() -> None:
    text = "Good news at last for everyone\n\n" + STORY
    assert _headline(text) == "Good news at last for everyone"


def test_a_masthead_sharing_one_word_is_not_the_headline() -> None:
    text = "The Valley Herald\n\nOne more year of waiting ends\n\n" + STORY
    assert _headline(text) == "One more year of waiting ends"


def test_words_meet_in_their_forms_and_stop_words_do_not_count() -> None:
    assert stems("Visitors would applaud") == frozenset({"visit", "appla"})
    items = blocks("Ministers meet\n\nThe minister met the ministry staff on Monday morning.\n")
    assert topical_line(items, [0], items[1:]) is None  # one word shared is chance


def test_a_short_headline_is_not_reported_as_furniture(linter: Linter) -> None:
    text = (
        "Ferry fares rise\n********************\nThe ferry company said on Friday that fares "
        "will rise by five percent in April, the first rise in three years, blaming the cost "
        "of fuel.\nEnds/Friday, March 4, 2022\nIssued at HKT 17:30"
    )
    assert "scrape.furniture-block" not in rules_at(linter, text, "Ferry fares rise")
    assert "scrape.furniture-block" in rules_at(linter, text, "Issued at HKT 17:30")


def test_a_longer_line_sharing_more_words_does_not_outrank_the_headline() -> None:
    # a caption under the headline repeats more of the story's words; the headline repeats a
    # larger share of its own
    text = (
        "Farmers cheer new grain silo\n\n"
        "Farmers and cooperative members stand by the grain silo at the edge of town where the "
        "valley farmer drives at harvest time\n\n" + STORY
    )
    assert _headline(text) == "Farmers cheer new grain silo"


def test_a_two_word_label_repeating_the_story_is_not_the_headline() -> None:
    text = "Valley farmers cheer new silo\n\nGrain silo\n\n" + STORY
    assert _headline(text) == "Valley farmers cheer new silo"


def test_credit_forms_under_a_caption_are_reported(linter: Linter) -> None:
    text = (
        "Grain silo opens\n\nPhoto credit: Jane Doe\n\n"
        "The new silo at dawn. (image via Valley Archive)\n\n" + STORY
    )
    assert "scrape.furniture-block" in rules_at(linter, text, "Photo credit: Jane Doe")
    assert "scrape.furniture-block" in rules_at(linter, text, "(image via Valley Archive)")


def test_a_note_above_the_headline_does_not_hide_it(linter: Linter) -> None:
    # a search box's note is a sentence above the story: the headline stands below it
    text = (
        "Search\nFilters\nSort by\n\n* The search covers only the stories published after 2015.\n\n"
        "Valley farmers cheer new grain silo\n\n09:14 March 4, 2022\n\n" + STORY
    )
    assert _headline(text) == "Valley farmers cheer new grain silo"
    assert "scrape.furniture-block" not in rules_at(
        linter, text, "Valley farmers cheer new grain silo"
    )


def test_the_title_of_a_story_in_short_paragraphs_is_no_menu_item(linter: Linter) -> None:
    # wire and machine-translated copy: paragraphs of one sentence, none of jusText's length
    text = (
        "Menu\nSearch\nSign in\nSubscribe\n\nValley farmers cheer grain silo\n\n"
        "By Jane Doe, Farm Correspondent\n\n"
        "The valley's farmers cheered on Tuesday as the new grain silo opened.\n\n"
        "The silo holds enough grain for the whole district, the cooperative said.\n"
    )
    assert "scrape.furniture-block" in rules_at(linter, text, "Subscribe")
    assert "scrape.furniture-block" not in rules_at(linter, text, "Valley farmers cheer")


def test_a_breadcrumb_ending_on_a_long_headline_is_reported(linter: Linter) -> None:
    crumb = (
        "Home / Farming / Valley farmers cheer as the new grain silo opens at the edge of town "
        "after years of waiting"
    )
    text = crumb + "\n\nValley farmers cheer as the new grain silo opens\n\n" + STORY
    assert "scrape.furniture-block" in rules_at(linter, text, "Home / Farming")
