"""What a perfect OCR gate could gain, counts only: no page text is printed.

    python benchmarks/ocr_gate_ceiling.py [--corpus ../shared/corpus] [--ignore grammar]

`ocr_gap.py` counts the OCR labels missed on pages the gate leaves shut; this asks how many of
them the word checks would catch if the gate knew those pages were scans. Each page with OCR
labels that the gate leaves shut is linted twice, as shipped and with every OCR gate forced open
(`OcrSignal.looks_scanned` answers yes, whatever the rule's thresholds), and for each half it
prints the labels caught both ways (OCR labels by shape class, other families together) and the
findings on no label. The difference is the ceiling of any new gate evidence (layout, provenance,
a learned feature): a gate that opened exactly those pages, and no other, could gain no more.

On 6b64e75 it found the ceiling low. Test half, 12 shut pages with OCR labels: forced open, their
OCR labels caught 34 -> 44 of 77, but other families' 49 -> 36 of 70 (an mt-news page with one
OCR label loses all 14 of its catches: checks of other kinds stand down on a scanned page) and
findings on no label 4 -> 18; the 10 ocr-archive pages alone 67 -> 78 of 121 labels. Dev half,
6 pages: 1 more label, 2 more findings on none. Most labels missed there are missed with the gate
open as well (real-word misreadings, layout), so new gate evidence alone cannot close the test
half's gap, and a gate that opened a non-archive page would lose labels.

The rows "all, dated"/"all, undated" split the shut pages by `ocr_gate.dated_before` (every year
they name is before 1960: an archive's issue date), and the last line counts every shut page so
dated, by kind, labels or not: what a gate opened by the date alone would open. Stop 51 (ocr51)
tried that gate (branch ocr51-dated-gate): on the dev halves only ocr-archive pages are dated
(real dev +1 label, sets45b dev +4 and 10 fewer false alarms), but on the held-out halves it
opened 2 of 31 clean pages and cost precision on every set, so it was not landed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

from _corpus import overlaps
from ocr_gap import shape
from real import gap_setup, half_of, load_records

from newslint.document import Document
from newslint.ocr_gate import dated_before
from newslint.signals import DEFAULT_GATE, OcrSignal, ocr_signal


@contextmanager
def gate_forced_open() -> Iterator[None]:
    """Every OCR gate opens while inside (the signal's memo is cleared on both sides, so no
    rule reads a signal computed under the other answer)."""
    ocr_signal.cache_clear()
    with mock.patch.object(OcrSignal, "looks_scanned", lambda *_args, **_kw: True):
        yield
    ocr_signal.cache_clear()


def caught_counts(labels: list[dict[str, Any]], findings: list[Any]) -> Counter:
    """Labels caught by a finding, OCR labels by shape, others as one row; findings on none."""
    tally: Counter = Counter()
    for label in labels:
        row = f"ocr {shape(label['text'])}" if label["family"] == "ocr" else "other families"
        hit = any(overlaps(f.start, f.end, label["start"], label["end"], 0) for f in findings)
        tally[row, "labels"] += 1
        tally[row, "caught"] += hit
    tally["off-label", "findings"] = sum(
        1
        for f in findings
        if not any(overlaps(f.start, f.end, lb["start"], lb["end"], 0) for lb in labels)
    )
    return tally


def _all_labels(tally: Counter, kind: str) -> Counter:
    """The page's labels of every family as one row named by its source kind: opening the gate
    changes what other kinds of check do (furniture on a scanned page), so a kind's net gain
    can be below its OCR gain."""
    rows = [row for row, what in tally if what == "labels"]
    return Counter(
        {
            (f"all, {kind}", "labels"): sum(tally[row, "labels"] for row in rows),
            (f"all, {kind}", "caught"): sum(tally[row, "caught"] for row in rows),
        }
    )


def main() -> int:
    corpus, linter = gap_setup(__doc__.split("\n")[0])
    shipped: dict[str, Counter] = {"dev": Counter(), "test": Counter()}
    opened: dict[str, Counter] = {"dev": Counter(), "test": Counter()}
    dated_shut: dict[str, Counter] = {"dev": Counter(), "test": Counter()}
    for record in load_records(corpus):
        labels = record["labels"]
        text = record["excerpt"]
        if ocr_signal(text).looks_scanned(*DEFAULT_GATE):
            continue
        half = half_of(record["domain"])
        dated = dated_before(text)
        dated_shut[half][record["source_kind"]] += dated
        if not any(lb["family"] == "ocr" for lb in labels):
            continue
        shipped[half]["pages", "shut"] += 1
        before = caught_counts(labels, linter.lint(Document.from_raw(text)))
        with gate_forced_open():
            after = caught_counts(labels, linter.lint(Document.from_raw(text)))
        for tally, counts in ((shipped[half], before), (opened[half], after)):
            tally += counts + _all_labels(counts, record["source_kind"])
            tally += _all_labels(counts, "dated" if dated else "undated")
    for half in ("dev", "test"):
        print(f"== {half}: {shipped[half]['pages', 'shut']} shut pages with OCR labels")
        rows = sorted({key[0] for key in shipped[half] | opened[half] if key[0] != "pages"})
        for row in rows:
            if row == "off-label":
                before, after = shipped[half][row, "findings"], opened[half][row, "findings"]
                print(f"   {row:<22} findings {before:>4} -> {after:>4} with the gate open")
                continue
            total = shipped[half][row, "labels"]
            before, after = shipped[half][row, "caught"], opened[half][row, "caught"]
            print(f"   {row:<22} caught {before:>4} -> {after:>4} of {total:>4} with the gate open")
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(dated_shut[half].items()) if n)
        print(f"   shut pages dated before 1960, any labels: {kinds or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
