"""The shipped furniture model against refits, on the same held-out domain folds of a pool of
labelled pages: the real corpus's dev half, the dev halves of further labelled sets and every page
of sets labelled for training alone.

    python benchmarks/furniture_pool_cv.py [--corpus ../shared/corpus] [--pool-set SET ...]
        [--pool-whole SET ...] [--folds 5] [--l2 1.0] [--features base]
        [--fit-on blocks|unexplained] [--hold-shipped --free a,b]
        [--thresholds 0.7,0.75,0.8,0.85,0.9] [--shipped-at 0.7 ...] [--grow-tokens 3]
        [--score-on pool|all|SET_NAME] [--hold-set SET_NAME] [--system]

Pages are grouped into folds by a hash of their domain (`_furniture_fit.by_fold`, so a site never
straddles folds); for each held-out fold the weights are refitted on every other fold, and the
held-out pages are scored with the shipped weights at the shipped threshold (and at each
`--shipped-at`) and with the fold's refit at each threshold given: the model alone (furniture
labels its blocks touch, its blocks on no label) and, with `--system`, the whole rule set
(furniture labels any rule catches, the furniture rule's findings on no label). The rules were
written while reading the real dev half and the shipped weights were fitted on it, so by default
only the pool's other pages are scored (`--score-on pool`, or one set's by name); the dev half is
fitted on in the other folds' rounds all the same. Page words and token weights are the rule's
own; `--grow-tokens N` also scores the shipped weights with the token table grown by the tokens it
lacks, learned on the training folds (on N sites or more). The sets' test halves are never read
(`_furniture_pool`). `--hold-set NAME` holds out one set's pages whole instead of folds (a set no
rule was written on, against a fit on every other page). The pool's fingerprint (a hash of its page ids and texts) names the fit set.

Measured (fitf54, December 2026; pool c2fddbccb156: the real dev half, 163 pages, the dev halves
of lab53a/b/c, 62, and lab54a and lab54b whole, 51 and 34; 310 pages of 286 sites, 396 furniture
labels off the dev half; `--system`, 5 folds, L2 1): the rule set with the shipped weights at 0.8
caught 244 of them with 11 of the furniture rule's findings on no label; a full refit at 0.8 or
0.85, 243 and 10 (+1 -2 against the shipped). With one set held out whole and the fit on every
other page, lab54a 107 against 105 of 137 (2 on no label either way), lab54b 53 against 55 of 80
(3 against 4); before lab54b was pooled, a refit had led by 3 on lab54a and in the pooled folds.
Alone, the refit's blocks were more precise (254/260 on a label against 251/260), but the rule
set already catches what it adds. Fitted on every page, the refit broke three of the rule's
examples (a judgment's "MRS JUSTICE PARRY" reported as a lone line between shaped ones; the
capitals masthead "HARBOUR DAILY" and the icon line missed), as in furn46. Before lab54b: a refit
of only the lexical weights beside the held ones (1-2 labels fewer), the rule's examples fitted on
as pages (held-out recall of the model alone 147 against 178 of 316). With it: the mean of
the shipped and refit weights (243, as the refit), the shipped token table grown by the tokens it
lacks (no change) and the page gate's threshold at 0.5-0.55 with the refit (244, 10) did no
better. The shipped weights stayed. Caution for a refit read on the real test half: lab54b's
fdokumen.com, journals.library.wales and welshjournals.llgc.org.uk are sister sites of the test
half's dokumen.tips and newspapers.library.wales; leave those pages out of such a fit.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from _corpus import DEFAULT_CORPUS, require_corpus
from _furniture_fit import (
    ALL_FEATURES,
    Fit,
    PageRows,
    Scores,
    as_weights,
    by_fold,
    fit_pages,
    page_rows,
    rule_without_model,
    score_pages,
)
from _furniture_pool import pool_pages
from _furniture_system import RULE, Outcome, System
from _furniture_words import learn_page_tokens
from real import half_of, load_records

from newslint.checks.furniture_block import FurnitureBlockCheck
from newslint.linters import load_rules


def shipped_vector(weights: dict[str, float]) -> np.ndarray:
    return np.array([float(weights.get(name, 0.0)) for name in ALL_FEATURES])


@dataclass
class Reader:
    """How a page becomes rows: the rule without its model, its page words and token weights."""

    check: FurnitureBlockCheck
    words: frozenset[str]
    tokens: dict[str, float]

    @staticmethod
    def shipped() -> Reader:
        rule = next(r for r in load_rules() if r.id == RULE)
        words = frozenset(str(w) for w in rule.option("page_words"))
        tokens = {str(k): float(v) for k, v in dict(rule.option("page_tokens")).items()}
        return Reader(rule_without_model(), words, tokens)

    def rows(self, record: dict[str, Any], tokens: dict[str, float] | None = None) -> PageRows:
        return page_rows(record, self.check, self.words, self.tokens if tokens is None else tokens)


def pool_records(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The real dev half and the pooled sets' pages, each marked with its pool's name."""
    dev = [r for r in load_records(args.corpus) if half_of(r["domain"]) == "dev"]
    return [{**r, "pool": "real"} for r in dev] + pool_pages(args.pool_set, [], args.pool_whole)


