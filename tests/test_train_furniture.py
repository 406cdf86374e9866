"""benchmarks/train_furniture.py fits on the dev half and the extra pages of one fold, and
scores the extra pages of the other folds (sites it was not fitted on), on a small corpus of
pages written here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_pages import PROSE, dev_domains, load_benchmark, write_real_corpus

FURNITURE = ("Share this story", "Most Read", "Sign up for our newsletter", "Back to top")


def _page(domain: str, n: int, fold: str | None = None) -> dict[str, Any]:
    """A headline, furniture lines (labelled) and paragraphs of prose."""
    parts, labels, at = [], [], 0
    for line in (f"Ferry route {n} opens", *FURNITURE, PROSE, PROSE):
        if line in FURNITURE:
            labels.append(
                {
                    "family": "furniture",
                    "label": "ui",
                    "start": at,
                    "end": at + len(line),
                    "text": line,
                }
            )
        parts.append(line)
        at += len(line) + 2
    record = {
        "id": f"{domain}-{n}",
        "url": f"https://{domain}/{n}",
        "domain": domain,
        "source_kind": "scraped-news",
        "excerpt": "\n\n".join(parts),
        "labels": labels,
    }
    if fold is not None:
        record["fold"] = fold
    return record  # fmt: skip


def test_extra_pages_of_one_fold_are_fitted_on_and_the_others_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_real_corpus(tmp_path, [_page(d, n) for n, d in enumerate(dev_domains(4))])
    extra = [_page(f"new{i}.example", i, "train") for i in range(6)]
    extra += [_page(f"held{i}.example", i, "holdout") for i in range(3)]
    pages = tmp_path / "pages.jsonl"
    # a file still being written ends in a partial line
    pages.write_text("".join(json.dumps(r) + "\n" for r in extra) + '{"id": "cut')
    train = load_benchmark("train_furniture")
    args = ["train_furniture.py", "--corpus", str(corpus), "--folds", "2"]
    monkeypatch.setattr(sys, "argv", [*args, "--extra", str(pages), "--system"])
    assert train.main() == 0
    out = capsys.readouterr().out
    assert "fit on 4 dev pages and 6 extra pages (train)" in out
    assert "holdout: 3 pages, 3 sites" in out
    holdout = out.split("holdout:", 1)[1]
    # four furniture lines on each of the three held-out pages: the new fit finds them all
    assert "model alone, new" in holdout and "recall 1.000 (12/12)" in holdout
    assert "rule set, model off: furniture 12" in holdout
    assert "rule set, new model" in holdout and "threshold: " in out


def test_a_partial_last_line_and_records_without_labels_are_left_out(tmp_path: Path) -> None:
    fit = load_benchmark("_furniture_fit")
    path = tmp_path / "pages.jsonl"
    rows = [_page("a.example", 1, "train"), {"id": "x", "excerpt": "no labels"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + '{"id": "cut')
    assert [r["id"] for r in fit.load_extra(path)] == ["a.example-1"]


def test_feature_sets_are_named_from_the_shipped_or_the_whole_list() -> None:
    fit = load_benchmark("_furniture_fit")
    base = fit.Fit.parse(1.0, "base")
    assert base.features[0] == "bias" and base.features == fit.FEATURES
    fewer = fit.Fit.parse(1.0, "all-first,evidence", unexplained_only=True)
    assert "first" not in fewer.features and "evidence" not in fewer.features
    assert "last" in fewer.features and fewer.unexplained_only
    assert fit.Fit.parse(1.0, "base-bias").features[0] == "bias"  # the intercept stays
    with pytest.raises(ValueError):
        fit.Fit.parse(1.0, "all-nonsense")


def test_page_words_are_learned_from_furniture_on_several_sites() -> None:
    """A word kept is far likelier in furniture blocks than in prose and is furniture on
    enough sites; one site's own label, or a word prose uses as often, is not kept."""
    words = load_benchmark("_furniture_words")

    def page(domain: str, lines: list[str]) -> dict[str, Any]:
        text = "\n\n".join([*lines, PROSE, PROSE])
        labels = [
            {"family": "furniture", "start": text.index(x), "end": text.index(x) + len(x)}
            for x in lines
        ]
        return {"domain": domain, "excerpt": text, "labels": labels}

    pages = [page(f"s{i}.example", ["Leave a comment", f"Ferry {i} Desk"]) for i in range(3)]
    pages.append(page("s9.example", ["Quayside Gazette"]))
    learned = words.learn_page_words(pages, sites=3, ratio=4.0, least=3)
    assert "comment" in learned and "leave" in learned
    assert "quayside" not in learned  # furniture on one site only
    assert "ferry" not in learned and "a" not in learned  # prose has them too
