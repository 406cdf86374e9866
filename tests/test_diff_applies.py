"""`check --diff` prints a patch that `patch` and `git apply` take: applied to the file, it gives
the bytes `--fix` writes (hostile test of --diff). Those tools end a line at LF only, so a lone CR
(old Mac line ends, a mixed file) is a character inside a line there, not a line end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.runner import unified_diff

from .conftest import newslint_command, run_newslint


def lf_lines(text: str) -> list[str]:
    """`text` cut after each LF, as `patch` cuts it."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def applied(before: str, diff: str) -> str:
    """`diff` applied to `before` as `patch` reads it: lines end at LF only, and every hunk's
    context and removed lines must be the text's, as many as its header counts."""
    old, out, cursor, expected = lf_lines(before), [], 0, 0
    rows = lf_lines(diff)[2:]  # past the ---/+++ header
    for index, row in enumerate(rows):
        if row.startswith("@@"):
            assert expected == 0, "a hunk counted lines patch does not see"
            start, _, count = row.split()[1][1:].partition(",")
            first = int(start) - (count != "0")
            out += old[cursor:first]
            cursor, expected = first, int(count or 1)
        elif not row.startswith("\\"):
            text = row[1:]
            if index + 1 < len(rows) and rows[index + 1].startswith("\\"):
                text = text[:-1]  # "No newline at end of file"
            if row[0] in " -":
                assert old[cursor] == text, (old[cursor], text)
                cursor, expected = cursor + 1, expected - 1
            if row[0] in " +":
                out.append(text)
    assert expected == 0, "a hunk counted lines patch does not see"
    return "".join(out + old[cursor:])


@pytest.mark.parametrize(
    "before",
    [
        "Sir. Blinken spoke.\rOfficials agreed.\rEnd",
        "Talks resume.\r\nSir. Blinken spoke.\rOfficials agreed.\nEnd",
        "Talks resume.\rSir. Blinken spoke.\r",
        "Talks\u2028resume.\nSir. Blinken spoke.\r\n",
    ],
)
def test_a_diff_applied_as_patch_reads_it_gives_the_fixed_text(before: str) -> None:
    after = before.replace("Sir.", "Mr.")
    assert applied(before, unified_diff("a.txt", before, after)) == after


