"""Hostile files through `check --fix` for the one-finding policy's causes and the prose view's
marks (issue 15): mixed line endings, a byte-order mark, UTF-16, a 0-byte file, a symlink and
a broken one, in a directory. --fix changes only what it reports and keeps each file's bytes
otherwise. Every text here is written for these tests."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from .conftest import run_newslint

STORY = "Storm\n\nThe The council said the the H<sub>2</sub>O was safe.\n\nCO<sub>2</sub> fell.\n"


def _mixed(text: str) -> str:
    """Every other line break written CRLF."""
    lines = text.split("\n")
    return "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines[:-1]))


def test_fix_on_hostile_files_changes_only_what_it_reports(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_bytes(_mixed(STORY).encode())
    page = tmp_path / "page.html"
    html = "<p>Storm</p>\n<p>The The council said the the H<sub>2</sub>O was safe.</p>\n"
    page.write_bytes(codecs.BOM_UTF16_LE + html.replace("\n", "\r\n").encode("utf-16-le"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "link.md").symlink_to("story.md")
    (tmp_path / "broken.md").symlink_to("nowhere.md")
    listed = run_newslint("check", "--grammar", "off", "--format", "json", str(tmp_path))
    found = {(Path(f["path"]).name, f["rule"]) for f in json.loads(listed.stdout)}
    # "The The": the doubled word alone, no missing sentence break on its second copy.
    assert ("story.md", "structure.doubled-word") in found
    assert not [rule for _, rule in found if rule == "structure.missing-sentence-break"]
    assert "broken.md" in listed.stderr
    run_newslint("check", "--fix", "--grammar", "off", str(tmp_path))
    fixed = STORY.replace("the the H", "the H")  # the safe fix; "The The" is an unsafe one
    assert story.read_bytes() == _mixed(fixed).encode()
    assert page.read_bytes() == codecs.BOM_UTF16_LE + html.replace("the the", "the").replace(
        "\n", "\r\n"
    ).encode("utf-16-le")
    assert (tmp_path / "empty.txt").read_bytes() == b""
    assert (tmp_path / "link.md").is_symlink() and (tmp_path / "broken.md").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "broken.md", "empty.txt", "link.md", "page.html", "story.md"
    ]  # fmt: skip
