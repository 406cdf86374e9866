"""Does the context model tell page furniture, LLM filler and OCR damage from article text by
line? (issue 14, stop 61)

    python benchmarks/context_lines.py --corpus DIR [--corpus DIR ...] [--half dev|test|both]
                                       [--min-words N]

For each line of each labelled real page, three scores from the context model (mean surprisal,
nats per token): `alone` (the line read by itself, as the surprisal pass reads a paragraph),
`after` (the line read after up to 384 tokens of the page before it: does it continue what came
before?) and `gain` (alone minus after: how much the page before helps). `page` is `after` minus
the page's median over its lines of 8 words or more (a line the page's own paragraphs do not
predict). A line is a family's when that family's labels cover half its characters or more; the
negatives are lines with no label at all. For each score and family this prints the AUC (either
direction: 0.5 is chance, below 0.5 the family reads more predictable than article text) and the
precision at 10 % and 20 % recall (ranked the way the score leans), over every such line and
over those whose labels the default path misses (the lines a new piece of evidence would have to
reach). Counts only: no page text. It also prints the CPU seconds per page of each pass (one model
thread).

Measured at stop 61 on the shape sets (real dev half, train59a, lab59a, lab60a: 315 pages, 3,028
lines; lines of 3 words or more), against the 1,094 unlabelled lines: no score separates the lines
the default path misses of furniture (88 lines: AUC 0.49-0.59, precision <= 0.19 at 20 % recall)
or LLM (13 lines: AUC 0.35-0.63, precision <= 0.04). A logistic model of the four scores fitted on
three sets and read on the fourth did worse on missed furniture than one of the line's shape
alone (held-out AUC, shape / scores / both: lab60a 0.81 / 0.45 / 0.81, train59a 0.55 / 0.63 /
0.49, lab59a 0.64 / 0.36 / 0.60, dev half 0.74 / 0.65 / 0.70). OCR lines read more surprising: the
40 that `--context` still misses rank above article lines (the same held-out fits: AUC 0.83 on
lab60a's 4, 0.83 on train59a's 15, 0.82 on the dev half's 24), but no threshold is usable: a line
read at 6.5 nats a token or more after the page flags 7 of the 40 and 65 unlabelled lines, 13 of
them on clean pages (at 7.5: 3 and 29). Words inside missed OCR labels against the other words of
the same scanned pages, by surprisal after the page beyond their word frequency: AUC 0.68,
precision 0.10 at 10 % recall. The GLTR view of LLM spans of 5 tokens or more (share of tokens the
model ranks first or in its top ten, mean log-rank, entropy; measured apart, this runtime reports
no ranks): AUC 0.57-0.68 over the four sets, 0.42-0.85 set by set, precision <= 0.26 at 20 %
recall, <= 0.09 for the 16 spans `--context` misses. Each pass costs about 1 s CPU a page.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from _corpus import overlaps, require_corpus
from real import in_half, load_records

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

FAMILIES = ("furniture", "llm", "ocr")
AFTER_WINDOW = 384  # tokens a window of the `after` pass holds
AFTER_KEEP = 128  # tokens of the page before that each later window starts with (read only)
SCORES = ("alone", "after", "gain", "page")


def after_pass(engine: Any, ids: list[int]) -> np.ndarray:
    """log p of each token after up to AFTER_WINDOW tokens of the text before it (NaN: token 0)."""
    scores = np.full(len(ids), np.nan, dtype=np.float32)
    start = 0
    while start < len(ids) - 1:
        stop = min(len(ids), start + AFTER_WINDOW)
        first = 1 if start == 0 else AFTER_KEEP
        run = engine.runtime.sequence_logprobs([ids[start:stop]])[0]
        scores[start + first : stop] = run[first - 1 :]
        if stop == len(ids):
            break
        start = stop - AFTER_KEEP
    return scores


def page_lines(engine: Any, record: dict[str, Any], cpu: dict[str, float]) -> list[dict[str, Any]]:
    """Each non-empty line of a page with its scores and the characters each family covers."""
    text = record["excerpt"]
    began = time.process_time()
    alone = engine.token_scores(text).logprobs
    middle = time.process_time()
    ids, offsets = engine.tokenizer.encode(text)
    after = after_pass(engine, ids)
    cpu["alone"] += middle - began
    cpu["after"] += time.process_time() - middle
    starts = np.array([a for a, _ in offsets])
    ends = np.array([b for _, b in offsets])
    lines, position = [], 0
    for line in text.split("\n"):
        a, b = position, position + len(line)
        position = b + 1
        inside = (starts >= a) & (ends <= b) & (ends > starts)
        scored = inside & ~np.isnan(alone) & ~np.isnan(after)
        if not line.strip() or scored.sum() < 2:
            continue
        covered: dict[str, int] = defaultdict(int)
        labels = [lb for lb in record["labels"] if min(b, lb["end"]) > max(a, lb["start"])]
        for label in labels:
            covered[label["family"]] += min(b, label["end"]) - max(a, label["start"])
        lines.append(
            {
                "span": (a, b),
                "words": len(line.split()),
                "chars": len(line.strip()),
                "alone": -float(alone[scored].mean()),
                "after": -float(after[scored].mean()),
                "covered": covered,
                "labels": labels,
            }
        )
    long_lines = [ln["after"] for ln in lines if ln["words"] >= 8] or [ln["after"] for ln in lines]
    median = float(np.median(long_lines)) if long_lines else 0.0
    for line in lines:
        line["gain"] = line["alone"] - line["after"]
        line["page"] = line["after"] - median
    return lines


def family_of(line: dict[str, Any]) -> str | None:
    """The family whose labels cover half the line or more; "article" for an unlabelled line."""
    covered = line["covered"]
    if not covered:
        return "article"
    best = max(covered, key=covered.get)
    return best if best in FAMILIES and covered[best] * 2 >= line["chars"] else None


def auc(positives: list[float], negatives: list[float]) -> float:
    """P(a positive scores above a negative), ties counted half."""
    if not positives or not negatives:
        return float("nan")
    neg = np.sort(np.array(negatives))
    below = np.searchsorted(neg, positives, side="left")
    ties = np.searchsorted(neg, positives, side="right") - below
    return float((below + ties / 2).sum() / (len(positives) * len(negatives)))


def precision_at(positives: list[float], negatives: list[float], recall: float) -> float:
    ranked = sorted(positives, reverse=True)
    taken = max(1, round(recall * len(ranked)))
    threshold = ranked[taken - 1]
    false = sum(score >= threshold for score in negatives)
    return taken / (taken + false)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--min-words", type=int, default=3)
    args = parser.parse_args()
    for corpus in args.corpus:
        require_corpus(corpus, "real")
    from newslint.context.loading import load_engine

    engine = load_engine(None)
    linter = Linter(load_rules(), ignore=["grammar"])
    cpu: dict[str, float] = defaultdict(float)
    pages = 0
    rows: list[tuple[str, bool, dict[str, Any]]] = []
    for corpus in args.corpus:
        for record in load_records(corpus):
            if args.half != "both" and not in_half(record["domain"], args.half):
                continue
            pages += 1
            findings = linter.lint(Document.from_raw(record["excerpt"]))
            for line in page_lines(engine, record, cpu):
                family = family_of(line)
                if family is None or line["words"] < args.min_words:
                    continue
                caught = bool(line["labels"]) and all(
                    any(overlaps(f.start, f.end, lb["start"], lb["end"], 0) for f in findings)
                    for lb in line["labels"]
                )
                rows.append((family, caught, line))
    print(
        f"{pages} pages; CPU s/page: " + ", ".join(f"{k} {v / pages:.2f}" for k, v in cpu.items())
    )
    article = [line for family, _, line in rows if family == "article"]
    for missed_only in (False, True):
        print("lines the default path misses" if missed_only else "all lines")
        for family in FAMILIES:
            chosen = [ln for f, c, ln in rows if f == family and not (missed_only and c)]
            for score in SCORES:
                pos, neg = [ln[score] for ln in chosen], [ln[score] for ln in article]
                if len(pos) < 3:
                    continue
                area = auc(pos, neg)
                if area < 0.5:  # precision read the way the score separates, if at all
                    pos, neg = [-x for x in pos], [-x for x in neg]
                print(
                    f"  {family:9} {score:5} n={len(pos):4} vs {len(neg):4}  AUC {area:.3f}"
                    f"  P@10% {precision_at(pos, neg, 0.1):.2f}  P@20% {precision_at(pos, neg, 0.2):.2f}"
                )


if __name__ == "__main__":
    main()
