"""benchmarks/ocr_gap.py counts a half's OCR labels by a coarse shape class, so the test half's
misses can be described (gate shut or open, which words) without printing its text."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

gap = load_benchmark("ocr_gap")


def test_shape_classes() -> None:
    assert gap.shape("tliat") == "lower"
    assert gap.shape("Tbe") == "capitalised"
    assert gap.shape("“Tbe,") == "capitalised"
    assert gap.shape("wi1l") == "digit-mixed"
    assert gap.shape("expendi- tures") == "split"
    assert gap.shape("infor-\nmation") == "split"
    assert gap.shape(" , ") == "punctuation"
    assert gap.shape("th^") == "symbol-mixed"
    assert gap.shape("iPhone") == "other"
