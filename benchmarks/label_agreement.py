"""How far two editors labelling the same pages agree, and where newslint stands between them.

    python benchmarks/label_agreement.py FIRST_SET SECOND_SET [--ignore grammar] [--json]

Both sets are folders in the real corpus's layout (``real/part_a.jsonl``, ``real/part_b.jsonl``)
holding the same pages (same ids, byte-identical excerpts), labelled independently as
``LABELLING.md`` says. A label of one editor is *confirmed* by the other when a label of the other
overlaps its span (touching counts, as a finding catching a label does in ``real.py``): of the same
family, and, in a second reading, of any family (both saw something wrong there, and named it
differently).

Recall on one editor's labels is measured against a reader as careful as that editor: the
second editor's share of the first's labels is the most a linter can be expected to reach while
labels are this subjective, and newslint's recall on the labels both editors made (the
*agreed* labels, the first's labels confirmed by the second in the same family) says how much of
what is certainly an artifact it finds. Counts and figures only; no page text is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from _corpus import overlaps, require_corpus
from _real_tally import SURFACE_FAMILIES

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

PARTS = ("part_a.jsonl", "part_b.jsonl")
COLUMNS = (
    "first",
    "second",
    "first_confirmed",
    "second_confirmed",
    "first_marked",
    "second_marked",
    "agreed",
    "newslint_first",
    "newslint_second",
    "newslint_agreed",
)


def read_set(folder: Path) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    for part in PARTS:
        with open(folder / "real" / part, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    records[record["id"]] = record
    return records


def paired_pages(
    first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The pages both editors labelled; a page whose text differs between them is refused, since
    offsets into two different texts cannot be compared."""
    pairs = []
    for page_id in sorted(first.keys() & second.keys()):
        if first[page_id]["excerpt"] != second[page_id]["excerpt"]:
            raise ValueError(f"{page_id}: the two sets hold different text for this page")
        pairs.append((first[page_id], second[page_id]))
    return pairs


def _touches(label: dict[str, Any], others: list[dict[str, Any]], same_family: bool) -> bool:
    return any(
        overlaps(label["start"], label["end"], other["start"], other["end"], 0)
        and (not same_family or other["family"] == label["family"])
        for other in others
    )


def _found(label: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    return any(overlaps(start, end, label["start"], label["end"], 0) for start, end in spans)


def tally_page(
    first: list[dict[str, Any]],
    second: list[dict[str, Any]],
    spans: list[tuple[int, int]],
    counts: dict[str, Counter[str]],
) -> None:
    """Add one page's labels of both editors, and which of them newslint's spans touch."""
    for label in first:
        row = counts.setdefault(label["family"], Counter())
        row["first"] += 1
        confirmed = _touches(label, second, same_family=True)
        row["first_confirmed"] += confirmed
        row["first_marked"] += _touches(label, second, same_family=False)
        row["newslint_first"] += _found(label, spans)
        if confirmed:
            row["agreed"] += 1
            row["newslint_agreed"] += _found(label, spans)
    for label in second:
        row = counts.setdefault(label["family"], Counter())
        row["second"] += 1
        row["second_confirmed"] += _touches(label, first, same_family=True)
        row["second_marked"] += _touches(label, first, same_family=False)
        row["newslint_second"] += _found(label, spans)


def measure(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]], linter: Linter
) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for first, second in pairs:
        findings = linter.lint(Document.from_raw(first["excerpt"]))
        spans = [(f.start, f.end) for f in findings]
        tally_page(first["labels"], second["labels"], spans, counts)
    surface = Counter[str]()
    for family in SURFACE_FAMILIES:
        surface.update(counts.get(family, Counter()))
    counts["all"] = surface
    return counts


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / whole:5.1f}%" if whole else "-"


def print_table(counts: dict[str, Counter[str]], pages: int) -> None:
    print(f"{pages} pages labelled by both editors ('all' = surface families)")
    print(
        f"  {'family':12} {'second finds first':>18} {'first finds second':>18}"
        f" {'any family':>18} {'newslint first':>18} {'newslint second':>18}"
        f" {'newslint agreed':>18}"
    )
    order = [f for f in SURFACE_FAMILIES if f in counts] + ["all"]
    order += sorted(f for f in counts if f not in order)
    for family in order:
        row = counts[family]
        print(
            f"  {family:12} {_share(row['first_confirmed'], row['first']):>18}"
            f" {_share(row['second_confirmed'], row['second']):>18}"
            f" {_share(row['first_marked'], row['first']):>18}"
            f" {_share(row['newslint_first'], row['first']):>18}"
            f" {_share(row['newslint_second'], row['second']):>18}"
            f" {_share(row['newslint_agreed'], row['agreed']):>18}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--ignore", default="grammar", help="rule prefixes to leave out")
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    args = parser.parse_args()
    for folder in (args.first, args.second):
        require_corpus(folder, *(f"real/{part}" for part in PARTS))
    try:
        pairs = paired_pages(read_set(args.first), read_set(args.second))
    except ValueError as error:
        print(f"label_agreement: {error}", file=sys.stderr)
        return 2
    linter = Linter(load_rules(), ignore=[p for p in args.ignore.split(",") if p])
    counts = measure(pairs, linter)
    if args.json:
        print(json.dumps({family: {c: row[c] for c in COLUMNS} for family, row in counts.items()}))
    else:
        print_table(counts, len(pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
