"""Where newslint keeps what it can rebuild: pack pickles, word tables, rule pages.

A module of its own so the caches that need the folder (word tables, packs, the language
server's rule pages) do not import each other to find it.

Some entries are pickles, and unpickling runs code: an entry is read only when the user
running newslint owns it and nobody else may write it (a cache folder shared with other users,
or planted by one, is rebuilt instead of trusted).
"""

from __future__ import annotations

import mmap
import os
import stat
import time
import zlib
from pathlib import Path

from newslint.cache_folder import cache_folder


def sealed(payload: bytes) -> bytes:
    """`payload` followed by its CRC-32, as an entry is written: one changed on disk that still
    unmarshals or unpickles is refused (`is_sealed`) instead of read as something else."""
    return payload + _seal(payload)


def is_sealed(data: bytes) -> bool:
    """Whether `data` ends with the CRC-32 of what precedes it (`sealed`)."""
    return len(data) >= 4 and _seal(memoryview(data)[:-4]) == data[-4:]


def _seal(payload: bytes | memoryview) -> bytes:
    return zlib.crc32(payload).to_bytes(4, "little")


def cache_dir() -> Path:
    """NEWSLINT_CACHE_DIR, else newslint/ under XDG_CACHE_HOME or ~/.cache (`cache_folder`)."""
    return Path(cache_folder())


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


def private_mapped(path: Path) -> mmap.mmap | None:
    """The file mapped for reading, on the terms of `private_bytes`; None if it cannot be."""
    try:
        with path.open("rb") as handle:
            if not (_private(os.fstat(handle.fileno())) and _private(path.parent.stat())):
                return None
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
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


# An entry named "<family>@<key>..." is its family's (a word table, the tagger's weights) as built
# from one install: the key holds that install's file times or its newslint version, so every
# fresh environment, upgrade or CI clone writes a new one and none is read again once its install
# is gone (4.9 GB of them on one machine in two days). Writing an entry removes the oldest others
# of its family beyond a few: the installs in use at once (a project's environment, a hook's, a
# CI clone) each keep theirs.
KEY_MARK = "@"
OTHER_KEYS_KEPT = 3
# An entry named without a key was written by an older newslint, perhaps one still in use beside
# this one (another environment): it goes only once a day old, so that install rebuilds it at
# most daily, rather than after each of our writes.
UNKEYED_KEPT_SECONDS = 86_400


def keyed_entry(folder: Path, family: str, key: str) -> Path:
    """The entry of `family` built from the install that `key` names."""
    return folder / f"{family}{KEY_MARK}{key}"


def evict_others(entry: Path, kept: int = OTHER_KEYS_KEPT, owns_folder: bool = False) -> list[Path]:
    """Remove the entries of `entry`'s family (just written) beyond the `kept` newest others, and
    those an older newslint named without a key (the family's name then, or any name in a folder
    the family owns) once a day old; return what was removed. Only whole entries go (files being
    written are hidden temporaries); an entry another process is reading stays readable (POSIX)
    or cannot be removed (Windows), and one it looks for next is rebuilt: never a wrong read."""
    family = entry.name.partition(KEY_MARK)[0]
    if family == entry.name:
        return []
    members: list[tuple[int, str]] = []
    unkeyed: list[str] = []
    day_old = time.time_ns() - UNKEYED_KEPT_SECONDS * 1_000_000_000
    for name, written in _entries(entry.parent):
        if name.startswith(family + KEY_MARK) and name != entry.name:
            members.append((written, name))
        elif written < day_old and _unkeyed(name, family, owns_folder):
            unkeyed.append(name)
    surplus = [name for _, name in sorted(members, reverse=True)[kept:]] + unkeyed
    return [entry.parent / name for name in surplus if _removed(entry.parent / name)]


def _entries(folder: Path) -> list[tuple[str, int]]:
    """The names and modification times of the folder's files but hidden temporaries."""
    try:
        with os.scandir(folder) as listing:
            items = [item for item in listing if not item.name.startswith(".")]
    except OSError:  # a folder we may write but not list
        return []
    found = []
    for item in items:
        try:
            if item.is_file():
                found.append((item.name, item.stat().st_mtime_ns))
        except OSError:  # removed by another process meanwhile
            continue
    return found


def _removed(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:  # removed by another process first, or held open (Windows)
        return False
    return True


def _unkeyed(name: str, family: str, owns_folder: bool) -> bool:
    """Whether `name` is an entry an older newslint named without a key: any in a folder the
    family owns, else one named as the family's entries were ("tagger-f1-<digest>.bin")."""
    if KEY_MARK in name:
        return False
    return owns_folder or (name.startswith(family + "-") and name.endswith(".bin"))
