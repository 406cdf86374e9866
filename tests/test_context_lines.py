"""benchmarks/context_lines.py: the page-context pass scores every token once with the page before
it, lines take the family that covers them, and the separation figures (own text only)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tests.benchmark_pages import load_benchmark

lines = load_benchmark("context_lines")


class _CountingRuntime:
    """log p of a token = minus the tokens before it in its sequence: how much context it saw."""

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]:
        self.lengths.extend(len(s) for s in sequences)
        return [-np.arange(1, len(s), dtype=np.float32) for s in sequences]


class _Engine:
    def __init__(self) -> None:
        self.runtime = _CountingRuntime()


def test_the_page_pass_scores_each_token_once_after_the_page_before_it() -> None:
    engine = _Engine()
    ids = list(range(900))
    scores = lines.after_pass(engine, ids)
    assert np.isnan(scores[0]) and not np.isnan(scores[1:]).any()
    # every window but the first starts with AFTER_KEEP tokens read, not scored
    assert scores[1] == -1.0
    assert scores[lines.AFTER_WINDOW] == -lines.AFTER_KEEP
    assert all(length <= lines.AFTER_WINDOW for length in engine.runtime.lengths)


def test_a_line_takes_the_family_covering_half_of_it() -> None:
    furniture = {"covered": {"furniture": 12}, "chars": 20}
    mixed = {"covered": {"furniture": 5, "spacing": 1}, "chars": 20}
    assert lines.family_of({"covered": {}, "chars": 20}) == "article"
    assert lines.family_of(furniture) == "furniture"
    assert lines.family_of(mixed) is None
    assert lines.family_of({"covered": {"spacing": 20}, "chars": 20}) is None


def test_separation_figures() -> None:
    assert lines.auc([3.0, 4.0], [1.0, 2.0]) == 1.0
    assert lines.auc([1.0], [1.0]) == 0.5
    assert lines.auc([1.0, 4.0], [2.0, 3.0]) == 0.5
    # the top half of the positives is scored 4 and above: one negative reaches it
    assert lines.precision_at([4.0, 5.0, 1.0, 2.0], [4.5, 0.0], 0.5) == 2 / 3
