"""`--fix` and the whole outputs give the new copy the replaced file's owner, mode and extended
attributes through one piece of code (`file_attributes.carry_attributes`): --fix's replacement
hands it the open descriptor of the copy it wrote, so the mode and attributes go to that copy
even if its name is swapped for a link to another file before they are set (root fixing a
folder a user can write); the old code set them by name and followed such a link."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from newslint import source
from newslint.source import read_file, write_atomic

BAD = "Sir. Blinken spoke. . Then he left.\nErik Schmitt contributed with reporting.\n"
FIXED = "Mr. Blinken spoke. Then he left.\nErik Schmitt contributed reporting.\n"

needs_xattrs = pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes")


def _set_attribute(path: Path, name: str, value: bytes) -> None:
    try:
        os.setxattr(path, name, value)
    except OSError as exc:
        pytest.skip(f"{name} not supported here ({exc.strerror})")


@needs_xattrs
def test_fix_keeps_owner_mode_attributes_bom_and_line_endings_at_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + BAD.replace("\n", "\r\n").encode())
    path.chmod(0o640)
    _set_attribute(path, "user.newsroom.desk", b"city")
    owner = (path.stat().st_uid, path.stat().st_gid)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.chown(path, 65534, 65534)  # as a user's file that root fixes
        owner = (65534, 65534)
    write_atomic(read_file(str(path)), FIXED.replace("\n", "\r\n"))
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode()
    info = path.stat()
    assert (stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid)) == (0o640, owner)
    assert os.getxattr(path, "user.newsroom.desk") == b"city"
    assert os.listdir(tmp_path) == ["a.txt"]


@needs_xattrs
def test_a_temporary_swapped_for_a_link_leaves_the_links_target_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(BAD, encoding="utf-8")
    story.chmod(0o664)
    _set_attribute(story, "user.newsroom.desk", b"city")
    victim = tmp_path / "private.txt"
    victim.write_text("not the story's\n", encoding="utf-8")
    victim.chmod(0o600)
    flushed = source.flush_to_disk

    def flush_then_swap(out: object) -> None:
        flushed(out)  # type: ignore[arg-type]
        temporary = source.temporary_path(story)
        os.unlink(temporary)  # another user's hand, between the write and the attributes
        os.symlink(victim, temporary)

    monkeypatch.setattr(source, "flush_to_disk", flush_then_swap)
    write_atomic(read_file(str(story)), FIXED)  # the folder's writer may rename what it likes
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600
    assert "user.newsroom.desk" not in os.listxattr(victim)
    assert victim.read_text(encoding="utf-8") == "not the story's\n"
