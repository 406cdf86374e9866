"""Corpus scale (issue 9): score(), and the datatrove, Dask and Spark recipes (scan: test_scan*.py)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from newslint import score
from newslint.scoring import FAMILIES, FIELDS
from newslint.verdict import KINDS

from .scan_data import make_dataset, scan_scores

pytestmark = pytest.mark.scale  # engines and local clusters: minutes, run by .ci/run


def test_score_fields_are_the_documented_contract() -> None:
    record = score("Sir. Blinken said Russiahad agreed. . Leave a Reply", grammar="off")
    assert tuple(record) == FIELDS
    assert FIELDS[:3] == ("words", "findings", "density")
    # counts, densities, likelihoods, and the parts a rule ran out of time on
    assert len(FIELDS) == 3 + 2 * len(FAMILIES) + len(KINDS) + 1
    assert FIELDS[-1] == "unfinished_checks" and record["unfinished_checks"] == 0
    assert record["mt_count"] == 2 and record["typography_count"] == 1 and record["findings"] == 3
    assert record["density"] == round(3 * 1000 / record["words"], 3)
    assert score("", grammar="off")["density"] == 0.0


def test_datatrove_block_under_the_local_executor(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newslint.integrations.datatrove import NewslintFilter

    dump = make_dataset(tmp_path / "in" if (tmp_path / "in").mkdir() is None else tmp_path)
    expected = scan_scores(dump, tmp_path)
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(dump.parent), glob_pattern="dump.jsonl"), NewslintFilter(drop_above=1.0), JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"), start_method="fork",
    ).run()  # fmt: skip
    kept = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(doc["id"] for doc in kept) == sorted(
        i for i, row in expected.items() if row["density"] <= 1.0
    )
    for doc in kept:
        # A datatrove document carries its own id; scan's ordinal numbers the records of
        # scan's inputs, which a pipeline task never sees whole.
        assert doc["metadata"]["newslint"] == {
            k: v for k, v in expected[doc["id"]].items() if k not in ("id", "ordinal")
        }


def test_dask_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    import dask.dataframe as dd
    import pandas
    from distributed import Client, LocalCluster

    from newslint.integrations.dask import score_frame, score_meta

    dump = make_dataset(tmp_path)
    expected = scan_scores(dump, tmp_path)
    frame = dd.from_pandas(pandas.read_json(dump, lines=True), npartitions=4)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        scored = frame.map_partitions(
            score_frame, text_column="text", meta=score_meta(frame)
        ).compute()
    for row in scored.to_dict("records"):
        assert {k: row[k] for k in FIELDS} == {k: expected[row["id"]][k] for k in FIELDS}


def test_spark_recipe_in_local_mode(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java, and there is no java on PATH")
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    from newslint.integrations.spark import score_udf

    dump = make_dataset(tmp_path)
    expected = scan_scores(dump, tmp_path)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newslint-test")
        .config("spark.ui.enabled", "false")
        # Workers run this interpreter (with newslint importable), not whichever python3 is on PATH.
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .config("spark.executorEnv.PYTHONPATH", os.pathsep.join(sys.path))
        .getOrCreate()
    )
    try:
        frame = spark.read.json(str(dump)).withColumn("newslint", score_udf()(F.col("text")))
        rows = frame.select("id", "newslint.*").collect()
    finally:
        spark.stop()
    assert len(rows) == len(expected)
    for row in rows:
        assert {k: row[k] for k in FIELDS} == {k: expected[row["id"]][k] for k in FIELDS}
