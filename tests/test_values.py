"""The value classes written out (`newslint.values`) behave as the dataclasses they replace."""

from __future__ import annotations

import pickle

import pytest

from newslint.checks.lexicon_tuning import TUNED, Tuning
from newslint.rules import Rule
from newslint.signals import OcrSignal
from newslint.textblocks import Block
from newslint.values import FrozenError


def a_rule(**changes: object) -> Rule:
    rule = Rule("test.rule", "pattern", "warning", "odd", {"pattern": "x"}, [], "test.yaml")
    return rule.replaced(**changes)


def test_a_rule_replaced_keeps_its_other_fields_and_leaves_the_original() -> None:
    rule = a_rule()
    quiet = rule.replaced(severity="info", enabled=False)
    assert (quiet.severity, quiet.enabled, rule.severity, rule.enabled) == (
        "info", False, "warning", True,
    )  # fmt: skip
    assert quiet.replaced(severity="warning", enabled=True) == rule
    assert quiet.options is rule.options and quiet.markups == rule.markups


def test_a_rule_is_mutable_unhashable_and_pickles_equal() -> None:
    rule = a_rule(description="why")
    rule.enabled = False
    assert rule != a_rule(description="why")
    with pytest.raises(TypeError):
        hash(rule)
    assert pickle.loads(pickle.dumps(rule)) == rule
    assert repr(rule).startswith("Rule(id='test.rule', kind='pattern'")


def test_a_frozen_signal_replaced_and_hashed_by_its_fields() -> None:
    signal = OcrSignal(100, 3, kinds=2)
    certain = signal.replaced(certain=4)
    assert (certain.certain, certain.words, certain.kinds, signal.certain) == (4, 100, 2, 0)
    assert hash(certain) == hash(OcrSignal(100, 3, 2, True, (), False, 0, 4, False))
    with pytest.raises(FrozenError):
        signal.certain = 1  # type: ignore[misc]


def test_the_tuning_takes_each_field_by_name_and_refuses_others() -> None:
    default = Tuning()
    assert [getattr(default, spec.name) for spec in TUNED] == [spec.default for spec in TUNED]
    assert Tuning(glued_max_zipf=1.0) == default.replaced(glued_max_zipf=1.0) != default
    with pytest.raises(TypeError):
        Tuning(glued_max_zip=1.0)


def test_a_block_compares_by_its_fields_and_caches_its_sentence_end() -> None:
    block = Block(0, 10, "It rained.", 1, 2, 0.5)
    assert block == Block(0, 10, "It rained.", 1, 2, 0.5, "bad", False)
    assert block.ends_sentence
    block.cls = "good"
    assert block != Block(0, 10, "It rained.", 1, 2, 0.5)
