"""`scan --filtered-output` writes the kept records whole (hostile test trust65): a Parquet input
filtered to Parquet keeps its rows' own types and values, which the JSON the parts were written
in has no form for (a timestamp, a decimal, bytes, NaN, infinity)."""

from __future__ import annotations

import datetime
import decimal
import math
from pathlib import Path
from typing import Any

import pytest

from newslint.scan.options import ScanOptions
from newslint.scan.run import run_scan

parquet = pytest.importorskip("pyarrow.parquet")
import pyarrow  # noqa: E402  (after the skip: pyarrow is optional)

TEXTS = ["The council met on Tuesday.", "Sir. Blinken said the the talks went well.", "Fine copy."]


def scanned(tmp_path: Path, inputs: list[Path], kept: str, **options: Any) -> Path:
    target = tmp_path / kept
    run_scan(
        ScanOptions(
            inputs=[str(p) for p in inputs],
            output=str(tmp_path / "scores.jsonl"),
            filtered_output=str(target),
            progress=False,
            **options,
        )
    )
    return target


def same_values(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> bool:
    """Rows equal, a NaN equal to a NaN."""

    def key(value: Any) -> Any:
        return "NaN" if isinstance(value, float) and math.isnan(value) else value

    return [{k: key(v) for k, v in row.items()} for row in left] == [
        {k: key(v) for k, v in row.items()} for row in right
    ]


def test_a_parquet_input_filtered_to_parquet_keeps_its_types_and_values(tmp_path: Path) -> None:
    table = pyarrow.table(
        {
            "id": [datetime.datetime(2024, 5, day) for day in (1, 2, 3)],
            "text": TEXTS,
            "price": pyarrow.array([decimal.Decimal("1.50"), None, decimal.Decimal("2.25")]),
            "raw": [b"\x00\x01", None, b"ab"],
            "weight": [float("inf"), float("nan"), -0.0],
        }
    )
    parquet.write_table(table, tmp_path / "dump.parquet")
    kept = scanned(tmp_path, [tmp_path / "dump.parquet"], "kept.parquet", keep_below=1e9,
                   shard_size=2)  # fmt: skip
    written = parquet.read_table(kept)
    assert written.schema == table.schema
    assert same_values(written.to_pylist(), table.to_pylist())


def test_only_the_kept_rows_are_written_in_order(tmp_path: Path) -> None:
    table = pyarrow.table({"id": [1, 2, 3], "text": TEXTS, "when": pyarrow.array([1, 2, 3], pyarrow.date32())})  # fmt: skip
    parquet.write_table(table, tmp_path / "dump.parquet")
    kept = scanned(tmp_path, [tmp_path / "dump.parquet"], "kept.parquet", drop_above=0.0,
                   shard_size=1)  # fmt: skip
    written = parquet.read_table(kept)
    assert written.schema == table.schema
    assert written.column("id").to_pylist() == [1, 3]


def test_a_field_the_first_kept_record_lacks_is_kept_in_parquet(tmp_path: Path) -> None:
    """A JSONL shard's Parquet schema was read from its first kept record's fields only
    (pyarrow's from_pylist), so a field only later records carry was dropped from all of them."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"id": "a", "text": "Fine copy."}\n'
        '{"id": "b", "text": "More copy.", "byline": "Ann Lee", "tags": {"desk": "city"}}\n'
        '{"id": "c", "tags": {"page": 3}, "text": "Last copy."}\n',
        encoding="utf-8",
    )
    kept = scanned(tmp_path, [dump], "kept.parquet", keep_below=1e9)
    assert parquet.read_table(kept).to_pylist() == [
        {"id": "a", "text": "Fine copy.", "byline": None, "tags": None},
        {"id": "b", "text": "More copy.", "byline": "Ann Lee", "tags": {"desk": "city", "page": None}},
        {"id": "c", "text": "Last copy.", "byline": None, "tags": {"desk": None, "page": 3}},
    ]  # fmt: skip


def test_a_number_parquet_cannot_hold_is_a_one_line_error_naming_the_output(tmp_path: Path) -> None:
    """An integer beyond 64 bits in a kept JSONL record made pyarrow raise OverflowError, which
    ended the run as 'internal error ... (please report it)'."""
    from newslint.errors import NewslintError

    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "text": "Fine copy.", "n": 123456789012345678901234567890}\n',
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(NewslintError, match=r"kept\.parquet: the kept records do not fit"):
        scanned(tmp_path, [dump], "kept.parquet", keep_below=1e9)


def test_parquet_rows_that_fit_no_schema_with_jsonl_ones_are_kept_as_their_json(tmp_path: Path) -> None:  # fmt: skip
    """A timestamp id in a Parquet input and string ids in a JSONL one fit no one Parquet column:
    the Parquet rows are then read as the JSON a JSONL output holds (as before Arrow parts),
    never refused."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "j1", "text": "Fine copy."}\n', encoding="utf-8")
    table = pyarrow.table({"id": [datetime.datetime(2024, 5, 1)], "text": ["More copy."]})
    parquet.write_table(table, tmp_path / "dump.parquet")
    kept = scanned(tmp_path, [dump, tmp_path / "dump.parquet"], "kept.parquet", keep_below=1e9)
    assert parquet.read_table(kept).to_pylist() == [
        {"id": "j1", "text": "Fine copy."},
        {"id": "2024-05-01 00:00:00", "text": "More copy."},
    ]


def test_a_parquet_binary_column_kept_as_jsonl_is_base64(tmp_path: Path) -> None:
    """JSON has no bytes: a Parquet binary value was written as its Python repr ("b'\\x00ab'"),
    which no reader turns back into the bytes. Base64, as BigQuery and Spark write binary."""
    import base64
    import json

    table = pyarrow.table({"id": ["a", "b"], "text": TEXTS[:2], "raw": [b"\x00\xffab", None]})
    parquet.write_table(table, tmp_path / "dump.parquet")
    kept = scanned(tmp_path, [tmp_path / "dump.parquet"], "kept.jsonl", keep_below=1e9)
    rows = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    assert [row["raw"] for row in rows] == [base64.b64encode(b"\x00\xffab").decode("ascii"), None]


def test_an_empty_parquet_input_filtered_to_parquet_keeps_its_columns(tmp_path: Path) -> None:
    """No row, no shard: the kept output was a Parquet file with no columns at all."""
    table = pyarrow.table({"id": pyarrow.array([], pyarrow.int64()), "text": pyarrow.array([], pyarrow.string())})  # fmt: skip
    parquet.write_table(table, tmp_path / "dump.parquet")
    kept = scanned(tmp_path, [tmp_path / "dump.parquet"], "kept.parquet", keep_below=1e9)
    assert parquet.read_table(kept).schema == table.schema
