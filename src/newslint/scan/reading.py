"""Reading the inputs in shards: JSONL (optionally gzipped) as raw lines, Parquet as record batches.

The parent only cuts the inputs into shards; decoding and parsing happen in the workers, so the
parent holds raw bytes, at most a few shards of them, and a record is never copied twice to be
written back: a kept JSONL record is the input line itself.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newslint.errors import InputError, NewslintError

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Shard:
    """Consecutive records of one input: raw JSON lines (with their line numbers) or a batch."""

    index: int
    first: int  # ordinal of its first record across all inputs
    source: str
    lines: list[bytes] | None = None
    line_numbers: list[int] | None = None
    batch: Any = None  # a pyarrow RecordBatch
    first_in_source: int = 0  # ordinal of its first record within its own input

    def __len__(self) -> int:
        return len(self.lines) if self.lines is not None else self.batch.num_rows

    def where(self, offset: int) -> str:
        """The input and place of the shard's `offset`-th record, for messages."""
        if self.line_numbers is not None:
            return f"{self.source}:{self.line_numbers[offset]}"
        return f"{self.source}: record {self.first_in_source + offset + 1}"


def names_parquet(name: str) -> bool:
    """Whether a file's name says Parquet, in any case (`DATA.PARQUET`): what scan reads and
    writes as Parquet, its inputs, its outputs and the scores `--report` reads back alike."""
    return name.lower().endswith(".parquet")


def names_gzip(name: str) -> bool:
    """Whether a file's name says gzip, in any case (`DUMP.JSONL.GZ`)."""
    return name.lower().endswith(".gz")


def shards(inputs: list[str], size: int, columns: list[str] | None) -> Iterator[Shard]:
    """Shards of `size` records across all inputs in order (a shard never spans two inputs).

    `columns` limits what is read from Parquet (None: every column, to write kept records whole).
    """
    index = ordinal = 0
    for path in inputs:
        parquet = names_parquet(path)
        within = 0
        for shard in _parquet(path, size, columns) if parquet else _jsonl(path, size):
            yield Shard(index, ordinal, path, shard.lines, shard.line_numbers, shard.batch, within)
            index += 1
            ordinal += len(shard)
            within += len(shard)


def _jsonl(path: str, size: int) -> Iterator[Shard]:
    lines: list[bytes] = []
    numbers: list[int] = []
    number = 0
    try:
        with gzip.open(path, "rb") if names_gzip(path) else open(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if number == 1 and line.startswith(BOM):
                    line = line[len(BOM) :]
                if not line or line.isspace():
                    continue
                lines.append(line)
                numbers.append(number)
                if len(lines) == size:
                    yield Shard(0, 0, path, lines, numbers)
                    lines, numbers = [], []
    except EOFError:
        raise InputError(
            f"{path}: truncated gzip file (it ends inside line {number + 1})"
        ) from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{path}: corrupt gzip data after line {number} ({exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if lines:
        yield Shard(0, 0, path, lines, numbers)


def _parquet(path: str, size: int, columns: list[str] | None) -> Iterator[Shard]:
    pyarrow, parquet = arrow_modules(f"{path}: reading Parquet")
    read = batches = 0
    try:
        source = parquet.ParquetFile(path)
        names = set(source.schema_arrow.names)
        wanted = None if columns is None else [c for c in columns if c in names]
        for batch in source.iter_batches(batch_size=size, columns=wanted):
            yield Shard(0, 0, path, batch=batch)
            read += batch.num_rows
            batches += 1
        if not batches:  # no rows: one empty shard, so a kept Parquet output has its columns
            schema = source.schema_arrow
            fields = schema if wanted is None else [schema.field(name) for name in wanted]
            yield Shard(
                0, 0, path, batch=pyarrow.RecordBatch.from_pylist([], pyarrow.schema(fields))
            )
    except (pyarrow.ArrowException, OSError) as exc:
        where = f" after record {read}" if read else ""
        raise InputError(f"{path}: not a readable Parquet file{where} ({exc})") from None


def arrow_modules(purpose: str) -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, or an error saying what needs them and how to install them."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise NewslintError(f"{purpose} needs pyarrow (pip install 'newslint[scale]')") from None
    return pyarrow, pyarrow.parquet
