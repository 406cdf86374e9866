"""Page furniture judged by shape (jusText's classes on plain text) and by neighbours."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_model import block_features
from newslint.furniture_scores import score
from newslint.furniture_stamps import is_bare_date, is_stamp, metadata_prefix
from newslint.linters import load_rules
from newslint.page_layout import heads_paragraph, parts_by_blank_lines
from newslint.textblocks import Block, blocks, classify, english_stopwords

from ..conftest import examples
from ..line_count import lines_run

BODY = (
    "The finance ministry said on Tuesday that the new levy would be collected from the start of "
    "next year, and that farmers who had already paid the old charge would be refunded in full by "
    "the end of the summer."
)


@pytest.fixture(scope="module")
def furniture() -> Linter:
    return Linter(load_rules(), select=["scrape.furniture-block"])


def reported(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


def test_stop_list_comes_from_justext() -> None:
    words = english_stopwords()
    assert {"the", "of", "which"} <= words
    assert len(words) > 200  # jusText's list, not the short fallback


def test_short_lines_take_their_neighbours_class() -> None:
    bar = "Politics Business Technology Science Health Sports Entertainment Travel Opinion Video"
    assert [b.cls for b in blocks(f"{bar}\n\nWorld\n\n{bar}\n")] == ["bad", "bad", "bad"]
    assert [b.cls for b in blocks(f"{BODY}\n\nA subhead\n\n{BODY}\n")] == ["good"] * 3


def _lines_run(function: Callable[..., Any], *args: Any) -> int:
    """How many lines of `function`'s module run while it is called."""
    module = sys.modules[function.__module__].__file__
    return lines_run(lambda code: code.co_filename == module, function, *args)


def test_a_page_of_short_lines_is_classified_in_one_pass_over_its_blocks() -> None:
    # A menu or a list of links is a long run of short blocks: each looked outwards through the
    # whole run for its nearest long neighbour, and 20,000 of them took a minute.
    def short_lines(count: int) -> list[Block]:
        return [Block(0, 0, "Home", 1, 1, 0.0) for _ in range(count)]

    small, large = (_lines_run(classify, short_lines(n)) for n in (400, 800))
    assert large <= 2.1 * small
    page = short_lines(3)
    classify(page)
    assert [b.cls for b in page] == ["bad"] * 3  # the page's edges count as bad


