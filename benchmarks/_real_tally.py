"""What `real.py` counts over a half: labels caught by family (by a finding's primary span, and
apart, by its related locations), false alarms, clean-news pages and CPU."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

SURFACE_FAMILIES = (
    "furniture",
    "repetition",
    "spacing",
    "punctuation",
    "case",
    "consistency",
    "encoding",
    "ocr",
    "llm",
)
UNSCORED_FAMILIES = ("mt-semantic", "grammar")


@dataclass
class Tally:
    labels: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    # labels no primary span overlaps but a finding's related location does (reported apart)
    caught_related: Counter = field(default_factory=Counter)
    caught_by_pack: dict[str, Counter] = field(default_factory=dict)
    findings: int = 0
    false_alarms: int = 0
    false_by_rule: Counter = field(default_factory=Counter)
    clean_words: int = 0
    clean_all: int = 0
    clean_findings: int = 0
    clean_by_rule: Counter = field(default_factory=Counter)
    pages: Counter = field(default_factory=Counter)
    missed_kinds: Counter = field(default_factory=Counter)
    # (excerpt, start, end) of each missed label by family, for --missed-shapes (never printed)
    missed_spans: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    cpu: Counter = field(default_factory=Counter)  # CPU seconds by source kind, when timed

    def recall(self, families: tuple[str, ...]) -> tuple[int, int]:
        return sum(self.caught[f] for f in families), sum(self.labels[f] for f in families)

    def as_json(self) -> dict[str, Any]:
        caught, total = self.recall(SURFACE_FAMILIES)
        return {
            "pages": dict(self.pages),
            "families": {
                f: {
                    "caught": self.caught[f],
                    "caught_with_related": self.caught[f] + self.caught_related[f],
                    "labels": self.labels[f],
                }
                for f in (*SURFACE_FAMILIES, *UNSCORED_FAMILIES)
                if self.labels[f]
            },
            "caught_by_pack": {f: dict(c) for f, c in self.caught_by_pack.items()},
            "missed_kinds": {f"{f}/{k}": n for (f, k), n in self.missed_kinds.items()},
            "recall": caught / total if total else None,
            "findings": self.findings,
            "false_alarms": self.false_alarms,
            "precision": self.precision(),
            "false_by_rule": dict(self.false_by_rule),
            **({"cpu_seconds": dict(self.cpu)} if self.cpu else {}),
            "clean_news": {
                "words": self.clean_words,
                "findings": self.clean_all,
                "findings_off_label": self.clean_findings,
                "per_10k_words": self.clean_rate(),
                "by_rule": dict(self.clean_by_rule),
            },
        }

    def precision(self) -> float | None:
        return (self.findings - self.false_alarms) / self.findings if self.findings else None

    def clean_rate(self) -> float:
        return self.clean_findings / self.clean_words * 10000 if self.clean_words else 0.0
