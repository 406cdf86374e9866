"""A file's owner, mode and extended attributes, carried from the file to the copy that replaces it.

`--fix` writes a new file and renames it over the old one, so whatever belongs to the old inode
goes with it unless copied: the owner, the mode and the extended attributes, the POSIX access
list among them (`system.posix_acl_access`: who else may write the story), a comment, or a
security label a web server's policy reads. A whole output replaced (a report, a baseline, a scan
output) keeps them the same way (`carry_attributes` serves both). An owner or attribute that
cannot be set on the new file stops the write: the file stays as it was.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from functools import partial

from newslint.errors import InputError


def carry_attributes(new_copy: int | str, info: os.stat_result, old: str, shown: str) -> None:
    """The replaced file's owner, mode (`info`: its stat) and extended attributes (read from
    `old`, its path) on `new_copy`. An open descriptor is best: they then go to the copy written
    even if its name is swapped for a link to another file meanwhile (root fixing a folder a
    user may write), where a name is followed."""
    keep_owner(new_copy, info, shown)
    os.chmod(new_copy, stat.S_IMODE(info.st_mode))  # after chown, which clears set-id bits
    keep_attributes(old, new_copy, shown)  # after chmod: an access list's mask


def keep_attributes(source: str, temporary: int | str, shown: str) -> None:
    """Give `temporary` every extended attribute of `source` (none where the platform has none)."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(source)
    except OSError:  # a file system without extended attributes: nothing to keep
        return
    # What the new file inherited and the old one lacks (a folder's default access list).
    for name in set(_names(temporary)) - set(names):
        _kept(shown, name, partial(os.removexattr, temporary, name))
    for name in names:
        value = _value(source, name)
        if value is not None and _value(temporary, name) != value:
            _kept(shown, name, partial(os.setxattr, temporary, name, value))


def _kept(shown: str, name: str, change: Callable[[], None]) -> None:
    try:
        change()
    except OSError as exc:
        raise InputError(
            f"{shown}: the new copy could not keep its attribute {name} "
            f"({exc.strerror or exc}); file unchanged"
        ) from None


def _names(path: int | str) -> list[str]:
    try:
        return os.listxattr(path)
    except OSError:
        return []


def _value(path: int | str, name: str) -> bytes | None:
    try:
        return os.getxattr(path, name)
    except OSError:
        return None


def keep_owner(new_copy: int | str, info: os.stat_result, shown: str) -> None:
    """The replaced file's owner and group on `new_copy` (an open descriptor or a path): replaced
    by root (a CI job), a writer's story or baseline became root's, and the writer could no
    longer update it. One that cannot be kept stops the write, the file as it was."""
    if not hasattr(os, "chown"):  # no owners to keep on this platform
        return
    written = os.stat(new_copy)
    if (written.st_uid, written.st_gid) == (info.st_uid, info.st_gid):
        return
    try:
        os.chown(new_copy, info.st_uid, info.st_gid)
    except OSError:
        raise InputError(
            f"{shown}: the new copy could not keep its owner and group; file unchanged"
        ) from None
