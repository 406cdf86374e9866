"""encoding.lost-link-text: the holes a scraper leaves where it dropped a link's text."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

LINTER = Linter(load_rules(), select=["encoding.lost-link-text"])


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in LINTER.lint(Document(text))]


def test_a_paragraph_ending_where_its_address_or_site_was_is_reported() -> None:
    page = (
        "Keep sending the press releases. If you have news, I can be reached at\n\n"
        "The mayor opened the new library on Saturday. - via\n\n"
        "For more details on the exhibition and its hours, please contact"
    )
    assert _spans(page) == ["at", "via", "contact"]


def test_headings_wrapped_lines_and_closed_sentences_are_not_holes() -> None:
    page = (
        "Where it's at\n\nWho to contact\n\n"
        "Shares fell as traders looked again at\nthe figures from the bank.\n\n"
        "The team will meet the fans at the ground, which most of them arrived at.\n\n"
        "A guide to what is on this weekend in and around the city centre\n"
    )
    assert _spans(page) == []


def test_a_long_line_costs_one_bounded_look_back() -> None:
    # The look-back reaches 2,000 characters: a 2 MB line is no paragraph of prose.
    page = "word " * 400_000 + "at\n\n" + "one two three four at\n\n" * 20_000
    # The time itself is measured by benchmarks/adversarial.py's link-holes-line shape.
    assert len(_spans(page)) == 20_000