def fingerprint(records: list[dict[str, Any]]) -> str:
    """A short hash of the pool's page ids and texts, so a fit's set can be named."""
    digest = hashlib.sha256()
    for record in sorted(records, key=lambda r: str(r["id"])):
        digest.update(str(record["id"]).encode())
        digest.update(record["excerpt"].encode())
    return digest.hexdigest()[:12]


def scored(pages: list[PageRows], score_on: str) -> list[PageRows]:
    """The held-out pages counted: `pool`, `all`, or one set's by name."""
    if score_on in ("pool", "all"):
        return [p for p in pages if score_on == "all" or p.record["pool"] != "real"]
    return [p for p in pages if p.record["pool"] == score_on]


def example_rows(reader: Reader) -> list[PageRows]:
    """The furniture rule's own examples as training pages: a good example's blocks are all
    article text, a bad example's span is furniture and its other blocks are left out of the fit
    (an example labels one line, though its page may hold more furniture)."""
    rule = next(r for r in load_rules() if r.id == RULE)
    pages = []
    for n, example in enumerate(rule.examples):
        start = example.text.find(example.span) if example.bad and example.span else -1
        if example.bad and start < 0:
            continue
        end = start + len(example.span or "")
        labels = [{"family": "furniture", "start": start, "end": end}] if example.bad else []
        record = {"id": f"example-{n}", "domain": "example", "excerpt": example.text}
        rows = reader.rows({**record, "labels": labels, "pool": "example"})
        if example.bad:
            rows.target[rows.target == 0] = -1
        pages.append(rows)
    return pages


def blended(shipped: dict[str, float], refit: dict[str, float]) -> dict[str, float]:
    """The mean of the shipped weights and a refit's: the mean of their log odds."""
    return {k: (shipped.get(k, 0.0) + refit.get(k, 0.0)) / 2 for k in set(shipped) | set(refit)}


def held_set(pages: list[PageRows], name: str) -> dict[int, list[PageRows]]:
    """One split instead of folds: the named set's pages held out (0), every other page fitted."""
    return {
        0: [p for p in pages if p.record["pool"] == name],
        1: [p for p in pages if p.record["pool"] != name],
    }


