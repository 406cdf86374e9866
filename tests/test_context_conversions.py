"""The context model's conversions cached between runs: a converted or dequantised model is read
from the cache folder without reading the GGUF again, and a new conversion removes only the ones it
supersedes (other models, other kinds, other installs still present and a conversion in progress
stay). Split from test_context_engine.py, which had grown past 500 lines."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gguf")
pytest.importorskip("tokenizers")

from newslint.context.numpy_llama import NumpyLlama

from .tiny_model import write_tiny_model


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_model(tmp_path_factory.mktemp("model") / "tiny.gguf")


def test_a_converted_model_is_loaded_from_the_cache_without_reading_the_file_again(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("ctranslate2")
    import newslint.context.gguf_weights as gguf_weights
    from newslint.context import ct2_llama

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    first, _ = ct2_llama.load_ct2(tiny, threads=1)
    folder = ct2_llama.cache_folder(tiny, ct2_llama.COMPUTE_TYPE)
    assert folder is not None and (folder / "model.bin").is_file()

    def no_reading(path: Path) -> None:
        raise AssertionError("the GGUF was read again")

    monkeypatch.setattr(gguf_weights, "read_weights", no_reading)
    again, _ = ct2_llama.load_ct2(tiny, threads=1)
    sequence = [[5, 9, 40, 77, 3]]
    np.testing.assert_array_equal(
        again.sequence_logprobs(sequence)[0], first.sequence_logprobs(sequence)[0]
    )


def test_dequantised_weights_are_loaded_from_the_cache_without_reading_the_file_again(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newslint.context.gguf_weights as gguf_weights
    from newslint.context.weights_cache import load_weights

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    first, tokenizer = load_weights(tiny)

    def no_reading(path: Path) -> None:
        raise AssertionError("the GGUF was read again")

    monkeypatch.setattr(gguf_weights, "read_weights", no_reading)
    again, cached_tokenizer = load_weights(tiny)
    sequence = [[5, 9, 40, 77, 3]]
    np.testing.assert_array_equal(
        NumpyLlama(again).sequence_logprobs(sequence)[0],
        NumpyLlama(first).sequence_logprobs(sequence)[0],
    )
    assert cached_tokenizer.encode("the man") == tokenizer.encode("the man")


def test_a_new_conversion_removes_the_ones_it_supersedes(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reinstalled model file has a new modification time, so its conversion gets a new key;
    the folders of the old keys (half a gigabyte each for the real model) must go, while other
    models' conversions, other kinds of this one and a conversion in progress stay."""
    import os
    import time

    from newslint.context.weights_cache import cache_folder, load_weights

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    model = tmp_path / "tiny.gguf"
    model.write_bytes(tiny.read_bytes())
    load_weights(model)
    first = cache_folder(model, "numpy-v1")
    assert first is not None and first.is_dir()
    root = first.parent
    size = model.stat().st_size
    stale = [
        root / f"tiny-{size}-12345-float32-v1",  # an older file's other runtime
        root / f"tiny-{size + 1}-12345-numpy-v1",
        root / first.name.replace("numpy-v1", "numpy-v0"),  # an older format of this one
    ]
    day_ago = time.time() - 86400
    os.utime(model, (day_ago, day_ago))  # as a reinstall would: a new key
    other_kind = cache_folder(model, "int8-v1")
    assert other_kind is not None
    kept = [
        root / f"other-{size}-12345-numpy-v1",  # another model file
        other_kind,  # the new file, another kind
        root / ".convert-running",  # a conversion in progress
    ]
    abandoned = root / ".convert-stopped"
    for folder in [*stale, *kept, abandoned]:
        folder.mkdir()
    os.utime(abandoned, (day_ago, day_ago))

    load_weights(model)
    second = cache_folder(model, "numpy-v1")
    assert second is not None and second != first and second.is_dir()
    assert not first.exists()
    assert [f.name for f in [*stale, abandoned] if f.exists()] == []
    assert [f.name for f in kept if not f.exists()] == []


def test_a_model_of_the_same_name_in_another_install_keeps_its_conversion(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two installs (a project's environment and a hook's) each hold the packaged model under
    one file name with its own modification time: converting one must not delete the other's
    conversion, or each run of the other converts the model again."""
    import os

    from newslint.context.weights_cache import cache_folder, load_weights

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "one" / "tiny.gguf", tmp_path / "two" / "tiny.gguf"
    for number, model in enumerate((first, second)):
        model.parent.mkdir()
        model.write_bytes(tiny.read_bytes())
        os.utime(model, (1_700_000_000 + number, 1_700_000_000 + number))
    load_weights(first)
    load_weights(second)
    folders = [cache_folder(model, "numpy-v1") for model in (first, second)]
    assert [f is not None and f.is_dir() for f in folders] == [True, True]
    first.unlink()  # that install is gone: its conversion can go with the next one
    os.utime(second, (1_700_000_009, 1_700_000_009))
    load_weights(second)
    assert [f is not None and f.is_dir() for f in folders] == [False, False]


def test_conversions_of_other_installs_still_present_are_kept_only_the_newest(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every CI clone or fresh environment holds the packaged model under its own path and time:
    each converted it into the cache, and none of those half-gigabyte folders went while its
    clone stayed on disk (7 of them, 3.6 GB, on one machine). Beside the one just written, the
    newest other install's conversion stays (two environments in use at once)."""
    import os

    from newslint.context.weights_cache import OTHER_INSTALLS_KEPT, cache_folder, load_weights

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    models = [tmp_path / name / "tiny.gguf" for name in ("one", "two", "three")]
    folders = []
    for number, model in enumerate(models):
        model.parent.mkdir()
        model.write_bytes(tiny.read_bytes())
        os.utime(model, (1_700_000_000 + number, 1_700_000_000 + number))
        load_weights(model)
        folder = cache_folder(model, "numpy-v1")
        assert folder is not None
        os.utime(folder, (1_700_000_100 + number, 1_700_000_100 + number))  # converted in turn
        folders.append(folder)
    assert OTHER_INSTALLS_KEPT == 1
    assert [folder.is_dir() for folder in folders] == [False, True, True]
