"""The model on CTranslate2, a CPU runtime that installs from a wheel (no compiler): as fast per
token as the numpy runtime, but its scoring cannot continue a kept left context, so judging runs
about twice the tokens on it. Kept as the benchmark's and the tests' comparison for numpy.

The GGUF's weights are dequantised once (`gguf_weights`), handed to CTranslate2's model
specification as arrays and saved, with the tokenizer, in a cache folder
keyed by the model file: later processes load that folder in about a second instead of parsing
and dequantising the GGUF again. Where no cache folder can be written the conversion goes to a
temporary folder for this process only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newslint.context import weights_cache
from newslint.context.gguf_weights import LlamaWeights
from newslint.context.tokenizer import Tokenizer

# Bump when the conversion changes, so that older cache folders are not reused.
CONVERSION_VERSION = 1
# float32, not int8: int8 is ~1.45x faster here, but it quantises activations per batch, so a
# sentence's scores moved by up to a nat a token with the other sequences of its batch — and a
# verdict must not depend on its neighbours. float32 gives numpy's figures to 1e-4 in any batch.
COMPUTE_TYPE = "float32"
BATCH_SEQUENCES = 32


class CT2Llama:
    """Token log-probabilities of whole sequences, batched, on as many threads as asked."""

    def __init__(self, generator: Any, compute_type: str):
        self.generator = generator
        self.name = f"ctranslate2 {compute_type}"

    def sequence_logprobs(self, sequences: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """For each sequence, log p(token t | tokens before t) for t = 1 … len-1."""
        if not sequences:
            return []
        named = [[str(token) for token in sequence] for sequence in sequences]
        results = self.generator.score_batch(named, max_batch_size=BATCH_SEQUENCES)
        return [np.asarray(result.log_probs, dtype=np.float32) for result in results]


def model_spec(weights: LlamaWeights, quantization: str) -> Any:
    """CTranslate2's decoder specification filled with the GGUF's weights. GGUF stores the q/k
    projections for rotary embedding on adjacent pairs, hence `rotary_interleave`."""
    from ctranslate2.specs import common_spec, transformer_spec

    c = weights.config
    spec = transformer_spec.TransformerDecoderModelSpec.from_config(
        c.layers,
        c.heads,
        activation=common_spec.Activation.SWISH,
        pre_norm=True,
        ffn_glu=True,
        rms_norm=True,
        rotary_dim=0,
        rotary_interleave=True,
        rotary_base=c.rope_base,
        num_heads_kv=c.kv_heads if c.kv_heads != c.heads else None,
    )
    decoder = spec.decoder
    decoder.scale_embeddings = False
    decoder.embeddings.weight = np.array(weights.embedding)  # quantised in place: a copy
    decoder.layer_norm.gamma = weights.output_norm
    decoder.projection.weight = _out_in(weights.output)
    for layer, block in zip(decoder.layer, weights.blocks, strict=True):
        attention, ffn = layer.self_attention, layer.ffn
        attention.layer_norm.gamma = block["attn_norm"]
        ffn.layer_norm.gamma = block["ffn_norm"]
        attention.linear[0].weight = np.concatenate([_out_in(block[k]) for k in "qkv"], axis=0)
        attention.linear[1].weight = _out_in(block["o"])
        ffn.linear_0.weight = _out_in(block["gate"])
        ffn.linear_0_noact.weight = _out_in(block["up"])
        ffn.linear_1.weight = _out_in(block["down"])
    spec.register_vocabulary([str(index) for index in range(c.vocab)])
    spec.config.layer_norm_epsilon = c.rms_eps
    spec.config.bos_token = spec.config.unk_token = "0"
    spec.config.eos_token = str(weights.eos_id)
    spec.validate()
    spec.optimize(quantization=quantization)
    return spec


def _out_in(matrix: np.ndarray) -> np.ndarray:
    """`gguf_weights` keeps matrices as (in, out) for numpy's `x @ W`; CTranslate2 wants (out, in)."""
    return np.ascontiguousarray(matrix.T)


def cache_folder(path: Path, compute_type: str) -> Path | None:
    """Where the converted model of this file is kept, or None without a usable cache root."""
    return weights_cache.cache_folder(path, f"{compute_type}-v{CONVERSION_VERSION}")


def load_ct2(
    path: Path, threads: int, compute_type: str | None = None
) -> tuple[CT2Llama, Tokenizer]:
    """The converted model and tokenizer for a GGUF file, converting it on first use."""
    import ctranslate2

    compute_type = compute_type or COMPUTE_TYPE
    folder = cache_folder(path, compute_type)
    if folder is None or not (folder / "model.bin").is_file():
        folder = _convert(path, folder, compute_type)
    generator = ctranslate2.Generator(
        str(folder), device="cpu", compute_type=compute_type, intra_threads=threads
    )
    tokenizer = Tokenizer.from_file(folder / "tokenizer.json")
    if folder.parent.name.startswith("newslint-convert-"):
        shutil.rmtree(folder.parent, ignore_errors=True)  # loaded: the temporary copy can go
    return CT2Llama(generator, compute_type), tokenizer


def _convert(path: Path, folder: Path | None, compute_type: str) -> Path:
    """Dequantise, convert and save; into the cache when it can be written (atomically: a
    process that stops half-way leaves no folder another would trust), else a temporary one."""
    from newslint.context.gguf_weights import read_weights

    weights = read_weights(path)
    spec = model_spec(weights, compute_type)
    tokenizer = Tokenizer(weights.tokens, weights.merges)

    def save(target: Path) -> None:
        spec.save(str(target))
        tokenizer.save(target / "tokenizer.json")

    if folder is not None and weights_cache.save_atomically(folder, save, path):
        return folder
    staging = Path(tempfile.mkdtemp(prefix="newslint-convert-")) / "model"
    save(staging)
    return staging
