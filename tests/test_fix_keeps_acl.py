"""A file's POSIX access list (setfacl) survives `--fix` and a replaced report, read back with
getfacl: the fixed text is a new file renamed over the old, which must not lose the entries that
let a colleague write the story, nor take on the folder's default list in their place."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import run_newslint

STORY = "Sir. Blinken said the the talks went well.\n"

pytestmark = pytest.mark.skipif(
    not (shutil.which("setfacl") and shutil.which("getfacl")),
    reason="setfacl and getfacl are not installed (Debian: apt-get install acl)",
)


def setfacl(*args: str) -> None:
    done = subprocess.run(["setfacl", *args], capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"this file system takes no POSIX access lists: {done.stderr.strip()}")


def getfacl(path: Path, *flags: str) -> str:
    return subprocess.run(
        ["getfacl", "--omit-header", "--absolute-names", "--numeric", *flags, str(path)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def _fixed(folder: Path) -> None:
    result = run_newslint("check", "--grammar", "off", "--fix", "story.txt", cwd=folder)
    assert "the the" not in (folder / "story.txt").read_text(encoding="utf-8"), result.stderr


def test_fix_keeps_a_named_users_and_groups_entries(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    story.chmod(0o640)
    setfacl("-m", "u:1000:rw,g:100:r", str(story))
    before = getfacl(story)
    assert "user:1000:rw-" in before
    _fixed(tmp_path)
    assert getfacl(story) == before


def test_fix_keeps_the_files_list_not_the_folders_default(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    setfacl("-m", "u:1000:rw", str(story))
    setfacl("-d", "-m", "u:2000:rwx", str(tmp_path))  # set after the story was written
    before = getfacl(story)
    _fixed(tmp_path)
    after = getfacl(story)
    assert after == before and "user:2000" not in after


def test_fix_gives_no_list_to_a_file_that_had_none(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    story.chmod(0o644)
    setfacl("-d", "-m", "u:2000:rwx", str(tmp_path))
    before = getfacl(story)
    _fixed(tmp_path)
    assert getfacl(story) == before
    assert getfacl(story, "--skip-base") == ""  # only owner, group and other: no list


def test_a_replaced_report_keeps_its_list(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("[]\n", encoding="utf-8")
    setfacl("-m", "g:100:rw", str(report))
    before = getfacl(report)
    result = run_newslint(
        "check", "--grammar", "off", "--format", "json", "-o", "report.json", "story.txt",
        cwd=tmp_path,
    )  # fmt: skip
    assert "mt." in report.read_text(encoding="utf-8"), result.stderr
    assert getfacl(report) == before
