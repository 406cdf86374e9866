"""`newslint scan` against hostile outputs, concurrent runs, kills and broken inputs (issue 19)."""

from __future__ import annotations

import datetime
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import newslint_command, run_newslint
from .scan_data import make_dataset, one_line_error

# --- item 7: where the output goes -------------------------------------------------------------


@pytest.mark.slow
def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path, 1)
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "scores.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "scores.jsonl"
    link.symlink_to(target)
    dangling = tmp_path / "new.jsonl"
    dangling.symlink_to(tmp_path / "real" / "new.jsonl")
    for output in (link, dangling):
        result = run_newslint("scan", str(dump), "-o", str(output))
        assert result.returncode == 0, result.stderr
        assert output.is_symlink() and len(output.read_text(encoding="utf-8").splitlines()) == 14
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["new.jsonl", "scores.jsonl"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_output_that_is_not_a_regular_file_is_left_alone(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path, 1)
    fifo = tmp_path / "scores.jsonl"
    os.mkfifo(fifo)
    one_line_error(run_newslint("scan", str(dump), "-o", str(fifo)), "not a regular file")
    assert fifo.is_fifo() and not Path(f"{fifo}.parts").exists()


@pytest.mark.parametrize("name", ["scores.csv", "scores.tsv", "scores.parquet.gz", "kept.txt"])
def test_an_output_named_for_a_format_scan_cannot_write_is_refused(
    tmp_path: Path, name: str
) -> None:
    """`-o x.csv` wrote JSON Lines under a name every reader takes for CSV, and said nothing."""
    dump = make_dataset(tmp_path, 1)
    one_line_error(run_newslint("scan", str(dump), "-o", str(tmp_path / name)), name)
    kept = ["--drop-above", "1000", "--filtered-output", str(tmp_path / name)]
    scores = str(tmp_path / "scores.jsonl")
    one_line_error(run_newslint("scan", str(dump), "-o", scores, *kept), name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.jsonl"]


def test_an_output_suffix_in_capitals_is_written_as_it_says(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    dump = make_dataset(tmp_path, 1)
    scores = tmp_path / "SCORES.PARQUET"
    result = run_newslint("scan", str(dump), "-o", str(scores), "-j", "1")
    assert result.returncode == 0, result.stderr
    assert scores.read_bytes()[:4] == b"PAR1"


def test_inputs_and_outputs_named_in_capitals_are_read_and_written_as_they_say(
    tmp_path: Path,
) -> None:
    """Suffixes are read in any case, as an output's are: DATA.PARQUET was read as JSON Lines
    (a one-line error on its first bytes), DUMP.JSONL.GZ as plain JSON Lines, SCORES.JSONL.GZ
    written uncompressed, and --report read SCORES.PARQUET back as JSON Lines."""
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    dump = make_dataset(tmp_path, 1)
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    parquet.write_table(pyarrow.Table.from_pylist(rows), tmp_path / "DATA.PARQUET")
    (tmp_path / "DUMP.JSONL.GZ").write_bytes(gzip.compress(dump.read_bytes()))
    for given in ("DATA.PARQUET", "DUMP.JSONL.GZ"):
        scores = tmp_path / f"{given}.SCORES.JSONL.GZ"
        result = run_newslint("scan", str(tmp_path / given), "-o", str(scores), "-j", "1")
        assert result.returncode == 0, result.stderr
        assert len(gzip.decompress(scores.read_bytes()).splitlines()) == len(rows)
    scores, page = tmp_path / "SCORES.PARQUET", tmp_path / "report.html"
    result = run_newslint("scan", str(dump), "-o", str(scores), "--report", str(page), "-j", "1")
    assert result.returncode == 0, result.stderr
    assert scores.read_bytes()[:4] == b"PAR1" and page.stat().st_size > 0


def test_standard_output_as_the_output_is_the_documented_refusal(tmp_path: Path) -> None:
    """`-o /dev/stdout | head`: the lock was refused on /proc/N/fd/pipe:[...], not the file."""
    dump = make_dataset(tmp_path, 1)
    one_line_error(run_newslint("scan", str(dump), "-o", "/dev/stdout"), "not a regular file")


def test_an_input_is_never_overwritten_by_the_output(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path, 1)
    before = dump.read_bytes()
    one_line_error(run_newslint("scan", str(dump), "-o", str(dump)), "is also an input")
    assert dump.read_bytes() == before


def test_the_report_page_never_replaces_an_input_or_an_output(tmp_path: Path) -> None:
    """review59: `--report` naming the input wrote the HTML page over the corpus, and naming
    `-o` over the scores; a folder that does not exist was an internal error after the scan."""
    dump = make_dataset(tmp_path, 1)
    before = dump.read_bytes()
    scores = tmp_path / "scores.jsonl"
    for page, fragment in ((dump, "is also an input"), (scores, "is also a scan output"),
                           (tmp_path / "none" / "r.html", "does not exist")):  # fmt: skip
        result = run_newslint("scan", str(dump), "-o", str(scores), "--report", str(page))
        one_line_error(result, fragment)
        assert dump.read_bytes() == before and not scores.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_report_page_refuses_an_input_it_cannot_read_twice(tmp_path: Path) -> None:
    """review59: the page re-reads the worst documents from the inputs; from a FIFO that read
    waited for ever after the scores were written (from a pipe it found no text at all)."""
    fifo = tmp_path / "dump.jsonl"
    os.mkfifo(fifo)
    result = run_newslint("scan", str(fifo), "-o", str(tmp_path / "s.jsonl"), "--report", str(tmp_path / "r.html"))  # fmt: skip
    one_line_error(result, "not a regular file")
    assert not (tmp_path / "r.html").exists()


# --- item 8: one scan per output; workers do not outlive the parent ---------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
@pytest.mark.slow
def test_a_second_scan_of_the_same_output_fails_at_once(tmp_path: Path) -> None:
    import fcntl

    dump = make_dataset(tmp_path, 1)
    output = tmp_path / "scores.jsonl"
    with open(tmp_path / "scores.jsonl.lock", "w") as held:  # as a running scan holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        one_line_error(run_newslint("scan", str(dump), "-o", str(output)), "another newslint scan")
    assert not output.exists() and not Path(f"{output}.parts").exists()
    assert run_newslint("scan", str(dump), "-o", str(output)).returncode == 0


def children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in found]


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path, 40)  # one long shard per worker
    scan = subprocess.Popen(
        [*newslint_command(), "scan", str(dump), "-o", str(tmp_path / "s.jsonl"), "-j", "2",
         "--shard-size", "280"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while len(workers := children(scan.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2, "the scan never started its workers"
    time.sleep(1.0)  # now busy with a shard
    scan.send_signal(signal.SIGKILL)
    scan.wait()
    deadline = time.monotonic() + 5
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived their killed parent"


# --- item 13: broken inputs are one line, exit 2 ----------------------------------------------


def truncated_gzip(path: Path) -> None:
    lines = "".join(
        json.dumps({"id": n, "text": f"Line {n} of a story."}) + "\n" for n in range(500)
    )
    whole = gzip.compress(lines.encode())
    path.write_bytes(whole[: len(whole) // 2])


def truncated_parquet(path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    import pyarrow

    rows = [{"id": str(n), "text": f"Line {n} of a story."} for n in range(500)]
    parquet.write_table(pyarrow.Table.from_pylist(rows), path)
    path.write_bytes(path.read_bytes()[:-300])


BROKEN = {
    "corrupt.jsonl.gz": (lambda p: p.write_bytes(b"\x1f\x8b\x08\x00garbage" * 20), "corrupt gzip"),
    "notgzip.jsonl.gz": (lambda p: p.write_bytes(b'{"text": "plain"}\n'), "corrupt gzip"),
    "truncated.jsonl.gz": (truncated_gzip, "truncated gzip"),
    "array.jsonl": (lambda p: p.write_text('{"text": "a"}\n[1, 2]\n'), "array.jsonl:2: not a JSON object"),
    "latin1.jsonl": (lambda p: p.write_bytes(b'{"text": "a"}\n{"text": "caf\xe9"}\n'), "latin1.jsonl:2: not UTF-8"),
    "number.jsonl": (lambda p: p.write_text('{"text": 12}\n'), "number.jsonl:1: a number, not text"),
    "truncated.parquet": (truncated_parquet, "truncated.parquet: not a readable Parquet file"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_inputs_are_one_line_errors(tmp_path: Path, name: str) -> None:
    make, message = BROKEN[name]
    make(tmp_path / name)
    result = run_newslint("scan", str(tmp_path / name), "-o", str(tmp_path / "scores.jsonl"))
    one_line_error(result, message)
    assert "interrupted" not in result.stderr


def test_a_parquet_record_is_named_by_its_place_in_its_own_file(tmp_path: Path) -> None:
    """review59: the message counted records across all inputs, so the second record of the
    second file was called 'record 5' of it."""
    parquet = pytest.importorskip("pyarrow.parquet")
    import pyarrow

    from newslint.errors import InputError
    from newslint.scan.reading import shards
    from newslint.scan.records import records

    for name, texts in (("a.parquet", ["one", "two", "three"]), ("b.parquet", ["four", None])):
        parquet.write_table(pyarrow.table({"text": texts}), tmp_path / name)
    inputs = [str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")]
    with pytest.raises(InputError, match=r"b\.parquet: record 2: no text"):
        for shard in shards(inputs, 2, ["text", "id"]):
            list(records(shard, "text", "id"))


def test_outputs_named_gz_are_gzipped(tmp_path: Path) -> None:
    """review59: `-o scores.jsonl.gz` and a kept `clean.jsonl.gz` were written as plain text
    under a name every reader (scan itself among them) takes for gzip."""
    dump = make_dataset(tmp_path, 1)
    scores, kept = tmp_path / "scores.jsonl.gz", tmp_path / "kept.jsonl.gz"
    result = run_newslint("scan", str(dump), "-o", str(scores), "--drop-above", "1000",
                          "--filtered-output", str(kept), "-j", "1")  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = gzip.decompress(scores.read_bytes()).decode("utf-8").splitlines()
    assert len(lines) == len(dump.read_text(encoding="utf-8").splitlines())
    assert gzip.decompress(kept.read_bytes()) == dump.read_bytes()


@pytest.mark.parametrize(
    ("values", "kind"),
    [([b"The council met."], "bytes"), ([datetime.datetime(2024, 5, 1)], "a datetime value")],
)
def test_a_parquet_text_that_is_not_a_string_is_named_for_what_it_is(
    tmp_path: Path, values: list[object], kind: str
) -> None:
    """trust65: a binary or timestamp text column was called 'a number, not text'."""
    parquet = pytest.importorskip("pyarrow.parquet")
    import pyarrow

    from newslint.errors import InputError
    from newslint.scan.reading import shards
    from newslint.scan.records import records

    parquet.write_table(pyarrow.table({"text": values}), tmp_path / "a.parquet")
    with pytest.raises(InputError, match=rf"a\.parquet: record 1: {kind}, not text in field"):
        for shard in shards([str(tmp_path / "a.parquet")], 2, ["text", "id"]):
            list(records(shard, "text", "id"))


def test_a_json_error_says_where_in_the_line() -> None:
    """trust65: a raw tab in a JSON string was reported as 'not a JSON record (Invalid control
    character at)': json's message ends in 'at', its place given apart."""
    from newslint.errors import InputError
    from newslint.scan.reading import Shard
    from newslint.scan.records import records

    shard = Shard(0, 0, "dump.jsonl", [b'{"id": "a", "text": "Tab\there"}\n'], [7])
    with pytest.raises(InputError, match=r"dump\.jsonl:7: not a JSON record \(raw control character U\+0009 in a string at column 25: "):  # fmt: skip
        list(records(shard, "text", "id"))


@pytest.mark.parametrize(("raw", "named"), [(b"\t", r"U\+0009 .* as \\t"), (b"\x01", r"U\+0001 .* as \\u0001")])  # fmt: skip
def test_a_raw_control_character_in_a_string_is_named_with_why(raw: bytes, named: str) -> None:
    """JSON takes a control character in a string only escaped; json's 'Invalid control
    character' named neither the character nor that, so a user could not tell what to fix."""
    from newslint.errors import InputError
    from newslint.scan.reading import Shard
    from newslint.scan.records import records

    shard = Shard(0, 0, "dump.jsonl", [b'{"id": "a", "text": "Tab' + raw + b'here"}\n'], [7])
    why = rf"dump\.jsonl:7: not a JSON record \(raw control character {named}\)$"
    with pytest.raises(InputError, match=why):
        list(records(shard, "text", "id"))
