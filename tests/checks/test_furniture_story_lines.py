"""Lines of the story shaped like furniture: a headline set in several capitals lines, the page's
title printed twice, a live blog's section heading, and a headline read past a picture agency's
caption. Each beside the furniture the rule still reports on the same page."""

from __future__ import annotations

import pytest

from newslint.checks.furniture_block import RUN, SHAPED
from newslint.engine import Linter
from newslint.furniture_credits import caption_evidence
from newslint.furniture_smoothing import lone_between_furniture
from newslint.page_layout import wraps_on
from newslint.textblocks import blocks
from tests.checks.furniture_pages import STORY, furniture_linter, reported


@pytest.fixture(scope="module")
def linter() -> Linter:
    return furniture_linter()


def test_a_lone_line_between_two_shape_guesses_is_not_smoothed() -> None:
    # a scanned headline's second line between a line the model doubts and a menu-like run
    items = blocks("\n\n".join(["GRAIN TRADE", "OF THE NORTH", "RECALLED", STORY]))
    guesses = (SHAPED, RUN)
    assert list(lone_between_furniture(items, [SHAPED, None, RUN, None], None, 3, guesses)) == []
    # one neighbour with evidence of its own is enough
    found = lone_between_furniture(items, ["a timestamp", None, RUN, None], None, 3, guesses)
    assert list(found) == [1]


def test_a_line_wraps_on_into_the_line_under_it() -> None:
    items = blocks("PRISON ROLLS\nOF THE OLD FORT\n\nSport\nWeather\n\nBoats of the\nNorth Sea")
    assert [wraps_on(items, i) for i in range(len(items))] == [
        True,
        False,
        False,
        False,
        True,
        False,
    ]


def test_the_pages_title_printed_over_its_heading_is_not_furniture(linter: Linter) -> None:
    text = (
        "Album Reviews\n\nIssue 2019-012\n\nJane Roe - The Rooms Without Doors\n\n"
        "Jane Roe - The Rooms Without Doors\nCountry of Origin: Canada\nYear of Release: 2018\n"
        "Time: 44:10\nLinks:\nTrack List:\n"
        "The Kitchen (3:10), Mother Sings (4:22), Stairs in the Dark (5:01), A Door Left Open "
        "(6:40), Window Seat (2:55), The Long Hall (7:12), Attic Light (3:48), Storm Over the "
        "Roof (5:19), What the Walls Kept (4:04), Leaving the House (6:27)\n"
        "A painter by training, Jane Roe has built her second record around a house she lived in "
        "as a child, and each of its songs walks through one of the rooms she remembers, from the "
        "kitchen where her mother sang to the attic where she hid from the storms of her youth.\n\n"
        "The songs are quiet and slow, and most of them are carried by a piano and a voice, with "
        "a string quartet joining in on the last three of them, which is where the record finds "
        "the warmth that the first half of it had been holding back from the listener.\n"
    )
    found = reported(linter, text)
    assert "Jane Roe - The Rooms Without Doors" not in found
    assert "Country of Origin: Canada" in found  # the panel under it is still the page's


LIVE_BLOG = (
    "Advertisement\n\nNEP vs KEN | Second Test, Day 3 – As it happened...\n\n"
    "Kenya were bowled out for 412 by Nepal on Day 3.\n\n"
    "NEP vs KEN | Second Test, Day 3 – As it happened... Asha Rai\n\n"
    "Kathmandu: Coverage of the second Test, day three, between Nepal and Kenya.\n\n\n"
    "NEPAL 1ST INNINGS\n\n\n"
    + "".join(
        f"OVER {over} | SCORE {runs}/0 (Rai {runs // 2}, Thapa {runs - runs // 2})\n\n"
        "A steady over from the seamer, with the openers content to leave the ball outside off "
        "stump and take a single when the field allowed it. Nepal are in no hurry at all, and "
        "they will be happy to see off the new ball before the break for tea this afternoon.\n\n"
        for over, runs in ((23, 63), (20, 54), (15, 49), (10, 35), (5, 17))
    )
)


def test_a_live_blogs_innings_heading_over_its_entries_is_the_story(linter: Linter) -> None:
    found = reported(linter, LIVE_BLOG)
    assert "NEPAL 1ST INNINGS" not in found
    assert "NEP vs KEN | Second Test, Day 3 – As it happened... Asha Rai" in found


def test_a_picture_agencys_caption_is_furniture_and_no_headline(linter: Linter) -> None:
    caption = "SILVERSTONE, ENGLAND - JULY 05: Jane Doe of Great Britain drives during practice"
    assert caption_evidence(caption, caption[-120:], len(caption.split())) is not None
    dateline = "SILVERSTONE, England, July 5 (Reuters) - Jane Doe drove the fastest lap"
    assert caption_evidence(dateline, dateline[-120:], len(dateline.split())) is None
    text = (
        "Feature\n\nWhat the drivers said - Qualifying at Silverstone\n\nShare\n"
        f"{caption}\n\nBlue Arrow\n\n{STORY}\n\nJane Doe, 1st, 1:27.401\n\n{STORY}\n"
    )
    found = reported(linter, text)
    assert caption in found
    assert "Blue Arrow" not in found  # the team's crosshead, not a label under the headline


def test_a_last_line_stopping_on_an_article_is_a_cut_sentence(linter: Linter) -> None:
    # a scanned report's page ends mid-sentence: below the story it read as a prompt
    cut = "At the beginning of the"
    assert reported(linter, f"{STORY}\n\n{STORY}\n\n{cut}\n") == []
    # an interface's order there still is one, and so is a label ending on a preposition
    assert reported(linter, f"{STORY}\n\n{STORY}\n\nLeave a comment\n\nFollow us on\n") == [
        "Leave a comment",
        "Follow us on",
    ]


def test_a_story_paragraph_ending_on_a_credit_loses_only_the_credit(linter: Linter) -> None:
    # a paragraph that reports what someone said is the story's, whatever bracket closes it
    said = (
        "The mayor said the new bridge would open in May and thanked the crews who worked "
        "through the winter to finish it (Photo: City archive)."
    )
    assert caption_evidence(said, said[-120:], len(said.split())) is None
    found = reported(linter, f"{STORY}\n\n{said}\n\n{STORY}\n")
    assert "(Photo: City archive)" in found and said not in found
    caption = (
        "Crews lift the last span of the new bridge into place on Tuesday. (Photo: City archive)"
    )
    assert caption_evidence(caption, caption[-120:], len(caption.split())) is not None


def test_a_signed_paragraph_inside_the_story_loses_only_its_sign_off(linter: Linter) -> None:
    signed = (
        "The harbour master said the ferries would run again on Monday, and the first sailing "
        "was already full by noon. (Kyodo)"
    )
    assert reported(linter, f"{STORY}\n\n{signed}\n\n{STORY}\n") == ["(Kyodo)"]
