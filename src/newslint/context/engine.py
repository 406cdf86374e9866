"""The context engine: a small language model asked two questions about a document.

1. How surprising is each token where it stands (one pass over the document, paragraph windows,
   so attention is never quadratic in the document's length)?
2. Given the text before a word, which of several candidate words (with the few words that follow
   them) does the model find more probable?

The engine is built once per process for a model file (`loading.load_engine`) and is read-only
after that, so worker processes and repeated checks share it without changing any result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

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


@runtime_checkable
class ContinuingRuntime(Protocol):
    """A runtime that keeps a sequence's keys and values and runs continuations of it."""

    def logprobs_keeping(
        self, sequences: Sequence[Sequence[int]], scored_from: Sequence[int]
    ) -> tuple[list[np.ndarray], list[Any]]: ...

    def logprobs_after(
        self, continuations: Sequence[tuple[Any, int, Sequence[int]]]
    ) -> list[np.ndarray]: ...


# A comparison run after a kept stretch: the stretch's first token, how many of its tokens the
# run follows, and the run's own tokens (the token before the word, the word, the words after).
Continuation = tuple[int, int, tuple[int, ...]]
T = TypeVar("T")


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

    def sampled_scores(
        self, text: str, ranked: Sequence[tuple[int, int]], budget: int, lead: int
    ) -> TokenScores:
        """Token log-probabilities inside some spans of the text only (NaN elsewhere): the spans
        taken in the order given while their tokens, each with up to `lead` tokens of context
        before it, fit in `budget` tokens; each runs as its own short sequence, in one batch.
        A pass over a document's likeliest sentences for a fixed cost, where `token_scores`
        costs a pass over every token."""
        layout = self._layout_of(text)
        starts, ends = layout.spans[:, 0], layout.spans[:, 1]
        chosen: list[tuple[int, int, int]] = []
        for start, end in ranked:
            first = int(np.searchsorted(ends, start, side="right"))
            stop = int(np.searchsorted(starts, end, side="left"))
            begin = max(0, first - lead)
            if stop - first > 1 and stop - begin <= budget:
                chosen.append((begin, first, stop))
                budget -= stop - begin
        logprobs = np.full(len(starts), np.nan, dtype=np.float32)
        context = np.zeros(len(starts), dtype=np.int32)
        scored = self._score([layout.ids[begin:stop] for begin, _, stop in chosen])
        for (begin, first, stop), scores in zip(chosen, scored, strict=True):
            at = max(first, begin + 1)
            logprobs[at:stop] = scores[at - begin - 1 :]
            context[at:stop] = np.arange(at - begin, stop - begin)
        return TokenScores(starts, ends, logprobs, context)

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        """Score each suspect as written and with each alternative, from the same left context.
        Suspects the model already finds at least `gate` probable (log) are not judged. First
        one batch runs the stretches around the suspects (each from `JUDGE_CONTEXT_TOKENS`
        before a suspect to the end of the right-hand words of the last suspect overlapping it;
        never the rest of the paragraph); then a second batch runs every alternative of every
        suspect left."""
        return self.judge_together(text, [(suspects, gate)])[0]

    def judge_together(
        self, text: str, requests: Sequence[tuple[Sequence[Suspect], float]]
    ) -> list[list[Verdict]]:
        """`judge` for several rules' (suspects, gate) at once, in two batches for all of them
        instead of two per rule (a batch of one short sequence costs half as much again per
        token). Their stretches are cut from every rule's suspects together, so two rules'
        suspects close together share one; the verdicts are kept for the text, so a rule asking
        again afterwards gets the same ones without running anything."""
        layout = self._layout_of(text)
        keys = [(tuple(suspects), gate) for suspects, gate in requests]
        fresh = list(dict.fromkeys(key for key in keys if key not in layout.verdicts))
        placed = {
            key: [p for p in (self._place(layout, s) for s in key[0]) if p is not None]
            for key in fresh
        }
        cut = _stretches([place for places in placed.values() for place in places])
        continues = isinstance(self.runtime, ContinuingRuntime)
        if continues:
            self._run_stretches_keeping(layout, cut)
        else:
            self._score_stretches(layout, list(dict.fromkeys(cut.values())))
        compare = self._continuations if continues else self._comparison
        comparisons = []
        for key in fresh:
            asked = []
            for place in placed[key]:
                begin, stop = cut[place]
                scores = layout.stretch(begin, stop)
                assert scores is not None
                if float(scores[place.first - begin - 1 : place.last - begin - 1].sum()) <= key[1]:
                    asked.append(place)
            comparisons.append((key, asked, *compare(text, layout, asked, cut)))
        runs = [run for _, _, batch, _, _ in comparisons for run in batch]
        scored = iter(self._continue(layout, runs) if continues else self._score_once(layout, runs))
        for key, asked, _, contexts, known in comparisons:
            totals = [_total(next(scored), context, continues) for context in contexts]
            layout.verdicts[key] = self._verdicts(asked, known, totals)
        return [layout.verdicts[key] for key in keys]

    def judging_costs(self, text: str, suspects: Sequence[Suspect]) -> list[int]:
        """The most tokens the model runs to judge each suspect alone: its stretch (from its
        judged context to the end of its right-hand words), then the word as written and each
        alternative with the words after it, each after the token before the word (a runtime
        that cannot continue a kept stretch runs the left context again for each). Suspects
        that share a stretch, or that the gate trusts, cost less; one outside every window
        (never judged) costs nothing."""
        layout = self._layout_of(text)
        again = not isinstance(self.runtime, ContinuingRuntime)
        costs = []
        for suspect in suspects:
            place = self._place(layout, suspect)
            if place is None:
                costs.append(0)
                continue
            lead = text[int(layout.spans[place.first, 0]) : suspect.start]
            before = place.first - place.begin if again else 1
            words = (text[suspect.start : suspect.end], *suspect.alternatives)
            runs = sum(before + len(self.tokenizer.ids(lead + w + suspect.right)) for w in words)
            costs.append(place.stop - place.begin + runs)
        return costs

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
        self, text: str, layout: Layout, asked: list[Placed], cut: dict[Placed, tuple[int, int]]
    ) -> tuple[list[list[int]], list[int], list[float | None]]:
        """The sequences comparing each asked suspect with its alternatives, each from the
        suspect's left context, with the length of that context; and the score as written where
        its stretch already gives it, which is not run again."""
        sequences, prefixes = [], []
        known: list[float | None] = []
        for place in asked:
            suspect, first = place.suspect, place.first
            lead = text[int(layout.spans[first, 0]) : suspect.start]
            written = self.tokenizer.ids(lead + text[suspect.start : suspect.end] + suspect.right)
            end = first + len(written)
            begin = _context_start(place, cut[place][0], len(written))
            scores = layout.stretch(begin, end)
            if scores is not None and layout.ids[first:end] == written:
                known.append(float(scores[first - begin - 1 :].sum()))
                words: tuple[str, ...] = suspect.alternatives
            else:
                known.append(None)
                words = (text[suspect.start : suspect.end], *suspect.alternatives)
            prefix = layout.ids[begin:first]
            for word in words:
                sequences.append(prefix + self.tokenizer.ids(lead + word + suspect.right))
                prefixes.append(len(prefix))
        return sequences, prefixes, known

    def _continuations(
        self, text: str, layout: Layout, asked: list[Placed], cut: dict[Placed, tuple[int, int]]
    ) -> tuple[list[Continuation], list[int], list[float | None]]:
        """`_comparison` for a runtime that continues a kept stretch: each word (with the few
        words after it) runs alone after the keys and values of the stretch's tokens before it,
        so it has all the stretch's context at the cost of its own tokens."""
        runs: list[Continuation] = []
        contexts: list[int] = []
        known: list[float | None] = []
        for place in asked:
            suspect, first, begin = place.suspect, place.first, cut[place][0]
            lead = text[int(layout.spans[first, 0]) : suspect.start]
            written = self.tokenizer.ids(lead + text[suspect.start : suspect.end] + suspect.right)
            scores = layout.stretch(begin, first + len(written))
            words: tuple[str, ...] = suspect.alternatives
            if scores is not None and layout.ids[first : first + len(written)] == written:
                known.append(float(scores[first - begin - 1 :].sum()))
            else:
                known.append(None)
                words = (text[suspect.start : suspect.end], *words)
            for word in words:
                tokens = (layout.ids[first - 1], *self.tokenizer.ids(lead + word + suspect.right))
                runs.append((begin, first - 1 - begin, tokens))
                contexts.append(first - begin)
        return runs, contexts, known

    @staticmethod
    def _verdicts(
        asked: list[Placed], known: list[float | None], scored: list[tuple[float, int]]
    ) -> list[Verdict]:
        totals = iter(scored)
        verdicts = []
        for place, as_written in zip(asked, known, strict=True):
            runs = [
                next(totals) for _ in range(len(place.suspect.alternatives) + (as_written is None))
            ]
            written_total = runs.pop(0)[0] if as_written is None else as_written
            others = tuple(total for total, _ in runs)
            verdicts.append(Verdict(place.suspect, written_total, others, runs[0][1]))
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

    def _run_stretches_keeping(self, layout: Layout, cut: dict[Placed, tuple[int, int]]) -> None:
        """Run each stretch not run yet, keeping its keys and values; scored from its first
        suspect on (the tokens before are only read)."""
        wanted: dict[int, tuple[int, int]] = {}
        for place, (begin, stop) in cut.items():
            stop_so_far, first = wanted.get(begin, (stop, place.first))
            wanted[begin] = (max(stop, stop_so_far), min(first, place.first))
        missing = [
            (a, b, first) for a, (b, first) in wanted.items() if layout.past(a, b, first) is None
        ]
        runtime = self.runtime
        assert isinstance(runtime, ContinuingRuntime)
        for chunk in _by_length(missing, lambda m: m[1] - m[0]):
            scored, pasts = runtime.logprobs_keeping(
                [layout.ids[a:b] for a, b, _ in chunk], [first - a - 1 for a, _, first in chunk]
            )
            for (a, b, _), scores, past in zip(chunk, scored, pasts, strict=True):
                layout.keep(a, b, scores)
                layout.pasts[a] = (b, past)

    def _continue(self, layout: Layout, runs: list[Continuation]) -> list[np.ndarray]:
        """Scores of each continuation (a stretch's first token, how many of its tokens come
        before, the tokens that follow them); one asked by two rules runs once."""
        missing = list(dict.fromkeys(run for run in runs if run not in layout.continued))
        runtime = self.runtime
        assert isinstance(runtime, ContinuingRuntime)
        for chunk in _by_length(missing, lambda run: run[1] + len(run[2])):
            rows = [(layout.pasts[begin][1], kept, tokens) for begin, kept, tokens in chunk]
            for run, scores in zip(chunk, runtime.logprobs_after(rows), strict=True):
                layout.continued[run] = scores
        return [layout.continued[run] for run in runs]

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


