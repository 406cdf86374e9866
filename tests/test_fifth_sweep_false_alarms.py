"""False alarms found on a fifth sweep of unseen professional copy (fpsweep5: 95 page openings
of council minutes and council news, court reports, judgments and legal guides, markets and
company results, science and health explainers, sport match reports and press conferences,
TV transcripts, weather forecasts and regional news from the UK (incl. Wales, Scotland, NI),
Ireland, the US, Australia, New Zealand, India, Pakistan, Singapore, Kenya, Ghana, South Africa,
Trinidad, Jamaica and Bermuda). Each case is a text of the same shape written for the test,
beside a case that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

# Council minutes and a judgment, laid out in a word processor: a tab after each list marker or
# paragraph number, kept as a run of spaces when the page was scraped.
_MINUTES = (
    "The committee deferred the application to allow clarity on:\n\n"
    "(i)         whether the proposal was for 12 or 18 homes\n\n"
    "(ii)        where the play area would be\n\n"
    "The officer drew attention to the following key issues:\n\n"
    "·        Principle of housing in this location;\n\n"
    "·        Flood risk and drainage.\n\n"
    "   (a)   Adopt or amend the annual budget;\n\n"
    "1       Mark Allen, you have pleaded guilty to one charge of theft.\n"
)


def test_the_gap_after_a_list_marker_is_layout(linter: Linter) -> None:
    assert findings_of(linter, _MINUTES, "typography.double-space") == []


def test_a_double_space_inside_a_list_item_is_still_reported(linter: Linter) -> None:
    # the gap after the marker is the list's tab; a gap between two words of the item is a slip
    text = _MINUTES.replace("where the play area", "where the play  area")
    found = findings_of(linter, text, "typography.double-space")
    assert spans_of(text, found) == ["  "]
    assert text[found[0].start - 4 : found[0].end + 4] == "play  area"


def test_the_currency_code_us_dollar_is_no_country_abbreviation(linter: Linter) -> None:
    text = (
        "Revenue hit US$11.9 billion in the quarter as U.S. demand held up, the company said. "
        "Analysts had expected US$11.8 billion."
    )
    assert findings_of(linter, text, "consistency.us-abbreviation") == []


def test_the_country_written_both_ways_is_still_reported(linter: Linter) -> None:
    text = "Revenue hit US$11.9 billion as U.S. demand held up. US buyers ordered more."
    found = findings_of(linter, text, "consistency.us-abbreviation")
    assert spans_of(text, found) == ["US"]
    assert found[0].start == text.index("US buyers")


def test_british_grey_is_the_colour(linter: Linter) -> None:
    text = "Far from being the lumbering prehistoric grey beasts of old books, they were striped."
    assert findings_of(linter, text, "structure.lowercase-proper-noun") == []


def test_a_name_in_lower_case_is_still_reported_in_british_copy(linter: Linter) -> None:
    text = "The grey skies cleared over the russian army's colour parade in april."
    spans = spans_of(text, findings_of(linter, text, "structure.lowercase-proper-noun"))
    assert spans == ["russian", "april"]
