"""Count the token part shapes printed text shows (`newslint.ocr_shapes`) and write the table.

    python benchmarks/train_print_shapes.py [--corpus ../shared/corpus] [--write]

Printed text: the clean corpus, CWEB's web sentences, the real pages' dev half of every kind but
scans (a page with OCR labels is left out), and the human transcription of the BLN600 articles of
the "fit" half (`_bln_articles.bln_half`: by a hash of the article). Never the test half, never a
page's OCR.

Held-out figures printed:
- each printed source scored by the table counted without it (tokens with a part the others
  never show, per 10,000 tokens): how often the table fires on printed text it has not seen;
- the BLN600 "held" articles, OCR against transcription word by word (`difflib`): the share of
  tokens inside an error with an unprinted part, and of tokens the transcription keeps.

`--write` rewrites `src/newslint/ocr_shapes_data.py` with the parts shown at least once.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import sys
from collections import Counter
from pathlib import Path

from _bln_articles import bln_half
from _corpus import DEFAULT_CORPUS, ROOT, require_corpus
from real import half_of, load_records

from newslint.ocr_shapes import PrintShapes, shape_parts

DATA = ROOT / "src" / "newslint" / "ocr_shapes_data.py"
MIN_TEXTS = 2


def printed_sources(corpus: Path) -> dict[str, list[str]]:
    """Texts of printed (not scanned) copy, by source."""
    sources: dict[str, list[str]] = {"clean": [], "cweb": [], "real-dev": [], "bln600-gt-fit": []}
    sources["clean"] = [
        p.read_text(encoding="utf-8") for p in sorted((corpus / "clean").glob("*.txt"))
    ]
    for path in sorted((corpus / "grammar" / "cweb").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            sources["cweb"].append(record.get("raw") or record.get("source") or "")
    for record in load_records(corpus):
        scanned = record["source_kind"] == "ocr-archive"
        ocr_labels = any(x["family"] == "ocr" for x in record["labels"])
        if half_of(record["domain"]) == "dev" and not scanned and not ocr_labels:
            sources["real-dev"].append(record["excerpt"])
    for sample_id, _, truth in bln_rows(corpus):
        if bln_half(sample_id) == "fit":
            sources["bln600-gt-fit"].append(truth)
    return sources


def bln_rows(corpus: Path) -> list[tuple[str, str, str]]:
    path = corpus / "ocr" / "bln600_test_pairs_sample.tsv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["sample_id"], row["ocr"], row["gt"]) for row in rows]


def part_counts(texts: list[str]) -> Counter[str]:
    """In how many texts each part shape occurs."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({part for token in text.split() for part in shape_parts(token)})
    return counts


def printed(counts: list[Counter[str]]) -> frozenset[str]:
    """The parts at least `MIN_TEXTS` texts show: one odd text ("PGC1α") proves no convention."""
    total = sum(counts, Counter())
    return frozenset(part for part, n in total.items() if n >= MIN_TEXTS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    require_corpus(args.corpus, "real")
    sources = printed_sources(args.corpus)
    counts = {name: part_counts(texts) for name, texts in sources.items()}
    everything = printed(list(counts.values()))
    print(f"{len(everything)} part shapes from {sum(map(len, sources.values()))} texts")
    for name, texts in sources.items():
        others = PrintShapes(printed([c for n, c in counts.items() if n != name]))
        tokens = [t for text in texts for t in text.split()]
        odd = sum(others.unprinted(t) for t in tokens)
        print(
            f"  {name:14} left out: {odd}/{len(tokens)} tokens unprinted = {odd / len(tokens) * 1e4:.1f} per 10k"
        )
    table = PrintShapes(everything)
    errors = kept = odd_errors = odd_kept = 0
    for sample_id, ocr, truth in bln_rows(args.corpus):
        if bln_half(sample_id) != "held":
            continue
        words = ocr.split()
        matcher = difflib.SequenceMatcher(None, words, truth.split(), autojunk=False)
        for operation, first, last, _, _ in matcher.get_opcodes():
            odd = sum(table.unprinted(w) for w in words[first:last])
            if operation == "equal":
                kept, odd_kept = kept + last - first, odd_kept + odd
            else:
                errors, odd_errors = errors + last - first, odd_errors + odd
    print(
        f"BLN600 held articles: {odd_errors}/{errors} tokens in errors unprinted, {odd_kept}/{kept} kept tokens"
    )
    if args.write:
        body = "\n".join(
            f"        {json.dumps(part, ensure_ascii=False)}," for part in sorted(everything)
        )
        DATA.write_text(
            '"""Token part shapes printed text shows: counted by `benchmarks/train_print_shapes.py`'
            " (see `newslint.ocr_shapes`).\n\nGenerated; do not edit by hand.\n"
            '"""\n\nPRINTED_PARTS = frozenset(\n    (\n' + body + "\n    )\n)\n",
            encoding="utf-8",
        )
        print(f"wrote {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
