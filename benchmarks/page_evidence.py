"""Would a page's other evidence tell a rule's false alarms from its true findings? (issue 14)

    python benchmarks/page_evidence.py [--corpus ../shared/corpus] [--extra-clean DIR] [--folds 5]

The idea under test: on a page that looks clean, a finding with little support holds back; on a
page that looks damaged, it reports. A finding is "alone" when the page has at most K findings of
other rules (grammar aside). For each rule this prints its findings alone and in all, on labels
and on none, on the real pages' dev half (never the test half), on the clean corpus (its listed
and verified slips are true) and on `--extra-clean` pages (plain-text files of clean professional
copy: every finding there counts as a false alarm, so leave out the page furniture). Then a
domain-grouped cross-validation: on each fold's training domains, K and the rules whose alone
findings are more often false than true are chosen; on its held-out domains, the true and false
findings that choice would have held back are counted. Counts only; no page text is printed.

Measured at stop 46 (real dev half; clean45's 39 dev pages, furniture lines and cut last lines
blanked, as --extra-clean): a finding alone on a real page is nearly always on a label, because a
page with one artifact is common (K = 1: 92 of furniture-block's 378 findings on labels are alone,
against 10 of its 11 findings on clean45's story lines); over five domain folds the choice held
back 4 clean-page false alarms (sentence-spacing and a hard-wrapped speech's line breaks) and 1
real label, from rules none of the held-out clean45 false alarms come from.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _corpus import DEFAULT_CORPUS, overlaps, require_corpus, slip_spans, unlisted_slip_spans
from real import half_of, load_records

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

KS = (0, 1, 2)


@dataclass
class Page:
    source: str  # real | clean | extra
    domain: str
    rules: list[str]
    truths: list[tuple[str, bool]] = field(default_factory=list)  # (rule, on a label)

    def alone(self, k: int) -> Iterator[tuple[str, bool, bool]]:
        """Each finding's rule, truth, and whether the page has at most `k` findings of others."""
        counts = Counter(self.rules)
        total = len(self.rules)
        for rule, true in self.truths:
            yield rule, true, total - counts[rule] <= k


def pages(linter: Linter, corpus: Path, extra: Path | None) -> list[Page]:
    found: list[Page] = []
    for record in load_records(corpus):
        if half_of(record["domain"]) != "dev":
            continue
        findings = linter.lint(Document.from_raw(record["excerpt"]))
        labels = [(lb["start"], lb["end"]) for lb in record["labels"]]
        page = Page("real", record["domain"], [f.rule for f in findings])
        for f in findings:
            page.truths.append((f.rule, any(overlaps(f.start, f.end, a, b, 0) for a, b in labels)))
        found.append(page)
    for path in sorted((corpus / "clean").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        slips = slip_spans(path.stem, text) + unlisted_slip_spans(path.stem, text)
        findings = linter.lint(Document.from_raw(text))
        page = Page("clean", path.stem.split("_")[0], [f.rule for f in findings])
        for f in findings:
            page.truths.append((f.rule, any(overlaps(f.start, f.end, a, b) for a, b in slips)))
        found.append(page)
    for path in sorted(extra.glob("*.txt")) if extra else []:
        findings = linter.lint(Document.from_raw(path.read_text(encoding="utf-8")))
        rules = [f.rule for f in findings]
        found.append(Page("extra", path.stem, rules, [(r, False) for r in rules]))
    return found


def per_rule(found: list[Page], k: int) -> None:
    tally: Counter[tuple[str, str, bool, bool]] = Counter()
    for page in found:
        for rule, true, alone in page.alone(k):
            tally[rule, page.source, true, alone] += 1
    rules = sorted({key[0] for key in tally})
    print(f"K = {k}: findings alone / in all")
    print(f"  {'rule':<46} {'real true':>10} {'real false':>10} {'clean false':>11} {'extra':>8}")
    for rule in rules:
        cells = []
        for source, true in (("real", True), ("real", False), ("clean", False), ("extra", False)):
            alone = tally[rule, source, true, True]
            cells.append(f"{alone}/{alone + tally[rule, source, true, False]}")
        if any(tally[rule, s, t, True] for s in ("real", "clean", "extra") for t in (True, False)):
            print(f"  {rule:<46} {cells[0]:>10} {cells[1]:>10} {cells[2]:>11} {cells[3]:>8}")


def chosen(train: list[Page]) -> tuple[int, set[str]]:
    """The K and the rules whose alone findings in `train` are more often false than true."""
    best: tuple[int, int, set[str]] = (-1, 0, set())
    for k in KS:
        alone: Counter[tuple[str, bool]] = Counter()
        for page in train:
            alone.update((rule, true) for rule, true, lone in page.alone(k) if lone)
        rules = {r for r, _ in alone if alone[r, False] > alone[r, True]}
        gain = sum(alone[r, False] - alone[r, True] for r in rules)
        if gain > best[0]:
            best = (gain, k, rules)
    return best[1], best[2]


def cross_validate(found: list[Page], folds: int) -> None:
    def fold(page: Page) -> int:
        return int(hashlib.sha1(page.domain.encode()).hexdigest(), 16) % folds

    held_back: Counter[tuple[str, bool]] = Counter()
    for k_fold in range(folds):
        k, rules = chosen([p for p in found if fold(p) != k_fold])
        removed: Counter[tuple[str, bool]] = Counter()
        for page in (p for p in found if fold(p) == k_fold):
            removed.update(
                (page.source, true) for rule, true, lone in page.alone(k) if lone and rule in rules
            )
        held_back.update(removed)
        shown = ", ".join(f"{s} {'true' if t else 'false'} {n}" for (s, t), n in removed.items())
        print(
            f"  fold {k_fold}: K {k}, {len(rules)} rules held back alone; held out: {shown or '-'}"
        )
    shown = ", ".join(f"{s} {'true' if t else 'false'} {n}" for (s, t), n in held_back.items())
    print(f"  all folds: {shown or 'nothing held back'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra-clean", type=Path, help="plain-text clean pages (all false)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    require_corpus(args.corpus, "real", "clean")
    linter = Linter(load_rules(), ignore=["grammar"])
    found = pages(linter, args.corpus, args.extra_clean)
    for k in KS[:2]:
        per_rule(found, k)
    print(f"domain-grouped cross-validation, {args.folds} folds:")
    cross_validate(found, args.folds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
