"""Fit a model of name pairs against `consistency.name-spelling`'s hand-set decisions.

    python benchmarks/fit_name_pairs.py [--corpus ../shared/corpus] [--extra SET ...] [--l2 1.0]
                                        [--show]

`name-variants` pairs two capitalised words as one name spelled two ways (by edit distance,
romanisation, sound or consonant keys), sets a pair aside when the page's context says they are
two names (two people, one name's parts, a phrase's items, a word the page writes in lower case,
two dictionary words, two sets of accents, a gloss), and reports the rarer spelling, breaking ties
by a hand-set order (accents folded, English knowing one less, a given name before one, else
both). This script asks whether a logistic model over the same evidence decides better.

Every pair of names on a page in the dev half of the real pages (and with `--extra`, the dev
halves of more labelled sets in the same format) that the check's generators pair, or that a
wider net pairs (the same first letter and at most two edits apart, three from eight letters),
gives two rows: each spelling against the other, with the check's guards as features instead of
vetoes. A row is positive when a mention of its spelling lies on a label (of any family: a finding
there is no false alarm). The test halves are never read.

Prints the check's own decisions on the same rows and the model's, cross-validated in five folds
grouped by site (no page is scored by weights that saw its site), at several thresholds, and the
weights fitted on all rows. At stop 44 (142 pairs on 104 sites' dev pages, 95 spellings on a
label) the check's decisions put 47 findings on a label and 15 off; the model, cross-validated,
47 and 28 at 0.5, 34 and 18 at 0.6, and added to the check's only beyond them, 2 more on a label
for 12 more off (0.6). The guards are vetoes a linear model of this little data cannot learn, so
no weights are shipped; rerun it as labelled pairs accumulate.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
from _corpus import DEFAULT_CORPUS, require_corpus
from real import half_of, load_records

from newslint.checks import name_variants as nv
from newslint.checks.unknown_names import garbled_pairs, unknown_surnames
from newslint.document import Document
from newslint.engine import NO_VOCABULARY
from newslint.linters import load_rules
from newslint.name_contexts import (
    coordinated,
    fixed_name,
    in_one_name,
    two_people,
    written_as_a_word,
)
from newslint.name_spellings import _edit_distance as edit_distance
from newslint.name_spellings import (
    accented_apart,
    candidate_pairs,
    known_through_accents,
    one_is_form_of_other,
    plain,
    sounded_pairs,
    two_words,
)
from newslint.romanisation import romanised_alike
from newslint.signals import DEFAULT_GATE, ocr_signal

FOLDS = 5
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
SOURCES = ("edit", "sounded", "garbled", "wide")
GUARDS = (
    "two_people", "fixed_name", "in_one_name", "coordinated", "as_a_word", "two_words",
    "accented_apart", "meant", "form_of_other",
)  # fmt: skip
FEATURES = (
    "fewer", "tie", "folded", "accented", "less_known", "unknown", "not_introduced", "later",
    "glued", "romanised", "distance", "swap", "other_known", "scanned",
    *SOURCES, *GUARDS,
)  # fmt: skip
CLEARLY_BETTER_KNOWN = 1.0  # the hand-set order's step between two Zipf values
UNKNOWN_ZIPF = 1.0
KNOWN_ZIPF = 3.0


@dataclass
class Row:
    values: tuple[float, ...]
    odd: bool  # a mention of the spelling lies on a label
    check: bool  # the check reports it
    site: str
    where: str  # record id and spelling, for reading the dev misses


@dataclass(frozen=True)
class Spelling:
    name: str
    count: int
    first: int
    known: float
    introduced: bool
    glued: bool


def hand_order(a: Spelling, b: Spelling) -> list[str]:
    """The spellings the check's hand-set order reports of a pair it keeps."""
    if a.count != b.count:
        return [a.name if a.count < b.count else b.name]
    if plain(a.name) == plain(b.name) and a.name.isascii() != b.name.isascii():
        return [a.name if a.name.isascii() else b.name]
    if abs(a.known - b.known) >= CLEARLY_BETTER_KNOWN:
        return [a.name if a.known < b.known else b.name]
    if a.introduced != b.introduced:
        return [b.name if a.introduced else a.name]
    return [a.name, b.name]


def directed(
    this: Spelling, other: Spelling, pair: dict[str, Any], scanned: bool
) -> tuple[float, ...]:
    """The evidence that `this` is the odd spelling of `other`, in `FEATURES` order."""
    a, b = plain(this.name), plain(other.name)
    distance = edit_distance(a, b)
    swap = (
        distance == 1 and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2
    )
    return (
        math.log((other.count + 1) / (this.count + 1)),
        float(this.count == other.count),
        float(a == b and this.name.isascii() and not other.name.isascii()),
        float(a == b and other.name.isascii() and not this.name.isascii()),
        max(-4.0, min(4.0, other.known - this.known)),
        float(this.known < UNKNOWN_ZIPF),
        float(other.introduced and not this.introduced),
        float(this.first > other.first),
        float(this.glued),
        float(romanised_alike(this.name, other.name)),
        float(min(distance, 3)),
        float(swap),
        float(other.known >= KNOWN_ZIPF),
        float(scanned),
        *(float(pair["source"] == source) for source in SOURCES),
        *(float(pair[guard]) for guard in GUARDS),
    )


def _wide(names: list[str]) -> set[tuple[str, str]]:
    """Pairs of names with one first letter, at most two edits apart (three from eight)."""
    found = set()
    for a, b in combinations(names, 2):
        pa, pb = plain(a), plain(b)
        allowed = 3 if min(len(pa), len(pb)) >= 8 else 2
        near = pa[:1] == pb[:1] and abs(len(pa) - len(pb)) <= allowed
        if near and edit_distance(pa, pb) <= allowed:
            found.add((a, b))
    return found


