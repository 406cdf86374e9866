"""The whole rule set on held-out pages with the furniture rule's model options replaced, for
`train_furniture.py`: what the model adds to what every other rule already catches."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from _corpus import overlaps
from _furniture_fit import Fit, PageRows, as_weights, fit_pages

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULE = "scrape.furniture-block"
SYSTEM_THRESHOLDS = (0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclass
class Outcome:
    """The furniture labels the rule set caught (page id, label index) and its findings on no
    label: the furniture rule's, and every rule's."""

    caught: set[tuple[str, int]]
    alarms: int
    all_alarms: int

    def add(self, other: Outcome) -> None:
        self.caught |= other.caught
        self.alarms += other.alarms
        self.all_alarms += other.all_alarms

    def versus(self, base: Outcome) -> str:
        gained, lost = len(self.caught - base.caught), len(base.caught - self.caught)
        return (
            f"furniture {len(self.caught)} (+{gained} -{lost}), furniture-rule off-label"
            f" {self.alarms} ({self.alarms - base.alarms:+d}), all rules off-label"
            f" {self.all_alarms} ({self.all_alarms - base.all_alarms:+d})"
        )


class System:
    def __init__(
        self, page_words: list[str] | None = None, page_tokens: dict[str, float] | None = None
    ) -> None:
        """The rule set, with `page_words` and `page_tokens` in the furniture rule when given
        (else its own)."""
        self.rules = load_rules()
        self.page_words = page_words
        self.page_tokens = page_tokens

    @staticmethod
    def shipped_options() -> tuple[dict[str, float], float]:
        """The furniture rule's weights and threshold as the rule files give them."""
        rule = next(r for r in load_rules() if r.id == RULE)
        weights = {str(k): float(v) for k, v in dict(rule.option("weights")).items()}
        return weights, float(rule.option("threshold"))

    @staticmethod
    def holding(how: Fit, free: str) -> Fit:
        """`how` with the shipped weights held but those named in `free` (name,...): only they
        are fitted, beside the others."""
        shipped, _ = System.shipped_options()
        names = free.split(",")
        held = tuple((k, v) for k, v in shipped.items() if k in how.features and k not in names)
        return replace(how, held=held)

    def linter(self, weights: dict[str, float] | None, threshold: float, **more: Any) -> Linter:
        """The rule set with the furniture rule's model options replaced (`more`: any other of
        its options, the page gate's `dense`)."""
        options: dict[str, Any] = {"weights": weights or {}, "threshold": threshold, **more}
        if self.page_words is not None:
            options["page_words"] = self.page_words
        if self.page_tokens is not None:
            options["page_tokens"] = self.page_tokens
        rules = [
            r.replaced(options={**r.options, **options}) if r.id == RULE else r for r in self.rules
        ]
        return Linter(rules, ignore=["grammar"])

    def measure(self, linter: Linter, pages: list[PageRows]) -> Outcome:
        out = Outcome(set(), 0, 0)
        for page in pages:
            out.add(page_outcome(linter, page.record))
        return out


def page_outcome(linter: Linter, record: dict[str, Any]) -> Outcome:
    labels = record["labels"]
    findings = linter.lint(Document.from_raw(record["excerpt"]))
    caught = {
        (record["id"], i)
        for i, label in enumerate(x for x in labels if x["family"] == "furniture")
        if any(overlaps(f.start, f.end, label["start"], label["end"], 0) for f in findings)
    }
    off = [
        f
        for f in findings
        if not any(overlaps(f.start, f.end, x["start"], x["end"], 0) for x in labels)
    ]
    return Outcome(caught, sum(1 for f in off if f.rule == RULE), len(off))


def system_threshold(
    system: System,
    folds: dict[int, list[PageRows]],
    how: Fit,
    precision: float,
    always: list[PageRows],
) -> float:
    """The lowest threshold at which what the model adds to the rule set on held-out folds
    (furniture labels caught, against the furniture rule's findings on no label, both beside
    the rule set with the model off) reaches `precision`; `always` pages are fitted on in every
    round and never held out."""
    weights = {
        held: as_weights(
            fit_pages([p for f, ps in folds.items() if f != held for p in ps] + always, how)
        )
        for held in folds
    }
    off = system.linter(None, 1.0)
    base = {held: system.measure(off, folds[held]) for held in folds}
    caught_off = sum(len(o.caught) for o in base.values())
    alarms_off = sum(o.alarms for o in base.values())
    print(f"rule set on held-out folds, model off: furniture {caught_off}, off-label {alarms_off}")
    chosen = None
    for threshold in SYSTEM_THRESHOLDS:
        got = {h: system.measure(system.linter(weights[h], threshold), folds[h]) for h in folds}
        gained = sum(len(o.caught) for o in got.values()) - caught_off
        alarms = sum(o.alarms for o in got.values()) - alarms_off
        per_fold = " ".join(
            f"{len(o.caught) - len(base[h].caught):+d}/{o.alarms - base[h].alarms:+d}"
            for h, o in got.items()
        )
        print(
            f"  >= {threshold}: furniture {gained:+d}, off-label {alarms:+d} (per fold {per_fold})"
        )
        if chosen is None and gained > 0 and gained / (gained + max(0, alarms)) >= precision:
            chosen = threshold
    return chosen if chosen is not None else SYSTEM_THRESHOLDS[-1]
