"""A user with no home folder (no HOME, no passwd entry: a container's arbitrary uid) has no
cache: each table is built for the run alone, and the findings are those of a run with a cache.
Neither an internal error, nor a relative "~/.cache" filled in the working folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.errors import NewslintError
from newslint.launch import daemon_socket

SEED = Path(__file__).resolve().parents[1] / "seeds" / "article.txt"
# expanduser("~") comes back unchanged when neither HOME nor the passwd file names a home.
HOMELESS = (
    "import os.path, sys; os.path.expanduser = lambda path: path; "
    "from newslint.launch import main; sys.argv[0] = 'newslint'; main()"
)


def run(tmp_path: Path, *preamble: str, **env: str) -> subprocess.CompletedProcess[str]:
    kept = {
        name: value
        for name, value in os.environ.items()
        if name not in ("HOME", "NEWSLINT_CACHE_DIR", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR")
    }
    command = [sys.executable, *preamble, "check", "--grammar", "off", str(SEED)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**kept, "NEWSLINT_DAEMON": "off", **env},
        check=False,
    )


def test_a_run_without_a_home_finds_what_a_run_with_a_cache_finds(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    homeless = run(work, "-c", HOMELESS)
    cached = run(work, "-m", "newslint", NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    assert homeless.stderr == "" and "internal error" not in homeless.stdout
    assert (homeless.returncode, homeless.stdout) == (cached.returncode, cached.stdout)
    assert os.listdir(work) == []  # no "~" folder of tables left where the user stood


def test_without_a_home_the_daemon_has_no_socket_to_name(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWSLINT_DAEMON_DIR", "XDG_RUNTIME_DIR", "NEWSLINT_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda path: path)
    with pytest.raises(NewslintError, match="NEWSLINT_DAEMON_DIR"):
        daemon_socket()
