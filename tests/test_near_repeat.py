"""structure.near-repeat: a copy printed again with words left out, found by its words in order."""

from __future__ import annotations

import time

from newslint.checks.near_repeat import _near, _tokens, near_copies
from newslint.document import Document


def _copies(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in near_copies(Document.from_raw(text), 8)]


def test_a_caption_repeating_the_lead_without_a_clause_is_reported():
    text = (
        "Residents of Komani (formerly Queenstown) shut down the town centre on Thursday over the power cuts.\n\n"
        "Residents of Komani shut down the town centre on Thursday.\n\n"
        "They want the municipality dissolved.\n"
    )
    assert _copies(text) == ["Residents of Komani shut down the town centre on Thursday."]


def test_a_headline_printed_again_after_a_stamp_glued_to_its_first_copy():
    text = (
        "27 Sep 2020 Oil minister calls for total shift to clean fuels in tourist cities\n\n"
        "By News Desk\n"
        "Oil minister calls for total shift to clean fuels in tourist cities\n\n"
        "New Delhi, Sep 27: The minister spoke on Sunday.\n"
    )
    assert _copies(text) == ["Oil minister calls for total shift to clean fuels in tourist cities"]


def test_a_paraphrase_or_a_longer_later_copy_is_left_alone():
    # A headline and the lead that tells it with a word changed.
    assert not _copies(
        "President announces recipients of the Medal of Freedom\n\n"
        "WASHINGTON – Today the President named seventeen recipients of the Medal of Freedom.\n"
    )
    # Two items of minutes differ by a word.
    assert not _copies(
        "The minutes of the special meeting held on 25 July were approved and signed.\n"
        "The minutes of the last ordinary meeting held on 25 July were approved and signed.\n"
    )
    # A standfirst the story then tells in full.
    assert not _copies(
        "Egypt, the US and Qatar have mediated the ceasefire talks in Gaza for months\n\n"
        "Egypt, the US and Qatar have mediated the ceasefire talks in Gaza for months, including a plan for the release of hostages.\n"
    )
    # The subject spelt out is a headline repeating its lead, not a paste.
    assert not _near(
        _tokens("Anil Kapoor said Amitabh Bachchan told him not to take a break"),
        _tokens("Actor Anil Kapoor said Amitabh Bachchan told him not to take a break"),
    )


def test_a_teaser_cut_off_with_an_ellipsis_is_the_teaser_rules():
    text = (
        "OTTAWA, Oct. 30 - The Prime Minister today issued the following statement on the vote in Manitoba and...\n\n"
        "OTTAWA, Oct. 30 - The Prime Minister today issued the following statement on the vote.\n"
    )
    assert not _copies(text)


def test_words_are_folded_for_case_and_apostrophes():
    assert _tokens("Gov't to Scrap RED tape") == ["govt", "to", "scrap", "red", "tape"]


def test_a_long_line_of_repeated_sentences_stays_fast():
    sentence = "The council approved the harbour plan after a long debate on Monday evening. "
    text = sentence * 7000  # about 0.5 MB on one line
    began = time.process_time()
    found = list(near_copies(Document.from_raw(text), 8))
    assert time.process_time() - began < 20
    assert not found  # copies equal word for word are the other rules'
