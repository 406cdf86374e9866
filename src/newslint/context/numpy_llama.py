"""A Llama decoder in numpy: batched forward passes that return token log-probabilities.

Small enough to read in one sitting and needs no compiler: the weights are float32 matrices from
`gguf_weights`, every sequence of a batch runs in one matrix product per layer, and a shared prefix
(the left context that all alternatives of a word have in common) is computed once and reused as
the attention keys and values of every continuation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newslint.context.gguf_weights import LlamaWeights

KV = list[tuple[np.ndarray, np.ndarray]]  # per layer: keys, values of shape (batch, kv_heads, T, d)


@dataclass(frozen=True)
class WindowState:
    """One sequence after a forward pass: every layer's keys and values, and its final hidden
    states (the next-token distribution at any position is one product away)."""

    kv: KV
    hidden: np.ndarray
    ids: np.ndarray


def _rms_norm(x: np.ndarray, weight: np.ndarray, eps: float) -> np.ndarray:
    scale = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    return (x * scale * weight).astype(np.float32, copy=False)


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _heads(x: np.ndarray, batch: int, length: int, heads: int, d: int) -> np.ndarray:
    return np.ascontiguousarray(x.reshape(batch, length, heads, d).transpose(0, 2, 1, 3))


class NumpyLlama:
    name = "numpy"

    def __init__(self, weights: LlamaWeights):
        self.w = weights
        self.c = weights.config
        half = self.c.head_dim // 2
        self._inv_freq = self.c.rope_base ** (-np.arange(half, dtype=np.float64) / half)

    # -- public ------------------------------------------------------------------------------
    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """For each sequence, log p(token t | tokens before t) for t = 1 … len-1."""
        return [
            self.token_logprobs(state, np.arange(1, len(sequence)))
            for sequence, state in zip(sequences, self.windows(sequences), strict=True)
        ]

    def windows(self, sequences: Sequence[Sequence[int]]) -> list[WindowState]:
        """One forward pass over a batch of sequences; each sequence's state is kept so that its
        tokens' log-probabilities (`token_logprobs`) and continuations from any point inside it
        (`continue_from`) cost only what they need. No vocabulary-wide product happens here:
        that is the dearest step per token, and most callers need it for a few tokens only."""
        batch, lengths = self._pad(sequences)
        hidden, cache = self._forward(batch, lengths, None, np.zeros(len(lengths), dtype=np.int64))
        return [
            WindowState([(k[row : row + 1], v[row : row + 1]) for k, v in cache], hidden[row],
                        batch[row, :length])
            for row, length in enumerate(lengths)
        ]  # fmt: skip

    def token_logprobs(self, state: WindowState, positions: np.ndarray) -> np.ndarray:
        """log p(token t | the window's tokens before t) for each t in `positions` (t >= 1)."""
        positions = np.asarray(positions, dtype=np.int64)
        if len(positions) == 0:
            return np.zeros(0, dtype=np.float32)
        return self._picked(state.hidden[positions - 1], state.ids[positions])

    def continue_from(
        self, state: WindowState, positions: Sequence[int], continuations: Sequence[Sequence[int]]
    ) -> list[np.ndarray]:
        """Log-probability of each continuation's tokens after the first `positions[i]` tokens of
        a window. The window's keys and values are reused, and all continuations — whatever point
        of the window each starts from — run in one batch."""
        reach = max(positions)
        past = [(k[:, :, :reach], v[:, :, :reach]) for k, v in state.kv]
        starts = np.asarray(positions, dtype=np.int64)
        first = _log_softmax(self._logits(state.hidden[starts - 1]))
        batch, lengths = self._pad(continuations)
        hidden, _ = self._forward(batch, lengths, past, starts)
        scores = []
        for row, length in enumerate(lengths):
            tokens = batch[row, :length]
            rest = self._picked(hidden[row, : length - 1], tokens[1:])
            scores.append(np.concatenate([[first[row, tokens[0]]], rest]))
        return scores

    def continuation_logprobs(
        self, prefix: Sequence[int], continuations: Sequence[Sequence[int]]
    ) -> list[np.ndarray]:
        """For each continuation, the log-probability of each of its tokens after `prefix`."""
        (state,) = self.windows([list(prefix)])
        return self.continue_from(state, [len(prefix)] * len(continuations), continuations)

    # -- the network ---------------------------------------------------------------------------
    @staticmethod
    def _pad(sequences: Sequence[Sequence[int]]) -> tuple[np.ndarray, list[int]]:
        lengths = [len(s) for s in sequences]
        batch = np.zeros((len(sequences), max(lengths)), dtype=np.int64)
        for row, sequence in enumerate(sequences):
            batch[row, : len(sequence)] = sequence
        return batch, lengths

    def _logits(self, hidden: np.ndarray) -> np.ndarray:
        return hidden @ self.w.output

    def _picked(self, hidden: np.ndarray, targets: np.ndarray) -> np.ndarray:
        if len(targets) == 0:
            return np.zeros(0, dtype=np.float32)
        log_probs = _log_softmax(self._logits(hidden))
        return log_probs[np.arange(len(targets)), targets]

    def _rope(self, x: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """Rotary positions on adjacent pairs (the layout GGUF stores Llama's q/k weights in);
        row r of the batch starts at position starts[r]."""
        positions = starts[:, None] + np.arange(x.shape[2])[None, :]
        angles = (positions[..., None] * self._inv_freq).astype(np.float32)[:, None]
        cos, sin = np.cos(angles), np.sin(angles)
        pairs = x.reshape(*x.shape[:-1], -1, 2)
        even, odd = pairs[..., 0], pairs[..., 1]
        rotated = np.stack([even * cos - odd * sin, even * sin + odd * cos], axis=-1)
        return rotated.reshape(x.shape)

    def _forward(
        self, ids: np.ndarray, lengths: list[int], past: KV | None, starts: int | np.ndarray
    ) -> tuple[np.ndarray, KV]:
        """Hidden states after the last layer, and every layer's keys and values. Row r starts at
        position starts[r] and sees the first starts[r] keys of `past` (none without one)."""
        c = self.c
        batch, length = ids.shape
        starts = np.broadcast_to(np.asarray(starts, dtype=np.int64), (batch,))
        x = self.w.embedding[ids]
        reach = 0 if past is None else past[0][0].shape[2]
        mask = self._mask(length, lengths, starts, reach)
        cache: KV = []
        for index, block in enumerate(self.w.blocks):
            attended, kv = self._attention(
                _rms_norm(x, block["attn_norm"], c.rms_eps),
                block,
                mask,
                None if past is None else past[index],
                starts,
            )
            cache.append(kv)
            x = x + attended
            x = x + self._mlp(_rms_norm(x, block["ffn_norm"], c.rms_eps), block)
        return _rms_norm(x, self.w.output_norm, c.rms_eps), cache

    @staticmethod
    def _mlp(x: np.ndarray, block: dict[str, np.ndarray]) -> np.ndarray:
        flat = x.reshape(-1, x.shape[-1])
        gate = flat @ block["gate"]
        hidden = (gate / (1.0 + np.exp(-gate))) * (flat @ block["up"])
        return (hidden @ block["down"]).reshape(x.shape)

    @staticmethod
    def _mask(length: int, lengths: list[int], starts: np.ndarray, reach: int) -> np.ndarray:
        """Additive mask (batch, 1, T, reach+T): a row sees its own past keys (the first starts[r]
        of the `reach` cached ones) and its own earlier tokens; padding is never a key."""
        batch = len(lengths)
        causal = np.triu(np.ones((length, length), dtype=bool), k=1)
        blocked = np.broadcast_to(causal, (batch, length, length)).copy()
        for row, used in enumerate(lengths):
            blocked[row, :, used:] = True
        unseen = np.arange(reach)[None, :] >= starts[:, None]
        past = np.broadcast_to(unseen[:, None, :], (batch, length, reach))
        full = np.concatenate([past, blocked], axis=2)
        return np.where(full, np.float32(-1e9), np.float32(0.0))[:, None]

    def _attention(
        self,
        x: np.ndarray,
        block: dict[str, np.ndarray],
        mask: np.ndarray,
        past: tuple[np.ndarray, np.ndarray] | None,
        starts: np.ndarray,
    ) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        c = self.c
        batch, length, _ = x.shape
        d = c.head_dim
        flat = x.reshape(batch * length, c.hidden)
        q = _heads(flat @ block["q"], batch, length, c.heads, d)
        k = _heads(flat @ block["k"], batch, length, c.kv_heads, d)
        v = _heads(flat @ block["v"], batch, length, c.kv_heads, d)
        q, k = self._rope(q, starts), self._rope(k, starts)
        if past is not None:
            past_k, past_v = (np.broadcast_to(p, (batch, *p.shape[1:])) for p in past)
            k, v = np.concatenate([past_k, k], axis=2), np.concatenate([past_v, v], axis=2)
        group = c.heads // c.kv_heads
        keys = np.ascontiguousarray(np.repeat(k, group, axis=1).transpose(0, 1, 3, 2))
        values = np.ascontiguousarray(np.repeat(v, group, axis=1))
        scores = np.matmul(q, keys) * np.float32(1.0 / np.sqrt(d)) + mask
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        out = np.matmul(scores, values).transpose(0, 2, 1, 3).reshape(batch * length, c.hidden)
        return (out @ block["o"]).reshape(batch, length, c.hidden), (k, v)
