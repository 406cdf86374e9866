"""What a `newslint scan` run was asked to do."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError
from newslint.scan.reading import names_gzip, names_parquet

# Settings that change neither the shards nor their contents: a run resumed with other values
# of these reuses the finished shards.
RUN_ONLY = ("jobs", "progress", "resume", "output", "report", "bad_records")


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
    context: bool | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config: str | None = None
    resume: bool = True
    report: str | None = None  # the corpus page (HTML), written after the outputs
    # None: a record that cannot be scored stops the run (exit 2). A number: such records are
    # skipped and counted (--skip-bad-records), and the run exits 1 when more than that many
    # were (--max-bad-records; 0 with --skip-bad-records alone). Run-only: a run stopped by a bad
    # record resumes with skipping on, and its finished shards hold no skipped record.
    bad_records: int | None = None
    progress: bool = field(default_factory=lambda: sys.stderr.isatty())

    def validate(self) -> None:
        self.inputs = [name for source in self.inputs for name in input_files(source)]
        for source in self.inputs:
            _check_input(source)
        if self.keep_below is not None and self.drop_above is not None:
            raise NewslintError("use --keep-below or --drop-above, not both")
        thresholds = self.keep_below is not None or self.drop_above is not None
        if thresholds != bool(self.filtered_output):
            raise NewslintError("--keep-below/--drop-above and --filtered-output go together")
        if self.bad_records is not None and self.bad_records < 0:
            raise NewslintError("--max-bad-records must be 0 or more")

    def scorer_settings(self) -> dict[str, Any]:
        return {
            "select": self.select,
            "ignore": self.ignore,
            "grammar": self.grammar,
            "config": self.config,
            "context": self.context,
        }

    def shard_settings(self) -> dict[str, Any]:
        """The settings that decide what a finished shard holds (recorded in the manifest)."""
        return {k: v for k, v in asdict(self).items() if k not in RUN_ONLY}

    def filtered_to_parquet(self) -> bool:
        """Whether the kept records go to Parquet (decided by the file written, as `assemble`
        decides it: a symlink's target)."""
        if not self.filtered_output:
            return False
        return writes_parquet(Path(os.path.realpath(self.filtered_output)))

    def keeps(self, density: float) -> bool:
        if self.keep_below is not None:
            return density < self.keep_below
        return self.drop_above is None or density <= self.drop_above


# What an output's name may say it holds: JSON Lines (no suffix too, or any of these gzipped as
# `.gz` says) or Parquet. Any other suffix (`.csv`) would name a format scan does not write.
JSON_LINES_SUFFIXES = ("", ".jsonl", ".ndjson", ".json")


def writes_parquet(output: Path) -> bool:
    return names_parquet(output.name)


def check_output_name(given: str, output: Path) -> None:
    """Refuse an output whose name says a format scan does not write (`-o x.csv` was JSON Lines
    under a CSV name, said nowhere)."""
    if writes_parquet(output):
        return
    name = output.name[:-3] if names_gzip(output.name) else output.name
    suffix = Path(name).suffix.lower()
    if suffix not in JSON_LINES_SUFFIXES:
        raise NewslintError(
            f"{given}: scan writes JSON Lines (.jsonl, .ndjson, .json, gzipped as .gz) or Parquet "
            f"(.parquet), not {output.name[len(name) - len(suffix) :]}; name the output for one of them"
        )


DUMP_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")


def input_files(source: str) -> list[str]:
    """The inputs a named input stands for: a file itself; a folder, the dumps directly in it
    (`DUMP_SUFFIXES`, in any case), in name order, as datatrove and Dask read a folder. Not its
    subfolders (an output's parts folder may sit there) nor hidden files (a downloader's or our
    own temporaries). Expanded before the run, so a resumed scan of a folder that gained a file
    is a scan of other inputs, and starts over."""
    if not os.path.isdir(source):
        return [source]
    with os.scandir(source) as entries:
        found = sorted(
            entry.path
            for entry in entries
            if entry.name.lower().endswith(DUMP_SUFFIXES)
            and not entry.name.startswith(".")
            and entry.is_file()
        )
    if not found:
        raise NewslintError(
            f"{source}: is a folder with no .jsonl, .jsonl.gz or .parquet file directly in it; "
            "name the files to scan"
        )
    return found


def _check_input(source: str) -> None:
    """One line naming an input scan cannot read (click's usage error said it in three)."""
    if source == "-":
        raise NewslintError(
            "-: scan reads named files (it resumes by their identity); to scan standard input, "
            "name it /dev/stdin"
        )
    if not os.path.exists(source):
        raise NewslintError(f"{source}: no such file")
