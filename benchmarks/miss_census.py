"""Which miss shapes recur across independently labelled sets: a census of missed labels, counts only.

    python benchmarks/miss_census.py --set real=../shared/corpus:fit --set lab55=../sets55/lab55:both ...
                                     [--families furniture,punctuation] [--min-sets 2]

Each `--set NAME=PATH[:HALF]` is a corpus laid out as `real.py` reads it (`real/part_a.jsonl`,
`real/part_b.jsonl`), read on one half (`dev`, `test`, `fit`, `check`, or `both`, the default);
the same path may be named twice with different halves. Every page is linted once as `real.py`
lints it (the grammar pack left out) and every label of the chosen families (the surface
families but OCR by default, which `ocr_gap.py` explains) is counted caught or missed under its
sub-type (`real._kind`: "Split word" and "split-word" count together).

Printed: each family's recall in each set, then every sub-type missed in `--min-sets` sets or more,
ranked by how many sets miss it, then by how many labels: a labeller's habit shows in one set, a
shape the unseen pages will hold recurs in sets built by different people. Beside each sub-type,
the labels of it caught in all sets and the rule packs that caught them: a sub-type no rule ever
catches is unclaimed; one mostly caught is a rule's edge cases. No page text is printed, so a
held-out set or half can be censused without being read; `real.py --show-missed` reads an open one.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from real import SURFACE_FAMILIES, _kind, in_half, load_records

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

HALVES = ("dev", "test", "both", "fit", "check")


@dataclass
class Census:
    """Labels by (family, sub-type): missed per set, caught per set, and the packs that caught."""

    missed: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    caught: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    packs: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    labels: Counter[tuple[str, str]] = field(default_factory=Counter)  # (set, family)
    found: Counter[tuple[str, str]] = field(default_factory=Counter)


def parse_set(spec: str) -> tuple[str, Path, str]:
    name, _, rest = spec.partition("=")
    path, colon, half = rest.rpartition(":")
    if not colon or half not in HALVES:
        path, half = rest, "both"
    if not name or not path:
        raise argparse.ArgumentTypeError(f"{spec!r}: write NAME=PATH[:HALF]")
    return name, Path(path), half


def census_of(
    linter: Linter, sets: list[tuple[str, Path, str]], families: tuple[str, ...]
) -> Census:
    census = Census()
    for name, path, half in sets:
        for record in load_records(path):
            if half != "both" and not in_half(record["domain"], half):
                continue
            findings = linter.lint(Document.from_raw(record["excerpt"]))
            for label in record["labels"]:
                family = label["family"]
                if family not in families:
                    continue
                key = (family, _kind(label["label"]))
                census.labels[name, family] += 1
                # touching counts, as real.py scores a label
                hits = [f for f in findings if f.start <= label["end"] and label["start"] <= f.end]
                if hits:
                    census.found[name, family] += 1
                    census.caught[key][name] += 1
                    census.packs[key].update({f.rule.split(".", 1)[0] for f in hits})
                else:
                    census.missed[key][name] += 1
    return census


def print_census(
    census: Census, names: list[str], families: tuple[str, ...], min_sets: int
) -> None:
    for family in families:
        shown = [
            f"{n} {census.found[n, family]}/{census.labels[n, family]}"
            for n in names
            if census.labels[n, family]
        ]
        if shown:
            print(f"{family:<12} " + ", ".join(shown))
    ranked = sorted(
        census.missed.items(), key=lambda item: (-len(item[1]), -sum(item[1].values()), item[0])
    )
    print(
        f"\nmissed sub-types in {min_sets} sets or more (sets, missed, caught anywhere, by pack):"
    )
    for key, per_set in ranked:
        if len(per_set) < min_sets:
            continue
        caught = sum(census.caught[key].values())
        packs = " ".join(f"{p}:{n}" for p, n in census.packs[key].most_common(3))
        where = " ".join(f"{n}:{per_set[n]}" for n in names if per_set[n])
        print(
            f"  {len(per_set)} sets {sum(per_set.values()):>3} missed {caught:>3} caught"
            f"  {key[0]:<11} {key[1]:<28} {where}" + (f"  [{packs}]" if packs else "")
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", dest="sets", action="append", type=parse_set, required=True)
    parser.add_argument("--families", default=",".join(f for f in SURFACE_FAMILIES if f != "ocr"))
    parser.add_argument("--min-sets", type=int, default=2)
    parser.add_argument("--ignore", default="grammar", help="rule prefixes to leave out")
    args = parser.parse_args()
    families = tuple(f for f in args.families.split(",") if f)
    linter = Linter(load_rules(), ignore=[p for p in args.ignore.split(",") if p])
    census = census_of(linter, args.sets, families)
    print_census(census, [name for name, _, _ in args.sets], families, args.min_sets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
