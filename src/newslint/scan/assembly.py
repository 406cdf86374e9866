"""Where the outputs go, and joining the finished parts into them, atomically, in input order.

An output is written to a temporary beside it, flushed and renamed, so a kill leaves the old
file or the new one. A symlink is followed (its target is written); anything that is not a regular
file (`/dev/stdout`, a FIFO, a directory) is refused, since it cannot be replaced atomically.
The Parquet score table has one schema, decided up front: `id` is always a string there, and
`ordinal` an integer.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from contextlib import nullcontext
from pathlib import Path
from typing import Any, BinaryIO

from newslint.errors import NewslintError
from newslint.scan.arrow_parts import arrow_part, conformed
from newslint.scan.options import writes_parquet
from newslint.scan.parts import part_path, sync_directory
from newslint.scan.reading import arrow_modules, names_gzip
from newslint.scan.records import finite, json_line
from newslint.scoring import FIELDS, is_float_field
from newslint.temporary_name import replacing
from newslint.utf8_text import utf8_readable


def resolve_output(given: str, inputs: list[str]) -> Path:
    """The file an output option names: a symlink's target; refused if not a regular file."""
    target = Path(os.path.realpath(given))
    # `/dev/stdout` to a pipe resolves to no path at all (`/proc/N/fd/pipe:[...]`): its own
    # stat says what it is.
    if (target.exists() or os.path.exists(given)) and not os.path.isfile(given):
        raise NewslintError(
            f"{given}: not a regular file; scan replaces its output whole when done (and keeps "
            "resumable parts beside it), so give a file path"
        )
    if not target.parent.is_dir():
        raise NewslintError(f"{given}: directory {target.parent} does not exist")
    if any(target.exists() and os.path.samefile(target, source) for source in inputs):
        raise NewslintError(f"{given}: is also an input; write to another file")
    return target


def assemble(parts: Path, kind: str, shards: int, output: Path) -> None:
    files = [part_path(parts, kind, index) for index in range(shards)]
    missing = next((part for part in files if not part.is_file()), None)
    if missing:
        raise NewslintError(f"{missing}: missing from a finished shard; run again with --no-resume")
    try:
        _assemble(files, kind, output)
    except OSError as exc:
        raise NewslintError(f"{output}: cannot write ({exc.strerror or exc})") from None


def _assemble(files: list[Path], kind: str, output: Path) -> None:
    with replacing(output) as out:  # a temporary of its own: another scan may write `output`
        if writes_parquet(output):
            if kind == "scores":
                _write_scores_parquet(files, out)
            else:
                _write_records_parquet(files, out, output.name)
        else:
            _join(files, out, compress=names_gzip(output.name))
    sync_directory(output.parent)


def _join(files: list[Path], out: BinaryIO, compress: bool) -> None:
    """The parts one after another; gzipped when the output's name says so (`.jsonl.gz`), with
    no name or time in the header, so a resumed scan writes the same bytes."""
    with gzip.GzipFile(filename="", mode="wb", compresslevel=6, fileobj=out, mtime=0) if compress else nullcontext(out) as target:  # fmt: skip
        for part in files:
            with open(part, "rb") as handle:
                shutil.copyfileobj(handle, target)


def _rows(part: Path) -> list[dict[str, Any]]:
    with open(part, "rb") as handle:
        return [_utf8_safe(json.loads(line)) for line in handle]


def _utf8_safe(value: Any) -> Any:
    """Parquet strings are UTF-8, which has no lone surrogates: they become U+FFFD."""
    if isinstance(value, str):
        return utf8_readable(value)
    if isinstance(value, dict):
        return {key: _utf8_safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_utf8_safe(item) for item in value]
    return value


def _arrow() -> tuple[Any, Any]:
    return arrow_modules("writing Parquet")


def score_schema() -> Any:
    arrow, _ = _arrow()
    kinds = {name: arrow.float64() if is_float_field(name) else arrow.int64() for name in FIELDS}
    return arrow.schema([("id", arrow.string()), ("ordinal", arrow.int64()), *kinds.items()])


def _write_scores_parquet(files: list[Path], temp: BinaryIO) -> None:
    arrow, parquet = _arrow()
    schema = score_schema()
    with parquet.ParquetWriter(temp, schema) as writer:
        for part in files:
            rows = [dict(row, id=str(row["id"])) for row in _rows(part)]
            writer.write_table(arrow.Table.from_pylist(rows, schema=schema))


def _write_records_parquet(files: list[Path], temp: BinaryIO, shown: str) -> None:
    """Kept records: one schema for all, the union of each shard's (so types may vary by shard).
    A Parquet input's rows come as Arrow (`arrow_parts`), with their own types; where they fit
    no one schema with JSONL records (a timestamp column against strings), they are read as the
    JSON they would be in a JSONL output (a timestamp as its text), as before Arrow parts."""
    arrow, parquet = _arrow()
    refused = (arrow.ArrowException, TypeError, ValueError, OverflowError)
    try:
        try:
            _write_kept(arrow, parquet, files, temp, as_json=False)
        except refused:
            if not any(arrow_part(part) is not None for part in files):
                raise
            temp.seek(0)  # what the refused attempt wrote
            temp.truncate()
            _write_kept(arrow, parquet, files, temp, as_json=True)
    except refused as exc:
        raise NewslintError(
            f"{shown}: the kept records do not "
            f"fit one Parquet schema ({exc}); write them as JSONL instead"
        ) from None


def _write_kept(arrow: Any, parquet: Any, files: list[Path], temp: BinaryIO, as_json: bool) -> None:
    parts = [_part_contents(arrow, part, as_json) for part in files]
    schema = arrow.unify_schemas(
        [table.schema for table, _ in parts if table.num_columns] or [arrow.schema([])],
        promote_options="permissive",
    )
    with parquet.ParquetWriter(temp, schema) as writer:
        for table, rows in parts:
            if rows is None:
                writer.write_table(conformed(arrow, table, schema))
            else:  # rows missing a field or a struct's field: from_pylist fills them in
                writer.write_table(arrow.Table.from_pylist(rows, schema=schema))


def _part_contents(arrow: Any, part: Path, as_json: bool) -> tuple[Any, list[Any] | None]:
    """A part's kept records: Arrow's own table, or a table inferred from its JSON rows and the
    rows themselves."""
    table = arrow_part(part)
    if table is not None and not as_json:
        return table, None
    if table is None:
        rows = _rows(part)
    else:
        rows = [_utf8_safe(json.loads(json_line(finite(row)))) for row in table.to_pylist()]
    return arrow.Table.from_pylist(_every_field(rows)), rows


def _every_field(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with every field any of them has (None where one lacks it), in the order they
    first appear: pyarrow reads a table's fields from its first row alone, and a field only
    later records carry was dropped from every kept record."""
    names = list(dict.fromkeys(name for row in rows for name in row))
    return [{name: row.get(name) for name in names} for row in rows]
