"""benchmarks/worker_split.py: the even and odd shards are what two workers see between them, and
a scan that fails is never a timing."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from tests.benchmark_pages import load_benchmark


@pytest.fixture(scope="module")
def split() -> ModuleType:
    return load_benchmark("worker_split")


def test_even_and_odd_shards_are_all_the_shards_once(split: ModuleType) -> None:
    texts = [f"doc {i}" for i in range(3 * split.SHARD + 7)]
    even, odd = split.shards_of(texts, "even"), split.shards_of(texts, "odd")
    assert len(even) == 2 and len(odd) == 2
    assert sorted(d for shard in even + odd for d in shard) == sorted(texts)
    assert split.shards_of(texts, "all") == [even[0], odd[0], even[1], odd[1]]


def test_a_failing_run_is_refused(split: ModuleType) -> None:
    with pytest.raises(RuntimeError, match="failed"):
        split.timed([sys.executable, "-c", "import sys; sys.exit(3)"])
    with pytest.raises(RuntimeError, match="failed"):
        split.reported_cpu([sys.executable, "-c", "import sys; sys.exit(2)"])


def test_a_helper_reports_its_cpu(split: ModuleType) -> None:
    assert split.reported_cpu([sys.executable, "-c", "print('x 0.25')"]) == 0.25
