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

from newslint import furniture_model
from newslint.checks.furniture_block import FurnitureBlockCheck
from newslint.furniture_model import FEATURES, block_features
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules
from newslint.textblocks import blocks

# The shipped features, and any more a worktree's model offers (`EXTRA_FEATURES`, weight 0
# unless the rule's options give one) for `--features all`.
ALL_FEATURES: tuple[str, ...] = FEATURES + tuple(getattr(furniture_model, "EXTRA_FEATURES", ()))
POSITIVE_COVER = 0.5
THRESHOLDS = tuple(round(0.3 + 0.025 * i, 3) for i in range(28))  # 0.3 … 0.975
COUNTS = ("labels", "caught", "new_caught", "flagged", "flagged_on_label")
COUNTS += ("new_flagged", "new_on_label", "new_on_furniture")


@dataclass
class PageRows:
    """One page's blocks as rows of features, with what the labels say of each."""

    record: dict[str, Any]
    x: np.ndarray  # one row per block, in the order of ALL_FEATURES
    target: np.ndarray  # 1 furniture, 0 article text, -1 partly furniture (left out of the fit)
    on_label: np.ndarray  # the block touches a label of any family (a finding there is no alarm)
    touches: list[set[int]]  # per block, the indexes of the furniture labels it touches
    fresh: np.ndarray  # the furniture rule gives the block no reason without the model

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
    new_on_furniture: int = 0
    caught_ids: set[tuple[str, int]] = field(default_factory=set)

    def add(self, other: Scores) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.caught_ids |= other.caught_ids

    def new_precision(self) -> float:
        """Of the blocks only the model reports, those on a label of any family (a finding
        there is no false alarm to real.py)."""
        return self.new_on_label / max(1, self.new_flagged)

    def new_furniture_precision(self) -> float:
        """The same, counting only blocks on a furniture label."""
        return self.new_on_furniture / max(1, self.new_flagged)

    def line(self) -> str:
        recall = self.caught / max(1, self.labels)
        precision = self.flagged_on_label / max(1, self.flagged)
        return (
            f"recall {recall:.3f} ({self.caught}/{self.labels}) precision {precision:.3f}"
            f" ({self.flagged_on_label}/{self.flagged}); new blocks {self.new_flagged}"
            f" precision {self.new_precision():.3f} (on furniture {self.new_furniture_precision():.3f}),"
            f" labels only they touch {self.new_caught}"
        )


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def rule_without_model() -> FurnitureBlockCheck:
    """The furniture rule with its model off: the blocks it leaves unexplained are the ones the
    model judges."""
    rule = next(r for r in load_rules() if r.id == "scrape.furniture-block")
    rule = rule.replaced(options={**rule.options, "weights": {}})
    return FurnitureBlockCheck(rule, Vocabulary())


def page_rows(
    record: dict[str, Any],
    check: FurnitureBlockCheck,
    page_words: frozenset[str] = frozenset(),
    page_tokens: dict[str, float] | None = None,
) -> PageRows:
    text = record["excerpt"]
    furniture = [(x["start"], x["end"]) for x in record["labels"] if x["family"] == "furniture"]
    spans = [(x["start"], x["end"]) for x in record["labels"]]
    items = blocks(text)
    rows, targets, on_label, touches = [], [], [], []
    rows_of = block_features(items, page_words=page_words, token_weights=page_tokens or {})
    for block, row in zip(items, rows_of, strict=True):
        covered = _covered(block.start, block.end, furniture)
        share = covered / max(1, block.end - block.start)
        targets.append(1 if share >= POSITIVE_COVER else 0 if covered == 0 else -1)
        rows.append([row.get(name, 0.0) for name in ALL_FEATURES])
        on_label.append(any(overlaps(block.start, block.end, a, b, 0) for a, b in spans))
        touches.append(
            {i for i, (a, b) in enumerate(furniture) if overlaps(block.start, block.end, a, b, 0)}
        )
    x = np.array(rows, dtype=float).reshape(len(rows), len(ALL_FEATURES))
    fresh = np.array([reason is None for reason in check.reasons(items)], dtype=bool)
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


