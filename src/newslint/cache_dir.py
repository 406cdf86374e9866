"""Where newslint keeps what it can rebuild: pack pickles, word tables, rule pages.

A module of its own so the caches that need the folder (word tables, packs, the language
server's rule pages) do not import each other to find it.

Some entries are pickles, and unpickling runs code: an entry is read only when the user
running newslint owns it and nobody else may write it (a cache folder shared with other users,
or planted by one, is rebuilt instead of trusted).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def cache_dir() -> Path:
    """NEWSLINT_CACHE_DIR, else newslint/ under XDG_CACHE_HOME or ~/.cache."""
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return Path(os.environ["NEWSLINT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newslint"


def private_bytes(path: Path) -> bytes | None:
    """The file's bytes when only the current user could have written it (the file and its
    folder owned by them, neither writable by group or others), else None; errors read as None."""
    try:
        with path.open("rb") as handle:
            if not (_private(os.fstat(handle.fileno())) and _private(path.parent.stat())):
                return None
            return handle.read()
    except OSError:
        return None


def _private(status: os.stat_result) -> bool:
    if not hasattr(os, "geteuid"):  # Windows: the profile folder's ACL is the guard
        return True
    return status.st_uid == os.geteuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def make_private_folder(folder: Path) -> None:
    """Create the folder for the current user alone, and take group and others' write access
    off one newslint made earlier (under a umask of 002), so its entries stay readable. A folder
    the user named (NEWSLINT_CACHE_DIR: their home, a shared /tmp) keeps its permissions; its
    entries are then rebuilt rather than trusted."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    status = folder.stat()
    if not (_newslints_own(folder) and hasattr(os, "geteuid") and status.st_uid == os.geteuid()):
        return
    loose = status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if loose and not status.st_mode & stat.S_ISVTX:
        folder.chmod(stat.S_IMODE(status.st_mode) & ~loose)


def _newslints_own(folder: Path) -> bool:
    """Whether newslint named this folder: the default cache folder, or one below the cache."""
    named = os.environ.get("NEWSLINT_CACHE_DIR")
    if not named:
        return True
    return Path(named) in folder.parents


def file_entry_parts(path: Path) -> tuple[Path, str] | None:
    """The cache folder and the identity of the file `path` (resolved path, size, modification
    time) for naming an entry built from it; None when either cannot be had."""
    try:
        resolved = path.resolve()
        status = resolved.stat()
        folder = cache_dir()
    except (OSError, RuntimeError):  # RuntimeError: no home directory to hold a cache
        return None
    return folder, f"{resolved}\0{status.st_size}\0{status.st_mtime_ns}"
