"""The runs of lines that differ between a document and its fixed form, fast on long documents.

difflib's matcher compares every repeated line with every other (a document's blank lines): on
a 2,000-line document it took 22 s, on 4,000 lines 150 s. Lines that occur once in both forms
anchor the alignment (the longest run of them in the same order, as patience diff does); only the
short stretches between anchors go to difflib."""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from collections.abc import Sequence

Opcode = tuple[str, int, int, int, int]  # difflib's (tag, i1, i2, j1, j2)

# A stretch between anchors longer than this on both sides is replaced whole rather than
# aligned line by line (its alignment would cost its length squared).
STRETCH_LIMIT = 2_000


def line_opcodes(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """difflib-style opcodes turning `old` into `new`; each run that differs is one opcode."""
    opcodes: list[Opcode] = []
    i = j = 0
    for anchor_i, anchor_j in [*_anchors(old, new), (len(old), len(new))]:
        opcodes += _stretch(old, new, i, anchor_i, j, anchor_j)
        if anchor_i < len(old):
            opcodes.append(("equal", anchor_i, anchor_i + 1, anchor_j, anchor_j + 1))
        i, j = anchor_i + 1, anchor_j + 1
    return _merged(opcodes)


def _anchors(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """Lines found once in each form, as (old index, new index), the longest chain in order."""
    old_counts, new_counts = Counter(old), Counter(new)
    where_new = {line: j for j, line in enumerate(new) if new_counts[line] == 1}
    pairs = [
        (i, where_new[line])
        for i, line in enumerate(old)
        if old_counts[line] == 1 and line in where_new
    ]
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of `pairs` (sorted by old index) whose new indexes increase."""
    tails: list[int] = []  # new index ending the best chain of each length
    tail_at: list[int] = []  # which pair ends it
    before: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[length], tail_at[length] = j, k
        before[k] = tail_at[length - 1] if length else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _stretch(old: Sequence[str], new: Sequence[str], i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:  # fmt: skip
    if i1 == i2 and j1 == j2:
        return []
    if i2 - i1 > STRETCH_LIMIT and j2 - j1 > STRETCH_LIMIT:
        return [("replace", i1, i2, j1, j2)]
    matcher = difflib.SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
    return [
        (tag, i1 + a1, i1 + a2, j1 + b1, j1 + b2) for tag, a1, a2, b1, b2 in matcher.get_opcodes()
    ]


def _merged(opcodes: list[Opcode]) -> list[Opcode]:
    """Neighbouring opcodes of one kind joined, and neighbouring changes joined into one."""
    merged: list[Opcode] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if merged and (merged[-1][0] == tag or (merged[-1][0] != "equal" and tag != "equal")):
            last = merged[-1]
            kind = tag if last[0] == tag else "replace"
            merged[-1] = (kind, last[1], i2, last[3], j2)
        else:
            merged.append((tag, i1, i2, j1, j2))
    return merged
