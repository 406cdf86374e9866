"""benchmarks/real.py's `--half open`: an opened set is read whole with its text printed, and the
shared corpus (whose test half is read as counts only) is refused."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.benchmark_pages import load_benchmark

real = load_benchmark("real")

PAGE = {
    "id": "own-1",
    "url": "https://example.org/story",
    "domain": "example.org",
    "source_kind": "scraped-news",
    "excerpt": "Council votes on budget\n\nShare on Facebook\n\nThe council voted on Tuesday.\n",
    "labels": [],
    "notes": "written for this test",
}


def write_set(folder: Path) -> None:
    (folder / "real").mkdir(parents=True)
    for part in real.PARTS:
        (folder / "real" / part).write_text(json.dumps(PAGE) + "\n", encoding="utf-8")


def run(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr(sys, "argv", ["real.py", *argv])
    return int(real.main())


def test_every_site_is_in_the_open_half_whatever_its_hash() -> None:
    sites = [f"site{n}.example" for n in range(20)]
    assert {real.half_of(s) for s in sites} == {"dev", "test"}
    assert all(real.in_half(s, real.OPEN_HALF) for s in sites)


def test_an_opened_set_prints_the_text_of_its_false_alarms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path)
    assert run(monkeypatch, "--corpus", str(tmp_path), "--half", "open", "--show-false") == 0
    out = capsys.readouterr().out
    assert "open half: 2 pages" in out
    assert "Share on Facebook" in out


def test_the_shared_corpus_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path)
    (tmp_path / "clean").mkdir()
    assert run(monkeypatch, "--corpus", str(tmp_path), "--half", "open") == 2
    assert "counts only" in capsys.readouterr().err
