"""How `--fix` scales: overlap resolution against the old pairwise one, and fixing 1 MB of
damaged news prose against checking it, in the same run.

    python benchmarks/fix_scaling.py [--corpus ../shared/corpus] [--megabytes 1]

Resolution: n fixes in a chain where each overlaps the next (the worst case for keeping the
earliest), for n = 10k..80k; the old pairwise loop runs up to 20k (it is quadratic). Fixing:
clean corpus articles repeated to the size asked for, with damage injected into one sentence in
four ("Sir." for "Mr.", ". ." for ".", doubled words, "contributed with reporting"), as plain
text and as Markdown; grammar off, so the figure is newslint's own work.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from _corpus import DEFAULT_CORPUS, require_corpus

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Edit, Fix
from newslint.fix import fix_raw, resolve
from newslint.runner import load_rules


def pairwise_resolve(fixes: Iterable[Fix]) -> list[Edit]:
    """The resolution --fix used before: every fix compared with every accepted edit."""

    def overlaps(a: Edit, b: Edit) -> bool:
        return (a.start < b.end and b.start < a.end) or a.start == b.start

    accepted: list[Edit] = []
    for fix in sorted(
        fixes, key=lambda f: (min(e.start for e in f.edits), max(e.end for e in f.edits))
    ):
        if not any(overlaps(edit, kept) for edit in fix.edits for kept in accepted):
            accepted.extend(fix.edits)
    return sorted(accepted, key=lambda e: e.start)  # fmt: skip


def timed(function: Callable[[], object]) -> float:
    began = time.perf_counter()
    function()
    return time.perf_counter() - began


def resolution_figures() -> None:
    print("overlap resolution (a chain of n fixes, each overlapping the next)")
    previous = None
    for n in (10_000, 20_000, 40_000, 80_000):
        chain = [Fix((Edit(i, i + 2, "x"),)) for i in range(n)]
        sweep = timed(lambda chain=chain: resolve(chain))
        line = f"  n={n:>6}  sweep {sweep:7.3f} s"
        if previous:
            line += f"  ({sweep / previous:4.2f}x the time for 2x the fixes)"
        if n <= 20_000:
            pairwise = timed(lambda chain=chain: pairwise_resolve(chain))
            line += f"   pairwise {pairwise:7.2f} s  sweep is {pairwise / sweep:,.0f}x faster"
        previous = sweep
        print(line)


DAMAGE = [
    (" Mr. ", " Sir. "),
    (". ", ". . "),
    (" the ", " the the "),
    (" and ", " and and "),
]


def damaged_prose(corpus: Path, megabytes: float, rng: random.Random) -> str:
    articles = [p.read_text(encoding="utf-8") for p in sorted((corpus / "clean").glob("*.txt"))]
    if not articles:
        raise SystemExit(f"no clean articles under {corpus}; pass --corpus")
    pieces: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for paragraph in rng.choice(articles).split("\n\n"):
            if rng.random() < 0.25:
                old, new = rng.choice(DAMAGE)
                paragraph = paragraph.replace(old, new, 1)
            pieces.append(paragraph)
            size += len(paragraph) + 2
    return "\n\n".join(pieces) + "\n"


def fix_versus_check(text: str, markup: str, linter: Linter) -> None:
    doc_time = timed(lambda: linter.lint(Document.from_raw(text, "story", markup)))
    outcome = None

    def fix() -> None:
        nonlocal outcome
        outcome = fix_raw(text, "story", linter.lint, markup=markup)

    fix_time = timed(fix)
    assert outcome is not None
    print(
        f"  {markup:<8}  check {doc_time:6.2f} s   fix {fix_time:6.2f} s "
        f"({fix_time / doc_time:4.2f}x check; {outcome.applied} edits in {outcome.passes} passes, "
        f"{outcome.refused} refused)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markup", choices=("plain", "markdown"), action="append")
    parser.add_argument("--no-resolution", action="store_true", help="skip the resolution figures")
    args = parser.parse_args()
    require_corpus(args.corpus, "clean")
    if not args.no_resolution:
        resolution_figures()
    linter = Linter(load_rules(), ignore=["grammar"])
    linter.warm_up()
    text = damaged_prose(args.corpus, args.megabytes, random.Random(args.seed))
    print(f"fixing {len(text) / 1e6:.2f} MB of damaged news prose against checking it")
    for markup in args.markup or ("plain", "markdown"):
        fix_versus_check(text, markup, linter)


if __name__ == "__main__":
    main()
