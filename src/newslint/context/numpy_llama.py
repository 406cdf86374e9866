"""A Llama decoder in numpy: batched forward passes that return token log-probabilities.

Small enough to read in one sitting and needs no compiler: the weights are float32 matrices from
`gguf_weights`, and every sequence of a batch runs in one matrix product per layer. It is the
reference the faster CTranslate2 runtime is tested against, and the fallback where that runtime
is not installed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newslint.context.gguf_weights import LlamaWeights


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

    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """For each sequence, log p(token t | tokens before t) for t = 1 … len-1: one forward
        pass for the batch, padded to its longest sequence."""
        batch, lengths = self._pad(sequences)
        hidden = self._forward(batch, lengths)
        return [
            self._picked(hidden[row, : length - 1], batch[row, 1:length])
            for row, length in enumerate(lengths)
        ]

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

    def _rope(self, x: np.ndarray) -> np.ndarray:
        """Rotary positions on adjacent pairs (the layout GGUF stores Llama's q/k weights in)."""
        positions = np.arange(x.shape[2])
        angles = (positions[:, None] * self._inv_freq).astype(np.float32)
        cos, sin = np.cos(angles), np.sin(angles)
        pairs = x.reshape(*x.shape[:-1], -1, 2)
        even, odd = pairs[..., 0], pairs[..., 1]
        rotated = np.stack([even * cos - odd * sin, even * sin + odd * cos], axis=-1)
        return rotated.reshape(x.shape)

    def _forward(self, ids: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Hidden states after the last layer for a padded batch."""
        c = self.c
        x = self.w.embedding[ids]
        mask = self._mask(ids.shape[1], lengths)
        for block in self.w.blocks:
            x = x + self._attention(_rms_norm(x, block["attn_norm"], c.rms_eps), block, mask)
            x = x + self._mlp(_rms_norm(x, block["ffn_norm"], c.rms_eps), block)
        return _rms_norm(x, self.w.output_norm, c.rms_eps)

    @staticmethod
    def _mlp(x: np.ndarray, block: dict[str, np.ndarray]) -> np.ndarray:
        flat = x.reshape(-1, x.shape[-1])
        gate = flat @ block["gate"]
        hidden = (gate / (1.0 + np.exp(-gate))) * (flat @ block["up"])
        return (hidden @ block["down"]).reshape(x.shape)

    @staticmethod
    def _mask(length: int, lengths: list[int]) -> np.ndarray:
        """Additive mask (batch, 1, T, T): a row sees its own earlier tokens; padding is never a
        key."""
        causal = np.triu(np.ones((length, length), dtype=bool), k=1)
        blocked = np.broadcast_to(causal, (len(lengths), length, length)).copy()
        for row, used in enumerate(lengths):
            blocked[row, :, used:] = True
        return np.where(blocked, np.float32(-1e9), np.float32(0.0))[:, None]

    def _attention(
        self, x: np.ndarray, block: dict[str, np.ndarray], mask: np.ndarray
    ) -> np.ndarray:
        c = self.c
        batch, length, _ = x.shape
        d = c.head_dim
        flat = x.reshape(batch * length, c.hidden)
        q = self._rope(_heads(flat @ block["q"], batch, length, c.heads, d))
        k = self._rope(_heads(flat @ block["k"], batch, length, c.kv_heads, d))
        v = _heads(flat @ block["v"], batch, length, c.kv_heads, d)
        group = c.heads // c.kv_heads
        keys = np.ascontiguousarray(np.repeat(k, group, axis=1).transpose(0, 1, 3, 2))
        values = np.ascontiguousarray(np.repeat(v, group, axis=1))
        scores = np.matmul(q, keys) * np.float32(1.0 / np.sqrt(d)) + mask
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        out = np.matmul(scores, values).transpose(0, 2, 1, 3).reshape(batch * length, c.hidden)
        return (out @ block["o"]).reshape(batch, length, c.hidden)