def grown_tokens(shipped: dict[str, float], train: list[PageRows], sites: int) -> dict[str, float]:
    """The shipped token weights, with the tokens they lack learned on the training pages (the
    pages the shipped weights were learned on are no longer kept, so they are added to, not
    relearned)."""
    learned = learn_page_tokens([p.record for p in train], sites, 25.0)
    return {**{k: v for k, v in learned.items() if k not in shipped}, **shipped}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pool-set", type=Path, action="append", default=[])
    parser.add_argument(
        "--pool-whole",
        type=Path,
        action="append",
        default=[],
        help="a set labelled for training alone: every page pooled",
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--features", default="base")
    parser.add_argument("--fit-on", choices=("blocks", "unexplained"), default="blocks")
    parser.add_argument("--hold-shipped", action="store_true")
    parser.add_argument("--free", default="page_words")
    parser.add_argument("--thresholds", default="0.7,0.75,0.8,0.85,0.9")
    parser.add_argument(
        "--score-on",
        default="pool",
        help="pool (every page but the real dev half's), all, or a set's name (its pages alone)",
    )
    parser.add_argument(
        "--grow-tokens",
        type=int,
        default=0,
        help="also score the shipped weights with token weights grown on the training folds"
        " (tokens seen on this many sites or more)",
    )
    parser.add_argument(
        "--shipped-at",
        type=float,
        action="append",
        default=[],
        help="also score the shipped weights at this threshold",
    )
    parser.add_argument(
        "--hold-set",
        help="a pooled set's name: fit on every other page and score that set's alone (no folds)",
    )
    parser.add_argument(
        "--refit-dense",
        type=float,
        action="append",
        default=[],
        help="with --system: also score each refit with the page gate's threshold at this value",
    )
    parser.add_argument(
        "--blend", action="store_true", help="also score the mean of the shipped and refit weights"
    )
    parser.add_argument(
        "--with-examples",
        action="store_true",
        help="fit on the rule's own examples as well, in every round (they are never scored)",
    )
    parser.add_argument("--system", action="store_true")
    return parser.parse_args()


class Tally:
    """Held-out counts per variant: the model alone and, with a rule set, every rule."""

    def __init__(self, system: System | None) -> None:
        self.system = system
        self.alone: dict[str, Scores] = defaultdict(Scores)
        self.rules: dict[str, Outcome] = defaultdict(lambda: Outcome(set(), 0, 0))

    def add(
        self,
        name: str,
        test: list[PageRows],
        weights: dict[str, float],
        threshold: float,
        tokens: dict[str, float] | None = None,
        **more: Any,
    ) -> None:
        self.alone[name].add(score_pages(test, shipped_vector(weights), threshold))
        if self.system is None:
            return
        system = self.system if tokens is None else System(None, tokens)
        self.rules[name].add(system.measure(system.linter(weights, threshold, **more), test))

    def report(self) -> None:
        for name, scores in self.alone.items():
            print(f"model alone, {name}: {scores.line()}")
        if not self.rules:
            return
        off, shipped = self.rules["off"], self.rules["shipped"]
        for name, outcome in self.rules.items():
            print(f"rule set, {name}: {outcome.versus(off)}; vs shipped {outcome.versus(shipped)}")


def main() -> int:
    args = parse_args()
    require_corpus(args.corpus, "real")
    how = Fit.parse(args.l2, args.features, args.fit_on == "unexplained")
    shipped_w, shipped_t = System.shipped_options()
    dense = dict(next(r for r in load_rules() if r.id == RULE).option("dense"))
    if args.hold_shipped:
        how = System.holding(how, args.free)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    records = pool_records(args)
    reader = Reader.shipped()
    pages = [reader.rows(r) for r in records]
    print(
        f"pool: {len(pages)} pages, {len({p.domain for p in pages})} sites, {fingerprint(records)}"
    )
    examples = example_rows(reader) if args.with_examples else []
    folds = by_fold(pages, args.folds) if args.hold_set is None else held_set(pages, args.hold_set)
    tally = Tally(System() if args.system else None)
    for held in sorted(folds) if args.hold_set is None else [0]:
        train = [p for f, ps in folds.items() if f != held for p in ps]
        w = as_weights(fit_pages(train + examples, how))
        test = scored(folds[held], args.score_on)
        if tally.system is not None:
            tally.rules["off"].add(tally.system.measure(tally.system.linter(None, 1.0), test))
        tally.add("shipped", test, shipped_w, shipped_t)
        for t in thresholds:
            tally.add(f"refit {t}", test, w, t)
            if args.blend:
                tally.add(f"blend {t}", test, blended(shipped_w, w), t)
            for d in args.refit_dense:
                tally.add(f"refit {t} dense {d}", test, w, t, dense={**dense, "threshold": d})
        for t in args.shipped_at:
            tally.add(f"shipped weights {t}", test, shipped_w, t)
        if args.grow_tokens:
            tokens = grown_tokens(reader.tokens, train, args.grow_tokens)
            again = [reader.rows(p.record, tokens) for p in test]
            tally.add("shipped, grown tokens", again, shipped_w, shipped_t, tokens)
            print(f"fold {held}: {len(tokens) - len(reader.tokens)} tokens grown")
    tally.report()
    print("weights fitted on the whole pool:")
    for name, value in as_weights(fit_pages(pages + examples, how)).items():
        print(f"  {name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