def _by_length(items: list[T], length: Callable[[T], int]) -> Iterator[list[T]]:
    """Batches of at most `BATCH_SEQUENCES` items of similar lengths (padding is work thrown
    away, and a batch's logits grow with it)."""
    ordered = sorted(items, key=length)
    for at in range(0, len(ordered), BATCH_SEQUENCES):
        yield ordered[at : at + BATCH_SEQUENCES]


def _total(scores: np.ndarray, context: int, continued: bool) -> tuple[float, int]:
    """The log-probability of a compared word and the words after it, and its context: a
    continuation scores just those tokens; a whole sequence has `context` tokens before them."""
    return float(scores.sum() if continued else scores[context - 1 :].sum()), context


def _stretches(placed: list[Placed]) -> dict[Placed, tuple[int, int]]:
    """The stretch each suspect is read from: suspects whose stretches (from their judged context
    to the end of their right-hand words) overlap in a window share one, so a word is never run
    twice; suspects far apart get their own, so the text between them is not run at all, and
    each such first suspect's score as written is its stretch's."""
    cut: dict[Placed, tuple[int, int]] = {}
    group: list[Placed] = []
    for place in sorted(placed, key=lambda p: (p.window, p.begin)):
        if group and (place.window != group[0].window or place.begin >= max(p.stop for p in group)):
            _share(cut, group)
            group = []
        group.append(place)
    _share(cut, group)
    return cut


def _share(cut: dict[Placed, tuple[int, int]], group: list[Placed]) -> None:
    if group:
        stretch = (min(p.begin for p in group), max(p.stop for p in group))
        cut.update(dict.fromkeys(group, stretch))


def _context_start(place: Placed, shared: int, written_tokens: int) -> int:
    """Where a suspect's comparison starts: at its own judged context, or at the start of the
    stretch it shares with an earlier suspect when the few extra tokens of context that adds to
    each alternative cost less than running the text as written again (the stretch gives it)."""
    extra = place.begin - shared
    own = place.first - place.begin + written_tokens
    return shared if extra * len(place.suspect.alternatives) < own else place.begin
