"""benchmarks/furniture_edge_ceiling.py sorts a missed furniture label by where it lies in its
block and cuts it onto a line of its own (own texts)."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

ceiling = load_benchmark("furniture_edge_ceiling")

TEXT = "Politics The council met on Tuesday and agreed the budget for the coming year."


def test_a_label_is_placed_by_the_edge_it_covers() -> None:
    end = len(TEXT)
    assert ceiling.edge_of({"start": 0, "end": 8}, 0, end) == "head"
    assert ceiling.edge_of({"start": 9, "end": end}, 0, end) == "tail"
    assert ceiling.edge_of({"start": 9, "end": 20}, 0, end) == "mid"
    assert ceiling.edge_of({"start": 0, "end": end}, 0, end) is None


def test_the_label_is_cut_onto_a_line_of_its_own() -> None:
    new, first, last = ceiling.cut_out(TEXT, 0, 8)
    assert new[first:last] == "Politics"
    assert new.split("\n") == ["", "Politics", TEXT[9:]]
    new, first, last = ceiling.cut_out(TEXT, 9, 20)
    assert new[first:last] == "The council"
    assert new.split("\n") == ["Politics", "The council", TEXT[21:]]
