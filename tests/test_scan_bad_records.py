"""`scan --skip-bad-records` / `--max-bad-records N`: a record that cannot be scored (no text,
a line that is not a JSON object) is skipped, counted and named on stderr instead of ending a
long run; the exit code stays 1 unless the user allowed that many. Without either option the
first one stops the run (exit 2), as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_newslint
from .scan_data import one_line_error

GOOD = "The council approved the budget on Tuesday after a short debate about road repairs."
LINES = [
    json.dumps({"id": "a", "text": GOOD}),
    json.dumps({"id": "b", "text": None}),
    "not json at all",
    json.dumps({"id": "d", "text": GOOD + " Work begins in spring."}),
]


def _dump(tmp_path: Path) -> Path:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return dump


def _scores(path: Path) -> list[tuple[object, int]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(row["id"], row["ordinal"]) for row in rows]


def test_without_the_option_the_first_bad_record_stops_the_run(tmp_path: Path) -> None:
    result = run_newslint("scan", str(_dump(tmp_path)), "-o", str(tmp_path / "s.jsonl"))
    one_line_error(result, "dump.jsonl:2: no text in field 'text'")


def test_skipped_records_are_named_and_the_exit_is_one(tmp_path: Path) -> None:
    dump = _dump(tmp_path)
    scores, kept = tmp_path / "s.jsonl", tmp_path / "kept.jsonl"
    result = run_newslint(
        "scan", str(dump), "-o", str(scores), "--skip-bad-records", "--shard-size", "2",
        "--drop-above", "1000", "--filtered-output", str(kept),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert _scores(scores) == [("a", 0), ("d", 3)]
    assert [json.loads(line)["id"] for line in kept.read_text().splitlines()] == ["a", "d"]
    summary = result.stderr.strip().splitlines()
    assert summary[0].startswith("newslint scan: skipped 2 records that cannot be scored")
    assert summary[0].endswith("(more than --max-bad-records 0: exit 1):")
    assert summary[1] == f"  ordinal 1: {dump}:2: no text in field 'text'"
    assert summary[2].startswith(f"  ordinal 2: {dump}:3: not a JSON record")
    assert len(summary) == 3 and not Path(f"{scores}.parts").exists()


def test_as_many_as_allowed_exit_zero(tmp_path: Path) -> None:
    dump = _dump(tmp_path)
    scores = tmp_path / "s.jsonl"
    result = run_newslint(
        "scan", str(dump), "-o", str(scores), "--max-bad-records", "2", "--report",
        str(tmp_path / "page.html"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(allowed):" in result.stderr and _scores(scores) == [("a", 0), ("d", 3)]
    assert "<html" in (tmp_path / "page.html").read_text(encoding="utf-8").lower()


def test_a_run_stopped_by_a_bad_record_resumes_with_skipping_on(tmp_path: Path) -> None:
    """The long dump's case: the finished shards are kept and not redone."""
    dump = _dump(tmp_path)
    scores = tmp_path / "s.jsonl"
    command = ["scan", str(dump), "-o", str(scores), "--shard-size", "1", "--jobs", "1"]
    assert run_newslint(*command).returncode == 2
    assert (Path(f"{scores}.parts") / "done-00000000").is_file()
    result = run_newslint(*command, "--skip-bad-records")
    assert result.returncode == 1 and _scores(scores) == [("a", 0), ("d", 3)]


def test_skipped_records_of_a_resumed_run_stop_a_run_without_the_option(tmp_path: Path) -> None:
    from newslint.errors import NewslintError
    from newslint.scan import ScanOptions
    from newslint.scan.parts import prepare_parts
    from newslint.scan.reading import shards
    from newslint.scan.run import _skipped, manifest
    from newslint.scan.worker import score_shard

    dump = _dump(tmp_path)
    options = ScanOptions(inputs=[str(dump)], output=str(tmp_path / "s.jsonl"), bad_records=0)
    parts = prepare_parts(tmp_path / "s.jsonl.parts", manifest(options), resume=True)
    (shard,) = shards(options.inputs, options.shard_size, None)
    score_shard(shard, options, str(parts))
    assert len(_skipped(parts, 1, options)) == 2
    options.bad_records = None
    with pytest.raises(NewslintError) as error:
        _skipped(parts, 1, options)
    assert str(error.value).startswith(f"{dump}:2: no text in field 'text' (skipped by a run")
