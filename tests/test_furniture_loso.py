"""benchmarks/furniture_loso.py holds each pooled set out in turn, fits on the dev half and the
other sets, and scores the held set against the shipped rule, on pages written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.benchmark_pages import dev_domains, load_benchmark, write_real_corpus
from tests.test_train_furniture import _page


def _sets(tmp_path: Path) -> tuple[Path, list[str]]:
    corpus = write_real_corpus(tmp_path, [_page(d, n) for n, d in enumerate(dev_domains(4))])
    pools = []
    for name, count in (("seta", 3), ("setb", 2)):
        pages = [_page(f"{name}{i}.example", i) for i in range(count)]
        pools += [
            "--pool-whole",
            str(write_real_corpus(tmp_path / name, pages).rename(tmp_path / name / name)),
        ]
    return corpus, pools


def test_each_set_is_held_out_and_scored_against_the_shipped_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, pools = _sets(tmp_path)
    loso = load_benchmark("furniture_loso")
    args = ["furniture_loso.py", "--corpus", str(corpus), *pools, "--free", "delta", "--at", "0.8"]
    monkeypatch.setattr(sys, "argv", [*args, "--l2", "100", "--examples", "1"])
    assert loso.main() == 0
    out = capsys.readouterr().out
    assert "pool: 9 pages (4 dev), fingerprint " in out
    # four labelled lines a page: the held set's pages, never the fitted ones, are scored
    assert "hold seta (3 pages): shipped furniture 12 off 0" in out
    assert "hold setb (2 pages): shipped furniture 8 off 0" in out
    assert "sum shipped: furniture 20 (+0 -0)" in out and "sum new@0.8: furniture " in out


def test_the_final_fit_prints_the_options_and_the_fingerprint_is_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, pools = _sets(tmp_path)
    loso = load_benchmark("furniture_loso")
    monkeypatch.setattr(
        sys, "argv", ["furniture_loso.py", "--corpus", str(corpus), *pools, "--final"]
    )
    assert loso.main() == 0
    out = capsys.readouterr().out
    assert '"weights": {"bias": ' in out and '"page_tokens": {' in out
    page = _page("site.example", 1)
    moved = {**page, "labels": [{**page["labels"][0], "start": 0}]}
    assert loso.fingerprint([page]) == loso.fingerprint([dict(page)])
    assert loso.fingerprint([page]) != loso.fingerprint([moved])
