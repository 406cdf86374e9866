"""What the corpus page needs from a scan's scores, read in one streaming pass (and a second
for the words each threshold keeps), so memory does not grow with the corpus beyond one number
per document: the densities, sorted, for the distribution and its quantiles."""

from __future__ import annotations

import bisect
import gzip
import heapq
import json
import math
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from newslint.rules import FAMILIES
from newslint.scan.reading import arrow_modules, names_gzip, names_parquet

# A document this short reaches an extreme density with one finding; the worst list skips it.
MIN_WORDS = 30


@dataclass
class Worst:
    ordinal: int
    id: Any
    density: float
    words: int


@dataclass
class CorpusStats:
    densities: array = field(default_factory=lambda: array("d"))  # sorted once read
    words: int = 0
    findings: int = 0
    family_documents: Counter[str] = field(default_factory=Counter)
    worst: list[Worst] = field(default_factory=list)  # gravest first
    # Documents a rule ran out of time on: their density counts only what was checked, so a
    # threshold may keep them as clean.
    unfinished: int = 0

    @property
    def documents(self) -> int:
        return len(self.densities)

    def quantile(self, q: float) -> float:
        if not self.densities:
            return 0.0
        return self.densities[min(len(self.densities) - 1, math.floor(q * len(self.densities)))]

    def documents_below(self, density: float) -> int:
        return bisect.bisect_left(self.densities, density)

    def documents_kept(self, threshold: float) -> int:
        """Documents whose density is at most `threshold` (what --drop-above keeps)."""
        return bisect.bisect_right(self.densities, threshold)


def read_stats(output: str, worst: int) -> CorpusStats:
    stats = CorpusStats()
    heap: list[tuple[float, int, int, Any, int]] = []
    for ordinal, row in enumerate(score_rows(output)):
        density, words = float(row["density"]), int(row["words"])
        stats.densities.append(density)
        stats.words += words
        stats.findings += int(row["findings"])
        stats.family_documents.update(f for f in FAMILIES if row.get(f"{f}_count"))
        stats.unfinished += bool(row.get("unfinished_checks"))
        if words >= MIN_WORDS:
            entry = (density, -ordinal, ordinal, row.get("id"), words)
            (heapq.heappush if len(heap) < worst else heapq.heappushpop)(heap, entry)
    stats.densities = array("d", sorted(stats.densities))
    ranked = sorted(heap, reverse=True)
    stats.worst = [
        Worst(ordinal, id_, density, words) for density, _, ordinal, id_, words in ranked
    ]
    return stats


def words_kept(output: str, thresholds: Sequence[float]) -> list[int]:
    """Words in the documents each threshold keeps (a second pass over the scores)."""
    ordered = sorted(thresholds)
    per_step = [0] * (len(ordered) + 1)
    for row in score_rows(output):
        per_step[bisect.bisect_left(ordered, float(row["density"]))] += int(row["words"])
    running, cumulative = 0, {}
    for threshold, words in zip(ordered, per_step, strict=False):
        running += words
        cumulative[threshold] = running
    return [cumulative[t] for t in thresholds]


def score_rows(output: str) -> Iterator[dict[str, Any]]:
    """The score records a scan wrote, one at a time (JSONL, or Parquet by extension)."""
    if names_parquet(output):
        _, parquet = arrow_modules("reading the scores for --report")
        for batch in parquet.ParquetFile(output).iter_batches(batch_size=10_000):
            yield from batch.to_pylist()
        return
    opener = gzip.open if names_gzip(output) else open
    with opener(output, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