@dataclass(frozen=True)
class Fit:
    """How to fit: the L2 penalty and the features used (the others get weight 0)."""

    l2: float = 1.0
    features: tuple[str, ...] = FEATURES
    unexplained_only: bool = False  # fit on the blocks the rule leaves to the model
    # weights held as given (the shipped ones): only the other features are fitted, beside them
    held: tuple[tuple[str, float], ...] = ()

    @staticmethod
    def parse(l2: float, spec: str, unexplained_only: bool = False) -> Fit:
        """`base` (the shipped features), `all`, or either with `+name,...` / `-name,...`."""
        head, _, rest = spec.partition("+") if "+" in spec else spec.partition("-")
        names = list(ALL_FEATURES if head == "all" else FEATURES)
        listed = [n for n in rest.split(",") if n]
        unknown = [n for n in listed if n not in ALL_FEATURES]
        if unknown or head not in ("all", "base"):
            raise ValueError(f"unknown features: {unknown or head}")
        if "+" in spec:
            names += [n for n in listed if n not in names]
        else:
            names = [n for n in names if n not in listed]
        if "bias" not in names:
            names.insert(0, "bias")
        return Fit(l2, tuple(n for n in ALL_FEATURES if n in names), unexplained_only)

    def columns(self) -> list[int]:
        return [ALL_FEATURES.index(n) for n in self.features]


def fit_pages(pages: list[PageRows], how: Fit) -> np.ndarray:
    x = np.concatenate([p.x for p in pages])
    y = np.concatenate([p.target for p in pages])
    keep = y >= 0
    if how.unexplained_only:
        keep &= np.concatenate([p.fresh for p in pages])
    w = np.zeros(len(ALL_FEATURES))
    if how.held:
        held = dict(how.held)
        for name, value in held.items():
            w[ALL_FEATURES.index(name)] = value
        free = [i for i in how.columns() if ALL_FEATURES[i] not in held]
        offset = x[keep] @ w
        w[free] = fit_beside(x[keep][:, free], y[keep].astype(float), offset, how.l2)
        return w
    columns = how.columns()  # bias first, as `fit` expects
    w[columns] = fit(x[keep][:, columns], y[keep].astype(float), how.l2)
    return w


def fit_beside(
    x: np.ndarray, y: np.ndarray, offset: np.ndarray, l2: float, steps: int = 25
) -> np.ndarray:
    """Weights of the columns of `x` (no intercept) added to a fixed score `offset`, fitted by
    Newton's method with an L2 penalty: a new feature's weight beside weights already shipped."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(offset + x @ w, -60, 60)))
        grad = x.T @ (p - y) + l2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(np.full(x.shape[1], l2 + 1e-9))
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


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
        on_furniture = np.array([bool(t) for t in page.touches], dtype=bool)
        scores.new_on_furniture += int((flagged & fresh & on_furniture).sum())
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
    folds: dict[int, list[PageRows]], how: Fit, precision: float, always: list[PageRows]
) -> tuple[float, dict[float, Scores]]:
    """The lowest threshold whose held-out precision of the model's own blocks (those the rule
    explains no other way) on furniture labels, pooled over a cross-validation of `folds`,
    reaches `precision`; `always` pages are fitted on in every round and never held out."""
    pooled = {t: Scores() for t in THRESHOLDS}
    for held in folds:
        train = [p for f, pages in folds.items() if f != held for p in pages]
        w = fit_pages(train + always, how)
        for t in THRESHOLDS:
            pooled[t].add(score_pages(folds[held], w, t))
    for t in THRESHOLDS:
        s = pooled[t]
        if s.new_flagged and s.new_furniture_precision() >= precision:
            return t, pooled
    return THRESHOLDS[-1], pooled


def as_weights(w: np.ndarray) -> dict[str, float]:
    """The weights as rule options: every shipped feature, and the others the fit used."""
    return {
        name: round(float(v), 3)
        for name, v in zip(ALL_FEATURES, w, strict=True)
        if name in FEATURES or v != 0
    }