def test_a_page_of_menus_looks_for_the_story_s_opening_once(
    furniture: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each run of short lines asked whether any block above it opens the story, reading every
    # block above it: a page of menus was quadratic (400 KB of short paragraphs: 2.4 s).
    import newslint.page_layout as layout

    asked = 0
    real = layout.opens_story

    def counting(block: Block) -> bool:
        nonlocal asked
        asked += 1
        return real(block)

    monkeypatch.setattr(layout, "opens_story", counting)
    menu = "Politics\nBusiness Today\nWorld News\n\nIt will improve in three ways\n\n"
    page = menu * 200 + BODY + "\n"
    found = reported(furniture, page)
    assert "Politics" in found and "World News" in found
    assert asked <= len(blocks(page))


def test_a_page_of_titles_reads_its_words_for_speakers_once(
    furniture: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each title with a name after its dash read every block of the page for that name beside a
    # reporting verb: a listing of N titles read the page N times (titles x words).
    import newslint.furniture_story as story

    words_read = 0
    real = story._bare

    def counting(word: str) -> str:
        nonlocal words_read
        words_read += 1
        return real(word)

    monkeypatch.setattr(story, "_bare", counting)
    titles = [f"Council votes on the harbour plan, part {n} - Daily Courier" for n in range(60)]
    page = "\n\n".join([*titles, BODY, "The mayor said the Courier had it right.", BODY]) + "\n"
    found = reported(furniture, page)
    assert titles[0] in found and titles[-1] in found
    assert words_read <= len(page.split())


def test_hard_wrapped_prose_is_one_block_but_short_lines_are_not_joined() -> None:
    wrapped = "The council voted on Monday to close the\nharbour road until the spring.\n"
    assert len(blocks(wrapped)) == 1
    assert len(blocks("08/18/2022 | 05:22pm EDT\nshare with twitter\n")) == 2


def test_menu_run_is_reported_but_an_announced_list_is_not(furniture: Linter) -> None:
    menu = f"Home\nWorld\nBusiness\nSport\n\n{BODY}\n"
    assert reported(furniture, menu) == ["Home", "World", "Business", "Sport"]
    announced = (
        f"The ministry named three crops it will support:\n\nWheat\nBarley\nOats\n\n{BODY}\n"
    )
    assert reported(furniture, announced) == []


def test_listing_line_between_two_stamps_is_furniture(furniture: Linter) -> None:
    text = (
        f"{BODY}\n\nFarmers rally against the new levy\n11:20 AM • 2558 views\n"
        "Ministers meet in the capital for a third day\n09:34 AM • 1870 views\n"
    )
    found = reported(furniture, text)
    assert "Ministers meet in the capital for a third day" in found
    assert "11:20 AM • 2558 views" in found


def test_headline_and_dateline_alone_are_not_furniture(furniture: Linter) -> None:
    text = f"Farmers win levy refund\n\nMonday, March 4, 2024\n\n{BODY}\n"
    assert reported(furniture, text) == []


def test_metadata_prefix_is_reported_without_the_headline_after_it(furniture: Linter) -> None:
    text = f" date 2022-01-08 Farmers win levy refund\n\n{BODY}\n"
    assert reported(furniture, text) == ["date 2022-01-08"]
    assert metadata_prefix("Date of birth: 1970", 0) == 0
    # Only the line's own block is read: a stamp there, not one a blank line further on.
    assert metadata_prefix("Updated\n\n2022-01-08 Farmers win", 0, 7) == 0
    assert metadata_prefix("Updated 2022-01-08 Farmers win", 0, 30) == len("Updated 2022-01-08")


def test_a_line_heads_a_paragraph_when_set_apart_as_the_page_sets_lines_apart() -> None:
    """A page that parts nothing by blank lines sets every line apart; one that parts its
    paragraphs by blank lines sets apart only a line with one above it. The caller reads that
    once per page: asked of the page for every doubted line, it made a page of lines
    quadratic."""
    text = "Why tips matter\n" + BODY + "\n"
    items = blocks(text)
    assert [heads_paragraph(items, 0, parted) for parted in (False, True)] == [True, False]
    assert parts_by_blank_lines(items) is False
    assert parts_by_blank_lines(blocks("Why tips matter\n\n" + BODY + "\n")) is True


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Published : May 25, 2018 - 15:02", True),
        ("01:19 PM • 6736 views", True),
        ("Updated 2 hours ago", True),
        ("The meeting starts at 10:30 a.m. on Monday.", False),
        ("Turnout was 89.23% in the north", False),
        # a day and a clock time with the desk's or author's name beside them: a CMS stamp
        ("Harbour Desk Agencies, 4 May, 2026 01:52 PM", True),
        ("May 4, 2026 4:36 pm Author: Harbour Media Team", True),
        # a sentence gives them, a headline gives a year, not a day
        ("The Harbour Board Meets At 10:30 On Monday, May 4, 2026.", False),
        ("Ferry leaves at 6:45 for the last 2026 crossing", False),
    ],
)
def test_stamps(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


def test_bare_dates() -> None:
    assert is_bare_date("Sunday, December 4, 2022")
    assert not is_bare_date("Talks resume on December 4")


PAGE = (
    "<html><body>\n<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>\n"
    f"<h1>Farmers win refund</h1>\n<p>{BODY}</p>\n"
    "<div class='share'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>\n"
    "</body></html>\n"
)


def test_html_blocks_outside_the_article_are_reported_at_their_text() -> None:
    linter = Linter(load_rules(), select=["scrape.outside-article", "scrape.furniture-block"])
    findings = linter.lint(Document.from_raw(PAGE, markup="html"))
    found = {PAGE[f.start : f.end] for f in findings}
    assert {"Home", "World", "Share on Facebook"} <= found
    assert not any("finance ministry" in text or "Farmers" in text for text in found)
    assert {f.rule for f in findings} == {"scrape.outside-article"}


def test_html_fragment_without_an_article_is_left_alone() -> None:
    linter = Linter(load_rules(), select=["scrape.outside-article"])
    fragment = "<p>Share on Facebook</p><p>Home</p>"
    assert linter.lint(Document.from_raw(fragment, markup="html")) == []


def test_metadata_panel_is_furniture_but_one_heading_with_a_colon_is_not(furniture: Linter) -> None:
    panel = f"Location:\nBrooklyn, New York\nIssue Date:\nPage:\n17\n\n{BODY}\n"
    assert reported(furniture, panel) == [
        "Location:",
        "Brooklyn, New York",
        "Issue Date:",
        "Page:",
        "17",
    ]
    heading = f"{BODY}\n\nPlaces of assembly:\nThe main hall\n\n{BODY}\n"
    assert reported(furniture, heading) == []


def test_shape_model_reports_a_desk_line_after_a_timestamp_but_not_the_headline(
    furniture: Linter,
) -> None:
    page = f"Farmers win levy refund\n\nUpdated 09:14\nEconomy Desk\n\n{BODY}\n\n{BODY}\n"
    assert reported(furniture, page) == ["Updated 09:14", "Economy Desk"]
    rule = next(r for r in load_rules() if r.id == "scrape.furniture-block")
    no_model = Linter([rule.replaced(options={**rule.options, "weights": {}})])
    assert reported(no_model, page) == ["Updated 09:14"]


def test_shape_model_scores_bare_lines_among_furniture_above_article_paragraphs() -> None:
    rule = next(r for r in load_rules() if r.id == "scrape.furniture-block")
    page = f"Updated 09:14\nEconomy Desk\n\n{BODY}\n\n{BODY}\n"
    items = blocks(page)
    scores = [score(row, rule.option("weights")) for row in block_features(items)]
    assert scores[1] > 0.8 > max(scores[2:])


def test_menu_of_wordy_items_is_reported_but_a_list_after_a_short_colon_intro_is_not(
    furniture: Linter,
) -> None:
    login = f"Log in\nSign up\nNew member\nSign up for free\nNew customer\n\n{BODY}\n"
    assert reported(furniture, login) == [
        "Log in",
        "Sign up",
        "New member",
        "Sign up for free",
        "New customer",
    ]
    announced = f"{BODY}\n\nIt will improve:\n\n• links between bus and rail\n• journey times\n• the waiting rooms\n\n{BODY}\n"
    assert reported(furniture, announced) == []


def test_bracketed_tags_and_separator_rules_on_lines_of_their_own(furniture: Linter) -> None:
    page = f"{BODY}\n\n(Agency)\n\n{BODY}\n-----------------\n{BODY}\n\n(Applause.)\n"
    assert reported(furniture, page) == ["(Agency)", "-----------------"]


def test_a_read_more_link_ending_a_teaser_is_reported_alone(furniture: Linter) -> None:
    page = f"{BODY}\n\nThe council met on Monday to discuss the levy. Read more...\n\n{BODY}\n"
    assert reported(furniture, page) == ["Read more..."]
    bracketed = (
        f"{BODY}\n\nThe council met on Monday to discuss the levy despite [more…]\n\n{BODY}\n"
    )
    assert reported(furniture, bracketed) == ["[more…]"]
    quoted = f"{BODY}\n\n“We will see. Wait…”\n\n{BODY}\n"
    assert reported(furniture, quoted) == []


@pytest.mark.parametrize(
    "text",
    ["café\n", "Markets rally as rates hold\n", "Share\n\nTweet\n\nEmail\n", "Updated\n"],
)
def test_no_block_is_furniture_by_shape_alone_without_an_article(
    furniture: Linter, text: str
) -> None:
    """Furniture surrounds an article; a one-line file or a headline being typed has none."""
    shaped = [f for f in furniture.lint(Document.from_raw(text)) if "shaped like" in f.message]
    assert shaped == []


@pytest.mark.parametrize(
    "line",
    [
        "295",
        "4K",
        "-- : --",
        "Persistent link: https://example.org/lccn/1906-09-21/seq-7/",
        "Comments (12)",
        "(2nd LD) Farmers protest new levy",
        "(2nd LD) Farmers protest the new levy as ministers meet for a third day in the capital\n"
        "(ATTN: ADDS details in paras 4-6, 14-16; UPDATES with minor edits throughout)",
        "© 2024 Example Press",
        "Roads closed after the storm pic.example/abc — City Police Ops (@CityPoliceOps) May 3, 2021",
        "© Copyright 2024 Example Press",
        "Read more Copyright 1995 - . All rights reserved.",
    ],
)
def test_figures_link_fields_counts_slugs_and_copyright_lines_are_furniture(
    furniture: Linter, line: str
) -> None:
    assert reported(furniture, f"{BODY}\n\n{line}\n\n{BODY}\n") == [line]


def test_figures_and_brackets_inside_prose_are_not_furniture(furniture: Linter) -> None:
    prose = (
        f"{BODY}\n\nThe levy raised 295 million (about 4K per farm) in 2024, "
        "the ministry (ATTN: the finance desk) said.\n\n(Applause.)\n\nPage one of three.\n\n"
        "The police account (@CityPoliceOps) posted the closures on May 3, 2021.\n"
    )
    assert reported(furniture, prose) == []


@pytest.mark.parametrize(
    "line",
    [
        "(CNN) The president has resigned, aides said on Monday.",
        "Parliament passed the Copyright Directive 2019 on Tuesday.",
    ],
)
def test_a_lead_and_a_law_are_not_slugs_or_notices(furniture: Linter, line: str) -> None:
    assert reported(furniture, f"{BODY}\n\n{line}\n\n{BODY}\n") == []


def test_a_date_line_under_the_first_line_is_left_alone_and_one_deeper_is_a_stamp(
    furniture: Linter,
) -> None:
    """Under the page's first line or under its headline a bare date is its dateline (house
    convention), whatever stands above the headline; deeper in a page that carries furniture
    (under a byline), the model weighs it as the date stamp the labelled pages mark (the weight of
    `bare_date`, fitted on the pooled dev sides)."""
    own = f"Talks resume in Geneva\n\nAugust 11, 2022\n\n{BODY}\n"
    assert reported(furniture, own) == []
    headline = f"World | Europe\n\nTalks resume in Geneva\n\nAugust 11, 2022\n\n{BODY}\n"
    assert reported(furniture, headline) == ["World | Europe"]
    stamped = (
        f"World | Europe\n\nTalks resume in Geneva\n\nBy Ann Lee\n\nAugust 11, 2022\n\n{BODY}\n"
    )
    assert "August 11, 2022" in reported(furniture, stamped)


def test_a_section_label_above_a_title_with_the_sites_name_is_furniture(
    furniture: Linter,
) -> None:
    text = f"Europe\n\nFarmers protest the new levy in the capital | Daily News\n\n{BODY}\n"
    assert reported(furniture, text)[0] == "Europe"


def test_furniture_inside_an_article_paragraph_is_reported_alone(furniture: Linter) -> None:
    stamped = f"{BODY} 2026-02-03 15:24:28 -\n"
    assert reported(furniture, stamped) == ["2026-02-03 15:24:28 -"]
    credit = (
        "The suspect was taken to hospital (Mikael Berg/TT News Agency via AP) and officials "
        "said the man had attacked people in the small town on Wednesday afternoon.\n"
    )
    assert reported(furniture, credit) == ["(Mikael Berg/TT News Agency via AP)"]
    quoted = f"{BODY} The board (Smith/Jones report) and the 2026-02-03 meeting agreed.\n"
    assert reported(furniture, quoted) == []


def test_a_title_with_the_sites_name_after_a_dash_is_furniture(furniture: Linter) -> None:
    title = "Police fatally shoot a man in Philadelphia - CBS News"
    assert reported(furniture, f"{title}\n\n{BODY}\n") == [title]
    prose = f"{BODY}\n\nThe talks will go on next week - Reuters reported.\n\n{BODY}\n"
    assert reported(furniture, prose) == []


def test_a_section_label_between_headline_and_article_is_furniture(furniture: Linter) -> None:
    text = f"Farmers protest the new levy in the capital\n\nInternal Affairs\n\n{BODY}\n"
    assert reported(furniture, text) == ["Internal Affairs"]
    dated = f"Farmers protest the new levy in the capital\n\nMadrid, Spain\n\n{BODY}\n"
    assert reported(furniture, dated) == []


def test_a_note_about_the_page_outside_the_article_is_furniture(furniture: Linter) -> None:
    note = "This transcription has been completed. Contact us with corrections."
    assert reported(furniture, f"{note}\n\n{BODY}\n") == [note]
    assert reported(furniture, f"{BODY}\n\nThis post first appeared on our partner's site.\n") == [
        "This post first appeared on our partner's site."
    ]


def test_the_story_speaking_of_itself_inside_the_article_is_not(furniture: Linter) -> None:
    inside = "This story reminds us that moments of courage are rooted in necessity and in love."
    assert reported(furniture, f"{BODY}\n\n{inside}\n\n{BODY}\n") == []
    essay = "In this article we look at what the new levy means for farmers."
    assert reported(furniture, f"{essay}\n\n{BODY}\n") == []


def test_a_quotation_or_a_place_after_the_article_is_not_a_note_about_the_page(
    furniture: Linter,
) -> None:
    quoted = "“This story has divided the town for too long,” she said."
    assert reported(furniture, f"{BODY}\n\n{quoted}\n") == []
    place = "This site will be cleared by June, and this issue will be settled then."
    assert reported(furniture, f"{BODY}\n\n{place}\n") == []


def test_a_desk_label_on_a_short_page_and_a_venue_under_a_place_line(furniture: Linter) -> None:
    # Too short for jusText's classes: the first sentence of prose opens the story.
    lede = "The prime minister said on Monday that the economy had recovered faster than expected."
    short = f"Economy recovering at unprecedented pace: PM\n\nNews Desk\n\n{lede}\n"
    assert reported(furniture, short) == ["News Desk"]
    venue = f"Remarks to the review conference\n\nNew York, New York\n\nUN Headquarters\n\n{lede}\n"
    assert reported(furniture, venue) == []


@pytest.mark.parametrize(
    "credit",
    [
        "Photograph: Jane Doe/Reuters",
        "Composite: Example Design",
        "AFP via Getty Images",
        "Jane Doe/AP Photo",
        "Photo courtesy of the city council",
        "© Jane Doe",
        "Photo illustration by Jane Doe",
    ],
)
def test_a_caption_ending_in_a_credit_is_furniture(furniture: Linter, credit: str) -> None:
    caption = f"Farmers gather outside the ministry in the capital on Tuesday. {credit}"
    assert reported(furniture, f"{BODY}\n\n{caption}\n\n{BODY}\n") == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "A harbour patrol boat is seen in this undated file photo.",
        "Farmers gather outside the ministry in this handout picture released on Tuesday.",
        "Harbour at dawn — Photo by Jane D. on Example Images",
        "Image and text provided by the State Library of Examplia",
        "The Harbour Gazette. (Port Town) 1895-1913, September 21, 1906, Image 7",
        "June 02, 1935 - Page 3",
        "Last updated on 12 March 2024",
        "First published on: 12 March 2024",
        "Representational image",
        "File photo of farmers outside the ministry.",
    ],
)
def test_captions_credits_and_archive_locators_are_furniture(furniture: Linter, line: str) -> None:
    assert reported(furniture, f"{BODY}\n\n{line}\n\n{BODY}\n") == [line]


