"""The gate changes no finding: gated and ungated linters on the shared corpus and the seed.

    python benchmarks/gate_check.py [--corpus PATH] [--check]

Lints every text of the corpus's dev/ and clean/ folders and the seed article with every default
rule except grammar, once with the RE2 gate in front of the checks and once without, and prints
the documents, the findings, how many (check, document) runs the gate skipped, and both CPU times
(alternating, each text linted by both). `--check` exits 1 if any finding differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, ROOT

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules


def texts(corpus: Path) -> list[tuple[str, str]]:
    paths = [p for folder in ("dev", "clean") for p in sorted((corpus / folder).glob("*.txt"))]
    paths.append(ROOT / "seeds" / "article.txt")
    return [(str(p), p.read_text(encoding="utf-8")) for p in paths]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--check", action="store_true", help="exit 1 if any finding differs")
    args = parser.parse_args()
    if not (args.corpus / "dev").is_dir():
        print(f"skipped: no corpus at {args.corpus} (the shared corpus is not part of the project)")
        return 0
    rules = [rule for rule in load_rules() if not rule.id.startswith("grammar")]
    gated, ungated = Linter(rules, gate_after=0), Linter(rules, gated=False)
    for linter in (gated, ungated):
        linter.warm_up()
    seconds = {"gated": 0.0, "ungated": 0.0}
    differing: list[str] = []
    findings = runs = skipped = 0
    for path, text in texts(args.corpus):
        results = {}
        for name, linter in (("ungated", ungated), ("gated", gated)):
            began = time.process_time()
            results[name] = linter.lint(Document.from_raw(text, path))
            seconds[name] += time.process_time() - began
        if results["gated"] != results["ungated"]:
            differing.append(path)
        findings += len(results["ungated"])
        open_parts = gated.gate.open_parts(text)
        runs += len(gated.checks)
        skipped += sum(not parts for parts in open_parts.values())
    print(f"{len(texts(args.corpus))} documents, {findings} findings, {len(differing)} differ")
    print(f"gate: {skipped} of {runs} check runs skipped ({skipped / max(runs, 1):.0%})")
    print(
        f"CPU: gated {seconds['gated']:.2f} s, ungated {seconds['ungated']:.2f} s "
        f"(gated is {seconds['ungated'] / max(seconds['gated'], 1e-9):.2f}x faster)"
    )
    for path in differing:
        print(f"  differs: {path}")
    return 1 if args.check and differing else 0


if __name__ == "__main__":
    sys.exit(main())
