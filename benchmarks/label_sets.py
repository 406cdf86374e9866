"""Check labelled page sets before they are scored: well formed, frozen as recorded, sites disjoint.

    python benchmarks/label_sets.py SET_DIR [SET_DIR ...] [--frozen FROZEN.txt]
                                    [--exclude DOMAINS.txt] [--salt SALT --index SET=N ...]
    python benchmarks/label_sets.py --assign DOMAIN --salt SALT [--buckets 4]

A set is a folder laid out as ``real.py`` reads it (``real/part_a.jsonl``, ``real/part_b.jsonl``)
and labelled as ``LABELLING.md`` says. A blind figure is only worth something when the set was
labelled without newslint, frozen before newslint ran on it, and drawn from sites no other set and
no rule was shaped on; this script checks what can be checked of that from the files themselves:

- every record has real/'s fields, ids are unique, the excerpt is at most 1,500 characters, and
  every label's ``text`` is ``excerpt[start:end]`` with a family named in ``LABELLING.md``;
- with ``--frozen``, each set's parts still have the sha256 digests recorded when it was frozen
  (a line ``NAME TIME part_a SHA part_b SHA ...``), so a set edited after its first score is caught;
- no domain is in two sets, none is in ``--exclude`` (a list of earlier sets' and ``real/``'s
  domains, ``www.`` ignored), and at most two pages share a domain;
- with ``--salt`` and ``--index NAME=N``, every domain of set NAME hashes to bucket N
  (``sha256(salt + domain)[0] % buckets``), the rule its labeller was given.

Prints one line per problem and exits 1 when there is any, 0 otherwise. Reads no page text aloud:
problems name the record id and label index only, so a blind set can be checked without being read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RECORD_FIELDS = ("id", "url", "domain", "source_kind", "excerpt", "labels", "notes")
LABEL_FIELDS = ("family", "label", "start", "end", "text")
FAMILIES = frozenset(
    "furniture repetition spacing punctuation case consistency encoding ocr llm mt-semantic"
    " grammar".split()
)
EXCERPT_LIMIT = 1500
PAGES_PER_DOMAIN = 2
PARTS = ("part_a", "part_b")


@dataclass
class LabelSet:
    name: str
    folder: Path
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def part_path(self, part: str) -> Path:
        return self.folder / "real" / f"{part}.jsonl"


def site(domain: str) -> str:
    """The domain as sets are compared: lower case, without a leading ``www.``."""
    domain = domain.strip().lower()
    return domain[4:] if domain.startswith("www.") else domain


def bucket(domain: str, salt: str, buckets: int) -> int:
    return hashlib.sha256(salt.encode("utf-8") + domain.encode("utf-8")).digest()[0] % buckets


def load_set(folder: Path) -> LabelSet:
    labelled = LabelSet(name=folder.name, folder=folder)
    for part in PARTS:
        path = labelled.part_path(part)
        if not path.is_file():
            labelled.problems.append(f"{labelled.name}: {part}.jsonl missing")
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:  # a problem to name, not a traceback
            labelled.problems.append(f"{labelled.name}: {part}.jsonl is not UTF-8 ({error.reason})")
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                labelled.records.append(json.loads(line))
            except json.JSONDecodeError as error:
                labelled.problems.append(f"{labelled.name}: {part} line {number}: {error.msg}")
    return labelled


def label_problems(record_id: str, index: int, label: Any, excerpt: str) -> list[str]:
    where = f"{record_id} label {index}"
    if not isinstance(label, dict) or any(key not in label for key in LABEL_FIELDS):
        return [f"{where}: lacks one of {', '.join(LABEL_FIELDS)}"]
    start, end = label["start"], label["end"]
    if not (_offset(start) and _offset(end) and 0 <= start < end <= len(excerpt)):
        return [f"{where}: span {start}-{end} outside the excerpt"]
    problems = []
    if excerpt[start:end] != label["text"]:
        problems.append(f"{where}: text is not excerpt[{start}:{end}]")
    if not isinstance(label["family"], str) or label["family"] not in FAMILIES:
        problems.append(f"{where}: family {label['family']!r} is not one of LABELLING.md's")
    return problems


def _offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON's true is no offset


def record_problems(record: Any) -> list[str]:
    if not isinstance(record, dict):
        return ["a record is not a JSON object"]
    record_id = str(record.get("id", "?"))
    missing = [key for key in RECORD_FIELDS if key not in record]
    if missing:
        return [f"{record_id}: lacks {', '.join(missing)}"]
    excerpt = record["excerpt"]
    if not isinstance(excerpt, str) or not isinstance(record["labels"], list):
        return [f"{record_id}: excerpt must be text and labels a list"]
    problems = []
    if len(excerpt) > EXCERPT_LIMIT:
        problems.append(
            f"{record_id}: excerpt of {len(excerpt)} characters (limit {EXCERPT_LIMIT})"
        )
    for index, label in enumerate(record["labels"]):
        problems.extend(label_problems(record_id, index, label, excerpt))
    return problems


def set_problems(labelled: LabelSet) -> list[str]:
    problems = list(labelled.problems)
    ids = Counter(str(record.get("id")) for record in labelled.records if isinstance(record, dict))
    problems.extend(
        f"{labelled.name}: id {name} used {count} times" for name, count in ids.items() if count > 1
    )
    for record in labelled.records:
        problems.extend(f"{labelled.name}: {problem}" for problem in record_problems(record))
    pages = Counter(
        site(str(record.get("domain", "")))
        for record in labelled.records
        if isinstance(record, dict)
    )
    problems.extend(
        f"{labelled.name}: {count} pages from one domain (at most {PAGES_PER_DOMAIN})"
        for count in pages.values()
        if count > PAGES_PER_DOMAIN
    )
    return problems


def domains_of(labelled: LabelSet) -> set[str]:
    return {
        site(str(record["domain"]))
        for record in labelled.records
        if isinstance(record, dict) and "domain" in record
    }


def read_frozen(path: Path) -> dict[str, dict[str, str]]:
    """Each set's recorded digests, by set name; a set frozen twice keeps its first record."""
    frozen: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if len(words) < 2 or words[0] in frozen:
            continue
        frozen[words[0]] = {
            words[i]: words[i + 1] for i in range(len(words) - 1) if words[i] in PARTS
        }
    return frozen


