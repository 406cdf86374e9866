"""Peak memory of `newslint scan` on one very large record, against `check` of the same text.

    python benchmarks/scan_memory.py [--megabytes 100] [--corpus ../shared/corpus]

Builds one plain-text document of the given size from the clean corpus, writes it as a file and
as the single record of a JSONL dump, then runs `newslint check --grammar off FILE` and
`newslint scan --jobs 1 DUMP` and prints wall time and peak RSS (the largest process of the tree).
`check` reads a large file in windows; `scan` holds the record itself (bytes, then the parsed
text) plus one window's findings, so its peak should be a small multiple of the record's size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, ROOT, require_corpus

INPUTS = ROOT / "benchmarks" / "_inputs"
NEWSLINT = [sys.executable, "-m", "newslint"]


def build(corpus: Path, megabytes: int) -> tuple[Path, Path]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "clean").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no clean corpus under {corpus} (pass --corpus)")
    body = "\n\n".join(texts)
    size = megabytes * 1_000_000
    text = ("\n\n".join([body] * (size // len(body) + 1)))[:size]
    INPUTS.mkdir(parents=True, exist_ok=True)
    plain = INPUTS / f"record{megabytes}mb.txt"
    dump = INPUTS / f"record{megabytes}mb.jsonl"
    plain.write_text(text, encoding="utf-8")
    dump.write_text(json.dumps({"id": "huge", "text": text}, ensure_ascii=False) + "\n", "utf-8")
    return plain, dump


def measure(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of the largest process of the tree."""
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{command[2:5]} failed with {os.waitstatus_to_exitcode(status)}")
    return time.perf_counter() - began, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    require_corpus(args.corpus, "clean")
    plain, dump = build(args.corpus, args.megabytes)
    scores = INPUTS / "record-scores.jsonl"
    runs = {
        "check": [*NEWSLINT, "check", "--grammar", "off", "--format", "concise", str(plain)],
        "scan": [*NEWSLINT, "scan", "--jobs", "1", str(dump), "-o", str(scores)],
    }
    print(f"one record of {args.megabytes} MB")
    figures = {name: measure(command) for name, command in runs.items()}
    for name, (wall, rss) in figures.items():
        ratio = rss / figures["check"][1]
        print(f"  {name:<6} {wall:8.1f} s  {rss / 1024:8.1f} MiB  ({ratio:.2f}x check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
