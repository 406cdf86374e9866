"""What the context engine knows about one text: its tokens, their paragraph windows, the
stretches of it scored so far, and the words it is asked to judge."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

# A window the model sees at once; paragraphs longer than this are cut with an overlap.
WINDOW_TOKENS = 192
OVERLAP_TOKENS = 32


@dataclass(frozen=True)
class TokenScores:
    """Each token of a text: its character span, its log-probability (NaN where it had no
    context) and how many tokens of context the model saw before it."""

    starts: np.ndarray
    ends: np.ndarray
    logprobs: np.ndarray
    context: np.ndarray

    def inside(self, start: int, end: int) -> np.ndarray:
        return (self.starts < end) & (self.ends > start)

    def span_logprob(self, start: int, end: int) -> float:
        return float(self.logprobs[self.inside(start, end)].sum())

    def span_context(self, start: int, end: int) -> int:
        inside = self.context[self.inside(start, end)]
        return int(inside.min()) if len(inside) else 0

    def first_index(self, start: int) -> int:
        return int(np.searchsorted(self.ends, start, side="right"))


@dataclass(frozen=True)
class Suspect:
    """A word to judge: its span, the words that might have been meant, and the text after it
    that the comparison includes (the same for every candidate)."""

    start: int
    end: int
    alternatives: tuple[str, ...]
    right: str


@dataclass(frozen=True)
class Verdict:
    suspect: Suspect
    written: float  # log-probability of the text as written, from the word to the end of `right`
    alternatives: tuple[float, ...]
    context: int = 0  # tokens of left context all of them were scored in


@dataclass(frozen=True)
class Placed:
    """A suspect located in a text's tokens: its window, the first token of the context it is
    judged in, its own tokens [first, last) and the end of its right-hand words."""

    suspect: Suspect
    window: int
    begin: int
    first: int
    last: int
    stop: int


@dataclass
class Layout:
    """A text's tokens, its paragraph windows, every stretch of it scored so far (whole windows
    for the surprisal pass, the stretches around suspects for judging; each keyed by its first
    token), the sequences judged and the verdicts reached. Judging alone never runs a window
    without a suspect, nor the parts of a window far from its suspects."""

    ids: list[int]
    spans: np.ndarray
    windows: list[tuple[int, int, int]]
    scored: dict[int, np.ndarray] = field(default_factory=dict)
    stretches: dict[int, tuple[int, np.ndarray]] = field(default_factory=dict)
    judged: dict[tuple[int, ...], np.ndarray] = field(default_factory=dict)
    # For a runtime that continues sequences: each stretch's keys and values (by first token,
    # with its end), and the continuations of them scored so far.
    pasts: dict[int, tuple[int, Any]] = field(default_factory=dict)
    continued: dict[tuple[int, int, tuple[int, ...]], np.ndarray] = field(default_factory=dict)
    verdicts: dict[tuple[tuple[Suspect, ...], float], list[Verdict]] = field(default_factory=dict)
    tokens: TokenScores | None = None

    def window_of(self, token: int) -> int | None:
        """The window where a token is first scored with context (windows overlap)."""
        for index, (a, b, skip) in enumerate(self.windows):
            if a + 1 + skip <= token < b:
                return index
        return None

    def stretch(self, begin: int, stop: int) -> np.ndarray | None:
        """Scores of tokens begin+1 … stop-1 seen from `begin`, if a stretch run so far covers
        them (a longer stretch from the same token gives the same scores: the model is causal)."""
        known = self.stretches.get(begin)
        if known is None or known[0] < stop:
            return None
        return known[1][: stop - begin - 1]

    def past(self, begin: int, stop: int, scored_from: int) -> Any | None:
        """The keys and values of a stretch from `begin` to at least `stop` whose scores start
        no later than token `scored_from`, if one was run."""
        known, scores = self.pasts.get(begin), self.stretch(begin, stop)
        if known is None or known[0] < stop or scores is None:
            return None
        return known[1] if not np.isnan(scores[scored_from - begin - 1]) else None

    def keep(self, begin: int, stop: int, scores: np.ndarray) -> None:
        """Keep a stretch's scores unless one from the same token already gives them all: as
        long, and scored from as early (a stretch is scored from its first suspect on)."""
        known = self.stretches.get(begin)
        if known is None or known[0] < stop or _unscored(known[1]) > _unscored(scores):
            self.stretches[begin] = (stop, scores)


def _unscored(scores: np.ndarray) -> int:
    """How many of a stretch's first tokens were only read, not scored (NaN)."""
    scored = np.flatnonzero(~np.isnan(scores))
    return int(scored[0]) if len(scored) else len(scores)


def paragraph_windows(text: str, offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(first token, end token, tokens to skip scoring) for each paragraph-sized window."""
    breaks = [i for i in range(1, len(offsets)) if "\n" in text[offsets[i - 1][0] : offsets[i][0]]]
    bounds = [0, *breaks, len(offsets)]
    windows = []
    for first, end in itertools.pairwise(bounds):
        start = first
        while end - start > WINDOW_TOKENS:
            skip = 0 if start == first else OVERLAP_TOKENS - 1
            windows.append((start, start + WINDOW_TOKENS, skip))
            start += WINDOW_TOKENS - OVERLAP_TOKENS
        if end - start > 1:
            windows.append((start, end, 0 if start == first else OVERLAP_TOKENS - 1))
    return windows
