"""Where the OCR family's misses are, counts only: no page text is printed.

    python benchmarks/ocr_gap.py [--corpus ../shared/corpus] [--ignore grammar]

For every OCR label of both halves: caught or not, whether the page's OCR gate opened (the ocr
pack's hand-set gate with the scan model, as the word checks ask it), the label's shape class
(capitalised, lower, digit-mixed, split, punctuation, other) and its sub-type. Tells whether a
half's misses are pages not recognised as scanned (the gate) or words on recognised pages (the
word models), so the test half's gap can be described without reading it. For each page with
OCR labels whose gate stays shut it prints what the gate weighed: words, damaged tokens (the
signal's marks) by kind, dated before 1960 (read from the text whether or not it is damaged: the
signal's own flag, the scan model's input, is set only beside damage, so an undamaged archive
page showed "dated 0"), and the scan model's score against its threshold.

On b495e24 this found the real test half's gap was the gate's as much as the words': 43 of its
115 missed OCR labels lie on 12 pages the gate leaves shut (77 labels there, against 20 on the
dev half's 6), and 6 of those pages show no damage the signal counts at all, so no refit of the
scan model over the same counts can open them.
"""

from __future__ import annotations

from collections import Counter

import regex
from _corpus import overlaps
from real import _kind, gap_setup, half_of, load_records

from newslint.document import Document
from newslint.ocr_gate import EVIDENCE_KINDS, SCAN_MODEL, dated_before
from newslint.signals import DEFAULT_GATE, ocr_signal

_LETTER = regex.compile(r"\p{L}")


def shape(text: str) -> str:
    """A label's shape class."""
    stripped = text.strip()
    if not _LETTER.search(stripped):
        return "punctuation"
    if regex.search(r"\s|-\n|¬", stripped):
        return "split"
    if regex.search(r"\d", stripped):
        return "digit-mixed"
    if regex.search(r"[^\p{L}'’.,;:!?\"“”-]", stripped):
        return "symbol-mixed"
    core = stripped.strip("'’.,;:!?\"“”-")
    if core[:1].isupper():
        return "capitalised"
    if core.islower():
        return "lower"
    return "other"


def main() -> int:
    corpus, linter = gap_setup(__doc__.split("\n")[0])
    table: dict[str, Counter] = {"dev": Counter(), "test": Counter()}
    shut: dict[str, list[str]] = {"dev": [], "test": []}
    for record in load_records(corpus):
        ocr = [lb for lb in record["labels"] if lb["family"] == "ocr"]
        if not ocr:
            continue
        half = half_of(record["domain"])
        text = record["excerpt"]
        signal = ocr_signal(text)
        gate = signal.looks_scanned(*DEFAULT_GATE)
        if not gate:
            score = SCAN_MODEL.score(signal.counts, signal.words, signal.dated)
            damage = " ".join(
                f"{k}:{n}" for k, n in zip(EVIDENCE_KINDS, signal.counts, strict=True) if n
            )
            shut[half].append(
                f"{record['source_kind']:<13} labels {len(ocr):>3} words {signal.words:>4}"
                f" marks {signal.marks} dated {int(dated_before(text))} score {score:5.2f}"
                f"/{SCAN_MODEL.threshold} {damage or 'no damage counted'}"
            )
        findings = linter.lint(Document.from_raw(text))
        tally = table[half]
        tally["pages", "gate" if gate else "shut", record["source_kind"]] += 1
        for label in ocr:
            hit = any(overlaps(f.start, f.end, label["start"], label["end"], 0) for f in findings)
            state = "caught" if hit else "missed"
            where = "gate" if gate else "shut"
            tally["label", where, state] += 1
            tally["shape", shape(label["text"]), state] += 1
            tally["shape-gate", where, shape(label["text"]), state] += 1
            tally["kind", _kind(label["label"]), state] += 1
    for half, tally in table.items():
        print(f"== {half}")
        for key in sorted(tally, key=lambda k: (k[0], k[1:-1], k[-1])):
            if key[0] in ("pages", "label"):
                print("  ", *key, tally[key])
        print(f"   pages the gate leaves shut ({len(shut[half])}):")
        for line in sorted(shut[half]):
            print(f"     {line}")
        for group in ("shape", "shape-gate", "kind"):
            rows = {k[1:-1] for k in tally if k[0] == group}
            for row in sorted(
                rows, key=lambda r: -sum(tally[(group, *r, s)] for s in ("caught", "missed"))
            ):
                c, m = tally[(group, *row, "caught")], tally[(group, *row, "missed")]
                if c + m >= 3 or group != "kind":
                    print(f"   {group:<10} {' '.join(row):<28} caught {c:>4} missed {m:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