@pytest.mark.parametrize(
    "credit", ["Jane Doe/Harbour Wire", "Jo Lee/ Ann Roe/ Example Images", "KIM LEE/Wire via Pics"]
)
def test_a_credit_line_of_names_joined_by_slashes_is_furniture(
    furniture: Linter, credit: str
) -> None:
    # a listing that also prints "Label: title" lines: the credit is its own evidence
    page = (
        f"Harbour Notes: The Week Ahead\n\n{credit}\n\n{BODY}\n\n"
        f"Port Notes: The Ferry Returns\n\n{BODY}\n\nTown Notes: A New Bridge\n\n"
        f"Farm Notes: Grain Prices\n"
    )
    assert credit in reported(furniture, page)


def test_slashes_in_a_breadcrumb_or_a_pair_of_places_are_no_credit(furniture: Linter) -> None:
    lines = f"{BODY}\n\nIsrael/Gaza\n\n{BODY}\n\nBuyers/sellers agreed on Monday.\n\n{BODY}\n"
    assert reported(furniture, lines) == []


def test_prose_naming_a_photo_or_a_page_is_not(furniture: Linter) -> None:
    prose = (
        f"{BODY}\n\n“I have never seen myself in this photo before,” she said.\n\n"
        "The ruling, published on May 3, 2020, is printed on page 7.\n\n"
        "Published on 12 March 2024, the report was read by few.\n\n"
        "Photos of the crash spread quickly on social media.\n\n"
        f"The ministry said the pictures were provided by the navy.\n\n{BODY}\n"
    )
    assert reported(furniture, prose) == []


