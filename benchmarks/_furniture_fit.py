"""Rows, fitting and scoring for `train_furniture.py`: each labelled page cut into blocks
(`newslint.textblocks`) with the features of `newslint.furniture_model`, an L2-regularised
logistic regression fitted by Newton's method, and the held-out counts a threshold gives.

A block is furniture when labels of the furniture family cover at least half of its characters,
article text when no furniture label touches it (blocks in between are left out of the fit).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from _corpus import overlaps

from newslint.furniture_model import FEATURES, block_features
from newslint.furniture_signals import line_evidence
from newslint.textblocks import blocks

POSITIVE_COVER = 0.5
THRESHOLDS = tuple(round(0.3 + 0.025 * i, 3) for i in range(28))  # 0.3 … 0.975
COUNTS = ("labels", "caught", "new_caught", "flagged", "flagged_on_label")
COUNTS += ("new_flagged", "new_on_label")


@dataclass
class PageRows:
    """One page's blocks as rows of features, with what the labels say of each."""

    record: dict[str, Any]
    x: np.ndarray  # one row per block, in the order of FEATURES
    target: np.ndarray  # 1 furniture, 0 article text, -1 partly furniture (left out of the fit)
    on_label: np.ndarray  # the block touches a label of any family (a finding there is no alarm)
    touches: list[set[int]]  # per block, the indexes of the furniture labels it touches
    fresh: np.ndarray  # the block has no hand-written evidence of its own

    @property
    def domain(self) -> str:
        return str(self.record["domain"])


@dataclass
class Scores:
    """Held-out counts at one threshold."""

    labels: int = 0
    caught: int = 0
    new_caught: int = 0
    flagged: int = 0
    flagged_on_label: int = 0
    new_flagged: int = 0
    new_on_label: int = 0
    caught_ids: set[tuple[str, int]] = field(default_factory=set)

    def add(self, other: Scores) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.caught_ids |= other.caught_ids

    def new_precision(self) -> float:
        return self.new_on_label / max(1, self.new_flagged)

    def line(self) -> str:
        recall = self.caught / max(1, self.labels)
        precision = self.flagged_on_label / max(1, self.flagged)
        return (
            f"recall {recall:.3f} ({self.caught}/{self.labels}) precision {precision:.3f}"
            f" ({self.flagged_on_label}/{self.flagged}); new blocks {self.new_flagged}"
            f" precision {self.new_precision():.3f}, labels only they touch {self.new_caught}"
        )


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def page_rows(record: dict[str, Any]) -> PageRows:
    text = record["excerpt"]
    furniture = [(x["start"], x["end"]) for x in record["labels"] if x["family"] == "furniture"]
    spans = [(x["start"], x["end"]) for x in record["labels"]]
    items = blocks(text)
    rows, targets, on_label, touches = [], [], [], []
    for block, row in zip(items, block_features(items), strict=True):
        covered = _covered(block.start, block.end, furniture)
        share = covered / max(1, block.end - block.start)
        targets.append(1 if share >= POSITIVE_COVER else 0 if covered == 0 else -1)
        rows.append([row[name] for name in FEATURES])
        on_label.append(any(overlaps(block.start, block.end, a, b, 0) for a, b in spans))
        touches.append(
            {i for i, (a, b) in enumerate(furniture) if overlaps(block.start, block.end, a, b, 0)}
        )
    x = np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))
    fresh = np.array([line_evidence(b) is None for b in items], dtype=bool)
    return PageRows(record, x, np.array(targets), np.array(on_label, dtype=bool), touches, fresh)


def load_extra(path: Path) -> list[dict[str, Any]]:
    """Labelled pages in the real corpus's schema, each with a `fold` (JSON lines); a file
    still being written may end in a partial line, which is left out."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return [r for r in records if isinstance(r, dict) and "excerpt" in r and "labels" in r]


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 25) -> np.ndarray:
    """Weights on the raw features (bias first), fitted by Newton's method on standardised
    features with an L2 penalty on everything but the bias."""
    mean, scale = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0)
    scale[scale == 0] = 1.0
    z = np.c_[np.ones(len(x)), (x[:, 1:] - mean) / scale]
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -60, 60)))
        grad = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = np.empty_like(w)
    raw[1:] = w[1:] / scale
    raw[0] = w[0] - float((w[1:] * mean / scale).sum())
    return raw


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))


def fit_pages(pages: list[PageRows], l2: float) -> np.ndarray:
    x = np.concatenate([p.x for p in pages])
    y = np.concatenate([p.target for p in pages])
    keep = y >= 0
    return fit(x[keep], y[keep].astype(float), l2)


def score_pages(pages: list[PageRows], w: np.ndarray, threshold: float) -> Scores:
    scores = Scores()
    for page in pages:
        flagged = predict(page.x, w) >= threshold
        fresh = page.fresh
        scores.labels += sum(1 for x in page.record["labels"] if x["family"] == "furniture")
        caught = set().union(*(page.touches[i] for i in np.flatnonzero(flagged)))
        by_evidence = set().union(*(page.touches[i] for i in np.flatnonzero(~fresh)))
        scores.caught += len(caught)
        scores.new_caught += len(caught - by_evidence)
        scores.caught_ids |= {(page.record["id"], i) for i in caught}
        scores.flagged += int(flagged.sum())
        scores.flagged_on_label += int((flagged & page.on_label).sum())
        scores.new_flagged += int((flagged & fresh).sum())
        scores.new_on_label += int((flagged & fresh & page.on_label).sum())
    return scores


def fold_of(domain: str, folds: int) -> int:
    return hashlib.sha256(b"newslint-furniture-fold" + domain.encode("utf-8")).digest()[0] % folds


def by_fold(pages: list[PageRows], folds: int) -> dict[int, list[PageRows]]:
    """Pages grouped into `folds` folds by a hash of their domain (a site never straddles)."""
    grouped: dict[int, list[PageRows]] = {f: [] for f in range(folds)}
    for page in pages:
        grouped[fold_of(page.domain, folds)].append(page)
    return grouped


def choose_threshold(
    folds: dict[int, list[PageRows]], l2: float, precision: float, always: list[PageRows]
) -> tuple[float, dict[float, Scores]]:
    """The lowest threshold whose held-out precision of the model's own blocks (those without
    evidence), pooled over a cross-validation of `folds`, reaches `precision`; `always` pages
    are fitted on in every round and never held out."""
    pooled = {t: Scores() for t in THRESHOLDS}
    for held in folds:
        train = [p for f, pages in folds.items() if f != held for p in pages]
        w = fit_pages(train + always, l2)
        for t in THRESHOLDS:
            pooled[t].add(score_pages(folds[held], w, t))
    for t in THRESHOLDS:
        s = pooled[t]
        if s.new_flagged and s.new_precision() >= precision:
            return t, pooled
    return THRESHOLDS[-1], pooled


def as_weights(w: np.ndarray) -> dict[str, float]:
    return {name: round(float(v), 3) for name, v in zip(FEATURES, w, strict=True)}
