"""What the OCR models' training scripts fit on, so one command rebuilds it and says whether it
rebuilt the same thing.

Stop 48 could not refit the token and capital models: their fit sets (stops 38-40's /work/sets,
the gate's ocr12 and furn12) were read from folders that no longer exist, and nothing recorded
what they held. The scripts (`train_ocr_tokens.py`, `train_ocr_gate.py`) now read only what sits
beside the project: the shared corpus (BLN600's fit half, the OCR files, the clean corpus, CWEB,
the real pages' dev half) and, by default, the DEV half of the held-out set sets45b
(`../sets45/sets45b` beside the corpus's folder; its test half is never read, and its page text is
never printed: only counts and the fingerprint). Each script prints its fit set's size by source
and a fingerprint of every row (page, place, label, features): the same fingerprint is the same
fit set, so a refit can be told from a changed corpus.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

# The held-out set whose dev half a learned OCR fit may read (counts only; the brief of stop 49).
HELD_OUT_FIT_SET = Path("sets45") / "sets45b"


def default_extra(corpus: Path) -> list[Path]:
    """The labelled sets read beside the corpus by default: sets45b, where it is (the corpus is
    `<root>/shared/corpus`, the set `<root>/sets45/sets45b`)."""
    candidate = corpus.resolve().parent.parent / HELD_OUT_FIT_SET
    return [candidate] if (candidate / "real").is_dir() else []


def fingerprint(rows: Iterable[Sequence[object]]) -> str:
    """A short hash of the rows in order (floats rounded to six places, so the same fit set on
    another machine gives the same hash)."""
    digest = hashlib.sha256()
    for row in rows:
        cells = (f"{cell:.6f}" if isinstance(cell, float) else str(cell) for cell in row)
        digest.update(("\t".join(cells) + "\n").encode("utf-8"))
    return digest.hexdigest()[:16]


def source_of(page: str) -> str:
    """The source a page id names: 'bln:3200797032' -> 'bln', 'corpus:b002' -> 'corpus'."""
    return page.split(":", 1)[0]


def summary(pages: Iterable[str], labels: Iterable[float]) -> str:
    """Rows and positives by source, in one line."""
    rows: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    for page, label in zip(pages, labels, strict=True):
        rows[source_of(page)] += 1
        positive[source_of(page)] += int(label)
    return ", ".join(f"{s} {rows[s]} ({positive[s]} positive)" for s in sorted(rows))


def dump(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """The rows as a tab-separated file (ids, places, labels and features: no page text)."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            cells = (f"{cell:.6f}" if isinstance(cell, float) else str(cell) for cell in row)
            handle.write("\t".join(cells) + "\n")
