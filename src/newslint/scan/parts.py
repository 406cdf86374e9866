"""The parts directory beside the output: finished shards, committed so that a kill at any moment
leaves either a whole shard or one that will be redone, never half of one.

A shard's parts (its scores, and its kept records with --filtered-output) are written to
temporaries, flushed to disk and renamed; then its marker, `done-NNNNNNNN`, is written the same
way. Resume trusts only markers: parts without one are written again.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError
from newslint.temporary_name import write_durably

MANIFEST = "manifest.json"
# The part that lists a shard's records skipped by --skip-bad-records (written only when some were).
SKIPPED = "skipped"


def part_path(parts: Path, kind: str, index: int) -> Path:
    return parts / f"{kind}-{index:08d}.jsonl"


def commit_shard(parts: Path, index: int, contents: dict[str, list[bytes]], records: int) -> None:
    """Write every part of a shard, then its marker (the only proof a shard is done)."""
    for kind, lines in contents.items():
        write_durably(part_path(parts, kind, index), lines, tidy=False)
    sync_directory(parts)
    marker = json.dumps({"records": records, "parts": sorted(contents)}).encode()
    write_durably(parts / f"done-{index:08d}", [marker], tidy=False)
    sync_directory(parts)


def skipped_records(parts: Path, shards: int) -> list[dict[str, Any]]:
    """The records the finished shards skipped (`{"ordinal", "problem"}`), in input order."""
    found: list[dict[str, Any]] = []
    for index in range(shards):
        path = part_path(parts, SKIPPED, index)
        if path.is_file():
            found += [json.loads(line) for line in path.read_bytes().splitlines() if line]
    return found


def finished(parts: Path) -> set[int]:
    return {int(marker.name[5:]) for marker in parts.glob("done-*") if marker.name[5:].isdigit()}


def sync_directory(folder: Path) -> None:
    """Make renames inside `folder` durable (a no-op where directories cannot be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def prepare_parts(parts: Path, manifest: dict[str, Any], resume: bool) -> Path:
    """The parts directory for this run: kept when it belongs to the same inputs and settings."""
    manifest_path = parts / MANIFEST
    if resume and manifest_path.is_file():
        try:
            found = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None  # unreadable: left by a run killed while writing it; start over
        if found == json.loads(json.dumps(manifest)):
            return parts
        if found is not None:
            raise NewslintError(
                f"{parts}: left by a scan of other inputs, settings or rules; delete it or pass --no-resume"
            )
    if parts.is_symlink() or parts.is_file():
        parts.unlink()
    shutil.rmtree(parts, ignore_errors=True)
    try:
        parts.mkdir(parents=True)
    except OSError as exc:
        raise NewslintError(f"{parts}: cannot create ({exc.strerror or exc})") from None
    write_durably(manifest_path, [json.dumps(manifest).encode()])
    return parts


def remove_parts(parts: Path) -> None:
    """Markers first, so a kill while removing leaves shards that are redone, never trusted."""
    for marker in parts.glob("done-*"):
        marker.unlink()
    (parts / MANIFEST).unlink(missing_ok=True)
    shutil.rmtree(parts, ignore_errors=True)
