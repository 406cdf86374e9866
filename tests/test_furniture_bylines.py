"""A byline without its "By" (`furniture_bylines`): the writer's name, and role, between the
page's title and the story; and a bare date under the page's furniture (`furniture_page`)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_bylines import name_bylines
from newslint.linters import load_rules

STORY = (
    "The harbour board approved a second ferry route to the islands on Tuesday, and the new "
    "boats will sail twice a day from June, officials said at a meeting in the town hall."
)
TITLE = "Harbour board approves a second ferry route"


def _bylines(text: str, tokens: dict[str, float] | None = None) -> list[str]:
    items = Document.from_raw(text).text_blocks
    reasons: list[str | None] = [None] * len(items)
    return [items[i].text for i in sorted(name_bylines(items, reasons, tokens or {}, 0))]


def _furniture(text: str) -> list[str]:
    linter = Linter(load_rules(), select=["scrape.furniture-block"])
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


def test_a_name_and_its_role_over_the_story_are_a_byline() -> None:
    text = f"{TITLE}\n\nMara Ekdahl\nStaff Writer\n\n{STORY}\n"
    assert _bylines(text) == ["Mara Ekdahl", "Staff Writer"]
    assert _bylines(f"{TITLE}\n\nHannah Renwick, Transport Editor\n\n{STORY}\n") == [
        "Hannah Renwick, Transport Editor"
    ]


def test_a_name_the_story_opens_on_is_its_subject() -> None:
    text = (
        f"{TITLE}\n\nMara Ekdahl\n\nMara Ekdahl, the harbour master, retires in June.\n\n{STORY}\n"
    )
    assert _bylines(text) == []


def test_titles_places_and_page_labels_are_no_writer() -> None:
    for line in ("Green Shipping Corridors", "San Jose, Costa Rica", "Foreign Affairs"):
        assert _bylines(f"{TITLE}\n\n{line}\n\n{STORY}\n") == [], line
    # a word the page's apparatus was learned to use (a page token weighed for furniture)
    named = f"{TITLE}\n\nMara Ekdahl\n\n{STORY}\n"
    assert _bylines(named) == ["Mara Ekdahl"]
    assert _bylines(named, {"ekdahl": 0.5}) == []


def test_a_bare_date_under_a_byline_is_furniture_under_the_headline_it_is_not() -> None:
    stamped = f"{TITLE}\n\nBy Mara Ekdahl\nJune 3, 2021\n\n{STORY}\n"
    assert "June 3, 2021" in _furniture(stamped)
    dateline = f"{TITLE}\nJune 3, 2021\n\n{STORY}\n"
    assert "June 3, 2021" not in _furniture(dateline)


def test_a_scene_caption_over_the_dateline_is_furniture() -> None:
    caption = "Police question the driver of the ferry in Harbourtown on 14 March 2015."
    text = f"{TITLE}\n\n{caption}\n\nHARBOURTOWN – {STORY}\n"
    assert caption in _furniture(text)


def test_the_story_s_own_sentence_over_the_dateline_is_not_a_caption() -> None:
    # under prose, or closing on what it says rather than where or when
    deck = "Building on a decade of growth, the harbour is ready for a new challenge."
    for text in (
        f"{TITLE}\n\n{deck}\n\nHARBOURTOWN – {STORY}\n",
        f"{TITLE}\n\n{STORY}\n\nThe ferry's crew met the mayor in Harbourtown.\n\nHARBOURTOWN – {STORY}\n",
    ):
        assert not any("Harbourtown." in found or deck in found for found in _furniture(text))


def test_a_stamp_added_on_a_date_and_a_lone_weekday_under_a_stamp() -> None:
    assert "Added on May 3, 2018" in _furniture(f"{TITLE}\n\nAdded on May 3, 2018\n\n{STORY}\n")
    stamped = f"Harbour Report – 06/17/2019\nMonday,\n\n{TITLE}\n\n{STORY}\n"
    assert "Monday," in _furniture(stamped)


def test_a_byline_naming_the_writer_s_paper_however_long() -> None:
    line = "By JANE ROE, Harbour Times (Metered Paywall - 3 articles a month)"
    assert line in _furniture(f"{TITLE}\n\n{line}\n\n{STORY}\n")
    opening = "By Sunday, Harbourtown had its second ferry and the islands their first bus"
    assert opening not in _furniture(f"{TITLE}\n\n{opening}\n\n{STORY}\n")


def test_an_archive_s_note_on_its_ocr_text_wherever_it_stands() -> None:
    note = (
        "We use Optical Character Recognition (OCR) to make the text of each scanned page "
        "searchable, so the words below may hold errors."
    )
    assert note in _furniture(f"{note}\n\n{STORY}\n\n{STORY}\n")
    # a story about OCR names who uses it and what for, in the story's voice
    told = (
        "We use OCR to read the old harbour ledgers, said the archivist, who expects the work "
        "to take two years."
    )
    assert told not in _furniture(f"{TITLE}\n\n{STORY}\n\n{told}\n\n{STORY}\n")


def test_a_field_whose_value_is_a_day_is_a_stamp_a_place_and_its_day_is_not() -> None:
    from newslint.furniture_stamps import is_stamp

    assert is_stamp("Items filtered by date: Monday, 02 April 2018")
    assert is_stamp("Release date: 3 May 2018")
    assert not is_stamp("Harbourtown: March 3, 2022")
    assert not is_stamp("March 3, 2022: the first ferry sails")


def test_a_place_the_dateline_names_is_no_writer() -> None:
    text = f"{TITLE}\n\nHong Kong\n\nHONG KONG (AP) — {STORY}\n"
    assert _bylines(text) == []
