"""benchmarks/_scan_documents.py: the two-workers row of speed.py scans distinct documents, each
recombined from one article's sentences, the same every run."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.benchmark_pages import load_benchmark

TOWNS = ("Alder", "Birchmoor", "Cobham Vale", "Dunmere")


def _article(town: str) -> str:
    """A headline and paragraphs of made-up local news, every sentence naming the town."""
    sentences = [
        f"The {town} council met on day {n} and voted {n} to {n + 3} on item {n * 7}, after a"
        f" debate of {n + 40} minutes on the harbour, the ferry and the school roof."
        for n in range(1, 25)
    ]
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join([f"{town} council votes", *paragraphs]) + "\n"


def _sources(tmp_path: Path) -> list[Path]:
    paths = []
    for town in TOWNS:
        path = tmp_path / f"{town}.txt"
        path.write_text(_article(town), encoding="utf-8")
        paths.append(path)
    return paths


def test_documents_are_distinct_about_a_kilobyte_and_each_of_one_article(tmp_path: Path):
    made = load_benchmark("_scan_documents")
    documents = made.distinct_documents(_sources(tmp_path), 200)
    assert len(set(documents)) == 200  # the cycled dump repeats its ~350 pieces instead
    paragraphs = Counter(p for d in documents for p in d.split("\n\n"))
    assert sum(n for n in paragraphs.values() if n > 1) < 0.05 * sum(paragraphs.values())
    assert all(900 <= len(d) < 1300 for d in documents)
    for index, document in enumerate(documents):
        town = TOWNS[index % len(TOWNS)]
        assert document.count(town) == document.count("council")  # no other article's sentences
        assert "votes" not in document  # the headline is left out
        assert all(p.count(".") >= 2 for p in document.split("\n\n"))  # no one-sentence paragraph


def test_the_dump_is_the_same_every_run_and_reads_as_scan_reads_it(tmp_path: Path):
    made = load_benchmark("_scan_documents")
    sources = _sources(tmp_path)
    dump = made.distinct_dump(sources, 50)
    assert dump == made.distinct_dump(sources, 50)
    records = [json.loads(line) for line in dump.splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(50)]
    assert [r["text"] for r in records] == made.distinct_documents(sources, 50)
