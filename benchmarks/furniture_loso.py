"""Leave one labelled set out: how a refit of the furniture model does on sites it never saw.

    python benchmarks/furniture_loso.py --corpus ../shared/corpus --pool-whole SET ... \\
        [--page-words rule|train] [--page-tokens rule|train|blend] \\
        [--free all|delta|none|name,...] [--l2 1.0] [--fit-on blocks|unexplained] \\
        [--examples N] [--at 0.8 ...] [--hold NAME ...] [--final]

The pool is the real corpus's dev half and every page of each `--pool-whole` set (a set labelled
for training; the real test half is never read). Each set in turn is held out (`--hold` limits
which): the words (`--page-words train`), the token weights (`--page-tokens train`, or `blend`:
those learned, the rule's winning where it has one) and the weights (`--free`: `all` refits
every weight, `delta` every weight as a change from the shipped ones with the L2 penalty on the
change, `none` keeps them, else only those named, fitted beside the shipped ones) are learned on
the rest, and the whole rule set is scored on the held set at each `--at` threshold against the
rule set as shipped: furniture labels caught and the furniture rule's findings on no label, per
hold and summed. Every figure is read on sites neither the weights nor the words were fitted on,
as the rule reads an unseen site. Training pages are read with token weights learned without
their own domain group (`_furniture_words.cross_fitted`). `--examples N` fits N copies of the
rule's examples beside the pages (a bad example's span furniture, a good example's blocks
article text). `--final` fits on the whole pool and prints the options to ship. The pool's
fingerprint (over its pages' ids, texts and labels) is printed to match a fit to its pages,
which stay outside the project.

Measured (fit66, December 2026: the dev half, 163 pages, and lab65a-f, 225 pages of ~200 sites,
fingerprint fe2a506d054ef43f; the shipped rule on the six holds: 486 of 665 furniture labels, 47
furniture findings on no label): no refit beat the shipped options at a threshold the rule's
examples allow. At 0.8 every refit caught 476-486 with 43-49 on no label (weights `all`
483/44, `delta` L2 300-3000 483-484/45, tokens learned 486/49, blended 486/48, words learned
477/47, everything learned 476/44). Lower thresholds gain: the shipped weights at 0.75 492/48,
at 0.7 497/49; `delta` (L2 1000) at 0.7 493/46, at 0.65 497/47. But below 0.79 every fit reports
the byline of a good example ("Tom Dathan" over "Political reporter"), learned or blended token
weights report its "HARBOUR DAILY" good example at any threshold, and fitting the examples too
(`--examples 3`, `8`) takes the gain away (0.65: 487/45, 480/43). The weights stayed; the
threshold went to 0.78 once that byline example was made a bad one, as LABELLING.md labels it
(0.7 reported clean genre copy and four other pinned cases in the tests).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shlex
import sys
from pathlib import Path
from typing import Any, cast

import numpy as np
from _corpus import DEFAULT_CORPUS, require_corpus
from _furniture_fit import (
    ALL_FEATURES,
    FEATURES,
    Fit,
    PageRows,
    as_weights,
    fit_beside,
    fit_pages,
    page_rows,
    rule_without_model,
)
from _furniture_pool import set_pages
from _furniture_system import RULE, Outcome, System
from _furniture_words import cross_fitted, learn_page_tokens, learn_page_words
from real import half_of, load_records

from newslint.linters import load_rules

Record = dict[str, Any]
Tokens = dict[str, float]


def fingerprint(records: list[Record]) -> str:
    """A short digest of the pages and their labels, in a fixed order."""
    digest = hashlib.sha256()
    for r in sorted(records, key=lambda r: str(r["id"])):
        labels = sorted((x["family"], x["start"], x["end"]) for x in r["labels"])
        digest.update(json.dumps([r["id"], r["excerpt"], labels]).encode("utf-8"))
    return digest.hexdigest()[:16]


def shipped_words_tokens() -> tuple[list[str], Tokens]:
    rule = next(r for r in load_rules() if r.id == RULE)
    words = [str(w) for w in rule.option("page_words")]
    tokens = {str(k): float(v) for k, v in dict(rule.option("page_tokens")).items()}
    return words, tokens


def learned(
    args: argparse.Namespace, train: list[Record]
) -> tuple[list[str], Tokens, dict[int, Tokens]]:
    """The words and token weights the rule would ship from `train`, and the token weights each
    training page is read with for the fit (by `id`)."""
    words, shipped = shipped_words_tokens()
    if args.page_words == "train":
        words = learn_page_words(train, args.word_sites, args.word_ratio, args.word_count)
    if args.page_tokens == "rule":
        return words, shipped, {id(r): shipped for r in train}

    def learn(records: list[Record]) -> Tokens:
        table = learn_page_tokens(records, args.token_sites, args.token_shrink)
        if args.page_tokens == "blend":
            table = {**table, **shipped}
        return dict(sorted(table.items()))

    return words, learn(train), cross_fitted(train, learn)


def example_pages() -> list[Record]:
    """The rule's examples as labelled pages: a bad example's span is furniture."""
    rule = next(r for r in load_rules() if r.id == RULE)
    pages = []
    for i, example in enumerate(rule.examples):
        labels = []
        if example.bad and example.span and example.span in example.text:
            start = example.text.index(example.span)
            labels.append({"family": "furniture", "start": start, "end": start + len(example.span)})
        page = {"id": f"example-{i}", "domain": "example.invalid", "excerpt": example.text}
        pages.append({**page, "labels": labels})
    return pages


def example_rows(words: frozenset[str], tokens: Tokens) -> list[PageRows]:
    """The examples' rows; a bad example names one line, and its others may be furniture too,
    so they are left out of the fit."""
    check = rule_without_model()
    rows = [page_rows(r, check, words, tokens) for r in example_pages()]
    for page in rows:
        if page.record["labels"]:
            page.target[page.target == 0] = -1
    return rows


def fitted_weights(
    args: argparse.Namespace,
    train: list[Record],
    words: list[str],
    tokens: Tokens,
    read_with: dict[int, Tokens],
) -> dict[str, float]:
    shipped, _ = System.shipped_options()
    if args.free == "none":
        return shipped
    check = rule_without_model()
    rows = [page_rows(r, check, frozenset(words), read_with[id(r)]) for r in train]
    if args.examples:
        rows += args.examples * example_rows(frozenset(words), tokens)
    how = Fit(args.l2, FEATURES, args.fit_on == "unexplained")
    if args.free == "delta":
        return as_weights(fit_delta(rows, shipped, how))
    if args.free != "all":
        how = System.holding(how, args.free)
    return as_weights(fit_pages(rows, how))


def fit_delta(rows: list[PageRows], shipped: dict[str, float], how: Fit) -> np.ndarray:
    """Every weight refitted as a change from the shipped ones, the L2 penalty on the change:
    the pool moves the weights only as far as its evidence carries them."""
    x = np.concatenate([p.x for p in rows])
    y = np.concatenate([p.target for p in rows])
    keep = y >= 0
    if how.unexplained_only:
        keep &= np.concatenate([p.fresh for p in rows])
    base = np.array([shipped.get(name, 0.0) for name in ALL_FEATURES])
    offset = x[keep] @ base
    return base + fit_beside(x[keep], y[keep].astype(float), offset, how.l2)


class _Page:
    """What `System.measure` reads of a page: its record."""

    def __init__(self, record: Record) -> None:
        self.record = record


def score(system: System, weights: dict[str, float], at: float, pages: list[Record]) -> Outcome:
    rows = cast("list[PageRows]", [_Page(r) for r in pages])
    return system.measure(system.linter(weights, at), rows)


def hold_out(args: argparse.Namespace, pool: list[Record], sets: dict[str, list[Record]]) -> None:
    """Each set held out in turn, scored against the shipped rule; the sums last."""
    shipped_w, shipped_t = System.shipped_options()
    totals: dict[str, Outcome] = {}
    for name in args.hold or sorted(sets):
        train = [r for r in pool if r.get("pool") != name]
        words, tokens, read_with = learned(args, train)
        weights = fitted_weights(args, train, words, tokens, read_with)
        base = score(System(), shipped_w, shipped_t, sets[name])
        row = f"hold {name} ({len(sets[name])} pages): shipped furniture {len(base.caught)}"
        row += f" off {base.alarms}"
        _add(totals, "shipped", base)
        for at in args.at or [shipped_t]:
            got = score(System(words, tokens), weights, at, sets[name])
            row += f" | new@{at} {got.versus(base)}"
            _add(totals, f"new@{at}", got)
        print(row, flush=True)
    for key, got in totals.items():
        print(f"sum {key}: {got.versus(totals['shipped'])}")


def _add(totals: dict[str, Outcome], key: str, got: Outcome) -> None:
    totals.setdefault(key, Outcome(set(), 0, 0)).add(got)


def final(args: argparse.Namespace, pool: list[Record]) -> None:
    """The options fitted on the whole pool, as the rule takes them."""
    words, tokens, read_with = learned(args, pool)
    weights = fitted_weights(args, pool, words, tokens, read_with)
    print(json.dumps({"page_words": words, "page_tokens": tokens, "weights": weights}))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--pool-whole", type=Path, action="append", default=[])
    p.add_argument("--hold", action="append", default=[], help="hold only these sets")
    p.add_argument("--page-words", choices=("rule", "train"), default="rule")
    p.add_argument("--page-tokens", choices=("rule", "train", "blend"), default="rule")
    p.add_argument("--free", default="all", help="all, delta, none, or weights to refit (a,b)")
    p.add_argument("--fit-on", choices=("blocks", "unexplained"), default="blocks")
    p.add_argument("--examples", type=int, default=0, help="copies of the rule's examples fitted")
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--at", type=float, action="append", default=[])
    p.add_argument("--word-sites", type=int, default=3)
    p.add_argument("--word-ratio", type=float, default=4.0)
    p.add_argument("--word-count", type=int, default=5)
    p.add_argument("--token-sites", type=int, default=5)
    p.add_argument("--token-shrink", type=float, default=25.0)
    p.add_argument("--final", action="store_true", help="fit on the whole pool and print it")
    return p


def main() -> int:
    args = parser().parse_args()
    require_corpus(args.corpus, "real")
    dev = [r for r in load_records(args.corpus) if half_of(r["domain"]) == "dev"]
    sets = {root.name: set_pages(root, whole=True) for root in args.pool_whole}
    pool = dev + [r for pages in sets.values() for r in pages]
    print(f"pool: {len(pool)} pages ({len(dev)} dev), fingerprint {fingerprint(pool)}")
    if args.final:
        final(args, pool)
    else:
        hold_out(args, pool, sets)
    print("reproduce:", shlex.join(["python", "benchmarks/furniture_loso.py", *sys.argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
