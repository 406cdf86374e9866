"""benchmarks/furniture_pool_cv.py scores the shipped furniture model and per-fold refits on the
same held-out domain folds of a pool: the dev half, a set's dev half and a training set whole,
on pages written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.benchmark_pages import dev_domains, load_benchmark, write_real_corpus
from tests.test_train_furniture import _page


def test_a_pool_is_scored_with_the_shipped_weights_and_the_refits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = load_benchmark("real")
    corpus = write_real_corpus(tmp_path, [_page(d, n) for n, d in enumerate(dev_domains(3))])
    others = [f"other{i}.example" for i in range(100)]
    dev = [d for d in others if real.half_of(d) == "dev"][:3]
    test = [d for d in others if real.half_of(d) == "test"][:2]
    labelled = write_real_corpus(tmp_path / "half", [_page(d, n) for n, d in enumerate(dev + test)])
    whole = write_real_corpus(
        tmp_path / "whole", [_page(d, n) for n, d in enumerate(["w1.example", "w2.example"])]
    )
    cv = load_benchmark("furniture_pool_cv")
    args = ["--corpus", str(corpus), "--pool-set", str(labelled), "--pool-whole", str(whole)]
    monkeypatch.setattr(
        sys,
        "argv",
        ["furniture_pool_cv.py", *args, "--folds", "2", "--thresholds", "0.8", "--system"],
    )
    assert cv.main() == 0
    out = capsys.readouterr().out
    # the set's test half is left out: 3 dev pages, 3 of its dev half, 2 of the whole set
    assert "pool: 8 pages, 8 sites" in out
    # four furniture lines on each of the 5 pooled pages scored (the dev half's are not)
    assert "model alone, shipped: recall" in out and "/20)" in out
    assert "model alone, refit 0.8: recall 1.000 (20/20)" in out
    assert "rule set, off: furniture 20" in out and "rule set, refit 0.8: furniture" in out
