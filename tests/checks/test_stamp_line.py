"""`stamp-line`: a page's date stamps read by their date grammar (pages written for these tests)."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from newslint.furniture_dates import full_date, is_full_date, on_the_calendar, read_date

from .helpers import make_check, spans

LISTING = (
    "Harbour news\n\n"
    "Harbour plan approved after long debate\n\n"
    "Wednesday, 28 December 2011\n\n"
    "The council approved the harbour plan after a debate of four hours.\n\n"
    "New ferry timetable announced\n\n"
    "Friday, 16 December 2011\n"
    "Ferries will run every hour from May, the operator said.\n\n"
    "Lighthouse keeper retires\n\n"
    "Friday, 9 December 2011\n"
    "The last keeper of the north light retired after forty years.\n"
)


def test_a_calendar_date_is_parsed_not_matched() -> None:
    assert is_full_date("Wednesday, 28 December 2011")
    assert is_full_date("Oct 21, 2025")
    assert is_full_date("December 15 2019")
    assert not is_full_date("31 February 2020")  # no such day
    assert not is_full_date("May 40, 2021")
    assert not is_full_date("15 January")  # no year: a timeline's or an event's day
    assert full_date("1 February 2026 Justin Bieber") == len("1 February 2026")
    assert full_date("Mayor Jones") == 0


def test_a_listings_dates_under_their_titles() -> None:
    check = make_check("stamp-line")
    # the first pair, above any paragraph, is read as the story's headline and dateline
    assert spans(check, LISTING) == ["Friday, 16 December 2011", "Friday, 9 December 2011"]


def test_the_storys_dateline_is_no_listing_with_one_related_story() -> None:
    page = (
        "Harbour plan approved after long debate\n\nWednesday, 28 December 2011\n\n"
        "The council approved the harbour plan after a debate of four hours.\n\n"
        "Related\n\nNew ferry timetable announced\n\nFriday, 16 December 2011\n"
    )
    assert spans(make_check("stamp-line"), page) == []


def test_one_date_under_the_headline_is_the_storys_dateline() -> None:
    page = (
        "Hundreds dead in stampede\n\nThursday, January 12, 2006\n\n"
        "More than 300 pilgrims were killed on Thursday, officials said.\n"
    )
    assert spans(make_check("stamp-line"), page) == []
    # a page needs as many pairs as `min_listing` asks for
    assert spans(make_check("stamp-line", min_listing=3), LISTING) == []


def test_a_timelines_dates_follow_sentences() -> None:
    page = (
        "Key dates\n\nThe first case was confirmed in the city.\n\nMarch 3, 2020\n\n"
        "Schools closed for a month.\n\nApril 5, 2020\n\nSchools reopened.\n"
    )
    assert spans(make_check("stamp-line"), page) == []


def test_a_date_with_its_count_and_a_date_run_into_a_title() -> None:
    check = make_check("stamp-line")
    page = (
        "Mill reopens after flood\nOct 21, 2025 240\n"
        "The mill reopened on Monday after a month of repairs.\n\n"
        "1 February 2026 Singer marks the anniversary with a concert\n"
    )
    assert spans(check, page) == ["Oct 21, 2025 240", "1 February 2026"]


def test_a_dateline_parted_by_a_mark_is_the_storys() -> None:
    check = make_check("stamp-line")
    for page in (
        "15 January 2024 - The council approved the plan on Monday.\n",
        "15 January 2024: The council approved the plan on Monday.\n",
        "The hearing is set for March 3, 2025 at the county court.\n",
        "On 1 February 2026 The Times reported the sale.\n",
    ):
        assert spans(check, page) == [], page


def test_a_source_line_over_the_story() -> None:
    check = make_check("stamp-line")
    story = "\nA fishing boat ran aground near the pier on Sunday, the coastguard said.\n"
    assert spans(check, "Harbour Times -- May 26" + story) == ["Harbour Times -- May 26"]
    assert spans(check, "HARBOUR DAILY - 5 min ago" + story) == ["HARBOUR DAILY - 5 min ago"]
    # over a line that is no paragraph of a story (a listing's next title), a name and a date
    # stay an event's line
    assert spans(check, "Town Meeting - May 26\nBring a chair\n") == []


def test_clean_business_copy_with_names_and_dates() -> None:
    """A clean page full of company and place names and dates in sentences stays silent."""
    page = (
        "Clearscore buys Bankinter's card arm\n\n"
        "March 4, 2024\n\n"
        "LONDON, March 4 (Reuters) - Clearscore said on Monday it would buy the card business of "
        "Bankinter for an undisclosed sum, its second deal since January 2024.\n\n"
        "Brightwheel - Quarterly results\n\n"
        "The firm, founded on 12 May 2015, reported sales of 240 million euros.\n\n"
        "Shares rose 3 % by 1 p.m. on the Madrid exchange.\n"
    )
    assert spans(make_check("stamp-line"), page) == []


def test_rows_that_each_open_on_a_date_are_a_table_or_a_timeline() -> None:
    """review52's shapes (texts written here): a key-dates box and a flattened count table."""
    check = make_check("stamp-line")
    key_dates = (
        "Key dates in the inquiry\n\n"
        "The inquiry sat for two years and heard more than four hundred witnesses in total.\n\n"
        "4 May 2022 Harbour board suspends its chief engineer after the pier collapse\n"
        "19 September 2023 Ministry orders a public inquiry into the harbour board\n"
        "8 February 2024 Inquiry opens at the town hall before Lady Justice Carr\n\n"
        "Its report is expected in the summer.\n"
    )
    counts = (
        "Ferry passengers, by week\n\n"
        "The operator counted passengers at the gangway each Monday after the service resumed.\n\n"
        "Mar 3, 2025 120\nMar 10, 2025 185\nMar 17, 2025 260\n\n"
        "The operator said the figures had beaten its forecast.\n"
    )
    assert spans(check, key_dates) == []
    assert spans(check, counts) == []


