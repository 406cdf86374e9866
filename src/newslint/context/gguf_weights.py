"""Read a Llama-architecture GGUF file: hyper-parameters, float32 weights and the BPE vocabulary.

Only the `gguf` package (the format's reference reader) is needed; quantised tensors are
dequantised once at load time, so the runtimes that use them never see GGUF's block formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


class ModelFileError(Exception):
    """The file is not a Llama GGUF model newslint can run."""


@dataclass(frozen=True)
class LlamaConfig:
    layers: int
    hidden: int
    heads: int
    kv_heads: int
    ffn: int
    vocab: int
    rope_base: float
    rms_eps: float

    @property
    def head_dim(self) -> int:
        return self.hidden // self.heads


@dataclass
class LlamaWeights:
    config: LlamaConfig
    embedding: np.ndarray  # (vocab, hidden)
    output: np.ndarray  # (hidden, vocab): the embedding's transpose when the file ties them
    output_norm: np.ndarray
    blocks: list[dict[str, np.ndarray]] = field(default_factory=list)  # matrices stored (in, out)
    tokens: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    eos_id: int = 0


def _field(reader: Any, key: str) -> Any:
    try:
        return reader.fields[key].contents()
    except KeyError:
        raise ModelFileError(f"missing metadata {key!r}") from None


def _strings(reader: Any, key: str) -> list[str]:
    part = reader.fields.get(key)
    if part is None:
        raise ModelFileError(f"missing metadata {key!r}")
    return [bytes(part.parts[i]).decode("utf-8") for i in part.data]


def read_config(reader: Any) -> LlamaConfig:
    if _field(reader, "general.architecture") != "llama":
        raise ModelFileError("only the llama architecture is supported")
    return LlamaConfig(
        layers=int(_field(reader, "llama.block_count")),
        hidden=int(_field(reader, "llama.embedding_length")),
        heads=int(_field(reader, "llama.attention.head_count")),
        kv_heads=int(_field(reader, "llama.attention.head_count_kv")),
        ffn=int(_field(reader, "llama.feed_forward_length")),
        vocab=len(reader.fields["tokenizer.ggml.tokens"].data),
        rope_base=float(_field(reader, "llama.rope.freq_base")),
        rms_eps=float(_field(reader, "llama.attention.layer_norm_rms_epsilon")),
    )


def _tensor(tensors: dict[str, Any], name: str) -> np.ndarray:
    from gguf.quants import dequantize

    tensor = tensors.get(name)
    if tensor is None:
        raise ModelFileError(f"missing tensor {name!r}")
    values = dequantize(tensor.data, tensor.tensor_type)
    return np.ascontiguousarray(values, dtype=np.float32)


_BLOCK_TENSORS = {
    "attn_norm": "attn_norm.weight",
    "ffn_norm": "ffn_norm.weight",
    "q": "attn_q.weight",
    "k": "attn_k.weight",
    "v": "attn_v.weight",
    "o": "attn_output.weight",
    "gate": "ffn_gate.weight",
    "up": "ffn_up.weight",
    "down": "ffn_down.weight",
}


def read_weights(path: Path) -> LlamaWeights:
    """Every weight as float32, matrices transposed to (in, out) for `x @ W`."""
    try:
        from gguf import GGUFReader

        reader = GGUFReader(str(path))
    except (OSError, ValueError) as exc:
        raise ModelFileError(str(exc)) from None
    config = read_config(reader)
    tensors = {t.name: t for t in reader.tensors}
    embedding = _tensor(tensors, "token_embd.weight")
    output = _tensor(tensors, "output.weight") if "output.weight" in tensors else embedding
    blocks = []
    for index in range(config.layers):
        block = {}
        for key, suffix in _BLOCK_TENSORS.items():
            values = _tensor(tensors, f"blk.{index}.{suffix}")
            block[key] = values if values.ndim == 1 else np.ascontiguousarray(values.T)
        blocks.append(block)
    return LlamaWeights(
        config=config,
        embedding=embedding,
        output=np.ascontiguousarray(output.T),
        output_norm=_tensor(tensors, "output_norm.weight"),
        blocks=blocks,
        tokens=_strings(reader, "tokenizer.ggml.tokens"),
        merges=_strings(reader, "tokenizer.ggml.merges"),
        eos_id=int(_field(reader, "tokenizer.ggml.eos_token_id")),
    )
