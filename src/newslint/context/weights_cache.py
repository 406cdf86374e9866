"""The dequantised weights of a GGUF model, kept in a cache folder keyed by the model file.

Reading and dequantising the GGUF takes about ten seconds of CPU; later processes load the float32
arrays (and the tokenizer) from the folder in well under one. The folder is written atomically, so
a process stopped half-way leaves nothing another would trust; without a writable cache the
weights are simply read from the file each time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from newslint.cache_dir import cache_dir
from newslint.context.gguf_weights import LlamaConfig, LlamaWeights
from newslint.context.tokenizer import Tokenizer

# Bump when what is saved changes, so that older folders are not reused.
FORMAT_VERSION = 1
STAGING_PREFIX = ".convert-"
SOURCE_RECORD = "source.json"  # the model file a conversion was made from
# Conversions of the model from other installs kept beside the one just written (517 MB each).
OTHER_INSTALLS_KEPT = 1
# A staging folder this old belongs to a process that stopped half-way, never to one still
# converting (a conversion takes seconds to a minute).
_ABANDONED_AFTER_SECONDS = 6 * 3600
_FOLDER_NAME = re.compile(
    r"(?P<stem>.+)-(?P<size>\d+)-(?P<mtime>\d+)-(?P<kind>.+?)(?:-v(?P<version>\d+))?"
)


def cache_folder(path: Path, kind: str) -> Path | None:
    """Where a conversion (`kind`) of this model file is kept, or None without a cache root."""
    try:
        stat = path.stat()
        base = cache_dir()
    except (OSError, RuntimeError):  # RuntimeError: no home directory to hold a cache
        return None
    return base / "context" / f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-{kind}"


def save_atomically(folder: Path, write: Callable[[Path], None], source: Path) -> bool:
    """Write a folder's files (a conversion of the model file `source`) through a staging folder
    renamed into place, then remove the conversions it supersedes; False if it cannot be written
    (and no other process wrote it first)."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder.parent))
    except OSError:
        return False
    try:
        write(staging)
        (staging / SOURCE_RECORD).write_text(json.dumps({"path": str(source.resolve())}))
        os.replace(staging, folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        return folder.is_dir()  # another process finished the same conversion first
    prune_superseded(folder)
    return True


def prune_superseded(kept: Path) -> list[Path]:
    """Remove the conversions that `kept` (a folder just written) makes useless, and return them:
    those of a model file of the same name that is gone or was replaced (its size or modification
    time differ from the folder's key: a reinstalled package writes a new time, and the key never
    matches again, so each reinstall left a half-gigabyte folder behind), those of the same file
    and kind in another format version, and staging folders abandoned by a stopped process.
    Conversions of other model files and other kinds of this one (a float32 beside an int8)
    stay, and so does the newest conversion of this kind from another install's file of the same
    name, still in use (a project's environment and a hook's): the others of those go, or every
    CI clone or fresh environment would leave half a gigabyte behind for good."""
    this = _FOLDER_NAME.fullmatch(kept.name)
    if this is None:
        return []
    try:
        siblings = [folder for folder in kept.parent.iterdir() if folder != kept]
    except OSError:
        return []
    doomed = [f for f in siblings if _superseded(this, f) or _abandoned(f)]
    doomed += _other_installs(this, [f for f in siblings if f not in doomed])[OTHER_INSTALLS_KEPT:]
    for folder in doomed:
        shutil.rmtree(folder, ignore_errors=True)
    return doomed


def _other_installs(kept: re.Match[str], siblings: list[Path]) -> list[Path]:
    """The conversions of the kind `kept` is of, made from other files of its name, newest first."""
    same: list[tuple[int, Path]] = []
    for folder in siblings:
        other = _FOLDER_NAME.fullmatch(folder.name)
        if other is None or (other["stem"], other["kind"]) != (kept["stem"], kept["kind"]):
            continue
        try:
            same.append((folder.stat().st_mtime_ns, folder))
        except OSError:  # removed by another process meanwhile
            continue
    return [folder for _, folder in sorted(same, reverse=True)]


def _superseded(kept: re.Match[str], folder: Path) -> bool:
    other = _FOLDER_NAME.fullmatch(folder.name)
    if other is None or other["stem"] != kept["stem"]:
        return False
    if (other["size"], other["mtime"]) != (kept["size"], kept["mtime"]):
        return not _source_unchanged(folder, other)
    return other["kind"] == kept["kind"] and other["version"] != kept["version"]


def _source_unchanged(folder: Path, key: re.Match[str]) -> bool:
    """Whether the model file this conversion was made from is still there as it was then.
    A folder written before conversions recorded their file is taken as superseded."""
    try:
        source = Path(json.loads((folder / SOURCE_RECORD).read_text())["path"])
        stat = source.stat()
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return (str(stat.st_size), str(stat.st_mtime_ns)) == (key["size"], key["mtime"])


def _abandoned(folder: Path) -> bool:
    try:
        age = time.time() - folder.stat().st_mtime
    except OSError:
        return False
    return folder.name.startswith(STAGING_PREFIX) and age > _ABANDONED_AFTER_SECONDS


def load_weights(path: Path) -> tuple[LlamaWeights, Tokenizer]:
    """The model's float32 weights and its tokenizer, from the cache when it holds them."""
    from newslint.context.gguf_weights import read_weights

    folder = cache_folder(path, f"numpy-v{FORMAT_VERSION}")
    if folder is not None and (folder / "weights.npz").is_file():
        try:
            return _read(folder)
        except (OSError, ValueError, KeyError):
            pass  # a damaged folder: read the model file as if there were none
    weights = read_weights(path)
    tokenizer = Tokenizer(weights.tokens, weights.merges)
    if folder is not None:
        save_atomically(folder, lambda staging: _write(staging, weights, tokenizer), path)
    return weights, tokenizer


def _write(folder: Path, weights: LlamaWeights, tokenizer: Tokenizer) -> None:
    arrays: dict[str, Any] = {"embedding": weights.embedding, "output_norm": weights.output_norm}
    if not _ties(weights):
        arrays["output"] = weights.output
    for index, block in enumerate(weights.blocks):
        arrays.update({f"{index}.{name}": matrix for name, matrix in block.items()})
    with (folder / "weights.npz").open("wb") as handle:
        np.savez(handle, **arrays)
    meta = {"config": asdict(weights.config), "eos_id": weights.eos_id}
    (folder / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    tokenizer.save(folder / "tokenizer.json")


def _ties(weights: LlamaWeights) -> bool:
    """Whether the output layer is the embedding's transpose (saved once, rebuilt on load)."""
    return weights.output.shape[::-1] == weights.embedding.shape and bool(
        np.array_equal(weights.output, weights.embedding.T)
    )


def _read(folder: Path) -> tuple[LlamaWeights, Tokenizer]:
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    config = LlamaConfig(**meta["config"])
    with np.load(folder / "weights.npz") as saved:
        arrays = {name: saved[name] for name in saved.files}
    blocks = [
        {key.split(".", 1)[1]: arrays[key] for key in arrays if key.startswith(f"{index}.")}
        for index in range(config.layers)
    ]
    embedding = arrays["embedding"]
    output = arrays.get("output")
    weights = LlamaWeights(
        config=config,
        embedding=embedding,
        output=np.ascontiguousarray(embedding.T) if output is None else output,
        output_norm=arrays["output_norm"],
        blocks=blocks,
        eos_id=int(meta["eos_id"]),
    )
    return weights, Tokenizer.from_file(folder / "tokenizer.json")
