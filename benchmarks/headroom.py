"""What a structural speed-up could win, before anyone builds it: issue 15's headroom.

    python benchmarks/headroom.py [FILE ...] [--runs 3]

For each file (default: the seed and speed.py's two 1 MB inputs, when made), every default rule
but grammar, each figure the CPU time of one lint in a fresh process after `warm_up` (the gate
built where the CLI builds it):

- census: what the document works out once for all the checks (its tokens, words, sentences,
  blocks, name tokens and the OCR signal), timed apart first, then each check's own CPU and
  findings (a shared cost timed on the first check that asked for it misled: honorific-period
  carried the document's words, apostrophe-in-one-paragraph the OCR signal);
- the page-gate bound: the lint with only the checks that find something here against the lint
  with all of them, alternating, medians of `--runs`. No gate in front of the checks, however
  exact, can skip a check that finds something, so the first figure is the floor of any gate;
  the checks kept still pay the shared costs they ask for;
- for the seed, the fixed cost of a one-article run by phase: imports, rule packs, check
  modules (with their module-level regexes), the linter, the first lint and a second (what the
  first pays once: tables, lazily compiled patterns).

Nothing here is a target or a test; speed.py holds the targets and the ratios against peers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from _corpus import ROOT

SEED = ROOT / "seeds" / "article.txt"
INPUTS = ROOT / "benchmarks" / "_inputs"
DEFAULT_FILES = (SEED, INPUTS / "seed-1mb.txt", INPUTS / "clean-1mb.txt")
SHOWN = 12  # costliest checks printed per file


def _rules(only: set[str] | None = None) -> list:
    from newslint.linters import load_rules

    rules = [rule for rule in load_rules() if not rule.id.startswith("grammar")]
    return rules if only is None else [rule for rule in rules if rule.id in only]


# What a document works out once for every check that asks (`Document`'s cached properties, the
# OCR signal): timed apart, before the checks, so that no check's figure carries them. Timed on
# the first check that asks, they made honorific-period look like a 0.16 s check (the
# document's words and its dialect; the check's own regexes take 0.01 s) and
# apostrophe-in-one-paragraph like a 0.47 s one (the OCR signal).
SHARED = ("runs", "words", "word_counts", "dialect", "paragraphs", "sentences", "lines",
          "text_blocks", "vocabulary", "line_starts", "names")  # fmt: skip


def shared_costs(linter: Any, doc: Any) -> dict[str, float]:
    """CPU seconds of each of `SHARED` and of the OCR signal under the linter's vocabulary,
    left computed on `doc` (and in the signal's memo) for the checks."""
    from newslint.signals import ocr_signal

    spent: dict[str, float] = {}
    for name in SHARED:
        began = time.process_time()
        getattr(doc, name)
        spent[name] = time.process_time() - began
    began = time.process_time()
    doc.names.texts, doc.names.mentions  # noqa: B018 (computed for the name checks)
    spent["names (texts, mentions)"] = time.process_time() - began
    began = time.process_time()
    ocr_signal(doc.text, linter.vocabulary.zipf)
    spent["ocr_signal"] = time.process_time() - began
    return spent


def census(path: Path) -> dict[str, dict[str, Any]]:
    """The shared costs (`shared_costs`) and each check's own CPU seconds and findings on
    `path`, run after them (in a child process)."""
    from newslint.collector import collector_paused
    from newslint.document import Document
    from newslint.engine import Linter

    linter = Linter(_rules())
    linter.warm_up()
    plain_run = linter.run_check
    seen: dict[str, tuple[float, int]] = {}

    def timed(check, doc, parts, lines=None):  # type: ignore[no-untyped-def]
        began = time.process_time()
        found = plain_run(check, doc, parts, lines)
        spent, count = seen.get(check.rule.id, (0.0, 0))
        seen[check.rule.id] = (spent + time.process_time() - began, count + len(found))
        return found

    linter.run_check = timed  # type: ignore[method-assign]
    doc = Document.from_raw(path.read_text(encoding="utf-8"), str(path))
    # The shared costs under the pause a lint holds: timed with the collector running, they
    # carried its walks over the document's objects (the words of the clean megabyte read
    # 0.16 s here against 0.085 s inside a lint).
    with collector_paused():
        shared = shared_costs(linter, doc)
        linter.lint(doc)
    return {"shared": shared, "checks": seen}


def lint_seconds(path: Path, only: set[str] | None) -> float:
    """CPU seconds of one lint of `path` with the rules in `only` (None: all)."""
    from newslint.document import Document
    from newslint.engine import Linter

    linter = Linter(_rules(only))
    linter.warm_up()
    text = path.read_text(encoding="utf-8")
    began = time.process_time()
    linter.lint(Document.from_raw(text, str(path)))
    return time.process_time() - began


def phases(path: Path) -> dict[str, float]:
    """The fixed cost of a one-article run, phase by phase (run in a fresh child process)."""
    # start-up: the interpreter and this script's own imports, before newslint's
    marks = {"start-up": time.process_time()}
    from newslint.document import Document
    from newslint.engine import Linter
    from newslint.kinds import kind_module

    marks["imports"] = time.process_time()
    rules = _rules()
    marks["rule packs"] = time.process_time()
    for kind in sorted({rule.kind for rule in rules}):
        kind_module(kind)
    marks["check modules"] = time.process_time()
    linter = Linter(rules)
    marks["linter"] = time.process_time()
    text = path.read_text(encoding="utf-8")
    linter.lint(Document.from_raw(text, str(path)))
    marks["first lint"] = time.process_time()
    linter.lint(Document.from_raw(text, str(path)))
    marks["second lint"] = time.process_time()
    names = list(marks)
    result = {"start-up": marks["start-up"]}
    result.update({b: marks[b] - marks[a] for a, b in pairwise(names)})
    return result


def _child(*args: str) -> object:
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(path: Path, runs: int) -> None:
    found = _child("--census", str(path))
    assert isinstance(found, dict)
    shared, seen = found["shared"], found["checks"]
    in_checks = sum(spent for spent, _ in seen.values())
    silent = sum(spent for spent, count in seen.values() if not count)
    firing = sorted(rule for rule, (_, count) in seen.items() if count)
    print(f"{path.name} ({path.stat().st_size:,} bytes): {len(seen)} checks ran, {len(firing)} "
          f"found something; {in_checks:.2f} s in checks, {silent:.2f} s in those finding nothing")  # fmt: skip
    costly = sorted(shared.items(), key=lambda kv: -kv[1])
    print(f"  shared, before the checks: {sum(shared.values()):.3f} s (" + ", ".join(
        f"{name} {spent:.3f}" for name, spent in costly if spent >= 0.001) + ")")  # fmt: skip
    for rule, (spent, count) in sorted(seen.items(), key=lambda kv: -kv[1][0])[:SHOWN]:
        print(f"  {spent:6.3f} s {count:6d}  {rule}")
    every, kept = [], []
    for index in range(runs):
        order = [("all", None), ("firing", ",".join(firing))]
        for name, only in order if index % 2 == 0 else order[::-1]:
            args = ["--time", str(path)] + ([] if only is None else ["--only", only])
            seconds = _child(*args)
            assert isinstance(seconds, float)
            (every if name == "all" else kept).append(seconds)
    full, floor = statistics.median(every), statistics.median(kept)
    print(
        f"  page-gate bound: all checks {full:.3f} s, only the firing ones {floor:.3f} s "
        f"(a perfect gate saves at most {1 - floor / full:.0%}; medians of {runs})"
    )
    if path == SEED:
        spent = _child("--phases", str(path))
        assert isinstance(spent, dict)
        print(
            "  one-article run by phase: " + ", ".join(f"{k} {v:.3f} s" for k, v in spent.items())
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--census", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--time", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", help=argparse.SUPPRESS)
    parser.add_argument("--phases", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.census:
        print(json.dumps(census(args.census)))
    elif args.time:
        only = set(args.only.split(",")) if args.only is not None else None
        print(json.dumps(lint_seconds(args.time, only)))
    elif args.phases:
        print(json.dumps(phases(args.phases)))
    else:
        files = args.files or [p for p in DEFAULT_FILES if p.exists()]
        if len(files) < len(DEFAULT_FILES) and not args.files:
            print("(1 MB inputs not made yet: run benchmarks/speed.py once)")
        for path in files:
            report(path, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
