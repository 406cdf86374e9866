"""`newslint scan` killed anywhere and run again writes byte-identical outputs (issue 19, Deliver).

Each example runs scan, delivers one to three blows at random moments (SIGKILL to the parent,
SIGKILL to a worker, SIGTERM to the parent), then runs it to the end, and compares every output
file, byte for byte, with an uninterrupted run's; nothing else may be left beside them.
A few examples by default; NEWSLINT_FUZZ=1 runs the long profile.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import examples, newslint_command
from .scan_data import make_dataset

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").exists(), reason="finds the workers through /proc"
)

BLOWS = ("kill-parent", "kill-worker", "term-parent")
# The exits a blow may cause: done before it landed, a worker died, interrupted, killed.
EXPECTED_EXITS = {0, 2, 130, -signal.SIGKILL, -signal.SIGTERM}


@dataclass
class Dump:
    folder: Path
    input: Path
    references: dict[tuple[str, str], dict[str, bytes]] = field(default_factory=dict)
    seconds: float = 0.0

    def command(self, folder: Path, scores: str, kept: str, jobs: int) -> list[str]:
        return [
            *newslint_command(), "scan", str(self.input), "-o", str(folder / f"scores.{scores}"),
            "--drop-above", "4", "--filtered-output", str(folder / f"kept.{kept}"),
            "--shard-size", "3", "--jobs", str(jobs),
        ]  # fmt: skip

    def reference(self, scores: str, kept: str) -> dict[str, bytes]:
        if (scores, kept) not in self.references:
            folder = Path(tempfile.mkdtemp(dir=self.folder))
            began = time.monotonic()
            done = subprocess.run(self.command(folder, scores, kept, 2), capture_output=True)
            assert done.returncode == 0, done.stderr
            self.seconds = max(self.seconds, time.monotonic() - began)
            self.references[scores, kept] = outputs(folder)
        return self.references[scores, kept]


def outputs(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def dump(tmp_path_factory: pytest.TempPathFactory) -> Dump:
    folder = tmp_path_factory.mktemp("kill")
    path = make_dataset(folder, 2)
    with path.open("a", encoding="utf-8") as out:  # the records that once broke a resume
        out.write('{"id": NaN, "text": "A scraped line.\\ud800 Nothing else."}\n')
        out.write(json.dumps({"text": "No id at all, Sir. Blinken said."}) + "\n")
    return Dump(folder, path)


def workers(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def strike(scan: subprocess.Popen[bytes], blow: str) -> None:
    if blow == "term-parent":
        scan.send_signal(signal.SIGTERM)
    elif blow == "kill-parent":
        scan.send_signal(signal.SIGKILL)
    else:
        for pid in workers(scan.pid)[:1]:
            os.kill(pid, signal.SIGKILL)


def run_to_the_end(command: list[str]) -> None:
    """The resuming run; a killed parent's workers may hold the lock for a moment as they die."""
    deadline = time.monotonic() + 30
    while True:
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode == 0:
            return
        assert "another newslint scan" in done.stderr and time.monotonic() < deadline, done.stderr
        time.sleep(0.2)


@given(
    blows=st.lists(st.tuples(st.sampled_from(BLOWS), st.floats(0.0, 1.2)), min_size=1, max_size=3),
    scores=st.sampled_from(["jsonl", "parquet"]),
    kept=st.sampled_from(["jsonl", "parquet"]),
    jobs=st.sampled_from([1, 2]),
)
@settings(max_examples=examples(3))
@pytest.mark.slow
def test_a_killed_scan_resumes_to_identical_outputs(
    dump: Dump, blows: list[tuple[str, float]], scores: str, kept: str, jobs: int
) -> None:
    pytest.importorskip("pyarrow")
    expected = dump.reference(scores, kept)
    folder = Path(tempfile.mkdtemp(dir=dump.folder))
    command = dump.command(folder, scores, kept, jobs)
    try:
        for blow, moment in blows:
            scan = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(moment * dump.seconds)
            strike(scan, blow)
            _, stderr = scan.communicate(timeout=300)
            assert scan.returncode in EXPECTED_EXITS, stderr.decode()
            if scan.returncode == 2:
                assert b"worker died" in stderr or b"another newslint scan" in stderr, stderr
            assert b"Traceback" not in stderr, stderr.decode()
        run_to_the_end(command)
        assert outputs(folder) == expected
    finally:
        shutil.rmtree(folder, ignore_errors=True)
