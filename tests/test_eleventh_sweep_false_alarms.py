"""False alarms found on an eleventh sweep of unseen professional copy (fpsweep11: 85 page openings
chosen for their lists: event calendars, setlists, release and bestseller listings, awards lists,
TV schedules, market and livestock reports, results round-ups, court and inspection listings,
UK, Indian and Australian local press, government and university pages). Each case is a text of
the same shape written for the test, beside a case that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

_CALENDAR = (
    "Harbour Weekend Guide\n\n"
    "Here is what is on around the harbour this weekend, from the folk club to the big arena "
    "shows, as chosen by our arts desk for readers who want a night out.\n\n"
    "Friday\n\n"
    "The Salt Flats @ Pier Hall\n\n"
    "Anna Reyes Trio @ The Lantern (Eastport)\n\n"
    "Moth Parade @ Old Customs House\n\n"
    "Saturday\n\n"
    "Kettle Drum Collective @ Pier Hall\n\n"
    "Jo Marsh @ Quayside Arena\n\n"
    "The Night Ferries @ The Lantern (Eastport)\n"
)


def test_an_event_calendars_items_are_its_content_not_a_menu(linter: Linter) -> None:
    # "Act @ Venue" lines under day headings: the list the page exists to print, one shape each
    assert not spans_of(_CALENDAR, findings_of(linter, _CALENDAR, "scrape.furniture-block"))


def test_a_menu_under_the_same_calendar_is_still_furniture(linter: Linter) -> None:
    # bare section names after the list have no inner structure: the site's menu, reported
    text = _CALENDAR + "\nNews\nSport\nWeather\nContact us\n"
    assert "Sport" in spans_of(text, findings_of(linter, text, "scrape.furniture-block"))


_AWARDS = (
    "Film prizes: the full list of winners\n\n"
    "The jury announced its winners on Sunday night after a week of screenings in the old "
    "harbour cinema, and the drama about a lighthouse keeper took the main prize.\n\n"
    "Film: The Harbour Keeper\n"
    "Director: Anna Berg – The Harbour Keeper\n"
    "Actress: Ella Moore – Salt Winter\n"
    "Actress, Supporting: Ruth Hale – The Long Quay\n"
    "Actor: Tom Reyes – The Harbour Keeper\n"
    "Actor, Supporting: Sam Odell – Night Ferry\n"
    "Screenplay: Jo Marsh – Night Ferry\n"
)


def test_an_awards_lists_label_and_value_lines_are_its_content(linter: Linter) -> None:
    # "Category: Name – Film" lines repeat their labels: a list of like items, not one panel
    assert not spans_of(_AWARDS, findings_of(linter, _AWARDS, "scrape.furniture-block"))


def test_a_metadata_panel_naming_each_field_once_is_still_furniture(linter: Linter) -> None:
    # a page's panel of different fields, each once, and ending on a stamp: the template's
    text = (
        "Harbour board to meet again\n\n"
        "Section: World\nAuthor: Jane Roe\nFiled: 12 May 2021, 09:14 GMT\nTopic: Shipping\n\n"
        "The harbour board met on Monday after a week of delays, its chairman said, and agreed "
        "to meet again at the end of the month to settle the questions of tariffs and berths.\n"
    )
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "Filed: 12 May 2021, 09:14 GMT" in found


def test_a_currency_tickers_figures_are_still_a_widget(linter: Linter) -> None:
    # "41.4 UAH ▲0.02%" lines share their marks but name no item: a ticker, not a list
    text = (
        "The harbour board met on Monday after a week of delays, its chairman said, and agreed "
        "to meet again at the end of the month to settle the questions of tariffs and berths.\n\n"
        "USD\n41.4 UAH ▲0.02%\nEUR\n47.03 UAH ▲0.23%\nGBP\n54.88 UAH ▲1.29%\n"
        "PLN\n10.99 UAH ▲0.62%\nCZK\n1.88 UAH ▲0.76%\n"
    )
    assert findings_of(linter, text, "scrape.furniture-block")


def test_prices_in_cents_a_kilo_are_units_not_scanning_damage(linter: Linter) -> None:
    # a livestock report quotes every price in cents ("from 440c to 534c/kg"): a unit, like "p"
    text = (
        "Numbers lifted this sale with agents yarding 1825 head. Yearling steers to feed were "
        "2c to 6c dearer with prices ranging from 380c to 499c/kg. Finished types to processors "
        "sold from 440c to 483c/kg. Heifers to feed sold from 369c to 460c/kg, and those to "
        "processors received from 373c to 469c/kg. Cows lifted 10c to 12c with heavy cows from "
        "356c to 380c/kg. The best heavy bull reached 384c/kg."
    )
    assert not findings_of(linter, text, "ocr.")


_CHART = (
    "Best-selling books this week\n\n\n"
    "1. “Salt Winter” by Ella Moore (Quayside)\n\n"
    "2. “The Harbour Keeper” by Anna Berg (Pier Books)\n\n"
    "3. “Lamps & Lanterns” by Jo Marsh\n\n"
    "4. “Night Ferry” by Sam Odell (Quayside)\n\n"
    "5. “The Long Quay” by Ruth Hale (Pier Books)\n\n"
    "6. “Tide Tables” by Ann Lee (Quayside)\n\n"
    "7. “Gull Island” by Tom Reyes\n\n\n\n"
    "1. “Outlast” by Peter Vance (Harmony)\n\n"
    "2. “Baking at Sea” by Dylan Holl (Pier Books)\n\n"
    "3. “The Creative Harbour” by Rick Rowe (Quayside)\n"
)


def test_a_charts_numbered_titles_by_their_authors_are_its_content(linter: Linter) -> None:
    # "N. “Title” by Author (Publisher)": one structure, whatever "&" a title holds
    assert not spans_of(_CHART, findings_of(linter, _CHART, "scrape.furniture-block"))