def test_a_paragraph_closing_on_a_route_via_a_place_is_no_credit(furniture: Linter) -> None:
    closing = "The airline chartered three aircraft. Passengers were flown home via Frankfurt."
    assert reported(furniture, f"{BODY}\n\n{closing}\n\n{BODY}\n") == []


def test_via_a_slash_or_a_copyright_sign_in_prose_is_no_credit(furniture: Linter) -> None:
    prose = (
        f"{BODY}\n\nHe bought the tickets on Tuesday. Tickets are sold via the council website\n\n"
        f"The vote was close. Yes/No answers were counted by hand\n\n{BODY}\n"
    )
    assert reported(furniture, prose) == []


@pytest.mark.parametrize(
    "line",
    [
        "Edited by: Jane Doe",
        "Email: jdoe@example.com",
        "Twitter: @janedoe",
        "Image 1 of 12",
        "— Reuters",
    ],
)
def test_staff_fields_contacts_and_counters_are_furniture(furniture: Linter, line: str) -> None:
    assert reported(furniture, f"{BODY}\n\n{line}\n\n{BODY}\n") == [line]


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Jane Doe; Editing by John Smith",
        "Reporting by Jane Doe in Hanoi. Additional reporting by Kim Lee; Editing by Ed Davies",
        "(Additional reporting by Jane Doe in Lagos)",
        "(With inputs from agencies)",
        "-- With inputs from PTI",
        "— With inputs from agencies",
    ],
)
def test_the_wires_credit_line_is_the_storys_own(furniture: Linter, credit: str) -> None:
    # Wires deliver it as the story's last line and clients print it: edited copy, not furniture.
    assert reported(furniture, f"{BODY}\n\n{BODY}\n\n{credit}\n") == []


