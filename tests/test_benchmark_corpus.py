"""A benchmark asked for a corpus that is not there says so on one line and exits 2: run from a
worktree without `--corpus` (the default ../shared is beside the main checkout only), speed.py
printed its table with the corpus's rows left out, and others printed counts over nothing or
"skipped" with exit 0, each of which read as a result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .benchmark_pages import BENCHMARKS

pytestmark = pytest.mark.slow  # a process a script, each importing the rule set

# The CI step that runs it (.ci/run) passes on a checkout without ../shared, by design.
SKIPS_WITHOUT_CORPUS = {"gate_check"}


def corpus_benchmarks() -> list[str]:
    """Every benchmark script that reads a corpus: it takes `--corpus`, or real.py's gap tools'."""
    return sorted(
        path.stem
        for path in BENCHMARKS.glob("*.py")
        if not path.stem.startswith("_")
        and path.stem not in SKIPS_WITHOUT_CORPUS
        and (
            '"--corpus"' in (text := path.read_text(encoding="utf-8"))
            or "gap_setup(" in text
            or "gap_setup_halves(" in text
        )
    )


def run(script: str, corpus: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / f"{script}.py"), "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_and_exit_2(result: subprocess.CompletedProcess[str], missing: Path) -> None:
    assert result.returncode == 2, (result.stdout[-500:], result.stderr[-500:])
    assert result.stdout == ""  # no table, not even its first rows
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("corpus not found: ") and str(missing) in line, line


def test_the_benchmarks_that_read_a_corpus_are_found() -> None:
    found = corpus_benchmarks()
    assert {"speed", "real", "quality", "ocr_gap", "train_furniture"} <= set(found)


@pytest.mark.parametrize("script", corpus_benchmarks())
def test_a_missing_corpus_is_one_line_and_exit_2(tmp_path: Path, script: str) -> None:
    missing = tmp_path / "no-corpus"
    assert_one_line_and_exit_2(run(script, missing), missing)


@pytest.mark.parametrize(
    ("script", "part"), [("speed", "dev"), ("quality", "clean"), ("real", "real/part_a.jsonl")]
)
def test_a_corpus_without_a_part_it_reads_is_refused_too(
    tmp_path: Path, script: str, part: str
) -> None:
    """A folder holding some of a corpus (an open set's real/ pages, a clean/ folder alone):
    the part a benchmark would have left out of its table is named."""
    corpus = tmp_path / "corpus"
    for folder in ("clean", "dev", "real", "ocr"):
        if not part.startswith(folder):
            (corpus / folder).mkdir(parents=True)
    assert_one_line_and_exit_2(run(script, corpus), corpus / part)
