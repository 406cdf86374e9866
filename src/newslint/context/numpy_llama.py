"""A Llama decoder in numpy: batched forward passes that return token log-probabilities, and that
can continue a sequence from the keys and values kept from an earlier pass.

Needs no compiler: the weights are float32 matrices from `gguf_weights`. The sequences of a batch
are packed (no padding) for the matrix products, which are nearly all the work; only attention
sees them row by row. Keeping a sequence's keys and values (its `Past`) lets several
continuations of the same left context (the words judged against each other) run only their own
tokens: the runtime CTranslate2 offers no such reuse for scoring, which is why judging runs here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newslint.context.gguf_weights import LlamaWeights


@dataclass(frozen=True)
class Past:
    """The keys and values (after rotary positions) of a sequence's tokens, one (kv heads,
    tokens, head dim) array of each per layer: all a continuation needs of the tokens before it."""

    keys: tuple[np.ndarray, ...]
    values: tuple[np.ndarray, ...]


@dataclass(frozen=True)
class _Batch:
    """Where each packed token sits: its row, its index among the row's new tokens, and its
    position in the row's whole sequence (the past's tokens come first)."""

    rows: list[tuple[Past | None, int, Sequence[int]]]
    row_of: np.ndarray
    step: np.ndarray
    position: np.ndarray
    lengths: list[int]

    @classmethod
    def of(cls, rows: Sequence[tuple[Past | None, int, Sequence[int]]]) -> _Batch:
        lengths = [len(tokens) for _, _, tokens in rows]
        offsets = np.repeat([kept for _, kept, _ in rows], lengths)
        step = np.concatenate([np.arange(length) for length in lengths])
        row_of = np.repeat(np.arange(len(rows)), lengths)
        return cls(list(rows), row_of, step, step + offsets, lengths)


def _rms_norm(x: np.ndarray, weight: np.ndarray, eps: float) -> np.ndarray:
    scale = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    return (x * scale * weight).astype(np.float32, copy=False)


# Rows of the output layer computed at a time. A row of logits is the vocabulary wide (49,152
# floats for SmolLM2, 192 KB): a batch of 32 paragraph windows has ~6,000 rows, whose whole matrix
# would be 1.2 GB, three times over while its log-softmax was formed.
OUTPUT_ROWS = 256


def _chosen_logprobs(hidden: np.ndarray, output: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """log p(target) for each row of final hidden states, `OUTPUT_ROWS` rows at a time; only the
    target's logit and the row's log-sum-exp are kept (exponentiated in place), never the
    log-probabilities of the whole vocabulary."""
    chosen = np.empty(len(targets), dtype=np.float32)
    for at in range(0, len(targets), OUTPUT_ROWS):
        logits = hidden[at : at + OUTPUT_ROWS] @ output
        top = logits.max(axis=1)
        picked = logits[np.arange(len(logits)), targets[at : at + OUTPUT_ROWS]] - top
        np.subtract(logits, top[:, None], out=logits)
        np.exp(logits, out=logits)
        chosen[at : at + OUTPUT_ROWS] = picked - np.log(logits.sum(axis=1))
    return chosen


class NumpyLlama:
    name = "numpy"

    def __init__(self, weights: LlamaWeights, threads: int = 1):
        from threadpoolctl import ThreadpoolController

        self.w = weights
        self.c = weights.config
        # BLAS's own default is every core; on a shared machine its idle threads spin and cost
        # three times the CPU for no gain, so a model gets the threads it is given.
        self.threads = threads
        self._blas = ThreadpoolController()
        half = self.c.head_dim // 2
        self._inv_freq = self.c.rope_base ** (-np.arange(half, dtype=np.float64) / half)

    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """For each sequence, log p(token t | tokens before t) for t = 1 … len-1."""
        scores, _ = self._run([(None, 0, s) for s in sequences], [0] * len(sequences), False)
        return scores

    def logprobs_keeping(
        self, sequences: Sequence[Sequence[int]], scored_from: Sequence[int]
    ) -> tuple[list[np.ndarray], list[Past]]:
        """`sequence_logprobs`, NaN before index `scored_from` of each sequence's scores (the
        output layer is a fifth of the work, and a context is only read), with each sequence's
        keys and values for `logprobs_after`."""
        scores, pasts = self._run([(None, 0, s) for s in sequences], scored_from, True)
        return scores, pasts

    def logprobs_after(
        self, continuations: Sequence[tuple[Past, int, Sequence[int]]]
    ) -> list[np.ndarray]:
        """For each (past, n, tokens): log p(tokens[t] | the past's first n tokens, tokens before
        t) for t = 1 … len-1, exactly what the whole sequence would give, running only `tokens`."""
        scores, _ = self._run(continuations, [0] * len(continuations), False)
        return scores

    # -- the network ---------------------------------------------------------------------------
    def _run(
        self,
        rows: Sequence[tuple[Past | None, int, Sequence[int]]],
        scored_from: Sequence[int],
        keep: bool,
    ) -> tuple[list[np.ndarray], list[Past]]:
        if not rows:
            return [], []
        with self._blas.limit(limits=self.threads, user_api="blas"):
            return self._forward(rows, scored_from, keep)

    def _forward(
        self,
        rows: Sequence[tuple[Past | None, int, Sequence[int]]],
        scored_from: Sequence[int],
        keep: bool,
    ) -> tuple[list[np.ndarray], list[Past]]:
        c = self.c
        batch = _Batch.of(rows)
        angles = (batch.position[:, None] * self._inv_freq).astype(np.float32)
        rotation = (np.cos(angles)[:, None], np.sin(angles)[:, None])
        mask = self._mask(batch)
        x = self.w.embedding[np.concatenate([np.asarray(t, dtype=np.int64) for _, _, t in rows])]
        kept: list[tuple[np.ndarray, np.ndarray]] = []
        for layer, block in enumerate(self.w.blocks):
            normed = _rms_norm(x, block["attn_norm"], c.rms_eps)
            attended, keys, values = self._attention(normed, block, layer, batch, rotation, mask)
            x = x + attended
            x = x + self._mlp(_rms_norm(x, block["ffn_norm"], c.rms_eps), block)
            if keep:
                kept.append((keys, values))
        x = _rms_norm(x, self.w.output_norm, c.rms_eps)
        return self._scores(x, batch, scored_from), self._pasts(kept, batch) if keep else []

    def _scores(self, x: np.ndarray, batch: _Batch, scored_from: Sequence[int]) -> list[np.ndarray]:
        """Log-probabilities of each row's tokens 1 … len-1, from the hidden states before them."""
        starts = np.cumsum([0, *batch.lengths])
        picked, targets, places = [], [], []
        for row, (_, _, tokens) in enumerate(batch.rows):
            first = min(max(scored_from[row], 0), max(len(tokens) - 1, 0))
            picked.append(np.arange(starts[row] + first, starts[row + 1] - 1))
            targets.append(np.asarray(tokens[first + 1 :], dtype=np.int64))
            places.append(first)
        where = np.concatenate(picked)
        chosen = _chosen_logprobs(x[where], self.w.output, np.concatenate(targets))
        results, at = [], 0
        for row, first in enumerate(places):
            scores = np.full(max(batch.lengths[row] - 1, 0), np.nan, dtype=np.float32)
            count = len(scores) - first
            scores[first:] = chosen[at : at + count]
            at += count
            results.append(scores)
        return results

    @staticmethod
    def _pasts(kept: list[tuple[np.ndarray, np.ndarray]], batch: _Batch) -> list[Past]:
        """Each row's keys and values, split from the packed arrays, as (kv heads, tokens, d)."""
        starts = np.cumsum([0, *batch.lengths])
        return [
            Past(
                tuple(np.ascontiguousarray(k[a:b].transpose(1, 0, 2)) for k, _ in kept),
                tuple(np.ascontiguousarray(v[a:b].transpose(1, 0, 2)) for _, v in kept),
            )
            for a, b in itertools.pairwise(starts)
        ]

    @staticmethod
    def _mask(batch: _Batch) -> np.ndarray:
        """Additive mask (rows, 1, queries, keys): a new token sees its row's past (the first n
        tokens kept) and the row's new tokens up to itself; keys are laid out as past then new."""
        offsets = np.array([kept for _, kept, _ in batch.rows])
        queries = np.arange(max(batch.lengths))
        keys = np.arange(int((offsets + np.array(batch.lengths)).max()))
        allowed = keys[None, None, :] <= offsets[:, None, None] + queries[None, :, None]
        return np.where(allowed, np.float32(0.0), np.float32(-1e9))[:, None]

    @staticmethod
    def _mlp(x: np.ndarray, block: dict[str, np.ndarray]) -> np.ndarray:
        gate = x @ block["gate"]
        return ((gate / (1.0 + np.exp(-gate))) * (x @ block["up"])) @ block["down"]

    @staticmethod
    def _rope(x: np.ndarray, rotation: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Rotary positions on adjacent pairs (the layout GGUF stores Llama's q/k weights in)."""
        cos, sin = rotation
        pairs = x.reshape(*x.shape[:-1], -1, 2)
        even, odd = pairs[..., 0], pairs[..., 1]
        rotated = np.stack([even * cos - odd * sin, even * sin + odd * cos], axis=-1)
        return rotated.reshape(x.shape)

    def _attention(
        self,
        x: np.ndarray,
        block: dict[str, np.ndarray],
        layer: int,
        batch: _Batch,
        rotation: tuple[np.ndarray, np.ndarray],
        mask: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Self-attention of the packed tokens; also their keys and values (tokens, kv heads, d)."""
        c = self.c
        d, group = c.head_dim, c.heads // c.kv_heads
        tokens = len(x)
        q = self._rope((x @ block["q"]).reshape(tokens, c.heads, d), rotation)
        k = self._rope((x @ block["k"]).reshape(tokens, c.kv_heads, d), rotation)
        v = (x @ block["v"]).reshape(tokens, c.kv_heads, d)
        rows, length, width = len(batch.rows), mask.shape[2], mask.shape[3]
        keys = np.zeros((rows, c.kv_heads, width, d), dtype=np.float32)
        values = np.zeros_like(keys)
        for row, (past, kept, _) in enumerate(batch.rows):
            if past is not None and kept:
                keys[row, :, :kept] = past.keys[layer][:, :kept]
                values[row, :, :kept] = past.values[layer][:, :kept]
        keys[batch.row_of, :, batch.position] = k
        values[batch.row_of, :, batch.position] = v
        queries = np.zeros((rows, c.heads, length, d), dtype=np.float32)
        queries[batch.row_of, :, batch.step] = q
        # Each kv head serves `group` query heads: stack those heads' queries instead of
        # repeating the keys.
        grouped = queries.reshape(rows, c.kv_heads, group * length, d)
        scores = grouped @ keys.transpose(0, 1, 3, 2) * np.float32(1.0 / np.sqrt(d))
        scores = scores.reshape(rows, c.kv_heads, group, length, width) + mask[:, :, None]
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        out = (scores.reshape(rows, c.kv_heads, group * length, width) @ values).reshape(
            rows, c.heads, length, d
        )
        attended = out[batch.row_of, :, batch.step].reshape(tokens, c.hidden)
        return attended @ block["o"], k, v
