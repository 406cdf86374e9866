"""The context engine: a small language model asked two questions about a document.

1. How surprising is each token where it stands (one pass over the document, paragraph windows,
   so attention is never quadratic in the document's length)?
2. Given the text before a word, which of several candidate words (with the few words that follow
   them) does the model find more probable?

The engine is built once per process for a model file (`loading.load_engine`) and is read-only
after that, so worker processes and repeated checks share it without changing any result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

import numpy as np

from newslint.context.layout import (
    Layout,
    Placed,
    Suspect,
    TokenScores,
    Verdict,
    paragraph_windows,
)
from newslint.context.tokenizer import Tokenizer

# Tokens of left context a judged word is compared in: enough for the sentence it stands in and
# the one before, and short enough that every alternative of every suspect runs in one batch.
JUDGE_CONTEXT_TOKENS = 32
# Sequences per forward pass for runtimes that do not batch by themselves.
BATCH_SEQUENCES = 32


class Runtime(Protocol):
    name: str

    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]: ...


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

    def _place(self, layout: Layout, suspect: Suspect) -> Placed | None:
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
        return Placed(suspect, window, begin, first, last, min(b, max(stop, last)))

    def _comparison(
        self, text: str, layout: Layout, asked: list[Placed]
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
        asked: list[Placed], known: list[float | None], scored: list[tuple[np.ndarray, int]]
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
            self._layout = (text, Layout(ids, spans, paragraph_windows(text, offsets)))
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
