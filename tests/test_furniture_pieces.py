"""A copyright line glued to a sentence of the story (`newslint.furniture_pieces`): only the
notice is reported, never the story's sentence beside it; a notice alone, or one whose other
sentences are too short to be the story's, is reported whole."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.furniture_pieces import sentence_pieces
from newslint.textblocks import blocks, english_stopwords
from tests.checks.furniture_pages import STORY, furniture_linter, reported

NOTICE = "Copyright 2024 The Harbour Times. All rights reserved."
SENTENCE = "Officials said the work on the new berths would take about two years to finish."


@pytest.fixture(scope="module")
def linter() -> Linter:
    return furniture_linter()


def _pieces(text: str) -> list[str]:
    block = blocks(text)[0]
    return [piece.text for piece in sentence_pieces(text, block, english_stopwords())]


def test_a_block_is_cut_at_its_sentence_ends_not_at_a_title_or_a_date() -> None:
    text = "Mr. Lee met Dr. Ross on Feb. 14 at the port. The Board agreed. It ends here."
    assert _pieces(text) == [
        "Mr. Lee met Dr. Ross on Feb. 14 at the port.",
        "The Board agreed.",
        "It ends here.",
    ]
    assert _pieces("One sentence with no end in sight") == []


def test_only_the_notice_glued_after_the_storys_sentence_is_reported(linter: Linter) -> None:
    assert reported(linter, f"{STORY}\n\n{SENTENCE} {NOTICE}\n") == [NOTICE]


def test_what_follows_a_notice_is_reported_with_it(linter: Linter) -> None:
    terms = f"{NOTICE} This material may not be published without the publisher's permission."
    assert reported(linter, f"{STORY}\n\n{terms}\n") == [terms]


def test_a_notice_of_its_own_is_reported_whole(linter: Linter) -> None:
    assert reported(linter, f"{STORY}\n\n{NOTICE}\n") == [NOTICE]
    longer = f"{NOTICE} Reproduction is prohibited."
    assert reported(linter, f"{STORY}\n\n{longer}\n") == [longer]


def test_only_a_note_of_the_page_glued_after_the_storys_sentence_is_reported(
    linter: Linter,
) -> None:
    # a short last paragraph, which the classifier keeps out of the article's paragraphs
    closing = "Members argued for hours before the vote. The mayor said it was a good finish."
    assert reported(linter, f"{STORY}\n\n{closing} Share this article\n") == ["Share this article"]
    # a note that opens its block: the sentences after it are the note's own
    note = "This article was amended on 3 May. An earlier version gave the wrong date of the vote."
    assert reported(linter, f"{STORY}\n\n{note}\n") == [note]


def test_a_stamp_inside_a_label_already_reported_is_one_finding(linter: Linter) -> None:
    page = f"{STORY}\n\nThe vote was close. {SENTENCE} Updated 12 March 2024 10:32\n"
    assert reported(linter, page) == ["Updated 12 March 2024 10:32"]
