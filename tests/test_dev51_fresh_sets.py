"""Stop 51's false alarms found on the fresh sets' dev halves (issue 14): each text is written for
the test after a shape seen there, beside a case that keeps the slip the rule is for."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of

_CONTENTS = (
    "Journal of the Society\n\n"
    "No. 1.—March, 1910.\n"
    "  • Annual Report of the Society 1\n"
    "  • A History of the Northern Coast—\n"
    "  • Chapter I.—The First Landing 9\n"
    "  • Notes and Queries 30\n"
    "No. 2.—June, 1910.\n"
    "  • A History of the Northern Coast—\n"
    "  • Chapter II.—The Second Landing 41\n"
    "  • Reviews of New Books 60\n"
)


def test_a_serials_heading_in_a_list_of_contents_is_no_copy(linter: Linter) -> None:
    # A contents list prints a serial's title over its part in each issue; the line ends open
    # (on a dash) because the chapter under it completes it, a different chapter each time.
    for rule in ("structure.repeated-line", "structure.repeated-title"):
        assert findings_of(linter, _CONTENTS, rule) == [], rule


def test_a_pasted_open_line_is_still_a_copy(linter: Linter) -> None:
    # The same open line pasted with the line under it, or a line pasted twice that ends no
    # way open, is a scraper's copy.
    pasted = (
        "Ministers agree a new budget\n\n"
        "What the ministers agreed on Monday:\n\n"
        "The fund will grow by a tenth next year.\n\n"
        "What the ministers agreed on Monday:\n\n"
        "The fund will grow by a tenth next year.\n"
    )
    assert len(findings_of(linter, pasted, "structure.repeated-line")) == 2
    plain = _CONTENTS.replace("Northern Coast—", "Northern Coast")
    assert len(findings_of(linter, plain, "structure.repeated-line")) == 1


_NEWSLETTER = (
    "|\n"
    "Library hours change for the spring\n"
    "|\n"
    "The library will open at nine on weekdays from April 1, and close at eight.\n"
    "*********************************\n"
    "SPRING CLEAN-UP - TOWN/SCHOOL VOLUNTEERS\n"
    "Volunteers will meet at the town green at ten on Saturday, April 6, to clear the paths.\n"
    "|\n"
    "TRANSFER STATION STICKERS ON SALE AT THE TOWN OFFICE\n"
)


def test_a_sentence_beside_a_rule_of_bars_is_its_sections_text(linter: Linter) -> None:
    # A town newsletter parts its notices with lines of bars or stars; a notice's sentence under
    # its heading and over the next rule is the page's text, not one item of a listing.
    found = findings_of(linter, _NEWSLETTER, "scrape.furniture-block")
    reported = [_NEWSLETTER[f.start : f.end] for f in found]
    for sentence in ("The library will open", "Volunteers will meet"):
        assert not any(text.startswith(sentence) for text in reported), reported
