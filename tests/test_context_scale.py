"""The context model at corpus scale: `scan --context` and the Dask recipe load the model once per
worker process and score exactly as the parent process does."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("gguf")
pytest.importorskip("tokenizers")

from newslint.scoring import FIELDS, Scorer

from .tiny_model import write_tiny_model

TEXTS = [
    "The soldiers were issued safe radios. Residents was told to leave.",
    "Officials said the weather was calm and the talks would resume.",
    "Sir. Blinken said their was no deal, and than he left.",
    "Nothing here to judge at all.",
]


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("context")
    write_tiny_model(folder / "tiny.gguf")
    # The tiny model's conversion stays in the test's folder (workers inherit the variable).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLINT_CACHE_DIR", str(folder / "cache"))
        yield _settings(folder)


def _settings(folder: Path) -> Path:
    settings = folder / ".newslint.yaml"
    settings.write_text("context:\n  model: tiny.gguf\n  garbled_threshold: 2\n", encoding="utf-8")
    return settings


def expected(config: Path) -> list[dict[str, object]]:
    score = Scorer(grammar="off", config=str(config))
    assert {r.id for r in score.linter.rules} >= {"mt.wrong-word", "mt.garbled"}
    return [score(text) for text in TEXTS]


@pytest.mark.slow
def test_scan_with_context_scores_every_record_as_the_library_does(
    tmp_path: Path, config: Path
) -> None:
    dump = tmp_path / "in.jsonl"
    dump.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    out = tmp_path / "scores.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "newslint", "scan", str(dump), "-o", str(out), "--jobs", "2",
         "--shard-size", "2", "--config", str(config)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [{k: r[k] for k in FIELDS} for r in rows] == expected(config)


@pytest.mark.slow
def test_dask_workers_load_the_model_and_agree_with_the_parent(config: Path) -> None:
    pytest.importorskip("distributed")
    import dask.dataframe as dd
    import pandas
    from distributed import Client, LocalCluster

    from newslint.integrations.dask import score_frame, score_meta

    frame = dd.from_pandas(pandas.DataFrame({"text": TEXTS}), npartitions=2)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        scored = frame.map_partitions(
            score_frame, text_column="text", config=str(config), meta=score_meta(frame)
        ).compute()
    rows = scored.sort_index().to_dict("records")
    assert [{k: r[k] for k in FIELDS} for r in rows] == expected(config)
