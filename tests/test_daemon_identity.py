"""A check answered by the warm daemon is the cold run's, byte for byte: stdout, stderr and exit
code in every format, text on stdin, a --fix's file, and settings read afresh per request. A
failure after the server's child started the check is one line and exit code 2, never a rerun."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.warm_daemon import Served, child_of, running_for, warm_daemon

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX server")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "article.txt"
CLEAN = """Library hours extended over winter

The town library will stay open until eight in the evening on weekdays from November, the
council said on Monday. Staff hours rise by a fifth, paid for by a grant from a local trust.

"Evenings are when students need a quiet room," said the head librarian, who asked for the change
last spring. Saturday hours stay as they are.
"""
DAMAGED = "The the mayor said said that the new bridge will open in June .\n\nRead more\n"
PAGE = """<!DOCTYPE html>
<html><head><title>Harbour plan approved | The Coast Courier</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Harbour plan approved</h1>
<p>Councillors approved a plan on Thursday to dredge the harbour , after two winters in which
fishing boats could leave only at high tide.</p>
<p>The work will cost £4m and begin in April. "It it is overdue," said one skipper.</p>
<p>Share this article: Facebook Twitter Email</p></article>
<footer>© 2024 The Coast Courier. All rights reserved.</footer></body></html>
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with warm_daemon(tmp_path_factory.mktemp("warm")) as server:
        yield server


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "damaged.md").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    return tmp_path


def same(
    served: Served, *args: str, cwd: Path, stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    """The warm run, after checking the server answered it and the cold run matches it."""
    served.usage.write_text("")
    warm = served.run(*args, cwd=cwd, stdin=stdin)
    assert served.usage.read_text().strip(), "the server did not answer"
    cold = served.run(*args, warm=False, cwd=cwd, stdin=stdin)
    assert (warm.returncode, warm.stderr) == (cold.returncode, cold.stderr)
    assert warm.stdout == cold.stdout
    return warm


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "concise"])
def test_every_file_and_format_as_a_cold_run(served: Served, project: Path, fmt: str) -> None:
    files = ["seed.txt", "clean.txt", "page.html", "damaged.md"]
    warm = same(served, "check", "--grammar", "off", "--format", fmt, *files, cwd=project)
    assert warm.returncode == 1 and warm.stdout


def test_text_on_stdin_and_options_click_reads(served: Served, project: Path) -> None:
    same(served, "check", "-", cwd=project, stdin=DAMAGED.encode())
    same(
        served,
        "check",
        "--stdin-filename",
        "story.md",
        "--statistics",
        "-",
        cwd=project,
        stdin=DAMAGED.encode(),
    )
    same(served, "check", "--no-such-option", "clean.txt", cwd=project)
    same(served, "check", "missing.txt", cwd=project)


def test_fix_writes_what_a_cold_fix_writes(served: Served, project: Path) -> None:
    story = project / "damaged.md"
    warm = served.run("check", "--fix", "damaged.md", cwd=project)
    fixed_warm = story.read_bytes()
    story.write_text(DAMAGED, encoding="utf-8")
    cold = served.run("check", "--fix", "damaged.md", warm=False, cwd=project)
    assert fixed_warm == story.read_bytes() != DAMAGED.encode()
    assert (warm.returncode, warm.stdout, warm.stderr) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )


def test_settings_are_read_for_each_request(served: Served, project: Path) -> None:
    before = same(served, "check", "--format", "concise", "damaged.md", cwd=project)
    (project / ".newslint.yaml").write_text("ignore: [structure.doubled-word]\n", encoding="utf-8")
    after = same(served, "check", "--format", "concise", "damaged.md", cwd=project)
    assert b"doubled-word" in before.stdout and b"doubled-word" not in after.stdout
    (project / ".newslint.yaml").write_text("select: [nothing-at-all]\n", encoding="utf-8")
    same(served, "check", "damaged.md", cwd=project)


def test_a_crash_in_the_server_child_is_one_line_and_exit_2(served: Served) -> None:
    """The child waits for stdin; killed by a signal, the client says so once and exits 2."""
    code, out, err = served.killed_mid_check(kill_server=False)
    assert code == 2 and not out
    assert err.decode().splitlines() == [
        "newslint: error: the check ended by signal 9 in the daemon"
    ]


def test_a_hangup_ends_the_warm_check_as_it_ends_a_cold_one(served: Served) -> None:
    """A terminal closed under a check: SIGHUP's default ends a cold run by that signal (a shell
    shows 129); the warm client passes it on and, its child ended by it, ends by it too."""
    endings = []
    for warm in (True, False):
        env = served.env if warm else {**served.env, "NEWSLINT_DAEMON": "off"}
        client = subprocess.Popen(
            [sys.executable, "-m", "newslint", "check", "-"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )  # fmt: skip
        try:
            if warm:
                running_for(child_of(served.server_pid()), client.pid)
            os.kill(client.pid, signal.SIGHUP)
            out, err = client.communicate(timeout=60)
        finally:
            client.kill()
        endings.append((client.returncode, out, err))
    assert endings[0] == endings[1] == (-signal.SIGHUP, b"", b"")


@pytest.mark.parametrize("name", ["HUP", "INT"])
def test_a_signal_the_client_ignores_is_ignored_by_the_check(served: Served, name: str) -> None:
    """nohup, or a script's background job: a cold run ignores SIGHUP or SIGINT and completes."""
    shell = f"trap '' {name}; exec {sys.executable} -m newslint check -"
    client = subprocess.Popen(
        ["sh", "-c", shell], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=served.env,
    )  # fmt: skip
    try:
        running_for(child_of(served.server_pid()), client.pid)
        os.kill(client.pid, getattr(signal, f"SIG{name}"))
        out, err = client.communicate(DAMAGED.encode(), timeout=60)
    finally:
        client.kill()
    cold = served.run("check", "-", warm=False, stdin=DAMAGED.encode())
    assert (client.returncode, out, err) == (cold.returncode, cold.stdout, cold.stderr)
    assert client.returncode == 1