def page_rows(check: nv.NameVariantsCheck, record: dict[str, Any]) -> list[Row]:
    text = record["excerpt"]
    doc = Document.from_raw(text)
    zipf = check.zipf
    matches = [*doc.names.mentions, *nv._after_particles(text)]
    counts = Counter(name for *_, name in matches)
    accented = nv._accent_twins(counts)
    short_twin = check._short_twin if accented else nv._never
    names = sorted(n for n in counts if check._is_name(n) or short_twin(n, accented))
    starts: defaultdict[str, list[int]] = defaultdict(list)
    for start, _, name in matches:
        starts[name].append(start)
    source: dict[tuple[str, str], str] = {}
    for a, b in candidate_pairs(names):
        if check._variants(a, b):
            source.setdefault((a, b), "edit")
    long_names = [name for name in names if len(name) >= check.min_length]
    for a, b in sounded_pairs(long_names, zipf):
        source.setdefault((a, b), "sounded")
    for a, b in garbled_pairs(unknown_surnames(names, starts, text, zipf)):
        source.setdefault((a, b), "garbled")
    for a, b in _wide(names):
        if (a, b) not in source and (b, a) not in source:
            source[a, b] = "wide"
    if not source:
        return []
    scanned = ocr_signal(text, zipf).looks_scanned(*DEFAULT_GATE)
    mentions = counts + nv._glued_mentions(text, counts)
    spans = [(lb["start"], lb["end"]) for lb in record["labels"]]
    rows = []
    for (a, b), kind in source.items():
        pair = {
            "source": kind,
            "two_people": two_people(text, starts[a], starts[b], zipf, lambda: scanned),
            "fixed_name": fixed_name(text, starts[a], starts[b], zipf),
            "in_one_name": in_one_name(text, starts[a], b),
            "coordinated": coordinated(text, starts, a, b, zipf),
            "as_a_word": written_as_a_word(text, a, zipf) or written_as_a_word(text, b, zipf),
            "two_words": two_words(a, b),
            "accented_apart": accented_apart(a, b),
            "meant": nv._meant(text, starts, a, b, zipf),
            "form_of_other": one_is_form_of_other(plain(a), plain(b)),
        }
        a_s, b_s = (
            Spelling(
                name,
                mentions[name],
                min(starts[name]),
                known_through_accents(name, zipf),
                check._introduced(text, starts[name]),
                any(c.isupper() for c in name[1:])
                or any(text[s - 1 : s] == "#" for s in starts[name]),
            )
            for name in (a, b)
        )
        kept = kind != "wide" and not any(pair[g] for g in GUARDS[:-1])
        reported = hand_order(a_s, b_s) if kept else []
        for this, other in ((a_s, b_s), (b_s, a_s)):
            odd = any(
                s <= at < e or at <= s < at + len(this.name)
                for at in starts[this.name]
                for s, e in spans
            )
            rows.append(
                Row(
                    directed(this, other, pair, scanned),
                    odd,
                    this.name in reported,
                    record["domain"],
                    f"{record['id']} {this.name}/{other.name} {kind}",
                )
            )
    return rows


def gather(corpora: list[Path]) -> list[Row]:
    rule = next(r for r in load_rules() if r.id == "consistency.name-spelling")
    check = nv.NameVariantsCheck(rule, NO_VOCABULARY)
    rows: list[Row] = []
    for corpus in corpora:
        for record in load_records(corpus):
            if half_of(record["domain"]) == "dev":
                rows.extend(page_rows(check, record))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[-1, -1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -30, 30)))
        gradient = design.T @ (p - y) + penalty @ w
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fold(site: str) -> int:
    return hashlib.sha256(site.encode()).digest()[0] % FOLDS


def counts(reported: np.ndarray, odd: np.ndarray) -> str:
    hit = int((reported & odd).sum())
    false = int((reported & ~odd).sum())
    return f"on a label {hit}/{int(odd.sum())}, off-label {false}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more labelled sets")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--show", action="store_true", help="print the rows the two disagree on")
    args = parser.parse_args()
    for corpus in (args.corpus, *args.extra):
        require_corpus(corpus, "real")
    rows = gather([args.corpus, *args.extra])
    x = np.array([r.values for r in rows])
    y = np.array([r.odd for r in rows], dtype=float)
    odd = y.astype(bool)
    sites = len({r.site for r in rows})
    print(f"{len(rows)} rows ({len(rows) // 2} pairs, {sites} sites), {int(odd.sum())} on a label")
    check = np.array([r.check for r in rows])
    print(f"the check's decisions: {counts(check, odd)}")
    folds = np.array([fold(r.site) for r in rows])
    scores = np.zeros(len(rows))
    for k in range(FOLDS):
        train = folds != k
        w, b = fit(x[train], y[train], args.l2)
        scores[~train] = 1.0 / (1.0 + np.exp(-(x[~train] @ w + b)))
    for threshold in THRESHOLDS:
        print(f"model, cross-validated, threshold {threshold}: {counts(scores >= threshold, odd)}")
        added = (scores >= threshold) & ~check
        print(f"  the check's, plus the model's beyond them: {counts(check | added, odd)}")
    w, b = fit(x, y, args.l2)
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name:<16} {value:+.3f}")
    print(f"  {'bias':<16} {b:+.3f}")
    if args.show:
        for row, score in zip(rows, scores, strict=True):
            if (score >= 0.5) != row.check:
                print(f"  {score:.2f} odd={row.odd} check={row.check} {row.where}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
