"""A listing page's furniture printed once per item (the same widget, a stamp of the same form),
found by its recurrence rather than its wording; and the story's own repeated lines left alone."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_listing import recurring_items
from newslint.linters import load_rules
from newslint.textblocks import blocks

ITEMS = [
    (
        "Harbour board approves second ferry route",
        "The harbour board approved a second ferry route to the islands on Wednesday, ending a "
        "two-year dispute over the timetable.",
    ),
    (
        "Farmers win refund of the new levy",
        "Farmers who paid the levy will be refunded in full by the end of the summer, the finance "
        "ministry said on Wednesday.",
    ),
    (
        "Council delays vote on the harbour road",
        "The council postponed its vote on closing the harbour road until the spring, the mayor "
        "said on Thursday.",
    ),
]


@pytest.fixture(scope="module")
def furniture() -> Linter:
    return Linter(load_rules(), select=["scrape.furniture-block"])


def reported(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


def listing(under: list[str]) -> str:
    return "".join(
        f"{headline}\n\n{teaser}\n\n{line}\n\n"
        for (headline, teaser), line in zip(ITEMS, under, strict=True)
    )


@pytest.mark.parametrize(
    "under",
    [
        ["Full Story »"] * 3,  # the same link under every teaser
        ["W12 Read on", "W14 Read on", "W9 Read on"],  # with a count that changes
        ["Regional Affairs Aug. 16, 2021", "Economy Aug. 16, 2021", "Politics Aug. 15, 2021"],
        ["Wire desk - Mon 06", "Harbour Times - Tue 07", "Wire desk - Tue 07"],
    ],
)
def test_a_line_printed_under_every_item_of_a_listing_is_furniture(
    furniture: Linter, under: list[str]
) -> None:
    assert set(under) <= set(reported(furniture, listing(under)))


@pytest.mark.parametrize(
    "under",
    [
        ["(Laughter.)"] * 3,  # a transcript's stage direction
        ["For: 98.9%", "For: 89.2%", "For: 96.3%"],  # a vote's results, one per motion
        # two copies may be chance (the last line is the story's: a lone "Share" at the page's
        # end is its share button, which the model's page words report)
        ["Full Story »", "Full Story »", "Ferry timetable"],
    ],
)
def test_the_storys_own_repeated_lines_and_two_copies_are_not(
    furniture: Linter, under: list[str]
) -> None:
    assert not set(under) & set(reported(furniture, listing(under)))


def test_a_timelines_dates_heading_its_sections_are_not(furniture: Linter) -> None:
    dates = ["Monday, May 4, 2026", "Tuesday, May 5, 2026", "Friday, May 8, 2026"]
    text = "How the ferry dispute unfolded\n\n" + "".join(
        f"{date}\n\n{teaser}\n\n" for date, (_, teaser) in zip(dates, ITEMS, strict=True)
    )
    assert reported(furniture, text) == []


HEADLINE = "Harbour board approves second ferry route"
BODY = ITEMS[0][1] + " " + ITEMS[1][1]


@pytest.mark.parametrize(
    "title", ["Ferries (Page 11)", "Home World Page 2", "Latest news with #ferries"]
)
def test_a_listing_pages_own_title_is_furniture(furniture: Linter, title: str) -> None:
    text = f"{title}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY}\n"
    assert reported(furniture, text) == [title]


@pytest.mark.parametrize(
    "line", ["The timetable is printed in full on page 4.", "Islanders cheered! #ferries"]
)
def test_a_sentence_citing_a_page_or_ending_on_a_hashtag_is_not(
    furniture: Linter, line: str
) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert reported(furniture, text) == []


@pytest.mark.parametrize(
    "line", ["Wire desk - Tue 14", "Harbour Times – May 4", "World News - Monday, May 4, 2026"]
)
def test_a_source_and_its_date_parted_by_a_dash_is_furniture(furniture: Linter, line: str) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert reported(furniture, text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "LONDON - May 3",  # a dateline's place, in capitals
        "Ferries - the new route opens May 4",  # a headline: a verb where the stamp stands
        "Ferry strike - May 4 to May 9",  # a heading naming a span of days
    ],
)
def test_a_dateline_or_a_dated_heading_is_no_source_stamp(furniture: Linter, line: str) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert reported(furniture, text) == []


def test_a_refrain_between_verses_or_a_speakers_label_between_turns_is_no_listing_widget() -> None:
    """Between two copies of a widget a listing prints an item's title; between a refrain's
    copies stand verses, between a speaker's labels the turns (questions, answers)."""
    verses = [teaser for _, teaser in ITEMS]
    poem = "".join(f"{verse}\n\nSail on, sail on\n\n" for verse in verses)
    assert recurring_items(blocks(poem)) == set()
    turns = "".join(
        f"Question\nWhat changed on the {day} crossing?\n\nAnswer\n{teaser}\n\n"
        for day, (_, teaser) in zip(["first", "second", "third"], ITEMS, strict=True)
    )
    assert recurring_items(blocks(turns)) == set()


STORY = (
    "The harbour board met on Monday after a week of delays, its chairman said, and agreed to "
    "meet again at the end of the month to settle the questions of tariffs and berths."
)


def test_a_lone_bulleted_title_between_paragraphs_is_a_link(furniture: Linter) -> None:
    # a list of one item is no list of the story's: a related story's link set into the page
    link = "• Ferry fares to rise again in the spring, operators warn"
    text = f"Harbour board to meet again\n\n{STORY}\n\n{link}\n\n{STORY}\n"
    assert link in reported(furniture, text)


def test_bulleted_titles_over_teasers_with_no_story_above_are_a_listing(
    furniture: Linter,
) -> None:
    page = "\n\n".join(f"  • {title}\n\n    {teaser}" for title, teaser in ITEMS)
    text = f"Stories tagged with ferries\n\n{page}\n"
    found = reported(furniture, text)
    assert all(f"• {title}" in found for title, _ in ITEMS)


def test_bulleted_headings_after_the_opening_paragraph_are_the_storys(furniture: Linter) -> None:
    sections = "\n\n".join(f"  • {title}\n    {teaser}" for title, teaser in ITEMS)
    text = f"What the board decided\n\n{STORY}\n\n{sections}\n"
    assert not any(line.startswith("•") for line in reported(furniture, text))


def test_a_bulleted_list_of_several_items_is_the_storys(furniture: Linter) -> None:
    items = "\n".join(f"• {title}" for title, _ in ITEMS)
    text = f"What the board decided\n\n{STORY}\n\n{items}\n\n{STORY}\n"
    assert not any(line.startswith("•") for line in reported(furniture, text))
