"""What a gated linter spends on a document where a check cannot report: counted calls, never
times (issue 15: `scan`'s cost per document)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from newslint.checks.consistency import ConsistencyCheck
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules
from newslint.rules import Rule


def _consistency_rules() -> list[Rule]:
    return [rule for rule in load_rules() if rule.kind == "consistency"]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the consistency rules that searched a document for their variants."""
    searched: list[str] = []
    original = ConsistencyCheck._matches

    def counting(self: ConsistencyCheck, text: str, where: Any) -> object:
        searched.append(self.rule.id)
        return original(self, text, where)

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
    house = rule.replaced(options={**rule.options, "house": "without-period"})
    gated, ungated = Linter([house], gate_after=0), Linter([house], gated=False)
    searched = _counting(monkeypatch)
    text = "Mr. Blinken spoke to reporters."
    assert gated.lint(Document(text)) == ungated.lint(Document(text))
    assert len(ungated.lint(Document(text))) == 1 and searched
    searched.clear()
    gated.lint(Document("Mr Blinken spoke to reporters."))  # the house's own style alone
    assert searched == []


# Rules that judge every distinct word of a document by its frequency.
_BY_FREQUENCY = (
    "encoding.untranslated-word",
    "ocr.split-word",
    "encoding.lost-letter",
    "ocr.character-confusion",
)


def test_the_checks_that_judge_every_word_by_frequency_look_each_word_up_once() -> None:
    asked: Counter[str] = Counter()

    class Counting(Vocabulary):
        def zipf(self, word: str) -> float:
            asked[word] += 1
            return super().zipf(word)

    rules = [rule for rule in load_rules() if rule.id in _BY_FREQUENCY]
    assert len(rules) == len(_BY_FREQUENCY)
    linter = Linter(rules, gated=False, vocabulary=Counting(frozenset({"newslint"})))
    # Common words only (nothing to repair, translate or join), and no "r": lost-letter reads on.
    text = "The officials said the talks went well and that both sides would meet again in May."
    assert linter.lint(Document(text)) == []
    assert asked["officials"] == asked["talks"] == asked["would"] == 1  # main: 4 each
    assert max(asked.values()) == 1
    asked.clear()
    linter.lint(Document(text))  # another document: its own lookups
    assert asked["talks"] == 1
