"""A word in lower case inside a name the same page writes with capitals (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "structure.lowercase-in-page-name"


def _words(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text)) if f.rule == _RULE]


def test_the_page_own_capitals_show_the_name_lost_one(linter: Linter) -> None:
    text = (
        "Reporters waited at the Town Hall gates on Monday. The mayor left the town Hall by a side "
        "door and drove to the airport.\n"
    )
    assert _words(linter, text) == ["town"]


def test_a_title_case_headline_gives_no_evidence(linter: Linter) -> None:
    text = (
        "Floods Hit Eastern Region As Rivers Rise\n\nFloods hit the eastern Region on Monday, and "
        "the rivers rose again.\n"
    )
    assert _words(linter, text) == []


def test_an_adjective_a_title_and_a_house_style_stay_silent(linter: Linter) -> None:
    adjective = "Aid reached Northern Province on Monday. Roads in northern Province stayed shut.\n"
    title = "Party Leader Sam Obi spoke. Later party leader Sam Obi left, and Party leader Obi came back.\n"
    house = "The State Council met. The state Council rules, and the state council sits weekly.\n"
    assert _words(linter, adjective) == _words(linter, title) == _words(linter, house) == []


def test_a_title_capitalised_only_before_a_name_is_generic_without_one(linter: Linter) -> None:
    # Titles take capitals before a name alone: "as Chinese president" names nobody.
    text = (
        "Chinese President Xi Jinping will visit, the ministry said. Chinese President Xi Jinping "
        "last came in 2023, on his fifth visit as Chinese president, for a summit.\n"
    )
    assert _words(linter, text) == []
    # A name the page writes without a further capital still shows its lost capital.
    text = (
        "Deputies of the State Duma met on Monday. Later the State Duma and the state Duma voted.\n"
    )
    assert _words(linter, text) == ["state"]
