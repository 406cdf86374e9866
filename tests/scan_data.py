"""Datasets for the scan tests: JSONL dumps made from the project's own fixture texts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from .conftest import FIXTURES, run_newslint


def make_dataset(folder: Path, copies: int = 2) -> Path:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((FIXTURES / "dev").glob("*.txt"))
        + sorted((FIXTURES / "clean").glob("*.txt"))
    ]
    path = folder / "dump.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for index in range(len(texts) * copies):
            out.write(
                json.dumps(
                    {"id": f"doc{index:03d}", "text": texts[index % len(texts)], "source": "test"}
                )
                + "\n"
            )
    return path


def scan_scores(dump: Path, tmp: Path, *args: str) -> dict[str, dict[str, object]]:
    output = tmp / "scores.jsonl"
    result = run_newslint("scan", str(dump), "-o", str(output), *args)
    assert result.returncode == 0, result.stderr
    return {
        row["id"]: row for row in map(json.loads, output.read_text(encoding="utf-8").splitlines())
    }


def one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    """Exit 2 with exactly one error line, holding `fragment`, and no traceback."""
    assert result.returncode == 2, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("newslint: error:")]
    assert len(errors) == 1 and fragment in errors[0], result.stderr
    assert "Traceback" not in result.stderr


def strict_json(line: str) -> Any:
    """json.loads that refuses NaN and Infinity, which are not JSON."""

    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)
