"""Every example of every built-in rule: bad fires in place and fixes to `fixed`, good is silent."""

from __future__ import annotations

import pytest

from newslint.kinds import kind_module
from newslint.linters import load_rules
from newslint.rules import FAMILIES, Rule
from newslint.selftest import ExamplesSkipped, run_rule_examples

BUILTIN = load_rules()


def _needs_context(rule: Rule) -> bool:
    return bool(getattr(kind_module(rule.kind), "NEEDS_CONTEXT", False))


# The context model takes seconds to load and to judge: its rules' examples are slow tests.
EXAMPLES = [
    pytest.param(rule, id=rule.id, marks=[pytest.mark.slow] if _needs_context(rule) else [])
    for rule in BUILTIN
]


@pytest.mark.parametrize("rule", EXAMPLES)
def test_rule_examples(rule: Rule) -> None:
    try:
        failures = run_rule_examples(rule)
    except ExamplesSkipped as exc:
        pytest.skip(f"{rule.id}: engine unavailable here: {exc}")
    assert not failures, "\n".join(f.describe() for f in failures)


def test_rule_ids_are_prefixed_by_known_packs() -> None:
    assert {r.pack for r in BUILTIN} <= set(FAMILIES)
