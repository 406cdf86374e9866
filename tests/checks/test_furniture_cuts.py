"""A teaser cut at a word with an ellipsis (`furniture_cuts`): the cut is reported, not the
paragraph; a quotation trailing off, a sentence ended before its ellipsis and a text of one
block are the writer's."""

from __future__ import annotations

import pytest

from newslint import furniture_cuts
from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

from .helpers import RecordingPattern

HEADLINE = "Harbour board opens second ferry route"
STORY = (
    "The harbour board met on Tuesday and agreed to open a second ferry route to the islands,"
    " which the council had asked for since the old pier closed two winters ago and the boats"
    " from the mainland began to call only twice a week, leaving the schools and the shops short."
)
TEASER = (
    "The island school will reopen in the spring after the board agreed that the new ferry would"
    " carry the children and their teachers across every morning, a promise that the council had"
    " made to the parents when the old pier closed and the"
)


@pytest.fixture(scope="module")
def furniture() -> Linter:
    return Linter(load_rules(), select=["scrape.furniture-block"])


def reported(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]


@pytest.mark.parametrize("mark", ["...", "…", " […]", " [...]"])
def test_the_cut_of_a_teaser_is_reported_alone(furniture: Linter, mark: str) -> None:
    text = f"{HEADLINE}\n\n{STORY}\n\n{TEASER} ferry company{mark}\n"
    assert reported(furniture, text) == [f"company{mark}"]


def test_a_cut_after_a_comma_takes_the_comma(furniture: Linter) -> None:
    text = f"{HEADLINE}\n\n{STORY}\n\n{TEASER} Harbour Authority, …\n"
    assert reported(furniture, text) == ["Authority, …"]


def test_a_quotation_trailing_off_is_the_story_s(furniture: Linter) -> None:
    quoted = f"{STORY}\n\n{STORY} The skipper shrugged. “We will see what the board decides and..."
    assert reported(furniture, f"{HEADLINE}\n\n{quoted}\n") == []
    straight = quoted.replace("“", '"')
    assert reported(furniture, f"{HEADLINE}\n\n{straight}\n") == []


def test_an_ellipsis_after_a_finished_sentence_is_no_cut(furniture: Linter) -> None:
    text = f"{HEADLINE}\n\n{STORY}\n\n{STORY} ...\n"
    assert reported(furniture, text) == []


def test_a_text_of_one_block_is_left_alone(furniture: Linter) -> None:
    assert reported(furniture, f"{STORY} {TEASER} ferry company...") == []


def test_only_a_block_ending_on_a_mark_is_searched_for_its_cut(
    furniture: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cut's pattern ends on the block's end: searching every block's tail for it cost a
    # tenth of a second a megabyte, and a paragraph ends on a full stop, not on three.
    recording = RecordingPattern(furniture_cuts._CUT)
    monkeypatch.setattr(furniture_cuts, "_CUT", recording)
    text = f"{HEADLINE}\n\n{STORY}\n\n{STORY} And then\n\n{TEASER} ferry company…\n"
    assert reported(furniture, text) == ["company…"]
    assert len(recording.tried) == 1


def test_every_cut_the_pattern_finds_ends_on_one_of_the_mark_ends() -> None:
    for text in [f"{TEASER} company{mark}" for mark in ("...", "…", " […]", " [...]", "...\n")]:
        match = furniture_cuts._CUT.search(text)
        assert match is not None and text.endswith(furniture_cuts._MARK_ENDS)


def test_a_writers_trailing_ellipsis_before_the_storys_next_paragraph_is_no_cut(
    furniture: Linter,
) -> None:
    text = f"{HEADLINE}\n\n{TEASER} ferry company…\n\n{STORY}\n"
    assert reported(furniture, text) == []


def test_a_cut_teaser_followed_by_the_next_items_headline_is_reported(furniture: Linter) -> None:
    text = f"{HEADLINE}\n\n{TEASER} ferry company…\n\nCouncil names new harbour master\n\n{STORY}\n"
    assert reported(furniture, text) == ["company…"]
