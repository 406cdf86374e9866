"""What a gated linter spends on a document where a check cannot report: counted calls, never
times (issue 15: `scan`'s cost per document)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newslint.checks.consistency import ConsistencyCheck
from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.rules import Rule


def _consistency_rules() -> list[Rule]:
    return [rule for rule in load_rules() if rule.kind == "consistency"]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the consistency rules that searched a document for their variants."""
    searched: list[str] = []
    original = ConsistencyCheck._matches

    def counting(self: ConsistencyCheck, text: str) -> object:
        searched.append(self.rule.id)
        return original(self, text)

    monkeypatch.setattr(ConsistencyCheck, "_matches", counting)
    return searched


def test_a_consistency_rule_searches_only_a_document_where_two_variants_may_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules = _consistency_rules()
    gated, ungated = Linter(rules, gate_after=0), Linter(rules, gated=False)
    searched = _counting(monkeypatch)
    one_style = "Mr. Blinken spoke to reporters. Mr. Xi listened and said 5 per cent."
    assert gated.lint(Document(one_style)) == ungated.lint(Document(one_style)) == []
    searched.clear()
    gated.lint(Document(one_style))
    assert searched == []  # main: every one of the ten rules searched it
    mixed = "Mr. Blinken spoke. Mr. Xi listened. Later Mr Putin left."
    found = gated.lint(Document(mixed))
    assert "consistency.honorific-period" in searched
    assert found == ungated.lint(Document(mixed)) and len(found) == 1


def test_with_a_house_style_one_other_variant_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = next(r for r in _consistency_rules() if r.id == "consistency.honorific-period")
    house = replace(rule, options={**rule.options, "house": "without-period"})
    gated, ungated = Linter([house], gate_after=0), Linter([house], gated=False)
    searched = _counting(monkeypatch)
    text = "Mr. Blinken spoke to reporters."
    assert gated.lint(Document(text)) == ungated.lint(Document(text))
    assert len(ungated.lint(Document(text))) == 1 and searched
    searched.clear()
    gated.lint(Document("Mr Blinken spoke to reporters."))  # the house's own style alone
    assert searched == []
