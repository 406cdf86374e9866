"""What a perfect cut of glued furniture could gain, counts only: no page text is printed.

    python benchmarks/furniture_edge_ceiling.py [--corpus ../shared/corpus] [--ignore grammar]

A scraper that drops line breaks glues a label to the story ("Politics Deputy Prime Minister Le
…", "… republished in any form. Note: Browsers with 1024*768 …"), and `furniture-block` judges
the whole block, so it misses a label that covers PART of a block. This asks how many of those
an edge model could catch at best: each missed furniture label lying inside a longer block
(at its head, in its middle or at its tail) is cut out onto a line of its own, exactly where the
label says, and the page is judged again by `furniture-block` alone (its model, its guards).
A label caught then is within reach of any boundary finder; a label missed even then needs new
evidence for the cut side, not a better cut.

On 2da3d03 the ceiling was low. Real dev half: 10 such labels (4 head, 3 mid, 3 tail), 3
caught when cut out exactly; real test half: 33 (12 head, 15 mid, 6 tail), 7 caught cut. sets45a
dev 6 (2 caught cut), test 9 (2); sets45b dev 3 (1), test 3 (0). The cut sides are mostly long
(a copyright notice, a browser note) or a name the model reads as a headline (a category before
a headline run into its story), so a boundary finder that scored its furniture side with the
shipped features could gain at most a few labels a half, and only 3 on dev to fit it on; the
other partial labels need new evidence for the cut side, not a better cut.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from _corpus import overlaps
from real import gap_setup, half_of, load_records

from newslint.document import Document
from newslint.engine import Linter
from newslint.textblocks import blocks

RULE = "scrape.furniture-block"
SLACK = 2  # a label within two characters of the block's edge covers that edge


def edge_of(label: dict[str, Any], start: int, end: int) -> str | None:
    """Where a label lies in its block: "head", "mid", "tail", or None when it covers it all."""
    at_start = label["start"] <= start + SLACK
    at_end = label["end"] >= end - SLACK
    if at_start and at_end:
        return None
    return "head" if at_start else "tail" if at_end else "mid"


def cut_out(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The text with [start, end) set on a line of its own, and where that line now lies."""
    before = text[:start].rstrip(" \t")
    new = before + "\n" + text[start:end] + "\n" + text[end:].lstrip(" \t")
    return new, len(before) + 1, len(before) + 1 + end - start


def page_counts(record: dict[str, Any], full: Linter, furniture: Linter) -> Counter:
    """The page's partial furniture labels the full rule set misses, by edge, and how many the
    furniture rule catches once each is cut out."""
    text = record["excerpt"]
    found = full.lint(Document.from_raw(text))
    items = blocks(text)
    tally: Counter = Counter()
    for label in record["labels"]:
        if label["family"] != "furniture":
            continue
        if any(overlaps(f.start, f.end, label["start"], label["end"], 0) for f in found):
            continue
        block = next(
            (b for b in items if overlaps(b.start, b.end, label["start"], label["end"], 0)), None
        )
        edge = None if block is None else edge_of(label, block.start, block.end)
        if edge is None:
            tally["whole or no block", "missed"] += 1
            continue
        new, first, last = cut_out(text, label["start"], label["end"])
        judged = furniture.lint(Document.from_raw(new))
        tally[edge, "missed"] += 1
        tally[edge, "caught cut"] += any(overlaps(f.start, f.end, first, last, 0) for f in judged)
    return tally


def main() -> int:
    corpus, full = gap_setup(__doc__.split("\n")[0])
    furniture = Linter([r for r in full.rules if r.id == RULE])
    halves: dict[str, Counter] = {"dev": Counter(), "test": Counter()}
    for record in load_records(corpus):
        halves[half_of(record["domain"])].update(page_counts(record, full, furniture))
    for half, tally in halves.items():
        print(f"{half} half: missed furniture labels (caught if cut out exactly)")
        for edge in ("head", "mid", "tail", "whole or no block"):
            caught = (
                f" ({tally[edge, 'caught cut']} caught cut)" if edge != "whole or no block" else ""
            )
            print(f"  {edge:18} {tally[edge, 'missed']:4}{caught}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
