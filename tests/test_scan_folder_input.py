"""`scan dump/` reads the dumps in the folder, as datatrove and Dask read a folder: it was refused
("name the JSONL or Parquet files in it"), the first thing a data team tries (user67)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from .conftest import run_newslint


def _lines(*texts: str) -> bytes:
    return "".join(json.dumps({"id": text[:12], "text": text}) + "\n" for text in texts).encode()


def test_a_folder_stands_for_its_dumps_in_name_order(tmp_path: Path):
    dump = tmp_path / "dump"
    (dump / "sub").mkdir(parents=True)
    (dump / "b.jsonl.gz").write_bytes(gzip.compress(_lines("Sir. Okafor agreed to the plan.")))
    (dump / "a.jsonl").write_bytes(_lines("The council met on Tuesday.", "Ferries ran late."))
    (dump / "C.JSONL").write_bytes(_lines("The Portugalhad sent tugs to the harbour."))
    (dump / "notes.txt").write_text("not a dump\n", "utf-8")
    (dump / ".partial.jsonl").write_bytes(_lines("A temporary a downloader left."))
    (dump / "sub" / "deeper.jsonl").write_bytes(_lines("A folder below is not read."))
    named = [str(dump / name) for name in ("C.JSONL", "a.jsonl", "b.jsonl.gz")]
    by_name = run_newslint("scan", *named, "-o", str(tmp_path / "named.jsonl"))
    by_folder = run_newslint("scan", str(dump), "-o", str(tmp_path / "folder.jsonl"))
    assert by_name.returncode == by_folder.returncode == 0, by_folder.stderr
    scores = (tmp_path / "folder.jsonl").read_text("utf-8")
    assert scores == (tmp_path / "named.jsonl").read_text("utf-8")
    assert [json.loads(line)["id"] for line in scores.splitlines()] == [
        "The Portugal", "The council ", "Ferries ran ", "Sir. Okafor ",
    ]  # fmt: skip