def test_a_correction_note_is_the_storys_own_but_an_interface_note_is_not(
    furniture: Linter,
) -> None:
    story = (
        "The council voted on Tuesday to close the library on Sundays, saying the savings would "
        "pay for longer opening hours on weekdays.\n\nCouncillor Mary Brennan said the decision "
        "was the hardest of her term."
    )
    naming = "An earlier version of this article misstated the day of the council vote."
    explaining = "This article was amended on 3 May 2021 to correct the spelling of a name."
    interface = "Something wrong with this page? Report it."
    text = f"{story}\n\n{naming}\n\n{explaining}\n\n{interface}\n"
    assert reported(furniture, text) == [interface]


def test_a_subheading_over_the_last_paragraph_is_not_a_prompt_below_the_article(
    furniture: Linter,
) -> None:
    text = (
        f"{BODY}\n\n{BODY}\n\n**Ferry operator weighs new route**\n\n"
        "The operator said it was studying a second route but gave no date.\n"
    )
    assert reported(furniture, text) == []
    prompt = f"{BODY}\n\n{BODY}\n\nLeave a comment\n\nShare this\n"
    assert reported(furniture, prompt) == ["Leave a comment", "Share this"]


def test_a_results_table_and_a_fixtures_line_are_the_storys_own(furniture: Linter) -> None:
    text = (
        "Results\n\nArsenal 2 Chelsea 1\nLiverpool 3 Everton 0\n\n"
        "Saka scores twice as Arsenal climb to second\n\n"
        f"{BODY}\n\nNext fixtures: Arsenal v Spurs, Sunday 16:30; Chelsea v Fulham, Saturday 15:00\n"
    )
    assert reported(furniture, text) == []
    assert reported(furniture, f"{BODY}\n\nTags: farming, tax, Europe\n") == [
        "Tags: farming, tax, Europe"
    ]


