"""Corpus scale (issue 9): score(), `newslint scan`, and the datatrove, Dask and Spark recipes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newslint import score
from newslint.scoring import FAMILIES, FIELDS

from .conftest import FIXTURES, run_newslint


def make_dataset(folder: Path, copies: int = 2) -> Path:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((FIXTURES / "dev").glob("*.txt"))
        + sorted((FIXTURES / "clean").glob("*.txt"))
    ]
    path = folder / "dump.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for index in range(len(texts) * copies):
            out.write(
                json.dumps(
                    {"id": f"doc{index:03d}", "text": texts[index % len(texts)], "source": "test"}
                )
                + "\n"
            )
    return path


def scan_scores(dump: Path, tmp: Path, *args: str) -> dict[str, dict[str, object]]:
    output = tmp / "scores.jsonl"
    result = run_newslint("scan", str(dump), "-o", str(output), *args)
    assert result.returncode == 0, result.stderr
    return {
        row["id"]: row for row in map(json.loads, output.read_text(encoding="utf-8").splitlines())
    }


def test_score_fields_are_the_documented_contract() -> None:
    record = score("Sir. Blinken said Russiahad agreed. . Leave a Reply", grammar="off")
    assert tuple(record) == FIELDS
    assert FIELDS[:3] == ("words", "findings", "density") and len(FIELDS) == 3 + 2 * len(FAMILIES)
    assert record["mt_count"] == 2 and record["typography_count"] == 1 and record["findings"] == 3
    assert record["density"] == round(3 * 1000 / record["words"], 3)
    assert score("", grammar="off")["density"] == 0.0


def test_scan_scores_filters_and_runs_in_parallel_identically(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path)
    serial = scan_scores(dump, tmp_path, "--jobs", "1", "--shard-size", "3")
    parallel = scan_scores(dump, tmp_path, "--jobs", "2", "--shard-size", "3")
    assert serial == parallel and len(serial) == 28
    assert all(set(row) == {"id", *FIELDS} for row in serial.values())
    kept = tmp_path / "kept.jsonl"
    assert (
        run_newslint(
            "scan",
            str(dump),
            "-o",
            str(tmp_path / "s.jsonl"),
            "--drop-above",
            "1",
            "--filtered-output",
            str(kept),
        ).returncode
        == 0
    )
    kept_ids = [json.loads(line)["id"] for line in kept.read_text(encoding="utf-8").splitlines()]
    assert kept_ids == [i for i, row in serial.items() if row["density"] <= 1]
    assert 0 < len(kept_ids) < len(serial)
    assert (
        json.loads(kept.read_text(encoding="utf-8").splitlines()[0])["source"] == "test"
    )  # records kept whole


def test_scan_reads_and_writes_parquet(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    import pyarrow

    rows = [
        json.loads(line)
        for line in make_dataset(tmp_path, 1).read_text(encoding="utf-8").splitlines()
    ]
    parquet.write_table(pyarrow.Table.from_pylist(rows), tmp_path / "dump.parquet")
    result = run_newslint(
        "scan", str(tmp_path / "dump.parquet"), "-o", str(tmp_path / "scores.parquet")
    )
    assert result.returncode == 0, result.stderr
    table = parquet.read_table(tmp_path / "scores.parquet").to_pylist()
    assert [row["id"] for row in table] == [row["id"] for row in rows]
    assert table[0]["density"] == score(rows[0]["text"], grammar="off")["density"]


def test_scan_resumes_without_redoing_finished_shards(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path)
    output = tmp_path / "scores.jsonl"
    first = run_newslint("scan", str(dump), "-o", str(output), "--shard-size", "5", "--jobs", "1")
    assert first.returncode == 0
    expected = output.read_text(encoding="utf-8")
    # An interrupted run: parts written for shard 0 (marked, so a redo would show) and nothing else.
    from newslint.scan import ScanOptions, _prepare_parts

    parts = _prepare_parts(
        ScanOptions(inputs=[str(dump)], output=str(output), shard_size=5, jobs=1)
    )
    marked = [dict(json.loads(line), words=-1) for line in expected.splitlines()[:5]]
    (parts / "scores-00000000.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in marked), encoding="utf-8"
    )
    again = run_newslint("scan", str(dump), "-o", str(output), "--shard-size", "5", "--jobs", "1")
    assert again.returncode == 0
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["words"] for r in rows[:5]] == [-1] * 5 and rows[5:] == [
        json.loads(line) for line in expected.splitlines()[5:]
    ]
    assert not parts.exists()


def test_scan_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "fine"}\nnot json\n', encoding="utf-8")
    result = run_newslint("scan", str(bad), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2 and "bad.jsonl:2: not a JSON record" in result.stderr
    missing = tmp_path / "missing.jsonl"
    missing.write_text('{"id": 1, "body": "x"}\n', encoding="utf-8")
    result = run_newslint("scan", str(missing), "-o", str(tmp_path / "o2.jsonl"))
    assert result.returncode == 2 and "no text in field 'text'" in result.stderr


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
        assert doc["metadata"]["newslint"] == {
            k: v for k, v in expected[doc["id"]].items() if k != "id"
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
