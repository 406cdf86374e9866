"""False alarms found on unseen clean professional pages (stop 44's sweep, fp18): shapes of
records, transcripts and releases that the furniture check read as page furniture, each pinned
by a text written for the test beside a case the rule must still report.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_in_story import item_numbers
from newslint.page_layout import CAPITALS_NAME_LINE

from .conftest import findings_of, spans_of

_RULE = "scrape.furniture-block"

_MINUTES = (
    "Proceedings of the Harbour Board, 4 March 2024\n\n"
    "    Business\n"
    "    12\n"
    "      Ferry timetable A question was asked by Ms Ogundipe and answered by the chair.\n"
    "    13\n"
    "      Dredging contract The board agreed to extend the contract by six months.\n"
    "    14\n"
    "      Pier lighting A report on the new lamps was received and noted by the board.\n"
)


def test_a_record_s_item_numbers_are_not_page_numbers(linter: Linter) -> None:
    # Minutes and order papers set each item's number on a line above the item, counting up.
    spans = spans_of(_MINUTES, findings_of(linter, _MINUTES, _RULE))
    assert not any(span.strip() in ("12", "13", "14") for span in spans)


def test_item_numbers_count_up_over_sentences() -> None:
    blocks = Document.from_raw(_MINUTES).text_blocks
    numbered = {blocks[i].text.strip() for i in item_numbers(blocks)}
    assert numbered == {"12", "13", "14"}
    # counts apart from each other (share counts, a folio) are not a record's items
    shares = "Ferry fares rise.\n7\nThe board met on Monday and agreed the rise.\n"
    shares += "295\nThe new fares start in May, the board said.\n"
    assert item_numbers(Document.from_raw(shares).text_blocks) == set()


def test_figures_that_do_not_count_up_are_still_reported(linter: Linter) -> None:
    # the same layout, the lone figures out of order: counters or folios, not item numbers
    text = _MINUTES.replace("    13\n", "    31\n").replace("    14\n", "    7\n")
    spans = [span.strip() for span in spans_of(text, findings_of(linter, text, _RULE))]
    assert {"12", "31", "7"} <= set(spans)


def test_a_bracketed_note_of_what_happened_is_not_a_wire_slug(linter: Linter) -> None:
    # State broadcasters print a note of the event under the headline, in brackets.
    text = (
        "Port strike called off after talks – Ministry\n\n"
        "(The minister met union leaders in the capital this morning)\n\n"
        '"The strike is off and the ports will open tomorrow," the minister told reporters '
        "after four hours of talks with the dock workers' union.\n"
    )
    spans = spans_of(text, findings_of(linter, text, _RULE))
    assert not any(span.startswith("(The minister") for span in spans)


def test_a_wire_slug_is_still_reported(linter: Linter) -> None:
    text = (
        "(2nd LD) Port strike called off after talks\n\n"
        "The dock workers' union called off its strike on Monday after four hours of talks "
        "with the minister, the union said.\n"
    )
    spans = spans_of(text, findings_of(linter, text, _RULE))
    assert any(span.startswith("(2nd LD)") for span in spans)


def test_a_host_s_programme_break_is_the_transcript_s_own(linter: Linter) -> None:
    # One host takes turn after turn; a guest's label may be wrapped over lines.
    text = (
        "Evening bulletin, transcript\n\n"
        "JANE OKAFOR: Good evening. Tonight the port strike ends after four hours of talks.\n"
        "TOM REYES, Union Secretary,\nDock Workers: We got what we came for, and we go back "
        "tomorrow.\n"
        "JANE OKAFOR: That and more after the break.\n"
        "(BREAK)\n"
        "JANE OKAFOR: Welcome back. The talks began at nine this morning in the capital.\n"
    )
    spans = spans_of(text, findings_of(linter, text, _RULE))
    assert "(BREAK)" not in [span.strip() for span in spans]


def test_a_title_in_label_form_over_its_date_is_the_title(linter: Linter) -> None:
    # "Transcript: …" over a bare date: the page's title and its dateline, not a field.
    text = (
        "Transcript: Harbour board media briefing\n\n"
        "4 March 2024\n\n"
        "Presenter: Ada Nwosu, Board Spokesperson\n"
        "Venue: Harbour House, Lagos\n\n"
        "The board met yesterday and agreed to raise ferry fares by ten per cent from May, "
        "the spokesperson said, because fuel costs had doubled since the last rise.\n"
    )
    spans = [span.strip() for span in spans_of(text, findings_of(linter, text, _RULE))]
    assert "Transcript: Harbour board media briefing" not in spans
    assert "4 March 2024" not in spans


def test_a_dateline_or_judge_s_line_in_capitals_is_the_story_s(linter: Linter) -> None:
    # A wire's dateline, a judge's line over the opinion: capitals with a comma part or a colon.
    text = (
        "Harbour board raises ferry fares\n\n"
        "LAGOS, Nigeria, Mar. 4\n\n"
        "The harbour board agreed on Monday to raise ferry fares by ten per cent from May, "
        "saying fuel costs had doubled since the last rise two years ago.\n"
    )
    spans = [span.strip() for span in spans_of(text, findings_of(linter, text, _RULE))]
    assert "LAGOS, Nigeria, Mar. 4" not in spans


def test_capitals_name_lines() -> None:
    for line in ("ISLAMABAD:", "BAKU, Azerbaijan, Nov. 25", "PERALTA, J.:", "JANE DOE, Chairman"):
        assert CAPITALS_NAME_LINE.fullmatch(line), line
    for line in ("MEDIA RELEASE", "SECOND DIVISION", "Home, News", "USD"):
        assert not CAPITALS_NAME_LINE.fullmatch(line), line