def test_a_menu_under_an_unended_line_above_the_story_is_still_a_menu(furniture: Linter) -> None:
    menu = "Become a member for free\nSign up\nNew member\nNew customer\nOur services\n"
    text = f"{menu}\nFarmers win a refund of the new levy\n\n{BODY}\n\n{BODY}\n"
    assert reported(furniture, text) == ["Sign up", "New member", "New customer", "Our services"]
    # After the story's first paragraph the same unended line announces the story's own list.
    announced = f"{BODY}\n\nThe ministry named the crops it will fund\nWheat\nBarley\nOats\n"
    assert reported(furniture, f"{announced}\n{BODY}\n") == []


def test_a_headline_wrapped_over_short_lines_is_not_a_menu(furniture: Linter) -> None:
    stack = "Review of the Year\nIts Progress and Future\nThe Methods Known to\nModern Farmers\n"
    assert reported(furniture, f"{stack}\n{BODY}\n\n{BODY}\n") == []


def test_a_reports_numbered_outline_is_not_a_menu(furniture: Linter) -> None:
    outline = (
        "Table of Contents\nSummary\n1.0 Introduction\nScope of the Plan\nHarbour Records\n"
        "Survey Methods\nField Staff\n2.0 Costs\n"
    )
    assert reported(furniture, f"{BODY}\n\n{outline}\n{BODY}\n") == []
    menu = "Home\nWorld\nBusiness\nSport\n"
    assert reported(furniture, f"{BODY}\n\n{menu}\n{BODY}\n") == [
        "Home",
        "World",
        "Business",
        "Sport",
    ]


