"""Choose how many tokens only a scanner leaves open the OCR gate (`newslint.ocr_certain`).

    python benchmarks/gate_certain_cv.py [--corpus ../shared/corpus] [--extra PAGES.jsonl ...]

Scanned texts: the real pages' dev half of the `ocr-archive` kind, and pages of that kind in any
`--extra` file (labelled sets built outside the project). Typed texts: the dev half's other
pages, the clean corpus, CWEB's web sentences (alone and ten at a time) and the other pages of
the `--extra` files. Five folds grouped by source (a site, a file, a block of ten sentences): in
each, the count chosen is the lowest at which no typed text of the other folds opens the gate by
this route alone; the held-out fold is then scored with it. The test half is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from _corpus import DEFAULT_CORPUS, require_corpus
from real import half_of, load_records

from newslint.ocr_certain import WORDS_PER_CERTAIN
from newslint.signals import OcrSignal, ocr_signal

CANDIDATES = (1, 2, 3)
GATE = (0.015, 3)  # the ocr pack's hand-set gate (min_ocr_share, min_ocr_marks)


def collect(corpus: Path, extra: list[Path]) -> list[tuple[str, int, str]]:
    """(group, scanned, text) for every text."""
    texts = []
    for record in load_records(corpus):
        if half_of(record["domain"]) == "dev":
            scanned = int(record["source_kind"] == "ocr-archive")
            texts.append((f"real:{record['domain']}", scanned, record["excerpt"]))
    for path in extra:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                scanned = int(record.get("source_kind") == "ocr-archive")
                texts.append((f"extra:{record['domain']}", scanned, record["excerpt"]))
    for path in sorted((corpus / "clean").glob("*.txt")):
        texts.append((f"clean:{path.name}", 0, path.read_text(encoding="utf-8")))
    for path in sorted((corpus / "grammar" / "cweb").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        sentences = [json.loads(x).get("raw") or json.loads(x).get("source") or "" for x in lines]
        for i in range(0, len(sentences), 10):
            group = f"cweb:{path.name}:{i}"
            texts += [(group, 0, s) for s in sentences[i : i + 10]]
            texts.append((group, 0, "\n".join(sentences[i : i + 10])))
    return texts


def shut_otherwise(signal: OcrSignal) -> bool:
    """Whether the gate stays shut without the route (no certain tokens counted)."""
    plain = OcrSignal(
        signal.words, signal.marks, signal.kinds, signal.typed_like, signal.counts,
        signal.dated, signal.brands, 0,
    )  # fmt: skip
    return not plain.looks_scanned(*GATE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    require_corpus(args.corpus, "real")
    texts = collect(args.corpus, args.extra)
    rows = []
    for group, scanned, text in texts:
        signal = ocr_signal(text)
        fold = hashlib.sha256(b"ocr-certain" + group.encode()).digest()[0] % 5
        # a text longer than the rate allows counts as having too few tokens
        dense = signal.words <= WORDS_PER_CERTAIN * signal.certain
        rows.append((fold, scanned, signal.certain if dense else 0, shut_otherwise(signal)))
    held = Counter()
    for k in range(5):
        train = [r for r in rows if r[0] != k]
        chosen = next(
            (n for n in CANDIDATES if not any(not s and sh and c >= n for _, s, c, sh in train)),
            None,
        )
        test = [r for r in rows if r[0] == k]
        opened_pos = sum(1 for _, s, c, sh in test if s and sh and chosen and c >= chosen)
        shut_pos = sum(1 for _, s, _, sh in test if s and sh)
        opened_neg = sum(1 for _, s, c, sh in test if not s and sh and chosen and c >= chosen)
        negatives = sum(1 for _, s, _, _ in test if not s)
        print(
            f"fold {k}: chosen {chosen}; held out: scanned texts the gate left shut opened "
            f"{opened_pos}/{shut_pos}, typed texts opened {opened_neg}/{negatives}"
        )
        held.update(pos=opened_pos, shut=shut_pos, neg=opened_neg, negatives=negatives)
    print(
        f"all folds: scanned texts opened {held['pos']}/{held['shut']}, "
        f"typed texts opened {held['neg']}/{held['negatives']}"
    )
    for n in CANDIDATES:
        pos = sum(1 for _, s, c, sh in rows if s and sh and c >= n)
        neg = sum(1 for _, s, c, sh in rows if not s and sh and c >= n)
        print(f"  at {n}: scanned texts opened {pos}, typed texts opened {neg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
