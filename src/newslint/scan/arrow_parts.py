"""Kept Parquet rows as Arrow, so a Parquet input filtered to a Parquet output keeps its rows as
they were. Through JSON they lost what JSON has no form for: a timestamp or a decimal became a
string, bytes base64 text, NaN and infinity null.

A shard's kept rows are one Arrow IPC stream (the part file); assembling reads it back whole,
with the input's own schema.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# An Arrow IPC stream begins with this continuation marker; a JSON line never does.
ARROW_STREAM = b"\xff\xff\xff\xff"


def arrow_rows(batch: Any, offsets: list[int]) -> bytes:
    """The rows of a Parquet record batch at `offsets`, as an Arrow IPC stream."""
    import pyarrow
    import pyarrow.ipc

    rows = batch.take(pyarrow.array(offsets, type=pyarrow.int64()))
    sink = pyarrow.BufferOutputStream()
    with pyarrow.ipc.new_stream(sink, rows.schema) as writer:
        writer.write_batch(rows)
    return bytes(sink.getvalue().to_pybytes())


def arrow_part(part: Path) -> Any:
    """The table a kept part holds when it is an Arrow stream, else None (JSON lines)."""
    with open(part, "rb") as handle:
        if handle.read(len(ARROW_STREAM)) != ARROW_STREAM:
            return None
    import pyarrow.ipc

    with pyarrow.ipc.open_stream(str(part)) as reader:
        return reader.read_all()


def conformed(arrow: Any, table: Any, schema: Any) -> Any:
    """`table` with the columns of `schema`, in its order and types (a column it lacks: nulls)."""
    columns = [
        table.column(field.name).cast(field.type)
        if field.name in table.column_names
        else arrow.nulls(table.num_rows, field.type)
        for field in schema
    ]
    return arrow.Table.from_arrays(columns, schema=schema)
