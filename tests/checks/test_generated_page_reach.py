"""`llm.generated-page` reads at most EDGE spaces before a sentence's "Welcome to our ..." and
EDGE marks opening it: unbounded, every position of a long run of spaces or punctuation scanned
the rest of the run, and 300,000 "!" took the check about 20 minutes (hostile test, stop 63).
Every text is written for the test."""

from __future__ import annotations

import pytest

from newslint.checks.generated_page import EDGE, GeneratedPageCheck
from newslint.linters import load_rules

WELCOME = "Welcome to our weekly harbour round-up, where we bring you the latest stories."


@pytest.fixture(scope="module")
def check() -> GeneratedPageCheck:
    (rule,) = [rule for rule in load_rules() if rule.id == "llm.generated-page"]
    return GeneratedPageCheck(rule)


@pytest.mark.parametrize(
    "before",
    [
        "",
        "**",
        "## ",
        "\u201c",
        "The quay is busy. ",
        "Ready?\t",
        "Ready!\n> ",
        "Done." + " " * EDGE,
    ],
)
def test_a_welcome_opening_a_sentence_is_read(check: GeneratedPageCheck, before: str) -> None:
    assert check.intro.search(before + WELCOME)


@pytest.mark.parametrize(
    "before", ["Done." + " " * (2 * EDGE + 1), "x" + " " * 40, "the " + "\u201c" * (EDGE + 1)]
)
def test_a_run_longer_than_the_edge_is_not_read_across(
    check: GeneratedPageCheck, before: str
) -> None:
    assert not check.intro.search(before + WELCOME)
