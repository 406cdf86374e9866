"""A path with a name longer than the file system takes (a component over 255 bytes) is a file
that could not be checked, as a missing one is: one line naming it, exit 2, a
`newslint.not-checked` record in JSON; it was an internal error asking to be reported, with no
JSON at all (hostile test trust67)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import run_newslint


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_name_too_long_for_the_file_system_is_a_file_not_checked(
    tmp_path: Path, where: str
) -> None:
    (tmp_path / "a.txt").write_text("Sir. Blinken spoke.\n", encoding="utf-8")
    too_long = "é" * (os.pathconf(tmp_path, "PC_NAME_MAX") // 2) + "ab"  # one byte over
    long_name = f"{too_long}.txt" if where == "file" else f"{too_long}/a.txt"
    result = run_newslint(
        "check", "--grammar", "off", "--format", "json", long_name, "a.txt", cwd=tmp_path
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert long_name in line and "internal error" not in line and "report it" not in line
    records = json.loads(result.stdout)
    [refused] = [record for record in records if record["path"] == long_name]
    assert refused["rule"] == "newslint.not-checked"
    assert any(record["path"] == "a.txt" for record in records)
