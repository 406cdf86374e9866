"""A tiny Llama GGUF the tests write themselves: random weights, a byte-level vocabulary with a few
merges, two layers. Enough to exercise the real loading code, tokenizer and forward pass."""

from __future__ import annotations

from pathlib import Path

import numpy as np

MERGES = ["Ġ t", "h e", "Ġt he", "Ġ w", "a s"]


def _vocabulary() -> list[str]:
    from tokenizers import pre_tokenizers

    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    return ["<|endoftext|>", *alphabet, "Ġt", "he", "Ġthe", "Ġw", "as"]


def write_tiny_model(path: Path, seed: int = 0) -> Path:
    """A two-layer Llama with random weights and a byte-level vocabulary, as a GGUF file."""
    import gguf

    rng = np.random.default_rng(seed)
    tokens = _vocabulary()
    hidden, ffn, heads, kv_heads, layers = 16, 32, 4, 2, 2
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_block_count(layers)
    writer.add_context_length(256)
    writer.add_embedding_length(hidden)
    writer.add_feed_forward_length(ffn)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(tokens)
    writer.add_token_merges(MERGES)
    writer.add_eos_token_id(0)

    def matrix(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * 0.3).astype(np.float32)

    writer.add_tensor("token_embd.weight", matrix(len(tokens), hidden))
    writer.add_tensor("output_norm.weight", np.ones(hidden, dtype=np.float32))
    head_dim = hidden // heads
    for i in range(layers):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(hidden, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(hidden, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.attn_q.weight", matrix(hidden, hidden))
        writer.add_tensor(f"blk.{i}.attn_k.weight", matrix(kv_heads * head_dim, hidden))
        writer.add_tensor(f"blk.{i}.attn_v.weight", matrix(kv_heads * head_dim, hidden))
        writer.add_tensor(f"blk.{i}.attn_output.weight", matrix(hidden, hidden))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", matrix(ffn, hidden))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", matrix(ffn, hidden))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", matrix(hidden, ffn))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
