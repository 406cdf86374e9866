"""False alarms found on unseen clean professional pages (stop 40's sweep): pages made of titled
items (a listing of headlines over teasers, an obituary roundup), each pinned by a text of the
same shape written for the test, beside a case the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

# A university's list of research stories: each title over its teaser, the teaser under a date.
_LISTING = (
    "Silt under the old quay mapped by divers\n\n"
    "Posted on 3 May\n\n"
    "Divers from the marine school charted four metres of silt that ships have stirred since "
    "the quay closed.\n\n"
    "Rain gauge for the hill farms built by students\n\n"
    "Posted on 2 May\n\n"
    "A class of engineering students designed a gauge that farmers can read from a phone.\n\n"
    "Choir sings the town's forgotten harvest songs\n\n"
    "Posted on 1 May\n\n"
    "Music lecturers found eleven songs in a parish notebook and taught them to the choir.\n"
)


def test_a_listings_title_its_teaser_does_not_echo_is_no_story_headline(linter: Linter) -> None:
    # The third teaser takes up few of its title's words ("harvest songs" / "eleven songs in a
    # parish notebook"), but the page is titles over teasers: the title is the page's own.
    assert findings_of(linter, _LISTING, "scrape.story-headline") == []


def test_a_related_story_among_untitled_paragraphs_is_still_reported(linter: Linter) -> None:
    text = (
        "The ministry said the levy would be collected from next year, and that farmers who "
        "had paid the old charge would be refunded.\n\n"
        "Choir sings the town's forgotten harvest songs\n\n"
        "The ministry did not say how many farmers would be repaid, but officials said the sum "
        "was small.\n\n"
        "Officials said the refunds would be paid before the summer.\n"
    )
    found = findings_of(linter, text, "scrape.story-headline")
    assert spans_of(text, found) == ["Choir sings the town's forgotten harvest songs"]


def test_a_listing_title_in_capitals_over_its_teaser_is_no_label(linter: Linter) -> None:
    # A review site's archive: the first item's title, in capitals, stands above what the page
    # takes for the story's headline (a longer title further down), over a sentence of prose.
    text = (
        "Author Archive\n\n"
        "LAST ORDERS\n\n"
        "A sharp cast makes this pub comedy the best evening of the season, and the second act "
        "is a small marvel of timing.\n"
        "(read more)\n\n"
        "THE TIDE TABLE IN WINTER\n\n"
        "There is a patient, beautifully lit production of a quiet play about two keepers and "
        "their lighthouse at the theatre this month, and it is one that the company first staged "
        "twenty years ago and has now revived with a new cast of four who are all very good in "
        "it.\n"
        "(read more)\n\n"
        "HARBOUR LIGHTS\n\n"
        "The new musical about a fishing town has a fine score, a clumsy book and one of the "
        "best ensembles the theatre has put together in years.\n"
        "(read more)\n"
    )
    found = findings_of(linter, text, "scrape.furniture-block")
    assert "LAST ORDERS" not in spans_of(text, found)
    assert "Author Archive" in spans_of(text, found)  # the archive's own label is still one


def test_a_section_label_over_the_headline_is_still_reported(linter: Linter) -> None:
    text = (
        "Opinion\n\n"
        "Farmers reject the new levy as ministers meet in the capital\n\n"
        "The ministry said the levy would be collected from next year, and that farmers who had "
        "paid the old charge would be refunded.\n"
    )
    found = findings_of(linter, text, "scrape.furniture-block")
    assert spans_of(text, found) == ["Opinion"]


def test_a_name_heading_its_obituary_is_no_label(linter: Linter) -> None:
    # A roundup of obituaries: each name over the wire paragraph that opens on it.
    text = (
        "Deaths in the news\n"
        "Print | Share\n"
        "Mara Lind\n\n"
        "OSLO, Norway (AP) -- Mara Lind, a rower who won two world titles for Norway, died "
        "Tuesday. She was 84.\n\n"
        "Lind died at her home near the fjord, her family said.\n"
    )
    found = findings_of(linter, text, "scrape.furniture-block")
    assert "Mara Lind" not in spans_of(text, found)


def test_a_desk_label_under_the_headline_is_still_reported(linter: Linter) -> None:
    text = (
        "Farmers reject the new levy as ministers meet in the capital\n\n"
        "Internal Affairs\n\n"
        "The ministry said the levy would be collected from next year, and that farmers who had "
        "paid the old charge would be refunded.\n\n"
        "Officials said the refunds would be paid before the summer.\n"
    )
    found = findings_of(linter, text, "scrape.furniture-block")
    assert spans_of(text, found) == ["Internal Affairs"]


_LETTER = (
    "Dear Minister:\n\n"
    "We write on behalf of the harbour's fishing families to ask that the new levy be delayed "
    "until the autumn, when the catch is sold and the boats are paid for:\n\n"
    "If you wish to reply, please write to us at the harbour office or\n\n"
)
_SIGNATURE = "Ada Morrow\n\n\nHarbour Fishermen Association\n"


def test_a_letters_valediction_and_signature_are_its_own(linter: Linter) -> None:
    # An open letter printed whole: its close and the lines signing it end the page, short
    # capitalised lines like a menu's.
    text = _LETTER + "Very Respectfully Yours\n\n\n" + _SIGNATURE
    assert findings_of(linter, text, "scrape.furniture-block") == []


def test_short_lines_ending_a_page_with_no_close_are_still_reported(linter: Linter) -> None:
    text = _LETTER + "Contact Us\n\n\n" + _SIGNATURE
    found = findings_of(linter, text, "scrape.furniture-block")
    assert spans_of(text, found) == ["Contact Us", "Ada Morrow", "Harbour Fishermen Association"]


_SECTION_FRONT = (
    "Why the harbour board cannot meet the union — Okafor\n"
    "The harbour board chairman, Emeka Okafor, has said no meeting with the union will take "
    "place before the tariffs are settled.\n"
    "-\n"
    "Only the courts can settle the berth dispute — Adeyemi\n"
    "The ports minister, Tunde Adeyemi, has told the two companies that the berth dispute "
    "belongs before a judge.\n"
    "-\n"
    "Fishermen ask for a second ferry to the islands\n"
    "Fishermen on the islands have asked the state for a second ferry, saying the first is "
    "full every morning.\n"
    "-\n"
)


def test_a_section_fronts_headlines_quoting_speakers_are_its_own(linter: Linter) -> None:
    # A section front: headlines over their teasers from the page's top, two of them ending on
    # the speaker they quote after a dash, a different name each time.
    found = spans_of(_SECTION_FRONT, findings_of(linter, _SECTION_FRONT, "scrape.furniture-block"))
    assert "Why the harbour board cannot meet the union — Okafor" not in found
    assert "Only the courts can settle the berth dispute — Adeyemi" not in found


def test_one_title_ending_on_a_dashed_name_is_still_reported(linter: Linter) -> None:
    # One title alone ending on a name after a dash may be a title and its site's name: left
    # as reported, since only names that differ from title to title are read as speakers.
    text = (
        "Harbour, Ports - Harbour News\n\n"
        "Why the harbour board cannot meet the union — Okafor\n\n"
        "The harbour board chairman, Emeka Okafor, has said no meeting with the union will take "
        "place before the tariffs are settled.\n\n"
        "Only the courts can settle the berth dispute\n\n"
        "The ports minister, Tunde Adeyemi, has told the two companies that the berth dispute "
        "belongs before a judge.\n\n"
        "Fishermen ask for a second ferry to the islands\n\n"
        "Fishermen on the islands have asked the state for a second ferry, saying the first is "
        "full every morning.\n"
    )
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "Why the harbour board cannot meet the union — Okafor" in found
