"""False alarms an audit on unseen real pages found in page furniture, each pinned by a text of
the same shape: panels of fields, lists of contents, lines to the reader, headings over lists.

Every text here is written for the test; each case says what the published page did that the
rule took for an artifact. The other cases are in test_real_page_false_alarms.py.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import rules_at

_PROFILE = (
    "Jane Rivers Biography and Career\n\n"
    "Jane Rivers Biography\n\n"
    "Full Name: Jane Anne Rivers\n"
    "Birth Name: Jane Anne Fletcher\n"
    "Birth Date: 4 May 1961\n"
    "Nationality: British\n"
    "Profession: Marine biologist\n\n"
    "Salt marshes store more carbon per acre than most forests, and restoring them is one of the"
    " cheapest ways a coastal town can cut its emissions, Rivers said this week.\n"
)


def test_a_profile_title_above_a_panel_of_fields_is_no_menu_item(linter: Linter) -> None:
    # A biography farm prints "Label: value" fields under the page's title; a field is no
    # link, so the title and its subheading are not the first items of a menu.
    assert "scrape.furniture-block" not in rules_at(linter, _PROFILE, "Jane Rivers Biography and")
    assert "scrape.furniture-block" not in rules_at(linter, _PROFILE, "\n\nJane Rivers Biography")


def test_the_fields_under_a_profile_title_are_still_a_panel(linter: Linter) -> None:
    assert "scrape.furniture-block" in rules_at(linter, _PROFILE, "Birth Name:")


_GUIDE = (
    "In a busy week the best advice is often the shortest: a single line that saves an hour, a"
    " habit that keeps a desk clear, a rule of thumb that settles a choice before it costs a"
    " morning.\n"
    "{top}"
    "A habit is a small action repeated until it no longer needs a decision, and most of the ones"
    " worth keeping take less than two minutes a day to do once they are learned, which is why"
    " the advice in this guide starts with the smallest steps.\n"
    "How Long Does It Take?\n"
    "It takes most people about two months of daily practice before a new routine feels"
    " automatic, and the length varies with how simple the action is and how often it is done,"
    " according to the studies that have tried to measure it over the years.\n"
)


def test_headings_after_a_list_of_contents_on_a_page_without_blank_lines(linter: Linter) -> None:
    # An AI-written guide lists its sections, then heads the first with two lines ("Why Habits
    # Matter" / "What Is a Habit?"); no blank line parts any paragraph on the page.
    contents = "Contents\n- Why habits matter\n- Building a habit\n- Breaking a habit\n- Summary\n"
    text = _GUIDE.format(top=contents + "Why Habits Matter\nWhat Is a Habit?\n")
    assert "scrape.furniture-block" not in rules_at(linter, text, "Why Habits Matter")
    assert "scrape.furniture-block" not in rules_at(linter, text, "What Is a Habit?")


def test_a_menu_or_a_lone_dash_on_a_page_without_blank_lines_is_still_furniture(
    linter: Linter,
) -> None:
    text = _GUIDE.format(top="Home\nNews\nSport\nWeather\nContact us\n")
    assert "scrape.furniture-block" in rules_at(linter, text, "Weather")
    text = _GUIDE.format(top="Reporter\nAnn Lee\n-\n")
    assert "scrape.furniture-block" in rules_at(linter, text, "-\n")


_ORDERS = (
    "RALEIGH – With the storm now a Category 4 hurricane, the governor on Monday evening urged"
    " residents, businesses and visitors not to delay their preparations and to follow the"
    " evacuation orders that local officials have issued for the coast and for the low-lying"
    " areas along the rivers.\n"
    "“We face three threats from this storm: surge along our coast, strong winds, and flooding"
    " from heavy rain inland,” the governor said. “Wherever you live, you need to get ready for"
    " this storm now, and you need to leave your home if you are asked to do so by the officials"
    " in your county.”\n"
    "Preparations are underway throughout the state, and most coastal counties have ordered"
    " evacuations. The governor urges residents to follow the orders issued for their areas,"
    " because the local officials know their communities and their people best and will decide"
    " when it is time to go.\n"
    "{tail}"
)


def test_the_items_of_a_list_that_ends_the_page_are_the_articles(linter: Linter) -> None:
    # A press release ends on its list of counties, one item per line, each county's orders on
    # the line under it; the last item is not a prompt below the article.
    text = _ORDERS.format(
        tail="As of 6 p.m. Monday, these counties have ordered evacuations:\n"
        "- Ash County – voluntary evacuation of low-lying areas effective Wednesday\n"
        "- Birch County\n"
        "– mandatory evacuation of flood-prone areas effective Tuesday, Sept 11\n"
        "- Elm County"
    )
    assert "scrape.furniture-block" not in rules_at(linter, text, "- Birch County")
    assert "scrape.furniture-block" not in rules_at(linter, text, "- Elm County")


def test_a_single_marked_prompt_below_the_article_is_still_furniture(linter: Linter) -> None:
    text = _ORDERS.format(tail="• Leave a comment\n")
    assert "scrape.furniture-block" in rules_at(linter, text, "Leave a comment")


_PROFILE_STORY = (
    "Maria Lopez net worth: meet the shipping boss behind the biggest port deal\n\n"
    "Anna Reed, Tom Hale\n\n"
    "Shipping boss Maria Lopez has announced she is stepping down after 25 years at the head of"
    " the company.\n\n"
    "Lopez, who was last year named the richest woman in the industry, made the announcement on"
    " Monday but said she will stay on the board.\n\n"
    "The 61-year-old is the country's richest shipowner with a fortune of more than $16 billion"
    " thanks to her stake in the firm, which this week overtook its main rival to become the"
    " biggest of all the shipping firms that are based in Europe, according to the figures that"
    " were published on Friday.\n\n"
    "From modest beginnings as a single ferry service, Lopez and her company branched out into"
    " almost every kind of freight, and last year it carried more cargo than any other line in"
    " the region, and it is now one of the few firms in the world that can move goods from one"
    " end of the globe to the other on its own ships.\n\n"
    "{tail}"
)


def test_a_line_to_the_reader_with_the_story_going_on_below_is_the_storys(
    linter: Linter,
) -> None:
    # A profile's signpost ("Here's everything you need to know about…") over a question
    # heading, a caption and more paragraphs: the story goes on below it, so it is no prompt.
    text = _PROFILE_STORY.format(
        tail="Here's everything you need to know about the woman behind one of Europe's biggest"
        " companies.\n\nHow much is Maria Lopez worth?\n\n"
        "The boss made the announcement in Madrid (Reuters/File)\n\n"
        "The shipping boss was worth $15 billion (£12 billion) in July, making her the richest"
        " person in the industry since at least 1990 when the list began.\n\n"
        "But this week her fortune rose to more than $16 billion after her company passed its"
        " rival to become the most valuable in the sector.\n"
    )
    assert "scrape.furniture-block" not in rules_at(linter, text, "Here's everything")


def test_a_line_to_the_reader_after_the_last_paragraph_is_still_furniture(
    linter: Linter,
) -> None:
    text = _PROFILE_STORY.format(
        tail="Here's everything you need to know about the woman behind one of Europe's biggest"
        " companies.\n\nHow much is Maria Lopez worth?\n"
    )
    assert "scrape.furniture-block" in rules_at(linter, text, "Here's everything")


def test_a_heading_over_the_first_numbered_item_is_the_articles(linter: Linter) -> None:
    # A page cut after a section's heading and its list's first item: "Kinds of Habits" heads
    # "1. Small habits", an article's section, not a prompt under the story.
    text = _GUIDE.format(top="") + "Kinds of Habits\n1. Small habits"
    assert "scrape.furniture-block" not in rules_at(linter, text, "Kinds of Habits")


def test_a_label_over_a_bulleted_line_under_the_story_is_still_furniture(linter: Linter) -> None:
    # Only a list's first numbered item marks a section: a bullet is a site's link as often.
    text = _GUIDE.format(top="") + "Kinds of Habits\n• Small habits"
    assert "scrape.furniture-block" in rules_at(linter, text, "Kinds of Habits")
