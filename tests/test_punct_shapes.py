"""benchmarks/punct_shapes.py: the punctuation-shape experiment reads clusters of marks, folds
their look-alikes, leaves web addresses out, and scores a page against the other sources only."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

shapes = load_benchmark("punct_shapes")


def test_clusters_fold_quotes_dashes_and_ellipses_and_skip_addresses() -> None:
    text = "He said «no»… then – see www.example.org/a.b, and left.,"
    found = [(core, shape) for _, _, core, shape in shapes.clusters(text)]
    assert found == [
        ("“", ("_", "“", "a")),
        ("”…", ("a", "”…", "_")),
        ("—", ("_", "—", "_")),
        (".,", ("a", ".,", "N")),
    ]


def test_pairs_keep_the_space_between_two_marks() -> None:
    assert shapes.pairs(".” “") == ["pair:.”", "pair:” “"]
    assert shapes.pairs(",") == []


def test_a_page_is_scored_against_the_other_sources_only() -> None:
    sources = shapes.Sources()
    sources.add("a.org", "It ended.,")
    sources.add("b.org", "It began.”")
    sources.count()
    assert sources.elsewhere(".,", "a.org") == 0
    assert sources.elsewhere(".,", "b.org") == 1
    assert shapes.rare("unseen-prose-pair", sources, "a.org", ".,", ("a", ".,", "N"))
    assert not shapes.rare("unseen-prose-pair", sources, "a.org", ".”", ("a", ".”", "N"))
