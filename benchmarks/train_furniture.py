"""Fit the furniture model's weights on the dev half of the real-page corpus.

    python benchmarks/train_furniture.py [--corpus ../shared/corpus] [--l2 1.0]

Each dev page is cut into blocks (`newslint.textblocks`); a block is furniture when labels of the
furniture family cover at least half of its characters, article text when no furniture label
touches it (blocks in between are left out). An L2-regularised logistic regression is fitted on
the shape features of `newslint.furniture_model` (numpy, full-batch gradient descent: the data
are a few thousand rows). Before the final fit, a two-fold split of the dev sites (by another
hash of the domain) prints the precision and recall of held-out blocks at several thresholds,
so the threshold is chosen on blocks the weights did not see. The test half is never read.

Prints the weights as YAML for the rule's `weights` option.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import numpy as np
from _corpus import DEFAULT_CORPUS
from real import half_of, load_records

from newslint.furniture_model import FEATURES, block_features
from newslint.textblocks import blocks

POSITIVE_COVER = 0.5


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def page_rows(record: dict[str, Any]) -> tuple[list[list[float]], list[int]]:
    text = record["excerpt"]
    furniture = [(x["start"], x["end"]) for x in record["labels"] if x["family"] == "furniture"]
    items = blocks(text)
    rows, targets = [], []
    for block, row in zip(items, block_features(items), strict=True):
        covered = _covered(block.start, block.end, furniture)
        share = covered / max(1, block.end - block.start)
        if share >= POSITIVE_COVER:
            targets.append(1)
        elif covered == 0:
            targets.append(0)
        else:
            continue
        rows.append([row[name] for name in FEATURES])
    return rows, targets


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 4000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    rate = 0.5
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= rate * grad
    return w


def _fold(domain: str) -> int:
    return hashlib.sha256(b"newslint-furniture-fold" + domain.encode("utf-8")).digest()[0] % 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    if not (args.corpus / "real").is_dir():
        print(f"skipped: no real-page corpus under {args.corpus}")
        return 0
    data: dict[int, tuple[list[list[float]], list[int]]] = {0: ([], []), 1: ([], [])}
    for record in load_records(args.corpus):
        if half_of(record["domain"]) != "dev":
            continue
        rows, targets = page_rows(record)
        fold = data[_fold(record["domain"])]
        fold[0].extend(rows)
        fold[1].extend(targets)
    for held in (0, 1):
        train, test = data[1 - held], data[held]
        w = fit(np.array(train[0]), np.array(train[1], dtype=float), args.l2)
        p = 1.0 / (1.0 + np.exp(-(np.array(test[0]) @ w)))
        y = np.array(test[1])
        # What the model adds: blocks with no hand-written evidence of their own.
        fresh = np.array(test[0])[:, FEATURES.index("evidence")] == 0
        print(
            f"fold {held}: {len(y)} blocks, {int(y.sum())} furniture, {int(y[fresh].sum())} without evidence"
        )
        for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
            flagged = (p >= threshold) & fresh
            tp = int((flagged & (y == 1)).sum())
            precision = tp / max(1, int(flagged.sum()))
            recall = tp / max(1, int(y[fresh].sum()))
            print(
                f"  >= {threshold}: new blocks {int(flagged.sum())} precision {precision:.2f} recall {recall:.2f}"
            )
    x = np.array(data[0][0] + data[1][0])
    y = np.array(data[0][1] + data[1][1], dtype=float)
    w = fit(x, y, args.l2)
    print("weights:")
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
