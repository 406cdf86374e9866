"""benchmarks/name_sides.py names the step of `consistency.name-spelling`'s weighing that chose a
finding's side, so the test half's strict/related gap can be laid to a step from counts alone.
Names written for these tests."""

from __future__ import annotations

from collections import Counter

from newslint.lexicon import zipf as english_zipf
from newslint.linters import load_rules
from newslint.name_weighing import NameWeights
from tests.benchmark_pages import load_benchmark

sides = load_benchmark("name_sides")
WEIGHTS = NameWeights.of(next(r for r in load_rules() if r.id == "consistency.name-spelling"))


def _step(a: str, b: str, counts: Counter[str], introduced: str = "") -> str:
    return sides.step_of(a, b, counts, lambda name: name == introduced, english_zipf, WEIGHTS)


def test_each_step_of_the_chain_is_named() -> None:
    assert _step("Erdoan", "Erdogan", Counter(Erdoan=3, Erdogan=1)) == "unseen"
    assert _step("Velkandar", "Velkander", Counter(Velkandar=1, Velkander=2)) == "count"
    assert _step("Velkandar", "Velkander", Counter(Velkandar=1, Velkander=1)) == "tie"
    assert _step("Velkandar", "Velkander", Counter(Velkandar=1, Velkander=1), "Velkander") == (
        "introduced"
    )


def test_a_finding_s_step_is_read_from_its_whole_span_then_its_last_word() -> None:
    decisions = {"Victor Tregubov": "full-house", "Khortytsa": "tie-later"}
    assert sides.step_for(decisions, "Victor Tregubov") == "full-house"
    assert sides.step_for(decisions, "Major Khortytsa") == "tie-later"
    assert sides.step_for(decisions, "Kulganka") == "other"
