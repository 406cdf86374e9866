"""Context smoothing of furniture verdicts, after jusText's: a short block takes its neighbours'
class. jusText resolves a short block lying between two boilerplate blocks as boilerplate; here a
lone short line whose nearest blocks on both sides are furniture (or the page's edge on one side)
is one more item of the same page furniture: a site name over a breadcrumb, a date between a
byline and a share bar, a location line between two station logos, a "Connect with us" between a
language switch and a section label.

Only a lone block is smoothed: two or more unexplained short lines in a row may be the story's own
(a book's front matter, a column's heading block), and the classifier of their neighbours says
nothing about them. A headline is never smoothed, nor a line that ends a sentence. Nor is a line
whose neighbours are furniture only by guesses from shape (the shape model's, a run of short
lines): on a scanned newspaper's page a headline stacked in capitals lines ("PRISON RECORDS" /
"OF OLDEN TIMES" / "RECALL KILLING") is shaped like a menu line by line, and smoothing one guess
by two others would only spread it. One neighbour with evidence of its own is needed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from newslint.page_layout import find_headline
from newslint.textblocks import Block

SMOOTHED = "a lone short line between furniture lines (one more item of the page's furniture)"


def lone_between_furniture(
    items: list[Block],
    reasons: list[str | None],
    headline: int | None,
    max_words: int,
    guesses: Collection[str] = (),
) -> Iterator[int]:
    """Indexes of unexplained short blocks whose neighbours on both sides are furniture, one of
    them for a reason that is not among `guesses`. The page's last line has the page's edge below
    it, as in jusText; its first line only when a headline stands lower (a short line above the
    headline is a label, a short first line with none below it may be the headline itself:
    "Talks resume" over its byline). The edge is no evidence: the other side must be."""
    last = len(items) - 1
    if last < 1:
        return
    for index, block in enumerate(items):
        if reasons[index] is not None or index == headline or not _short(block, max_words):
            continue
        sides = [reasons[i] for i in (index - 1, index + 1) if 0 <= i <= last]
        if index == 0:
            before = headline is not None and headline > 0
        else:
            before = reasons[index - 1] is not None
        after = index == last or reasons[index + 1] is not None
        if before and after and any(side not in guesses for side in sides if side is not None):
            yield index


def _short(block: Block, max_words: int) -> bool:
    return block.lines == 1 and block.words <= max_words and not block.ends_sentence


def smooth_lone_lines(
    items: list[Block], reasons: list[str | None], max_words: int, guesses: Collection[str] = ()
) -> None:
    """Give each lone short line between furniture lines the reason `SMOOTHED` (0: off), unless
    its neighbours are furniture only for reasons among `guesses`. Judged on the verdicts as they
    stand, so one smoothed line does not make its neighbour lone."""
    if max_words <= 0:
        return
    headline = find_headline(items, reasons)
    for index in list(lone_between_furniture(items, reasons, headline, max_words, guesses)):
        reasons[index] = SMOOTHED
