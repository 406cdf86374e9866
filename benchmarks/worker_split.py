"""Where two scan workers' extra CPU comes from (issue 15): scan's own cost of splitting the work,
or the machine running two busy processes at once.

    python benchmarks/worker_split.py [--documents 2000] [--pairs 2] [--corpus PATH]

Three comparisons on speed.py's distinct documents (`scan-distinct-5000.jsonl`, its first
`--documents`), cut into shards of 250 as speed.py's two-worker row cuts them; each pair runs in
alternating order, CPU is user + system of the process and the workers it reaped:
- split: one fresh process scores every shard in order, against two fresh processes one after
  the other, one scoring the even shards and one the odd ones (what each of two workers sees),
  never at once. Their difference is what scan pays for two workers' separate memories: memos
  that each worker fills for itself, what a check loads at its first need. No concurrency.
- one CPU: `scan -j 1` against `scan -j 2`, every process pinned to one CPU, so the two workers
  take turns and never run at once: the split's cost plus forking a second worker, handing out
  shards, and two processes evicting each other's caches at each switch.
- free: `scan -j 1` against `scan -j 2` as speed.py runs them, on every CPU: the above plus two
  workers running at once on two cores that share a last-level cache and memory bandwidth.
- twins: one `scan -j 1` alone against two `scan -j 1` of the same input at once, independent
  processes that share nothing of scan's (per process: half their CPU): what running two busy
  processes at once costs on this machine, scan's split left out.
What the free ratio adds to the one-CPU ratio is the machine's, not scan's (twins say how much
the machine alone takes). The load average
is printed: other processes on the machine take the cores too, and on a busy machine the
one-worker run never has a core to itself, which hides the concurrent cost (speed.py's
two-worker CPU ratio fell from 1.20x at load 4 to 1.02x at load 12).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, require_corpus
from _speed_inputs import make_inputs

SHARD = 250  # speed.py's SCALING_SHARD
BATCH = 32  # scan.worker.BATCH_RECORDS
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
SCAN = [sys.executable, "-m", "newslint", "scan", "--grammar", "off", "--no-resume"]


def reported_cpu(command: list[str]) -> float:
    """The CPU seconds a helper process prints for its own scoring (its set-up left out)."""
    done = subprocess.run(command, capture_output=True, env=ENV, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"helper failed: {done.stderr.decode(errors='replace')[-300:]}")
    return float(done.stdout.decode().split()[-1])


def timed(command: list[str], cpus: set[int] | None = None) -> float:
    """CPU seconds of a whole scan run (user + system, its workers included), on `cpus` only if
    given."""
    before = os.times()
    done = subprocess.run(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus is not None else None,
        check=False,
    )
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"scan failed: {done.stderr.decode(errors='replace')[-300:]}")
    return (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def twins(command: list[str], other: list[str]) -> float:
    """CPU seconds per process of two independent runs started together."""
    before = os.times()
    running = [
        subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        for c in (command, other)
    ]
    if any(child.wait() != 0 for child in running):
        raise RuntimeError("a scan of the twins failed")
    after = os.times()
    spent = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return spent / 2


def score_shards(dump: Path, count: int, which: str) -> None:
    """In a fresh process, as a scan worker: the scorer built, warmed and frozen first (a scan's
    parent does that once before forking), then the chosen shards scored a batch at a time;
    prints the CPU of the scoring alone."""
    from newslint.parallel import preload_for_workers
    from newslint.scan.worker import score_texts
    from newslint.scoring import scorer

    with dump.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(count), lines, strict=False)]
    chosen = shards_of(texts, which)
    score = scorer(grammar="off", freeze=True)
    score.linter.warm_up()
    score.linter.gate  # noqa: B018 (built before the clock starts, as in a scan's parent)
    preload_for_workers()
    began = time.process_time()
    for shard in chosen:
        for start in range(0, len(shard), BATCH):
            score_texts(score, shard[start : start + BATCH])
    print(time.process_time() - began)


def shards_of(texts: list[str], which: str) -> list[list[str]]:
    """The shards of SHARD documents a worker would see: all of them (one worker), or the even
    or the odd ones (each of two workers taking every other shard)."""
    shards = [texts[i : i + SHARD] for i in range(0, len(texts), SHARD)]
    return {"all": shards, "even": shards[0::2], "odd": shards[1::2]}[which]


def helper(dump: Path, count: int, which: str) -> list[str]:
    script = str(Path(__file__).resolve())
    return [sys.executable, script, "--score-shards", which, "--dump", str(dump), "-n", str(count)]


def ratios(pairs: int, one: object, two: object) -> tuple[list[float], list[float]]:
    """Alternating pairs of two callables' CPU seconds."""
    ones: list[float] = []
    twos: list[float] = []
    for index in range(pairs):
        order = [(one, ones), (two, twos)] if index % 2 == 0 else [(two, twos), (one, ones)]
        for run, into in order:
            into.append(run())  # type: ignore[operator]
    return ones, twos


def line(label: str, ones: list[float], twos: list[float]) -> str:
    ratio = statistics.median(t / o for o, t in zip(ones, twos, strict=True))
    return (
        f"{label}: one {statistics.median(ones):.2f} s, two {statistics.median(twos):.2f} s CPU, "
        f"two/one {ratio:.3f}x (pairs: "
        + ", ".join(f"{t / o:.3f}" for o, t in zip(ones, twos, strict=True))
        + f"); load {os.getloadavg()[0]:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", nargs="*", choices=("split", "one-cpu", "free", "twins"))
    parser.add_argument("--score-shards", choices=("all", "even", "odd"), help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("-n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.score_shards:
        score_shards(args.dump, args.n, args.score_shards)
        return 0
    require_corpus(args.corpus, "clean", "dev")
    source = make_inputs(args.corpus, 5000).get("scan distinct")
    if source is None:
        print("no corpus: nothing to measure")
        return 1
    only = set(args.only or ("split", "one-cpu", "free", "twins"))
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; {args.documents} docs")
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "docs.jsonl"
        with source.open(encoding="utf-8") as lines:
            dump.write_text(
                "".join(row for _, row in zip(range(args.documents), lines, strict=False))
            )
        scores = str(Path(folder) / "scores.jsonl")
        n = args.documents
        if "split" in only:

            def whole() -> float:
                return reported_cpu(helper(dump, n, "all"))

            def halves() -> float:
                return reported_cpu(helper(dump, n, "even")) + reported_cpu(helper(dump, n, "odd"))

            print(line("split (one process vs two, in turn)", *ratios(args.pairs, whole, halves)))
        for label, cpus in (("one-cpu", {min(os.sched_getaffinity(0))}), ("free", None)):
            if label not in only:
                continue
            j1, j2 = (
                [*SCAN, "-j", jobs, "--shard-size", str(SHARD), "-o", scores, str(dump)]
                for jobs in ("1", "2")
            )
            pair = ratios(
                args.pairs, lambda c=j1, p=cpus: timed(c, p), lambda c=j2, p=cpus: timed(c, p)
            )
            print(line(f"{label} (scan -j 1 vs -j 2)", *pair))
        if "twins" in only:
            alone, other = (
                [*SCAN, "-j", "1", "--shard-size", str(SHARD), "-o", out, str(dump)]
                for out in (scores, f"{scores}.twin")
            )
            pair = ratios(args.pairs, lambda: timed(alone), lambda: twins(alone, other))
            print(line("twins (scan -j 1 alone vs two at once, per process)", *pair))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
