"""--format verdict names every file it was given: one it could not read has an entry of its own,
not only a line on stderr, so a dashboard reading the array sees it (user67 #9)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import run_newslint


def test_a_file_that_cannot_be_read_gets_an_error_entry(tmp_path: Path):
    (tmp_path / "story.txt").write_text(
        "The council met on Tuesday to discuss the budget.\n", "utf-8"
    )
    (tmp_path / "latin.txt").write_bytes("The caf\xe9 opened on Tuesday.\n".encode("cp1252"))
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    run = run_newslint("check", "--format", "verdict", "story.txt", "latin.txt", "blob.txt", cwd=tmp_path)  # fmt: skip
    assert run.returncode == 2, run.stderr
    entries = {entry["path"]: entry for entry in json.loads(run.stdout)}
    assert sorted(entries) == ["blob.txt", "latin.txt", "story.txt"]
    assert entries["story.txt"]["verdict"] == "none"
    for name in ("latin.txt", "blob.txt"):
        assert entries[name]["verdict"] == "error"
        assert entries[name]["error"] and set(entries[name]) == {"path", "verdict", "error"}
