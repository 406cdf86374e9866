"""Odd input ends in one line and exit 2 (or a normal run), never a traceback; `--diff` hunks and
`score()` arguments are what they claim to be."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml

from newslint.runner import unified_diff

from .conftest import ROOT, run_newslint

ARTICLE = "Sir. Blinken said the the talks went well.\n"


def assert_one_line_error(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: "), result.stderr
    assert all(word in lines[0] for word in words), lines[0]


@pytest.mark.parametrize("codec", ["punycode", "rot13", "base64", "zlib"])
def test_an_encoding_that_cannot_read_text_is_a_one_line_error(tmp_path: Path, codec: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--encoding", codec, "a.txt", cwd=tmp_path)
    assert_one_line_error(result, "a.txt", codec)


def test_a_symlink_loop_as_the_first_path_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "one").symlink_to("two")
    (tmp_path / "two").symlink_to("one")
    result = run_newslint("check", "--grammar", "off", "one", cwd=tmp_path)
    assert_one_line_error(result, "one")


def test_seven_hundred_nested_directories_are_walked(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["d"] * 700)
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--format", "concise", "d", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "mt.mistranslated-honorific" in result.stdout


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c"])
def test_diff_splits_lines_only_at_line_feeds(separator: str) -> None:
    """A lone CR too is inside its line, as `patch` reads it (test_diff_applies.py)."""
    before = f"Talks{separator}resume\nSir. Blinken spoke.\r\nOfficials agreed.\rEnd"
    after = before.replace("Sir.", "Mr.")
    diff = unified_diff("a.txt", before, after)
    assert "@@ -1,3 +1,3 @@" in diff
    assert f" Talks{separator}resume\n-Sir. Blinken spoke.\r\n+Mr. Blinken spoke.\r\n" in diff
    assert diff.endswith(" Officials agreed.\rEnd\n\\ No newline at end of file\n")


def test_diff_on_the_command_line_keeps_a_line_separator_inside_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Talks\u2028resume.\n{ARTICLE}", encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--diff", "a.txt", cwd=tmp_path)
    assert "@@ -1,2 +1,2 @@" in result.stdout, result.stdout


def test_score_refuses_an_unknown_markup_naming_the_allowed_ones() -> None:
    from newslint import score

    with pytest.raises(ValueError, match=r"docx.*plain, markdown, html"):
        score("Sir. Blinken said.", grammar="off", markup="docx")


def test_score_refuses_bytes_and_says_to_decode_them() -> None:
    from newslint import score

    with pytest.raises(TypeError, match="not bytes: decode"):
        score(b"Sir. Blinken said.", grammar="off")  # type: ignore[arg-type]


def _check_with_hook(tmp_path: Path, hook: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`newslint check --grammar off ARGS` in `tmp_path`, with `hook` run at start-up
    (sitecustomize) to stand a bug in for any of ours."""
    from .conftest import newslint_command

    (tmp_path / "sitecustomize.py").write_text(hook, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [*newslint_command(), "check", "--grammar", "off", *args],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_a_bug_of_ours_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """The last-resort guard: a rule pack whose check crashes (a stand-in for any bug)."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    hook = "import newslint.engine as e\ndef boom(self, doc):\n    raise KeyError('boom')\ne.Linter.lint = boom\n"
    result = _check_with_hook(tmp_path, hook, "a.txt")
    assert result.returncode == 2
    # The file it met the bug in is named (a user report without it could not say which file).
    assert result.stderr.strip() == (
        "newslint: internal error: a.txt: KeyError: 'boom' (please report it)"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_met_in_one_file_of_a_folder_names_it_and_the_walk_goes_on(
    tmp_path: Path, jobs: str
) -> None:
    """As an unreadable file is: one line naming the file, the others still checked, exit 2.
    On main the first such file ended the whole walk (an .html file missing lxml_html_clean)."""
    site = tmp_path / "site"
    site.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (site / name).write_text(ARTICLE, encoding="utf-8")
    hook = (
        "import newslint.engine as e\n"
        "lint = e.Linter.lint\n"
        "def boom(self, doc):\n"
        "    if doc.path.endswith('b.txt'):\n"
        "        raise ImportError('lxml.html.clean is a separate project')\n"
        "    return lint(self, doc)\n"
        "e.Linter.lint = boom\n"
    )
    result = _check_with_hook(tmp_path, hook, "--jobs", jobs, "site")
    assert result.returncode == 2, result.stderr
    wrong = os.path.join("site", "b.txt")
    assert result.stderr.splitlines()[0] == (
        f"newslint: internal error: {wrong}: ImportError: lxml.html.clean is a separate project "
        "(please report it)"
    ), result.stderr
    for name in ("a.txt", "c.txt", "d.txt"):
        assert os.path.join("site", name) in result.stdout, result.stdout


def test_a_bidi_override_is_reported_by_the_encoding_pack(linter) -> None:  # type: ignore[no-untyped-def]
    from .conftest import lint_text

    text = "Officials said \u202e5 killed\u202c in the attack.\n"
    found = [(f.rule, text[f.start : f.end]) for f in lint_text(linter, text)]
    assert ("encoding.bidi-control", "\u202e") in found
    assert ("encoding.bidi-control", "\u202c") in found


def test_a_fix_the_named_codec_refuses_to_write_is_a_one_line_error(tmp_path: Path) -> None:
    # Found by test_cli_fuzz on a fresh clone: idna raises a bare UnicodeError ("label empty or
    # too long"), not UnicodeEncodeError; on main: "internal error ... (please report it)".
    (tmp_path / "0.txt").write_bytes(b"\x00.")
    run = run_newslint(
        "check", "--grammar", "off", "--fix", "--encoding", "idna", "0.txt", cwd=tmp_path
    )
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert "0.txt: idna cannot hold the fixed text" in line and "internal" not in line
    assert (tmp_path / "0.txt").read_bytes() == b"\x00."


def hook_arguments(filenames: list[str]) -> list[str]:
    """What pre-commit runs for the newslint hook left as its manifest sets it, after the
    `newslint` program: the entry split as a shell would, the hook's args, then the files."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    program, *entry = shlex.split(hook["entry"])
    assert program == "newslint"
    return [*entry, *hook.get("args", []), *filenames]


@pytest.mark.parametrize("name", ["-o.txt", "--fix.md", "-.txt"])
def test_a_staged_file_named_like_an_option_is_checked_by_the_hook(
    tmp_path: Path, name: str
) -> None:
    """pre-commit puts the staged names after the hook's args: a name starting with "-" must be
    read as a file, not as an option ("-o.txt" was `-o .txt`: the report written to ".txt",
    nothing checked, exit 0)."""
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = run_newslint(*hook_arguments([name]), cwd=tmp_path)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert f"{name}:1:1: error mt.mistranslated-honorific" in result.stdout
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no report written beside it


def test_a_file_named_like_an_option_is_checked_after_a_double_dash(tmp_path: Path) -> None:
    (tmp_path / "-o.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_newslint("check", "--grammar", "off", "--", "-o.txt", cwd=tmp_path)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "-o.txt:1:1: error mt.mistranslated-honorific" in result.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["-o.txt"]


def test_check_with_no_paths_on_a_terminal_refuses_with_a_hint_not_a_silent_wait(
    tmp_path: Path,
) -> None:
    """Standard input a terminal: the run waited for text nobody knew to type (killed by the
    user test after 10 s). Both the quick launcher and click's full command line refuse."""
    import pty
    import subprocess

    from .conftest import newslint_command

    for extra in ([], ["--statistics"]):  # the quick path, and an option only click reads
        leader, follower = pty.openpty()
        try:
            result = subprocess.run(
                [*newslint_command(), "check", *extra], cwd=tmp_path, stdin=follower,
                capture_output=True, text=True, timeout=30, env={**os.environ, "NEWSLINT_DAEMON": "off"},
            )  # fmt: skip
        finally:
            os.close(follower)
            os.close(leader)
        assert_one_line_error(result, "standard input is a terminal", "newslint check .")


def test_check_with_no_paths_still_reads_piped_text(tmp_path: Path) -> None:
    result = run_newslint("check", "--grammar", "off", cwd=tmp_path, stdin=ARTICLE)
    assert result.returncode == 1 and "mt.mistranslated-honorific" in result.stdout, result.stderr


def test_the_pre_commit_hook_takes_every_suffix_a_folder_walk_checks() -> None:
    """Its `files:` pattern skipped .mdx, .xhtml, .shtml, .mkd ..., which the README lists as
    checked: a staged MDX page went unchecked. The walk's suffixes are the one list."""
    import re

    from newslint.runner import TEXT_SUFFIXES

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    files = re.compile(hook["files"])
    for suffix in TEXT_SUFFIXES:
        for name in (f"site/story{suffix}", f"site/STORY{suffix.upper()}"):
            assert files.search(name), name
    for other in ("app.py", "story.txt.bak", "notes.rst", "page.html.orig", "mdx"):
        assert not files.search(other), other