def digest_problems(labelled: LabelSet, frozen: dict[str, dict[str, str]]) -> list[str]:
    recorded = frozen.get(labelled.name)
    if recorded is None:
        return [f"{labelled.name}: no freeze record"]
    problems = []
    for part in PARTS:
        path = labelled.part_path(part)
        if part not in recorded:  # else that part could change unseen
            problems.append(f"{labelled.name}: the freeze record has no digest of {part}.jsonl")
            continue
        if not path.is_file():
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != recorded[part]:
            problems.append(f"{labelled.name}: {part}.jsonl changed since it was frozen")
    return problems


def overlap_problems(sets: list[LabelSet], excluded: set[str]) -> list[str]:
    problems = []
    owner: dict[str, str] = {}
    for labelled in sets:
        for domain in sorted(domains_of(labelled)):
            if domain in excluded:
                problems.append(f"{labelled.name}: domain {domain} is on the exclusion list")
            if domain in owner:
                problems.append(f"{labelled.name}: domain {domain} is also in {owner[domain]}")
            owner.setdefault(domain, labelled.name)
    return problems


def bucket_problems(labelled: LabelSet, salt: str, index: int, buckets: int) -> list[str]:
    return [
        f"{labelled.name}: domain {domain} hashes to bucket {bucket(domain, salt, buckets)}, not {index}"
        for domain in sorted(domains_of(labelled))
        if bucket(domain, salt, buckets) != index
    ]


def parse_indexes(pairs: list[str]) -> dict[str, int]:
    indexes = {}
    for pair in pairs:
        name, _, number = pair.partition("=")
        if not number.isdigit():
            raise SystemExit(f"label_sets.py: --index wants NAME=N, got {pair!r}")
        indexes[name] = int(number)
    return indexes


def all_problems(arguments: argparse.Namespace) -> list[str]:
    sets = [load_set(Path(folder)) for folder in arguments.sets]
    problems = [problem for labelled in sets for problem in set_problems(labelled)]
    if arguments.frozen:
        frozen = read_frozen(Path(arguments.frozen))
        problems.extend(
            problem for labelled in sets for problem in digest_problems(labelled, frozen)
        )
    excluded = set()
    if arguments.exclude:
        excluded = {
            site(line) for line in Path(arguments.exclude).read_text(encoding="utf-8").split()
        }
    problems.extend(overlap_problems(sets, excluded))
    indexes = parse_indexes(arguments.index)
    for labelled in sets:
        if arguments.salt and labelled.name in indexes:
            problems.extend(
                bucket_problems(labelled, arguments.salt, indexes[labelled.name], arguments.buckets)
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sets", nargs="*", help="set folders (each holding real/part_a.jsonl, part_b.jsonl)"
    )
    parser.add_argument("--frozen", help="the freeze record: NAME TIME part_a SHA part_b SHA ...")
    parser.add_argument("--exclude", help="domains no set may use, one a line")
    parser.add_argument("--salt", help="the domain rule's salt")
    parser.add_argument("--index", action="append", default=[], help="NAME=N: set NAME's bucket")
    parser.add_argument("--buckets", type=int, default=4)
    parser.add_argument("--assign", help="print the bucket of one domain under --salt and stop")
    arguments = parser.parse_args(argv)
    if arguments.buckets < 1:
        parser.error("--buckets must be at least 1")
    if arguments.assign:
        if not arguments.salt:
            parser.error("--assign needs --salt")
        print(bucket(site(arguments.assign), arguments.salt, arguments.buckets))
        return 0
    problems = all_problems(arguments)
    for problem in problems:
        print(problem)
    print(f"{len(arguments.sets)} sets checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
