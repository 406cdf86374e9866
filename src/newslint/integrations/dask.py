"""Dask recipes: score a bag of texts or a dataframe partition by partition.

import dask.dataframe as dd
from newslint.integrations.dask import score_frame, score_meta

frame = dd.read_parquet("dump/")
scored = frame.map_partitions(score_frame, text_column="text", meta=score_meta(frame))
scored[scored.density <= 5.0].to_parquet("clean/")

import dask.bag as db
scores = db.read_text("dump/*.jsonl").map(json.loads).map(score_record).compute()
# records without text left out, as scan --skip-bad-records leaves them out:
scores = db.read_text("dump/*.jsonl").map(json.loads).map_partitions(score_records, skip_bad_records=True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newslint.integrations.rows import has_text, record_text, score_row
from newslint.scoring import FIELDS, is_float_field, scorer


def score_record(
    record: dict[str, Any], text_field: str = "text", **settings: Any
) -> dict[str, Any]:
    """A record (a dict with its text in `text_field`) with its newslint score fields added (for
    dask.bag.map). Anything else, or a record without text there, is refused naming it; to skip
    those, map partitions with `score_records(..., skip_bad_records=True)`."""
    return _scored(scorer(**_settings(settings)), record, text_field)


def score_records(records: Iterable[Any], text_field: str = "text", *, skip_bad_records: bool = False,
                  **settings: Any) -> list[dict[str, Any]]:  # fmt: skip
    """`score_record` of each record of a bag's partition (for dask.bag.map_partitions); with
    `skip_bad_records`, one that is no dict or has no text in `text_field` is left out, as
    `scan --skip-bad-records` leaves it out."""
    score = scorer(**_settings(settings))
    return [
        _scored(score, record, text_field)
        for record in records
        if not skip_bad_records or has_text(record, text_field)
    ]


def _scored(score: Any, record: Any, text_field: str) -> dict[str, Any]:
    text = record_text(record, text_field)
    where = f"record {record.get('id')!r}" if "id" in record else "a record without an id"
    return {**record, **score_row(score, text, where, text_field)}


def score_frame(frame: Any, text_column: str = "text", *, skip_bad_records: bool = False,
                **settings: Any) -> Any:  # fmt: skip
    """A pandas partition with the newslint score columns added (for map_partitions); with
    `skip_bad_records`, its rows without text in `text_column` (null, NaN, a number) are left out."""
    import pandas

    if skip_bad_records:
        frame = frame[frame[text_column].map(lambda text: isinstance(text, str)).astype(bool)]
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
