"""The caches and the warm daemon's socket name one cache folder, whichever variables are set:
the socket's path is found without pathlib, the caches' with it, and a daemon started by one
must be found by the other."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslint.cache_dir import cache_dir
from newslint.launch import daemon_socket


@pytest.mark.parametrize(
    ("newslint_cache", "xdg_cache", "expected"),
    [
        ("{tmp}/chosen", "{tmp}/xdg", "{tmp}/chosen"),
        (None, "{tmp}/xdg", "{tmp}/xdg/newslint"),
        (None, None, "{home}/.cache/newslint"),
        ("", "", "{home}/.cache/newslint"),  # an empty variable is unset, as a shell means it
        (None, "relative/cache", "{home}/.cache/newslint"),  # the XDG spec ignores a relative one
    ],
)
def test_caches_and_daemon_socket_share_one_folder(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    newslint_cache: str | None,
    xdg_cache: str | None,
    expected: str,
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NEWSLINT_DAEMON_DIR", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    for name, value in (("NEWSLINT_CACHE_DIR", newslint_cache), ("XDG_CACHE_HOME", xdg_cache)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value.format(tmp=tmp_path))
    folder = Path(expected.format(tmp=tmp_path, home=home))
    assert cache_dir() == folder
    assert Path(daemon_socket()).parent == folder / "daemon"
    assert os.path.basename(daemon_socket()).startswith("check-")
