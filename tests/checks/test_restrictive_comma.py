"""`restrictive-comma`: a comma before a relative clause opened by "that"."""

from __future__ import annotations

from .helpers import make_check, run


def _commas(text: str) -> list[str]:
    """Each finding with the word before and after it."""
    check = make_check("restrictive-comma")
    return [f"{text[: f.start].split()[-1]},{text[f.end :].split()[0]}" for f in run(check, text)]


def test_a_comma_between_a_noun_and_its_that_clause_is_reported() -> None:
    text = "For me it is important: the navy is a great force, that keeps our coast safe."
    assert _commas(text) == ["force,that"]
    assert _commas("The council approved a plan, that cuts ferry fares.") == ["plan,that"]


def test_demonstratives_restatements_and_comma_pairs_stay_silent() -> None:
    for text in (
        "It was a hard game, that was clear.",
        "The plan, that is, the budget, passed.",
        "No harbour in the city, including this one, that could manage alone exists.",
        "He told the farmers, that prices rose.",
        "He worked long hours, so that the ferry ran.",
        "The harbour has a plan, that cuts, in short, every fare.",
        "The council approved a plan, that's clear.",
    ):
        assert _commas(text) == [], text
