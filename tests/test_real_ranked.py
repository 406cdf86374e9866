"""benchmarks/real.py prints the same counts in the same order on every run: ties by name, not
by the order findings happened to be counted in."""

from __future__ import annotations

from collections import Counter

from tests.benchmark_pages import load_benchmark

real = load_benchmark("real")


def test_ties_are_printed_by_name_whatever_order_they_were_counted_in() -> None:
    first = Counter(["scrape", "encoding", "scrape", "encoding", "ocr"])
    second = Counter(["encoding", "ocr", "scrape", "encoding", "scrape"])
    expected = [("encoding", 2), ("scrape", 2), ("ocr", 1)]
    assert real.ranked(first) == real.ranked(second) == expected
    assert real.ranked(second, 2) == expected[:2]
