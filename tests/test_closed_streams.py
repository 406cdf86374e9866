"""A shell can start newslint with a standard stream closed, under the C locale, or in a folder
that was deleted: each ends as the house promises (the check's exit code, or one line and exit
2), never a traceback or an "internal error"."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "Sir. Blinken said “no” to the plan .\n"


def newslint(shell_tail: str, tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """`newslint check --grammar off` run by sh, `shell_tail` appended (redirections, a file)."""
    command = f"{shlex.quote(sys.executable)} -m newslint check --grammar off {shell_tail}"
    env = {
        **os.environ,
        "NEWSLINT_DAEMON": "off",
        "NEWSLINT_TRACEBACK": "",
        "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"),
        **extra_env,
    }
    return subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=env, cwd=tmp_path
    )


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_a_closed_stdout_still_gives_the_checks_exit_code(tmp_path: Path, story: Path) -> None:
    done = newslint(f"{story.name} >&-", tmp_path)
    assert done.returncode == 1
    assert done.stderr == ""


def test_a_closed_stderr_changes_nothing_on_stdout(tmp_path: Path, story: Path) -> None:
    closed = newslint(f"{story.name} 2>&-", tmp_path)
    open_ = newslint(story.name, tmp_path)
    assert (closed.returncode, closed.stdout) == (open_.returncode, open_.stdout)
    assert "Sir." in closed.stdout


def test_reading_a_closed_stdin_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = newslint("- 0<&-", tmp_path)
    assert done.returncode == 2
    assert done.stderr == "newslint: error: -: standard input is closed\n"


def test_a_terminal_in_the_c_locale_gets_curly_quotes_escaped(tmp_path: Path, story: Path) -> None:
    done = newslint(story.name, tmp_path, LC_ALL="C", PYTHONUTF8="0", PYTHONIOENCODING="")
    assert done.returncode == 1
    assert "internal error" not in done.stderr
    assert "\\u201c" in done.stdout


def test_a_deleted_working_folder_is_one_line_and_exit_2(tmp_path: Path, story: Path) -> None:
    done = in_a_deleted_folder(tmp_path, f"check --grammar off {shlex.quote(str(story))}")
    assert done.returncode == 2
    assert done.stderr == (
        "newslint: error: the current folder no longer exists; cd into one that does\n"
    )


@pytest.mark.parametrize("asked", ["--help", "check --help", "--version"])
def test_help_and_version_need_no_working_folder(tmp_path: Path, asked: str) -> None:
    done = in_a_deleted_folder(tmp_path, asked)
    assert (done.returncode, done.stderr) == (0, "")
    assert "newslint" in done.stdout


def in_a_deleted_folder(tmp_path: Path, arguments: str) -> subprocess.CompletedProcess[str]:
    """`newslint ARGUMENTS` run by a shell whose working folder was removed under it."""
    gone = shlex.quote(str(tmp_path / "gone"))
    command = f"mkdir {gone} && cd {gone} && rmdir {gone} && "
    command += f"{shlex.quote(sys.executable)} -m newslint {arguments}"
    env = {**os.environ, "NEWSLINT_DAEMON": "off", "NEWSLINT_TRACEBACK": ""}
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env)
