"""benchmarks/furniture_cv.py scores the page gate and the smoothing on held-out sites: a block
the options add counts as a gain on a furniture label the rule set misses, and as a false alarm
on no label; the grid point is chosen on the other folds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newslint.textblocks import blocks
from tests.benchmark_pages import PROSE, dev_domains, load_benchmark, write_real_corpus


def _label(text: str, line: str, family: str = "furniture") -> dict[str, Any]:
    start = text.index(line)
    return {"family": family, "label": "ui", "start": start, "end": start + len(line), "text": line}


def _page(domain: str, fold: str | None = None) -> dict[str, Any]:
    """A scraped page whose lone place line between two labels only the smoothing reports."""
    lines = (
        "Posted 09:14",
        "Porto, Portugal",
        "RADIO PORTO 24",
        "Harbour talks resume after delays",
    )
    text = "\n".join(lines[:2]) + "\n\n" + "\n\n".join([*lines[2:], PROSE, PROSE]) + "\n"
    labels = [_label(text, line) for line in lines[:3]]
    record = {"id": domain, "domain": domain, "source_kind": "scraped-news", "excerpt": text}
    return {**record, "labels": labels, **({"fold": fold} if fold else {})}


def test_block_status_names_gains_false_alarms_and_the_rest() -> None:
    cv = load_benchmark("furniture_cv")
    text = f"Porto, Portugal\n\nWeather\n\n{PROSE}\n"
    items = blocks(text)
    labels = [_label(text, "Porto, Portugal"), _label(text, PROSE, "spacing")]
    assert cv.block_status(items[0], labels, caught=set()) == "gain"
    assert cv.block_status(items[0], labels, caught={0}) == "other"  # the rule set has it
    assert cv.block_status(items[1], labels, caught=set()) == "false"
    assert cv.block_status(items[2], labels, caught=set()) == "other"


def test_held_out_folds_are_scored_at_the_point_chosen_on_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cv = load_benchmark("furniture_cv")
    corpus = write_real_corpus(tmp_path, [_page(d) for d in dev_domains(2)])
    extra = [_page(f"new{i}.example", "train") for i in range(4)]
    extra += [_page("held.example", "holdout")]
    pages = tmp_path / "pages.jsonl"
    pages.write_text("".join(json.dumps(r) + "\n" for r in extra))
    args = ["--corpus", str(corpus), "--extra", str(pages), "--folds", "2"]
    assert cv.main(args) == 0
    out = capsys.readouterr().out
    # one place line on each of the six training pages; the holdout page is never read
    assert "held-out folds: +6 label blocks, 0 on no label (6 pages)" in out


def test_pooled_sets_are_read_beside_the_dev_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A labelled set's dev-half pages join the folds; its test-half pages are never read."""
    cv = load_benchmark("furniture_cv")
    real = load_benchmark("real")
    corpus = write_real_corpus(tmp_path, [_page(d) for d in dev_domains(2)])
    others = [f"other{i}.example" for i in range(100)]
    dev = [d for d in others if real.half_of(d) == "dev"][:4]
    test = [d for d in others if real.half_of(d) == "test"][:3]
    labelled = write_real_corpus(tmp_path / "set", [_page(d) for d in dev + test])
    assert cv.main(["--corpus", str(corpus), "--pool-set", str(labelled), "--folds", "2"]) == 0
    assert "held-out folds: +6 label blocks, 0 on no label (6 pages)" in capsys.readouterr().out
