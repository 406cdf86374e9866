"""benchmarks/label_agreement.py: two editors' labels of the same pages compared, and newslint's
recall on the labels both made. The pages are written for the test."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_pages import load_benchmark

agreement = load_benchmark("label_agreement")

TEXT = "Share this story\n\nThe board met on Tuesday . It voted to open the route.\n"


def label(family: str, text: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"family": family, "label": "x", "start": start, "end": start + len(text), "text": text}


def write_set(folder: Path, labels: list[dict[str, Any]], text: str = TEXT) -> Path:
    real = folder / "real"
    real.mkdir(parents=True)
    record = {"id": "p-1", "url": "https://a.example/1", "domain": "a.example"}
    record |= {"source_kind": "scraped-news", "excerpt": text, "labels": labels, "notes": ""}
    (real / "part_a.jsonl").write_text(json.dumps(record) + "\n")
    (real / "part_b.jsonl").write_text("")
    return folder


def test_labels_confirmed_in_the_same_family_and_in_any_family() -> None:
    first = [label("furniture", "Share this story"), label("spacing", " .")]
    second = [label("furniture", "Share this"), label("punctuation", " .")]
    counts: dict[str, Counter[str]] = {}
    agreement.tally_page(first, second, [], counts)
    assert counts["furniture"]["first_confirmed"] == 1
    assert counts["spacing"]["first_confirmed"] == 0
    assert counts["spacing"]["first_marked"] == 1
    assert counts["punctuation"]["second_confirmed"] == 0
    assert counts["furniture"]["agreed"] == 1


def test_newslint_recall_on_agreed_labels_counts_only_labels_both_made() -> None:
    first = [label("furniture", "Share this story"), label("spacing", " .")]
    second = [label("furniture", "Share this story")]
    counts: dict[str, Counter[str]] = {}
    share_span = (0, 5)
    agreement.tally_page(first, second, [share_span], counts)
    assert counts["furniture"]["newslint_agreed"] == 1
    assert counts["spacing"]["agreed"] == 0
    assert counts["spacing"]["newslint_first"] == 0


def test_pages_whose_text_differs_are_refused(tmp_path: Path) -> None:
    first = agreement.read_set(write_set(tmp_path / "one", []))
    second = agreement.read_set(write_set(tmp_path / "two", [], text=TEXT + "more\n"))
    with pytest.raises(ValueError, match="p-1"):
        agreement.paired_pages(first, second)


def test_a_set_against_itself_agrees_wholly(tmp_path: Path) -> None:
    labels = [label("furniture", "Share this story"), label("spacing", " .")]
    folder = write_set(tmp_path / "one", labels)
    pairs = agreement.paired_pages(agreement.read_set(folder), agreement.read_set(folder))
    linter = agreement.Linter(agreement.load_rules(), ignore=["grammar"])
    counts = agreement.measure(pairs, linter)
    assert counts["all"]["first_confirmed"] == counts["all"]["first"] == 2
    assert counts["all"]["second_confirmed"] == 2
