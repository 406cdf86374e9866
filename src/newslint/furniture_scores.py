"""The furniture shape model's verdicts (features in `furniture_model`): a block's score, the
bound that rules a block out before its text is read, and the page-level gate that lowers the
threshold on a page whose blocks mostly carry furniture evidence already.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import mul

from newslint.furniture_model import (
    LONG_WORDS_MOST,
    PAGE_WORDS_LONGEST,
    UNREAD,
    Page,
    Read,
    own_features,
    read_features,
)
from newslint.textblocks import Block
from newslint.values import FrozenValue


def score(row: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The model's probability that the block is furniture."""
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, _weighed(row, weights)))))


def _weighed(row: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The sum of the row's weighted features, in the row's order (the same float as a sum of
    the products one by one), in C calls alone: a block's bound and score are asked for every
    block of a page."""
    return sum(map(mul, map(weights.get, row, repeat(0.0)), row.values()))


def token_room(weights: Mapping[str, float], token_weights: Mapping[str, float]) -> float:
    """The most the page_tokens or long_tokens feature can add to a block's weighed sum, for the
    bound of `scores_at_least`: its weight times the token weight of the sign that raises the
    score (a block has at most one of the two)."""
    if not token_weights:
        return 0.0
    most, least = max(token_weights.values()), min(token_weights.values())
    room = 0.0
    for weight in (weights.get("page_tokens", 0.0), weights.get("long_tokens", 0.0)):
        room = max(room, weight * most, weight * least)
    return room


# Far more than the rounding of a sum of 28 products, far less than any weight.
_BOUND_MARGIN = 1e-6


def scores_at_least(
    page: Page,
    indices: Iterable[int],
    weights: Mapping[str, float],
    threshold: float,
    read: Callable[[Block], Read] = read_features,
    token_room: float = 0.0,
) -> Iterator[int]:
    """The blocks among `indices` whose `score` reaches `threshold`. A block whose score stays
    below it even with its read features at their most incriminating values is ruled out before
    its text is read (an article's paragraphs, mostly); `read` may be a memo of `read_features`,
    `token_room` the most page_tokens can add (`token_room`)."""
    bounded = 0.0 < threshold < 1.0
    limit = math.log(threshold / (1.0 - threshold)) - _BOUND_MARGIN if bounded else 0.0
    headroom = sum(
        max(0.0, weights.get(name, 0.0)) for name in ("capitalised", "digits", "symbols")
    )
    # a short block's page words and tokens, a longer one's long words and tokens, or none
    short_room = headroom + max(0.0, weights.get("page_words", 0.0)) + token_room
    long_room = headroom + max(0.0, weights.get("long_words", 0.0)) + token_room
    for i in indices:
        block, evidence = page.items[i], page.evidence[i]
        if bounded:
            unread = page.row(i, own_features(block, evidence, UNREAD))
            if block.words <= PAGE_WORDS_LONGEST:
                room = short_room
            else:
                room = long_room if block.words <= LONG_WORDS_MOST else headroom
            if _weighed(unread, weights) + room < limit:
                continue
        if score(page.row(i, own_features(block, evidence, read(block))), weights) >= threshold:
            yield i


class DenseGate(FrozenValue):
    """Page-level evidence gating the model's line-level verdicts. On a page where `share` of the
    blocks or more already carry furniture evidence of their own (a scraped page with its menus,
    stamps and bylines kept), a line that ends no sentence is reported from `dense_threshold`;
    elsewhere (an article with a line or two of furniture, or none), and for a sentence, from the
    rule's threshold. A short line of clean copy scores like a label; the page around it tells
    them apart. A sentence ("(Applause.)", a pull quote) is the story's whatever the page."""

    FIELDS = ("share", "dense_threshold")
    share: float
    dense_threshold: float

    def __init__(self, share: float = 1.0, dense_threshold: float = 1.0):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "share", share)
        setter(self, "dense_threshold", dense_threshold)

    @classmethod
    def of(cls, option: Mapping[str, float]) -> DenseGate:
        """From the rule's `dense` option (`share`, `threshold`); empty: the gate never opens."""
        return cls(float(option.get("share", 1.0)), float(option.get("threshold", 1.0)))

    def threshold(self, reasons: Sequence[str | None], threshold: float) -> float:
        explained = sum(reason is not None for reason in reasons)
        if reasons and explained >= self.share * len(reasons):
            return min(threshold, self.dense_threshold)
        return threshold

    def shaped(
        self,
        page: Page,
        reasons: Sequence[str | None],
        weights: Mapping[str, float],
        threshold: float,
        read: Callable[[Block], Read] = read_features,
        token_room: float = 0.0,
    ) -> list[int]:
        """The unexplained blocks the model reports, in order: those at `threshold`, and on a
        dense page the lines that end no sentence at the gate's lower threshold."""
        unexplained = [index for index, reason in enumerate(reasons) if reason is None]
        found = set(scores_at_least(page, unexplained, weights, threshold, read, token_room))
        lower = self.threshold(reasons, threshold)
        if lower < threshold:
            items = page.items
            labels = [i for i in unexplained if i not in found and not items[i].ends_sentence]
            found.update(scores_at_least(page, labels, weights, lower, read, token_room))
        return sorted(found)
