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


def _test_domains(count: int) -> list[str]:
    """`count` domains the real corpus's split puts in its test half."""
    real = load_benchmark("real")
    return [d for d in (f"other{i}.example" for i in range(200)) if real.half_of(d) == "test"][
        :count
    ]


def _clean_set(root: Path, domains: list[str]) -> Path:
    """A clean page set in clean45's layout: each page a menu line (furniture) over two lines
    of the story."""
    (root / "pages").mkdir(parents=True)
    index = []
    for n, domain in enumerate(domains):
        page_id = f"{n:03d}"
        (root / "pages" / f"{page_id}.txt").write_text(f"Home | News\n\n{PROSE}\n{PROSE}\n")
        index.append(
            {"id": page_id, "url": f"https://{domain}/", "domain": domain, "furniture": [1]}
        )
    (root / "index.json").write_text(json.dumps(index))
    return root


def test_pooled_sets_give_their_dev_halves_alone(tmp_path: Path) -> None:
    """A labelled set's test-half sites and a clean set's held-out third are never fitted on;
    a clean page's furniture lines become furniture labels at their offsets."""
    pool = load_benchmark("_furniture_pool")
    dev, test = dev_domains(2), _test_domains(2)
    labelled = write_real_corpus(tmp_path / "a", [_page(d, n) for n, d in enumerate(dev + test)])
    domains = [f"paper{i}.example" for i in range(6)]
    clean = _clean_set(tmp_path / "clean", domains)
    pages = pool.pool_pages([labelled], [clean])
    assert {p["domain"] for p in pages if p["pool"] == "corpus"} == set(dev)
    kept = [p for p in pages if p["pool"] == "clean"]
    assert len(kept) == 4  # every third registered domain is held out
    assert not {p["domain"] for p in kept} & pool._held_out([{"domain": d} for d in domains])
    label = kept[0]["labels"][0]
    assert kept[0]["excerpt"][label["start"] : label["end"]] == "Home | News"
    assert all(p["fold"] == "train" for p in pages)


def test_pooled_pages_are_fitted_on_beside_the_dev_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_real_corpus(tmp_path, [_page(d, n) for n, d in enumerate(dev_domains(4))])
    labelled = write_real_corpus(
        tmp_path / "a", [_page(d, n) for n, d in enumerate(dev_domains(6))]
    )
    train = load_benchmark("train_furniture")
    args = ["train_furniture.py", "--corpus", str(corpus), "--folds", "2", "--tune-on", "all"]
    monkeypatch.setattr(sys, "argv", [*args, "--pool-set", str(labelled)])
    assert train.main() == 0
    out = capsys.readouterr().out
    assert "fit on 4 dev pages and 6 extra pages (train)" in out
    assert "holdout:" not in out and "threshold: " in out  # nothing held out to score


def test_a_held_set_is_scored_and_never_fitted_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sets pooled whole, one of them held out: its pages are the holdout (scored with the
    shipped weights and the new ones, at the chosen threshold and at each `--score-at`), the
    other set's pages are fitted on."""
    corpus = write_real_corpus(tmp_path, [_page(d, n) for n, d in enumerate(dev_domains(4))])
    fitted = write_real_corpus(tmp_path / "a", [_page(f"fit{i}.example", i) for i in range(5)])
    held = write_real_corpus(tmp_path / "b", [_page(f"held{i}.example", i) for i in range(3)])
    held = held.rename(tmp_path / "b" / "heldset")
    train = load_benchmark("train_furniture")
    args = ["train_furniture.py", "--corpus", str(corpus), "--folds", "2", "--system"]
    pools = ["--pool-whole", str(fitted), "--pool-whole", str(held), "--hold-set", "heldset"]
    monkeypatch.setattr(sys, "argv", [*args, *pools, "--score-at", "0.8"])
    assert train.main() == 0
    out = capsys.readouterr().out
    assert "fit on 4 dev pages and 5 extra pages (train)" in out
    holdout = out.split("holdout:", 1)[1]
    assert holdout.startswith(" 3 pages, 3 sites")
    assert "rule set, model off: furniture 12" in holdout
    assert "rule set, new model (0.8): furniture 12" in holdout