def test_a_handle_or_a_contribution_inside_prose_is_not(furniture: Linter) -> None:
    prose = (
        f"{BODY}\n\nThe president tweeted using his @POTUS account:\n\n"
        "Farmers contributed to the fund, and the report said so.\n\n"
        # The paper's own credit sentence: edited copy, kept when the story is published.
        "Jane Doe contributed reporting from Lagos.\n\n"
        "The Example Press contributed to this report.\n\n"
        f"Editing the levy by decree was ruled out.\n\n{BODY}\n"
    )
    assert reported(furniture, prose) == []


# an article's paragraph past a caption's length (LONG_WORDS_MOST), which the bound rules out unread
PAGE_LINES = [
    "Farmers win levy refund", "Updated 09:14", "Economy Desk", f"{BODY} {BODY}", "Home | World | Sport",
    "Read more...", "Tags: farming, tax", "© 2024 Daily Herald", "Share this article",
    "1. First item", "ALL RIGHTS RESERVED", "Madrid, Spain", "Photo: Reuters", BODY[:60],
]  # fmt: skip


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9, 0.99])
def test_the_bounded_shape_model_picks_the_blocks_every_score_picks(threshold: float) -> None:
    """Blocks ruled out by the bound on their unread features are never ones `score` reports."""
    from newslint.furniture_model import Page, read_features
    from newslint.furniture_scores import scores_at_least
    from newslint.furniture_signals import line_evidence

    weights = next(r for r in load_rules() if r.id == "scrape.furniture-block").option("weights")
    read: list[str] = []

    def reading(block: Block) -> tuple[float, float, float, float]:
        read.append(block.text)
        return read_features(block)

    for shift in range(len(PAGE_LINES)):
        lines = PAGE_LINES[shift:] + PAGE_LINES[:shift]
        items = blocks("\n\n".join(lines[:8]) + "\n" + "\n".join(lines[8:]) + "\n")
        rows = block_features(items)
        expected = [i for i, row in enumerate(rows) if score(row, weights) >= threshold]
        read.clear()
        page = Page(items, [line_evidence(b) is not None for b in items])
        found = list(scores_at_least(page, range(len(items)), weights, threshold, reading))
        assert found == expected
        assert len(read) < len(items) or threshold < 0.9  # prose is ruled out unread


def test_page_words_are_the_share_of_a_blocks_words_the_rule_lists() -> None:
    """The learned words of a page's apparatus, whatever their case; none listed: no value."""
    from newslint.furniture_model import read_features

    button, prose = blocks("Post a COMMENT\n\n" + BODY)
    assert read_features(button, frozenset({"comment", "post"}))[3] == pytest.approx(2 / 3)
    assert read_features(prose, frozenset({"comment", "post"}))[3] == 0.0
    assert read_features(button)[3] == 0.0
    weights = {"bias": -1.0, "page_words": 4.0}
    rows = block_features([button, prose], page_words=frozenset({"comment"}))
    assert score(rows[0], weights) > 0.5 > score(rows[1], weights)


CREDIT_PIECES = ["Photo", "photos", "IMAGE", "pic", "Source", "credit", "file ", ": ", " by ",
                 "(", ")", "[", "]", "/", "REUTERS", "AP", "Kang", "-", "—", "– ", ". ", " ",
                 "\n", "…", "...", "[…]", "said", "x", "\0", "\u00a0", "ſource"]  # fmt: skip


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(CREDIT_PIECES), max_size=14))
def test_the_cheap_tests_before_the_credit_and_cut_off_patterns_never_rule_out_a_match(
    pieces: list[str],
) -> None:
    from newslint import furniture_credits as credits
    from newslint import furniture_signals as signals

    tail = "".join(pieces)
    if credits.CREDIT.search(tail):
        assert credits.CREDIT_HINT.search(tail)
    if signals._TRUNCATED.search(tail) or signals._CUT_AFTER_SPACE.search(tail):
        assert tail.rstrip().endswith(signals._CUT_ENDS)