@pytest.mark.skipif(not shutil.which("patch"), reason="needs patch(1)")
@pytest.mark.parametrize(
    "raw",
    [
        b"Sir. Blinken said the the talks went well.\rIt was late.\r",
        b"Sir. Blinken said the the talks went well.\r\nIt was late.\rEnd .",
        b"\xef\xbb\xbfSir. Blinken said the the talks went well.\n",  # the mark is the line's
    ],
)
def test_patch_takes_the_diff_and_writes_what_fix_writes(tmp_path: Path, raw: bytes) -> None:
    for folder in ("diffed", "fixed"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_bytes(raw)
    diff = subprocess.run(  # bytes: text mode would read every lone CR as a line end
        [*newslint_command(), "check", "--grammar", "off", "--diff", "a.txt"],
        cwd=tmp_path / "diffed",
        capture_output=True,
        timeout=120,
    )
    run_newslint("check", "--grammar", "off", "--fix", "a.txt", cwd=tmp_path / "fixed")
    fixed = (tmp_path / "fixed" / "a.txt").read_bytes()
    assert fixed != raw
    patched = subprocess.run(
        ["patch", "-p1", "--quiet", "--no-backup-if-mismatch"],
        input=diff.stdout,
        cwd=tmp_path / "diffed",
        capture_output=True,
    )
    assert patched.returncode == 0, (diff.stdout, patched.stdout, patched.stderr)
    assert (tmp_path / "diffed" / "a.txt").read_bytes() == fixed


@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8 (Linux)")
def test_a_name_that_is_not_utf8_is_written_as_its_bytes(tmp_path: Path) -> None:
    # trust65b: the header said "a/st\udcffry.txt", a file neither patch nor git apply found.
    name = b"st\xffry.txt"
    (tmp_path / os.fsdecode(name)).write_bytes(b"The the talks went well.\n")
    (tmp_path / "plain.txt").write_bytes(b"The the talks ended.\n")
    diff = subprocess.run(
        [
            *newslint_command(),
            "check",
            "--grammar",
            "off",
            "--diff",
            os.fsdecode(name),
            "plain.txt",
        ],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert b"--- a/" + name + b"\n+++ b/" + name + b"\n" in diff.stdout
    subprocess.run(["git", "init", "-q", "."], cwd=tmp_path, check=True)
    applied = subprocess.run(
        ["git", "apply"], input=diff.stdout, cwd=tmp_path, capture_output=True, timeout=60
    )
    assert applied.returncode == 0, applied.stderr
    assert (tmp_path / os.fsdecode(name)).read_bytes() == b"The talks went well.\n"
    assert (tmp_path / "plain.txt").read_bytes() == b"The talks ended.\n"


@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_the_diff_of_a_walked_folder_applies_with_git(tmp_path: Path) -> None:
    # trust65b: walking "." headed every file "a/./story.txt", a path git apply refuses.
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.txt").write_bytes(b"The the talks went well.\n")
    (tmp_path / "brief.txt").write_bytes(b"The the talks ended.\n")
    diff = subprocess.run(
        [*newslint_command(), "check", "--grammar", "off", "--diff", "."],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert b"--- a/desk/story.txt\n" in diff.stdout
    subprocess.run(["git", "init", "-q", "."], cwd=tmp_path, check=True)
    applied = subprocess.run(
        ["git", "apply"], input=diff.stdout, cwd=tmp_path, capture_output=True, timeout=60
    )
    assert applied.returncode == 0, applied.stderr
    assert (tmp_path / "desk" / "story.txt").read_bytes() == b"The talks went well.\n"
    assert (tmp_path / "brief.txt").read_bytes() == b"The talks ended.\n"


def test_a_header_names_the_file_without_dot_segments() -> None:
    assert unified_diff("./desk/./a.txt", "x\n", "y\n").startswith(
        "--- a/desk/a.txt\n+++ b/desk/a.txt\n"
    )
    assert unified_diff("../a.txt", "x\n", "y\n").startswith(
        "--- a/../a.txt\n"
    )  # kept: its meaning


@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
@pytest.mark.parametrize(
    ("raw", "options", "environment"),
    [
        # A UTF-8 file under a terminal that is not UTF-8: the diff came out in cp1252 ("?" for
        # the quotation marks) or as "\u201d" escapes, lines that are not the file's.
        ("The the”Plan” was  set – late.\n".encode(), (), {"PYTHONIOENCODING": "cp1252"}),
        (
            "The the”Plan” was  set – late.\n".encode(),
            (),
            {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
        ),
        # A Latin-1 file: its diff was in UTF-8, whose "é" is not the file's byte.
        (b"The the caf\xe9 was  open .\n", ("--encoding", "latin-1"), {}),
    ],
)
def test_the_diff_is_in_the_files_encoding_whatever_the_terminals(
    tmp_path: Path, raw: bytes, options: tuple[str, ...], environment: dict[str, str]
) -> None:
    for folder in ("diffed", "fixed"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_bytes(raw)
    command = [*newslint_command(), "check", "--grammar", "off", *options]
    diff = subprocess.run(
        [*command, "--diff", "a.txt"],
        cwd=tmp_path / "diffed",
        capture_output=True,
        timeout=120,
        env={**os.environ, **environment},
    )
    subprocess.run([*command, "--fix", "a.txt"], cwd=tmp_path / "fixed", capture_output=True)
    fixed = (tmp_path / "fixed" / "a.txt").read_bytes()
    assert fixed != raw
    subprocess.run(["git", "init", "-q", "."], cwd=tmp_path / "diffed", check=True)
    applied = subprocess.run(
        ["git", "apply"], input=diff.stdout, cwd=tmp_path / "diffed", capture_output=True
    )
    assert applied.returncode == 0, (diff.stdout, applied.stderr)
    assert (tmp_path / "diffed" / "a.txt").read_bytes() == fixed


@pytest.mark.parametrize(
    ("raw", "refusal"),
    [
        # A UTF-8 file read as Latin-1: the patch wrote Latin-1 bytes into UTF-8 text.
        ("The caf\u00e9 was  open.\n".encode(), "reads as UTF-8"),
        # A UTF-16 file read as Latin-1: the patch deleted its NULs and its quotation marks.
        ("The \u201cplan\u201d was  set.\n".encode("utf-16"), "is utf-16-le text"),
    ],
)
def test_diff_refuses_what_fix_refuses(tmp_path: Path, raw: bytes, refusal: str) -> None:
    """`--diff` printed a patch that `git apply` took and that left the file in two encodings,
    where `--fix` refused to write it (hostile test trust66)."""
    (tmp_path / "a.txt").write_bytes(raw)
    options = ("check", "--grammar", "off", "--encoding", "latin-1")
    fixed = run_newslint(*options, "--fix", "a.txt", cwd=tmp_path)
    diffed = subprocess.run(
        [*newslint_command(), *options, "--diff", "a.txt"], cwd=tmp_path, capture_output=True
    )
    assert refusal in fixed.stderr and (tmp_path / "a.txt").read_bytes() == raw
    assert (diffed.returncode, diffed.stdout.count(b"\n+++ ")) == (2, 0), diffed.stdout
    assert refusal in diffed.stderr.decode()


@pytest.mark.skipif(not (shutil.which("git") and shutil.which("patch")), reason="git and patch")
@pytest.mark.parametrize("name", ["a b.txt", "new\nline.txt", "tab\tx.txt", 'back\\sl"ash.txt'])
def test_git_apply_and_patch_take_the_diff_of_an_odd_name(tmp_path: Path, name: str) -> None:
    """A header's name is written as git writes it: with a tab after a name holding a space
    (`patch` cut "a/a b.txt" at the space and asked which file to patch), C-quoted when it holds
    a control character, a quotation mark or a backslash (a newline in it cut the header in two
    and both tools refused the patch). Hostile test trust66."""
    raw = b"The plan was  set.\n"
    for folder in ("git", "patch", "fixed"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_bytes(raw)
    command = [*newslint_command(), "check", "--grammar", "off"]
    diff = subprocess.run([*command, "--diff", name], cwd=tmp_path / "git", capture_output=True)
    subprocess.run([*command, "--fix", name], cwd=tmp_path / "fixed", capture_output=True)
    fixed = (tmp_path / "fixed" / name).read_bytes()
    assert fixed != raw
    subprocess.run(["git", "init", "-q", "."], cwd=tmp_path / "git", check=True)
    for tool in (["git", "apply"], ["patch", "-p1", "--batch"]):
        folder = tmp_path / tool[0]
        done = subprocess.run(tool, input=diff.stdout, cwd=folder, capture_output=True)
        assert done.returncode == 0, (tool, diff.stdout, done.stdout, done.stderr)
        assert (folder / name).read_bytes() == fixed, tool


@pytest.mark.skipif(not (shutil.which("git") and shutil.which("patch")), reason="git and patch")
def test_the_diff_of_a_symlink_patches_the_file_fix_writes(tmp_path: Path) -> None:
    """`--fix` follows a symlink (the target rewritten, the link kept), but the diff named the
    link, which `git apply` ('patch does not apply') and `patch` ('not a regular file') refuse
    to patch through. Hostile test trust66."""
    for folder in ("git", "patch", "fixed"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "real.txt").write_bytes(b"The plan was  set.\n")
        (tmp_path / folder / "link.txt").symlink_to("real.txt")
    command = [*newslint_command(), "check", "--grammar", "off"]
    diff = subprocess.run(
        [*command, "--diff", "link.txt"], cwd=tmp_path / "git", capture_output=True
    )
    subprocess.run([*command, "--fix", "link.txt"], cwd=tmp_path / "fixed", capture_output=True)
    fixed = (tmp_path / "fixed" / "real.txt").read_bytes()
    assert fixed != b"The plan was  set.\n"
    subprocess.run(["git", "init", "-q", "."], cwd=tmp_path / "git", check=True)
    for tool in (["git", "apply"], ["patch", "-p1", "--batch"]):
        folder = tmp_path / tool[0]
        done = subprocess.run(tool, input=diff.stdout, cwd=folder, capture_output=True)
        assert done.returncode == 0, (tool, diff.stdout, done.stdout, done.stderr)
        assert (folder / "real.txt").read_bytes() == fixed and (folder / "link.txt").is_symlink()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-32-be"])
def test_diff_refuses_a_utf16_or_utf32_file_in_one_line(tmp_path: Path, encoding: str) -> None:
    """`git apply` and `patch` cut lines at the byte LF, so no patch of a UTF-16 or UTF-32 file
    applies (they exit 1, the file untouched): `--diff` says why in one line and fails, printing
    no patch, where `--fix` writes the file."""
    raw = "The council met. The plan was  set .\n".encode(encoding)
    (tmp_path / "a.txt").write_bytes(raw)
    diffed = subprocess.run(
        [*newslint_command(), "check", "--grammar", "off", "--diff", "a.txt"],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    errors = [line for line in diffed.stderr.decode().splitlines() if line]
    assert (diffed.returncode, diffed.stdout.count(b"+++ ")) == (2, 0), diffed.stdout
    assert len(errors) == 1 and "a.txt" in errors[0] and "--fix" in errors[0], errors
    assert (tmp_path / "a.txt").read_bytes() == raw
    fixed = run_newslint("check", "--grammar", "off", "--fix", "a.txt", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    assert (tmp_path / "a.txt").read_bytes().decode(encoding).endswith("plan was set.\n")
