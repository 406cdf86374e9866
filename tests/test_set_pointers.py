"""benchmarks/set_pointers.py keeps a labelled set as pointers without page text, and rebuilds it
only from text identical to what was labelled. The pages here are written for the test."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.benchmark_pages import load_benchmark

pointers = load_benchmark("set_pointers")
label_sets = load_benchmark("label_sets")

PAGE_TEXT = "Harbour board backs ferry route\n\nShare this story\n\nThe board met on Tuesdya.\n"
FETCHED_TEXT = PAGE_TEXT + "More of the page, past where the labeller cut it.\n"


def page(record_id: str, url: str) -> dict[str, object]:
    share, typo = PAGE_TEXT.index("Share this story"), PAGE_TEXT.index("Tuesdya")
    return {
        "id": record_id,
        "url": url,
        "domain": url.split("/")[2],
        "source_kind": "scraped-news",
        "excerpt": PAGE_TEXT,
        "labels": [
            {
                "family": "furniture",
                "label": "share-bar",
                "start": share,
                "end": share + 16,
                "text": "Share this story",
            },
            {
                "family": "grammar",
                "label": "typo: Tuesdya -> Tuesday",
                "start": typo,
                "end": typo + 7,
                "text": "Tuesdya",
            },
        ],
        "notes": "the labeller quoted 'Tuesdya' here",
        "query": "harbour ferry route council news",
    }


def write_set(folder: Path) -> None:
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "part_a.jsonl").write_text(
        json.dumps(page("s-a-1", "https://one.example/a")) + "\n", encoding="utf-8"
    )
    (folder / "real" / "part_b.jsonl").write_text(
        json.dumps(page("s-b-1", "https://two.example/b")) + "\n", encoding="utf-8"
    )


def run(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr(sys, "argv", ["set_pointers.py", *argv])
    return int(pointers.main())


def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_set(tmp_path / "set")
    out = tmp_path / "set.pointers.jsonl"
    assert run(monkeypatch, "save", str(tmp_path / "set"), str(out)) == 0
    return out


def test_pointers_hold_no_page_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = saved(tmp_path, monkeypatch).read_text(encoding="utf-8")
    for words in ("Harbour", "Share this story", "Tuesdya", "labeller quoted"):
        assert words not in text
    first = json.loads(text.splitlines()[0])
    assert [label["label"] for label in first["labels"]] == ["share-bar", "typo"]
    assert first["query"] == "harbour ferry route council news"  # how the page is found again


def test_a_set_restored_from_identical_text_is_the_set_as_labelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = saved(tmp_path, monkeypatch)
    fetched = tmp_path / "pages.jsonl"
    fetched.write_text(
        "".join(
            json.dumps({"url": url, "text": FETCHED_TEXT}) + "\n"
            for url in ("https://one.example/a", "https://two.example/b")
        ),
        encoding="utf-8",
    )
    assert run(monkeypatch, "restore", str(out), str(fetched), str(tmp_path / "back")) == 0
    restored = label_sets.load_set(tmp_path / "back")
    assert not restored.problems
    assert [label_sets.record_problems(r) for r in restored.records] == [[], []]
    first = restored.records[0]
    assert first["excerpt"] == PAGE_TEXT
    assert first["query"] == "harbour ferry route council news"
    assert [label["text"] for label in first["labels"]] == ["Share this story", "Tuesdya"]


def test_a_page_whose_text_differs_by_one_character_is_left_out_by_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = saved(tmp_path, monkeypatch)
    fetched = tmp_path / "pages.jsonl"
    fetched.write_text(
        json.dumps({"url": "https://one.example/a", "text": FETCHED_TEXT.replace("met", "mét")})
        + "\n",
        encoding="utf-8",
    )
    assert run(monkeypatch, "restore", str(out), str(fetched), str(tmp_path / "back")) == 1
    said = capsys.readouterr().out
    assert "s-a-1: fetched text differs" in said
    assert "s-b-1: no fetched text" in said
    assert "Harbour" not in said
    assert (tmp_path / "back" / "real" / "part_a.jsonl").read_text(encoding="utf-8") == ""