@pytest.mark.parametrize("dash", ["— ", "- ", "–"])
def test_a_dash_and_a_name_under_a_quotation_is_its_attribution(
    furniture: Linter, dash: str
) -> None:
    epigraph = f"“The wound is the place where the light enters you.”\n{dash}Rumi"
    assert reported(furniture, f"The long road home\n\n{epigraph}\n\n{BODY}\n\n{BODY}\n") == []
    quoted = "> “The wound is the place where the light enters you.”\n>\n> — Rumi"
    page = Document.from_raw(f"# The long road home\n\n{quoted}\n\n{BODY}\n", markup="markdown")
    assert furniture.lint(page) == []


def test_an_agency_sign_off_under_a_closing_quotation_is_still_furniture(furniture: Linter) -> None:
    # Nothing of the story follows it: the same shape closing a story is the wire's sign-off.
    closing = "“We will rebuild, whatever it takes.”\n\n— Reuters"
    assert reported(furniture, f"{BODY}\n\n{BODY}\n\n{closing}\n") == ["— Reuters"]


@pytest.mark.parametrize("joiner", ["- and -", "v", "versus"])
def test_a_judgments_parties_set_one_per_line_are_not_a_menu(
    furniture: Linter, joiner: str
) -> None:
    """A judgment or a contract sets its parties one per line, joined by a line of their own;
    the same lines without the joining word are still a menu."""
    parties = ["HARBOUR DEVELOPMENTS LIMITED", "Claimant", "NORTHGATE BUILDERS LTD", "Defendant"]
    caption = "\n".join([*parties[:2], joiner, *parties[2:]])
    assert reported(furniture, f"Between:\n\n{caption}\n\n{BODY}\n\n{BODY}\n") == []
    assert reported(furniture, "\n".join(parties) + f"\n\n{BODY}\n\n{BODY}\n") == parties


def test_short_lines_set_apart_that_end_the_page_are_its_tag_list(furniture: Linter) -> None:
    tags = ["Reuters", "World News", "Farming", "Taxes", "Brussels", "Jane Roe"]
    text = f"Farmers to get levy refunds\n\n{BODY}\n\n{BODY}\n\n" + "\n\n".join(tags) + "\n"
    assert reported(furniture, text) == tags


def test_short_lines_set_apart_inside_the_article_are_its_headings(furniture: Linter) -> None:
    headings = "\n\n".join(["Costs", "Refunds", "What comes next"])
    text = f"Farmers to get levy refunds\n\n{BODY}\n\n{BODY}\n\n{headings}\n\n{BODY}\n"
    assert reported(furniture, text) == []


def test_a_line_between_spaced_dashes_on_a_hard_wrapped_page_joins_no_wrap(
    furniture: Linter,
) -> None:
    """An ad slot's "- Advertisement -" lines among hard-wrapped paragraphs: the closing dash ends
    the label, it does not carry a word on into the next line."""
    wrapped = (
        "HARBOURTOWN, May 3: Reports in some papers about the purpose of the\n"
        "minister's visit to the islands are false, the spokesman of the\nministry said.\n\n"
        "It was to answer such reports that the minister announced the\n"
        "reason for his visit, a press release said on Monday.\n"
    )
    page = (
        f"Ferry report on harbour plans denied\n\n- Advertisement -\n- Advertisement -\n\n{wrapped}"
    )
    assert reported(furniture, page) == ["- Advertisement -", "- Advertisement -"]
    # a spaced dash at a wrapped line's end, with none opening it, still runs on
    aside = "The ferry will call at the pier - and at the\nnew quay - from June.\n\n"
    assert reported(furniture, f"Ferry plans\n\n{aside}{wrapped}") == []


def test_a_short_date_line_is_the_models_bare_date_and_a_dated_sentence_is_not() -> None:
    """The model weighs a line that is only a date (a post's stamp inside the page); a sentence
    that gives a date, or a long block, is read as nothing of the kind."""
    from newslint.furniture_model import own_features

    stamp, sentence = blocks("Thursday, 3 June 2010\n\n" + "On 3 June 2010 the levy began. " + BODY)
    assert own_features(stamp, False)["bare_date"] == 1.0
    assert own_features(sentence, False)["bare_date"] == 0.0
