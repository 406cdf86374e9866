"""The linters the gate tests compare: one with every gate built from the first document on, and
one with none, over the artifact packs (grammar engines left out: they have no gate)."""

from __future__ import annotations

from functools import cache

from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.rules import Rule


@cache
def artifact_rules() -> tuple[Rule, ...]:
    return tuple(r for r in load_rules() if r.pack != "grammar")


@cache
def gated_and_ungated() -> tuple[Linter, Linter]:
    return Linter(artifact_rules(), gate_after=0), Linter(artifact_rules(), gated=False)
