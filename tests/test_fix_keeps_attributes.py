"""`--fix` keeps a file's extended attributes, its POSIX access list among them (hostile test
trust65): the fixed text is a new file renamed over the old, which kept mode and owner but
dropped the access list that let a colleague write the story, and every other attribute (a
comment, a label a web server's policy reads)."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from .conftest import run_newslint

pytestmark = pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes")

STORY = "Sir. Blinken said the the talks went well.\n"
# A POSIX access list (the kernel's xattr form): owner rw, user 1000 rw, group r, mask rw, other r.
ACL = struct.pack("<I", 2) + b"".join(
    struct.pack("<HHI", tag, perm, qualifier)
    for tag, perm, qualifier in ((1, 6, 0xFFFFFFFF), (2, 6, 1000), (4, 4, 0xFFFFFFFF),
                                 (0x10, 6, 0xFFFFFFFF), (0x20, 4, 0xFFFFFFFF))
)  # fmt: skip


def attributed(path: Path, name: str, value: bytes) -> None:
    path.write_text(STORY, encoding="utf-8")
    try:
        os.setxattr(path, name, value)
    except OSError as exc:
        pytest.skip(f"{name} not supported here ({exc.strerror})")


@pytest.mark.parametrize(
    ("name", "value"), [("user.newsroom.desk", b"city"), ("system.posix_acl_access", ACL)]
)
def test_a_fixed_file_keeps_its_extended_attributes(tmp_path: Path, name: str, value: bytes) -> None:  # fmt: skip
    story = tmp_path / "story.txt"
    attributed(story, name, value)
    before = os.getxattr(story, name)
    result = run_newslint("check", "--grammar", "off", "--fix", "story.txt", cwd=tmp_path)
    assert "the the" not in story.read_text(encoding="utf-8"), result.stderr
    assert os.getxattr(story, name) == before
