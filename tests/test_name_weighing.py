"""`consistency.name-spelling` weighs two spellings by thresholds its rule carries
(`name_weighing.NameWeights`), not by module constants: a pack moves them per rule. Texts written
for these tests (issue 14)."""

from __future__ import annotations

from typing import Any

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.name_weighing import NameWeights, one_way
from newslint.rules import Rule

RULE = "consistency.name-spelling"
TIE = (
    "Defence Minister Mykhailo Fedorov arrived in Brussels. Mykhaylo Fedorov then met his "
    "counterparts, and Fedorov said talks went well."
)
SHORT = "The mayor, Ilse Wehby, spoke first. Later Wenby said the budget was ready."


def _rule(**options: Any) -> Rule:
    rule = next(r for r in load_rules() if r.id == RULE)
    return rule.replaced(options={**rule.options, **options})


def _spans(rule: Rule, text: str) -> list[str]:
    return [text[f.start : f.end] for f in Linter([rule]).lint(Document(text))]


def test_the_weights_are_read_from_the_rule() -> None:
    weights = NameWeights.of(_rule(short_name_min=3, on_tie="both"))
    assert weights.short_name_min == 3 and weights.on_tie == "both"
    assert NameWeights.of(_rule()).on_tie == "later"


def test_a_tie_is_one_finding_by_default_and_both_forms_on_request() -> None:
    assert _spans(_rule(), TIE) == ["Mykhaylo Fedorov"]
    assert _spans(_rule(on_tie="both"), TIE) == ["Mykhailo Fedorov", "Mykhaylo Fedorov"]


def test_short_names_are_compared_only_from_the_rule_s_shortest_length() -> None:
    assert _spans(_rule(), SHORT) == ["Wenby"]
    assert _spans(_rule(short_name_min=6), SHORT) == []


def test_one_way_keeps_the_later_form_of_a_tie() -> None:
    spans = [(0, 5, "Alpha", "Alfa"), (10, 14, "Alfa", "Alpha")]
    assert one_way(spans, "later") == [(10, 14, "Alfa", "Alpha")]
    assert one_way(spans, "both") == spans


def test_a_weekday_before_a_surname_is_no_given_name() -> None:
    # Written once each: "On Tuesday" does not introduce the later spelling as a careful first
    # mention, so the tie falls to the later-written form, not to the first.
    text = (
        "Velkandar spoke to reporters first and said the border was calm.\n\n"
        "On Tuesday Velkander met the envoy and said talks would resume next week.\n"
    )
    assert _spans(_rule(), text) == ["Velkander"]
    introduced = text.replace("On Tuesday", "Marta")
    assert _spans(_rule(), introduced) == ["Velkandar"]
