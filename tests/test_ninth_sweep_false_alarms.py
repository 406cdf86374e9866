"""False alarms found on a ninth sweep of unseen professional copy (fpsweep9: 82 page openings of
court judgments and opinions, parliamentary records, council minutes, Irish, Indian and Australian
news, match reports and results, film, theatre, music and book reviews, obituaries, releases,
forecasts, health and science news and how-to pages). Each case is a text of the same shape written
for the test, beside a case that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

_REVIEWS = (
    "Reviews - March 2019\n\n"
    "The Lighthouse Keeper\n\n"
    "Director: Maria Lindqvist\n"
    "Cast: Tom Ashcroft, Ella Moreno\n"
    "Genre: Drama\n"
    "Language: English\n"
    "Country of Origin: Norway 2018 104 mins. (12A)\n\n"
    "Maria Lindqvist's second feature is a slow, cold and finally moving study of a man alone "
    "on a rock in the North Sea, and Tom Ashcroft carries it almost without a word.\n\n"
    "Night Trains\n\n"
    "Director: Paul Okafor\n"
    "Cast: Ruth Keane\n"
    "Genre: Documentary\n"
    "Language: English\n"
    "Country of Origin: Ireland 2018 88 mins. (PG)\n"
)


def test_a_review_credits_naming_the_people_the_review_is_about_are_the_story(
    linter: Linter,
) -> None:
    # each review prints its credits over its prose; the first review names its director and
    # star again, and the second panel has the same labels
    found = spans_of(_REVIEWS, findings_of(linter, _REVIEWS, "scrape.furniture-block"))
    assert not [span for span in found if ":" in span]


def test_a_post_metadata_panel_naming_nobody_in_the_story_is_still_furniture(
    linter: Linter,
) -> None:
    # the page's own fields: its author and its section, which the story never names
    text = (
        "Posted by: Jane Whitfield\n"
        "Category: Local News\n"
        "Tags: roads, council\n\n"
        "The county council will close the bridge on Mill Lane for three weeks from Monday "
        "while engineers repair its supports, a spokesman said.\n\n"
        "Drivers will be sent through the town centre, and the bus to the station will use "
        "the ring road until the work is finished.\n"
    )
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "Posted by: Jane Whitfield" in found


_JUDGMENT = (
    "Harbour Trading Ltd v Geneva Shipping Ltd\n\n"
    "Case No: 2019/0417\n\n"
    "IN THE HIGH COURT OF JUSTICE\n\n"
    "Before :\n\n"
    "MRS JUSTICE ALDER\n\n"
    "Between :\n\n"
    "HARBOUR TRADING LIMITED\n\n"
    "Claimant\n\n"
    "- and -\n\n"
    "GENEVA SHIPPING LIMITED\n\n"
    "Defendant\n\n"
    "Judgment Approved\n\n"
    "1. The claimant bought three cargoes of grain from the defendant in the spring of 2018 and "
    "says that the second of them was delivered late, damaged and short by some four hundred "
    "tonnes, for which it claims the price and its lost profit on the resale.\n"
)


def test_a_judgment_front_matter_around_its_caption_is_the_document(linter: Linter) -> None:
    # the court, the judge and the parties set one per line around "- and -"
    found = spans_of(_JUDGMENT, findings_of(linter, _JUDGMENT, "scrape.furniture-block"))
    for line in ("MRS JUSTICE ALDER", "HARBOUR TRADING LIMITED", "Judgment Approved"):
        assert line not in found


def test_short_lines_over_a_story_with_no_caption_are_still_judged(linter: Linter) -> None:
    # the same short capitalised lines with no line joining two parties: a site's header
    text = _JUDGMENT.replace("- and -\n\n", "")
    found = spans_of(text, findings_of(linter, text, "scrape.furniture-block"))
    assert "MRS JUSTICE ALDER" in found
