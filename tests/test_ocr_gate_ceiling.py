"""benchmarks/ocr_gate_ceiling.py counts labels caught with the OCR gate as shipped and forced
open; the forcing must end with its block (own texts)."""

from __future__ import annotations

from newslint.signals import DEFAULT_GATE, ocr_signal
from tests.benchmark_pages import load_benchmark

ceiling = load_benchmark("ocr_gate_ceiling")

CLEAN = "The council met on Tuesday and agreed the budget for the coming year."


def test_the_gate_is_forced_open_only_inside_the_block() -> None:
    assert not ocr_signal(CLEAN).looks_scanned(*DEFAULT_GATE)
    with ceiling.gate_forced_open():
        assert ocr_signal(CLEAN).looks_scanned(*DEFAULT_GATE)
    assert not ocr_signal(CLEAN).looks_scanned(*DEFAULT_GATE)


class _Finding:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def test_labels_are_counted_by_shape_and_family() -> None:
    labels = [
        {"family": "ocr", "text": "tbe", "start": 0, "end": 3},
        {"family": "ocr", "text": "Tbe", "start": 10, "end": 13},
        {"family": "furniture", "text": "Share", "start": 20, "end": 25},
    ]
    tally = ceiling.caught_counts(labels, [_Finding(0, 3), _Finding(40, 44)])
    assert tally["ocr lower", "caught"] == 1
    assert tally["ocr capitalised", "labels"] == 1
    assert tally["ocr capitalised", "caught"] == 0
    assert tally["other families", "labels"] == 1
    assert tally["off-label", "findings"] == 1
    rows = ceiling._all_labels(tally, "ocr-archive")
    assert rows["all, ocr-archive", "labels"] == 3
    assert rows["all, ocr-archive", "caught"] == 1
    # the same rows named by whether the page is dated before 1960 (stop 51's split)
    assert ceiling._all_labels(tally, "dated")["all, dated", "labels"] == 3
