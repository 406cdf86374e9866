"""`newslint scan`: score every document of a JSONL or Parquet dump, on every local core.

Input is read in shards of `shard_size` records. Each finished shard is written at once, atomically,
to `OUTPUT.parts/`, with a manifest naming the inputs and settings; an interrupted scan run again
skips the shards already there. When all are done they are joined into OUTPUT (JSONL, or Parquet by
extension) in input order, and the parts are removed. At most two shards per worker are in flight,
so memory stays flat however large the input.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newslint.errors import InputError, NewslintError


@dataclass
class ScanOptions:
    inputs: list[str]
    output: str
    text_field: str = "text"
    id_field: str = "id"
    keep_below: float | None = None
    drop_above: float | None = None
    filtered_output: str | None = None
    jobs: int = 1
    shard_size: int = 1000
    grammar: str | None = "off"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config: str | None = None
    resume: bool = True
    progress: bool = field(default_factory=lambda: sys.stderr.isatty())

    def scorer_settings(self) -> dict[str, Any]:
        return {
            "select": self.select,
            "ignore": self.ignore,
            "grammar": self.grammar,
            "config": self.config,
        }

    def keeps(self, density: float) -> bool:
        if self.keep_below is not None:
            return density < self.keep_below
        return self.drop_above is None or density <= self.drop_above


# --- reading ------------------------------------------------------------------------------------


def read_records(path: str, batch: int) -> Iterator[list[dict[str, Any]]]:
    """Batches of records from a JSONL (optionally gzipped) or Parquet file."""
    if path.endswith(".parquet"):
        yield from _parquet_batches(path, batch)
        return
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
            records: list[dict[str, Any]] = []
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not a JSON record ({exc.msg})") from None
                if len(records) == batch:
                    yield records
                    records = []
            if records:
                yield records
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _parquet_batches(path: str, batch: int) -> Iterator[list[dict[str, Any]]]:
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise NewslintError(
            f"{path}: reading Parquet needs pyarrow (pip install 'newslint[scale]')"
        ) from None
    for record_batch in parquet.ParquetFile(path).iter_batches(batch_size=batch):
        yield record_batch.to_pylist()


def shards(options: ScanOptions) -> Iterator[tuple[int, int, list[dict[str, Any]]]]:
    """(shard index, ordinal of its first record, records), across all inputs in order."""
    index = ordinal = 0
    for path in options.inputs:
        for records in read_records(path, options.shard_size):
            yield index, ordinal, records
            index += 1
            ordinal += len(records)


# --- scoring (in workers) -------------------------------------------------------------------------


def score_shard(
    index: int, first: int, records: list[dict[str, Any]], options: ScanOptions, parts: str
) -> tuple[int, int]:
    """Score one shard and write its part files; returns (index, documents)."""
    from newslint.scoring import scorer

    score = scorer(**options.scorer_settings())
    scored, kept = [], []
    for offset, record in enumerate(records):
        text = record.get(options.text_field)
        if not isinstance(text, str):
            raise InputError(f"record {first + offset}: no text in field {options.text_field!r}")
        result = {"id": record.get(options.id_field, first + offset), **score(text)}
        scored.append(result)
        if options.filtered_output and options.keeps(result["density"]):
            kept.append(record)
    _write_part(Path(parts) / f"scores-{index:08d}.jsonl", scored)
    if options.filtered_output:
        _write_part(Path(parts) / f"kept-{index:08d}.jsonl", kept)
    return index, len(records)


def _write_part(path: Path, rows: list[dict[str, Any]]) -> None:
    temp = path.with_suffix(".tmp")
    temp.write_text(
        "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows),
        encoding="utf-8",
    )
    os.replace(temp, path)


# --- the run ------------------------------------------------------------------------------------


def run_scan(options: ScanOptions) -> int:
    if options.keep_below is not None and options.drop_above is not None:
        raise NewslintError("use --keep-below or --drop-above, not both")
    if (options.keep_below is not None or options.drop_above is not None) != bool(
        options.filtered_output
    ):
        raise NewslintError("--keep-below/--drop-above and --filtered-output go together")
    parts = _prepare_parts(options)
    done = {int(p.name[7:15]) for p in parts.glob("scores-*.jsonl")}
    progress = Progress(options.progress)
    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_quiet_worker) as pool:
        pending: list[Future[tuple[int, int]]] = []
        for index, first, records in shards(options):
            if index in done:
                progress.add(len(records))
                continue
            pending.append(pool.submit(score_shard, index, first, records, options, str(parts)))
            while len(pending) >= options.jobs * 2:
                progress.add(pending.pop(0).result()[1])
        for future in pending:
            progress.add(future.result()[1])
    progress.finish()
    _assemble(parts, "scores", options.output)
    if options.filtered_output:
        _assemble(parts, "kept", options.filtered_output)
    shutil.rmtree(parts)
    return 0


def _quiet_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_parts(options: ScanOptions) -> Path:
    parts = Path(options.output + ".parts")
    manifest = {
        "inputs": [
            [str(Path(p).resolve()), os.stat(p).st_size, os.stat(p).st_mtime_ns]
            for p in options.inputs
        ],
        "settings": {
            k: v
            for k, v in asdict(options).items()
            if k not in ("jobs", "progress", "resume", "output")
        },
    }
    manifest_path = parts / "manifest.json"
    if parts.exists() and options.resume and manifest_path.exists():
        if json.loads(manifest_path.read_text(encoding="utf-8")) != json.loads(
            json.dumps(manifest)
        ):
            raise NewslintError(
                f"{parts}: left by a scan of other inputs or settings; delete it or pass --no-resume"
            )
        return parts
    shutil.rmtree(parts, ignore_errors=True)
    parts.mkdir(parents=True)
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    return parts


def _assemble(parts: Path, kind: str, output: str) -> None:
    files = sorted(parts.glob(f"{kind}-*.jsonl"))
    if output.endswith(".parquet"):
        _assemble_parquet(files, output)
        return
    temp = output + ".tmp"
    with open(temp, "w", encoding="utf-8") as out:
        for part in files:
            with open(part, encoding="utf-8") as handle:
                shutil.copyfileobj(handle, out)
    os.replace(temp, output)


def _assemble_parquet(files: list[Path], output: str) -> None:
    try:
        import pyarrow as arrow
        import pyarrow.parquet as parquet
    except ImportError:
        raise NewslintError(
            f"{output}: writing Parquet needs pyarrow (pip install 'newslint[scale]')"
        ) from None
    writer = None
    try:
        for part in files:
            rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
            if not rows:
                continue
            table = arrow.Table.from_pylist(rows, schema=writer.schema if writer else None)
            writer = writer or parquet.ParquetWriter(output + ".tmp", table.schema)
            writer.write_table(table)
    finally:
        if writer:
            writer.close()
    if writer:
        os.replace(output + ".tmp", output)


class Progress:
    """A one-line counter on a terminal; silent otherwise."""

    def __init__(self, enabled: bool):
        self.enabled, self.count, self.began = enabled, 0, time.monotonic()

    def add(self, documents: int) -> None:
        self.count += documents
        if self.enabled:
            rate = self.count / max(time.monotonic() - self.began, 1e-9)
            print(
                f"\rnewslint scan: {self.count:,} documents ({rate:,.0f}/s)",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def finish(self) -> None:
        if self.enabled:
            print(file=sys.stderr)
