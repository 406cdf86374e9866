"""Dask recipes: score a bag of texts or a dataframe partition by partition.

import dask.dataframe as dd
from newslint.integrations.dask import score_frame, score_meta

frame = dd.read_parquet("dump/")
scored = frame.map_partitions(score_frame, text_column="text", meta=score_meta(frame))
scored[scored.density <= 5.0].to_parquet("clean/")

import dask.bag as db
scores = db.read_text("dump/*.jsonl").map(json.loads).map(score_record).compute()
"""

from __future__ import annotations

from typing import Any

from newslint.integrations.rows import score_row
from newslint.scoring import FIELDS, is_float_field, scorer


def score_record(
    record: dict[str, Any], text_field: str = "text", **settings: Any
) -> dict[str, Any]:
    """A record with its newslint score fields added (for dask.bag.map)."""
    score = scorer(**_settings(settings))
    where = f"record {record.get('id')!r}" if "id" in record else "a record without an id"
    return {**record, **score_row(score, record.get(text_field), where, text_field)}


def score_frame(frame: Any, text_column: str = "text", **settings: Any) -> Any:
    """A pandas partition with the newslint score columns added (for map_partitions)."""
    import pandas

    score = scorer(**_settings(settings))
    rows = [
        score_row(score, text, f"row {row!r}", text_column)
        for row, text in zip(frame.index, frame[text_column], strict=True)
    ]
    scores = pandas.DataFrame(rows, index=frame.index, columns=list(FIELDS))
    return frame.assign(**{name: scores[name] for name in FIELDS})


def score_meta(frame: Any) -> Any:
    """The `meta` for map_partitions: the input's columns plus the score columns."""
    import pandas

    meta = frame._meta if hasattr(frame, "_meta") else frame.iloc[:0]
    extra = {
        name: pandas.Series(dtype="float64" if is_float_field(name) else "int64") for name in FIELDS
    }
    return meta.assign(**extra)


def _settings(settings: dict[str, Any]) -> dict[str, Any]:
    return {
        "select": tuple(settings.get("select", ())), "ignore": tuple(settings.get("ignore", ())),
        "grammar": settings.get("grammar", "off"), "config": settings.get("config"),
        "context": settings.get("context"),
    }  # fmt: skip
