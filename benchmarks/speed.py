"""Speed benchmark: newslint against peers present on this machine, on the same inputs, in one run.

    python benchmarks/speed.py [--runs 5] [--skip-10mb] [--skip-files]

Installs nothing. Peers used when present: proselint (CLI), harper-py (a Python process that
builds Harper's linter and lints the file, as `python -c` would). Runs alternate between tools and
each figure is the median of whole-process wall times; peak memory is the child's max RSS.
Inputs are generated under benchmarks/_inputs/ (git-ignored) from the seed article and, for the
many-files case, from the corpus: one article; 1 MB (the seed x150); 10 MB (x1500); 5,000 small
files. newslint runs with every default pack except grammar (`--grammar off`), as issue 6 asks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, ROOT

INPUTS = ROOT / "benchmarks" / "_inputs"
NEWSLINT = [sys.executable, "-m", "newslint", "check", "--grammar", "off", "--exit-zero"]
HARPER_SCRIPT = (
    "import sys, harper; t = open(sys.argv[1], encoding='utf-8').read(); "
    "harper.Linter().lint(t, language=harper.Language.PLAINTEXT)"
)


def make_inputs(corpus: Path, files: int) -> dict[str, Path]:
    INPUTS.mkdir(exist_ok=True)
    seed = (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8")
    paths = {"article": ROOT / "seeds" / "article.txt"}
    for name, copies in (("1mb", 150), ("10mb", 1500)):
        path = INPUTS / f"{name}.txt"
        if not path.exists():
            path.write_text(seed * copies, encoding="utf-8")
        paths[name] = path
    many = INPUTS / f"files{files}"
    if not many.exists() and (corpus / "clean").is_dir():
        many.mkdir()
        sources = sorted((corpus / "clean").glob("*.txt")) + sorted((corpus / "dev").glob("*.txt"))
        for index in range(files):
            shutil.copy(sources[index % len(sources)], many / f"{index:05d}.txt")
    if many.exists():
        paths["files"] = many
    return paths


def measure(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one whole process."""
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{command[:4]} failed with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_maxrss


def peers(path: Path) -> dict[str, list[str]]:
    tools = {"newslint": [*NEWSLINT, str(path)]}
    if shutil.which("proselint"):
        tools["proselint"] = ["proselint", "check", str(path)]
    try:
        import harper  # noqa: F401

        if path.is_file():
            tools["harper-py"] = [sys.executable, "-c", HARPER_SCRIPT, str(path)]
    except ImportError:
        pass
    return tools


def bench(label: str, tools: dict[str, list[str]], runs: int) -> dict[str, tuple[float, int]]:
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in tools}
    for _ in range(runs):
        for name, command in tools.items():  # alternate, so drift hits every tool alike
            samples[name].append(measure(command))
    medians = {
        name: (statistics.median(s[0] for s in runs_), max(s[1] for s in runs_))
        for name, runs_ in samples.items()
    }
    base = medians["newslint"][0]
    print(f"\n{label}")
    for name, (wall, rss) in medians.items():
        ratio = (
            ""
            if name == "newslint"
            else f"   newslint is {wall / base:.2f}x faster"
            if wall >= base
            else f"   newslint is {base / wall:.2f}x slower"
        )
        print(f"  {name:<10} {wall:7.3f} s  {rss / 1024:7.1f} MiB{ratio}")
    return medians


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip-10mb", action="store_true")
    parser.add_argument("--skip-files", action="store_true")
    args = parser.parse_args()
    inputs = make_inputs(args.corpus, args.files)
    print(
        f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; medians of {args.runs} whole-process runs"
    )

    version = bench(
        "newslint --version",
        {
            "newslint": [sys.executable, "-m", "newslint", "--version"],
            "python -c pass": [sys.executable, "-c", "pass"],
        },
        args.runs,
    )
    article = bench(
        "one article (6.6 KB, the pre-commit case)", peers(inputs["article"]), args.runs
    )
    one_mb = bench("1 MB (seed x150)", peers(inputs["1mb"]), args.runs)
    if not args.skip_10mb:
        ten = bench(
            "10 MB (seed x1500), newslint only",
            {"newslint": [*NEWSLINT, str(inputs["10mb"])]},
            max(1, args.runs // 2),
        )
        print(
            f"  10 MB / 1 MB time: {ten['newslint'][0] / one_mb['newslint'][0]:.2f}x (linear would be 10x)"
        )
    if not args.skip_files and "files" in inputs:
        serial = [*NEWSLINT, "--jobs", "1", str(inputs["files"])]
        parallel = [*NEWSLINT, "--jobs", "2", str(inputs["files"])]
        many = bench(
            f"{args.files} small files",
            {"newslint": parallel, "serial": serial},
            max(1, args.runs // 2),
        )
        print(f"  two processes vs one: {many['serial'][0] / many['newslint'][0]:.2f}x")
        same = (
            subprocess.run([*serial, "--format", "json"], capture_output=True).stdout
            == subprocess.run([*parallel, "--format", "json"], capture_output=True).stdout
        )
        print(f"  output identical to the serial run: {same}")
    print(
        f"\n--version overhead over a bare interpreter: {version['newslint'][0] - version['python -c pass'][0]:.3f} s"
    )
    del article
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