def test_dates_that_run_forward_are_a_timeline_or_an_events_page() -> None:
    """A CMS lists its stories newest first; a timeline and a what's-on page run forward."""
    check = make_check("stamp-line")
    timeline = (
        "How the harbour closed\n\n"
        "The pier failed in the spring, and the board's response changed from week to week.\n\n"
        "Timeline\n\n"
        "2 April 2021\nHarbour master reports cracks in the north pier\n"
        "9 April 2021\nBoard closes the north pier to lorries\n"
        "30 April 2021\nNorth pier partly collapses overnight\n\n"
        "The inquiry's report is due next year.\n"
    )
    whats_on = (
        "What's on this spring\n\n"
        "Our critics pick the harbour festival's concerts worth booking now, checked on Monday.\n\n"
        "The Fishermen's Choir: songs of the coast\nFriday, 4 April 2025\n"
        "The choir sings sea shanties and hymns on the quay, with a brass band from the town.\n\n"
        "Lantern parade and ceilidh\nSaturday, 5 April 2025\n"
        "Children carry lanterns from the lighthouse to the market square before the dance.\n\n"
        "Harbour jazz night\nSunday, 6 April 2025\n"
        "A trio from the city plays the old fish market, with supper served from seven.\n"
    )
    assert spans(check, timeline) == []
    assert spans(check, whats_on) == []
    # the same page with its items newest first is an archive's listing
    newest_first = whats_on.replace("4 April", "9 April").replace("6 April", "1 April")
    assert spans(check, newest_first) == [
        "Friday, 9 April 2025",
        "Saturday, 5 April 2025",
        "Sunday, 1 April 2025",
    ]


@given(st.integers(-5, 10_005), st.integers(-1, 14), st.integers(-1, 40))
def test_the_calendar_has_the_days_datetime_accepts(year: int, month: int, day: int) -> None:
    try:
        datetime.date(year, month, day)
    except ValueError:
        assert not on_the_calendar(year, month, day)
    else:
        assert on_the_calendar(year, month, day)


def test_leap_days_and_the_order_of_dates() -> None:
    assert full_date("29 February 2024") and full_date("29 February 2000")
    assert not full_date("29 February 2023") and not full_date("29 February 1900")
    assert not full_date("0 May 2021") and not full_date("31 April 2021")
    earlier, later = read_date("Dec 31, 2019"), read_date("1 January 2020")
    assert earlier is not None and later is not None and earlier[0] < later[0]
