"""A listing whose items carry a stamp or source line between title and teaser
(`newslint.furniture_itemized`): the stamps are reported, the titles and teasers are the page's
own. Under an
article, titles set between stamps are still a related-stories list."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from tests.checks.furniture_pages import STORY, furniture_linter, reported

ITEMS = [
    (
        "Harbour board approves second ferry route",
        "The board said on Tuesday that the new route would open in the spring and that "
        "islanders would be refunded in full by the end of the summer.",
    ),
    (
        "'Quay repairs to start before winter'",
        "Work on the old quay will begin in October, the council said, after two years of "
        "arguments over who should pay for the repairs to its walls.",
    ),
    (
        "Fishing fleet returns with record catch",
        "The island's twelve boats came home on Sunday with more fish than in any week since "
        "the harbour was rebuilt, their skippers said.",
    ),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return furniture_linter()


def _stamp(day: int) -> str:
    return f"Thursday, Apr {day}, 2023 | Source: Harbour Times | Issues: Transport, Islands"


def test_a_listings_titles_among_its_stamps_are_the_pages_own(linter: Linter) -> None:
    lines = []
    for day, (title, teaser) in enumerate(ITEMS, start=11):
        lines += [title, _stamp(day), teaser]
    lines += ["Ferry fares to rise in May", _stamp(14)]  # the last item, cut by the page's end
    found = reported(linter, "\n".join(lines) + "\n")
    assert not {title for title, _ in ITEMS} & set(found)
    assert "Ferry fares to rise in May" not in found
    assert _stamp(11) in found


def test_a_press_archives_titles_between_stamp_and_source_are_the_pages_own(
    linter: Linter,
) -> None:
    lines = []
    for day, (title, teaser) in enumerate(ITEMS + ITEMS[:1], start=11):
        lines += [f"Released: {day}-Aug-2019 12:05 PM EDT", title, "Harbour University", teaser]
    found = reported(linter, "\n".join(lines) + "\n")
    assert not {text for item in ITEMS for text in item} & set(found)  # titles and teasers
    assert "Released: 11-Aug-2019 12:05 PM EDT" in found


def test_stamped_titles_under_an_article_are_still_reported(linter: Linter) -> None:
    lines = ["Harbour board meets again", STORY, STORY.replace("Monday", "Friday")]
    for day, (title, _teaser) in enumerate(ITEMS, start=11):
        lines += [_stamp(day), title]
    lines.append(_stamp(14))
    found = reported(linter, "\n".join(lines) + "\n")
    assert "Fishing fleet returns with record catch" in found
