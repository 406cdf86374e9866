"""The entry point reads a plain `newslint check` without click, exactly as click would read it,
and hands anything else to click; either way a run ends as the full command line ends it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

import click
from hypothesis import given
from hypothesis import strategies as st

from newslint import commands
from newslint.cli import cli
from newslint.commands import CheckOptions
from newslint.launch import quick_check_options

SEED = Path(__file__).resolve().parent.parent / "seeds" / "article.txt"

COMMON = [
    ["check", "story.txt"],
    ["check"],
    ["check", "-"],
    ["check", "--grammar", "off", "a.txt", "b.md"],
    ["check", "--format=json", "--exit-zero", "a.txt"],
    ["check", "a.txt", "--format", "sarif", "--fail-on", "error"],
    ["check", "--select", "mt,ocr", "--select=encoding", "--ignore", "ocr.split-word", "x"],
    ["check", "--color", "always", "--grammar=harper", "x.txt"],
]
REFUSED = [
    ["check", "--help"],
    ["check", "-h"],
    ["check", "--fix", "a.txt"],
    ["check", "-j", "2", "a.txt"],
    ["check", "--format", "bogus", "a.txt"],
    ["check", "--format", "json", "--format", "text", "a.txt"],
    ["check", "--exit-zero=yes", "a.txt"],
    ["check", "--", "-odd-name.txt"],
    ["check", "--select"],
    ["check", "--select", "--exit-zero"],
    ["rules", "list"],
    [],
]
TOKENS = [
    "a.txt", "-", "dir/b.md", "json", "text", "off", "harper", "bogus", "mt", "grammar", "error",
    "always", "never", "auto", "2", "--format", "--format=json", "--format=", "--grammar",
    "--grammar=off", "--select", "--select=", "--ignore", "--ignore=x,y", "--exit-zero",
    "--exit-zero=1", "--fail-on", "--fail-on=info", "--color", "--", "-h", "--help", "-j",
    "--jobs", "--fix", "--unknown", "--no-builtin",
]  # fmt: skip


def click_options(argv: Sequence[str]) -> CheckOptions | None:
    """The options click's `check` builds from `argv`, or None if click refuses or does not check."""
    built: list[CheckOptions] = []

    def record(options: CheckOptions) -> int:
        built.append(options)
        return 0

    with mock.patch.object(commands, "run_check", record):
        try:
            cli.main(list(argv), prog_name="newslint", standalone_mode=False)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            return None
        except SystemExit:
            pass
    return built[0] if built else None


def test_common_checks_are_read_as_click_reads_them() -> None:
    for argv in COMMON:
        quick = quick_check_options(argv)
        assert quick is not None, argv
        assert quick == click_options(argv), argv


def test_anything_else_is_left_to_click() -> None:
    for argv in REFUSED:
        assert quick_check_options(argv) is None, argv


@given(st.lists(st.sampled_from(TOKENS), max_size=7))
def test_what_is_read_without_click_is_what_click_reads(words: list[str]) -> None:
    argv = ["check", *words]
    quick = quick_check_options(argv)
    if quick is not None:
        assert quick == click_options(argv)


def run(module_code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", module_code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSLINT_TRACEBACK": ""},
    )


LAUNCH = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("click loaded" if "click" in sys.modules else ""))
atexit.register(lambda: sys.stderr.write("OpenSSL loaded" if "_hashlib" in sys.modules else ""))
atexit.register(lambda: sys.stderr.write("inspect loaded" if "inspect" in sys.modules else ""))
sys.argv = ["newslint", *sys.argv[1:]]
from newslint.launch import main
main()
"""
FULL = """
import sys
sys.argv = ["newslint", *sys.argv[1:]]
from newslint.cli import main
main()
"""


def test_a_plain_check_runs_without_click_and_reports_what_the_full_cli_reports() -> None:
    args = ("check", "--grammar", "off", "--format", "json", str(SEED))
    # The full CLI first: a cold cache directory's lookup tables are built by whichever process
    # meets them first, from wordfreq's lists (whose import loads OpenSSL); quick reads them.
    full = run(FULL, *args)
    quick = run(LAUNCH, *args)
    assert quick.returncode == full.returncode == 1
    assert quick.stdout == full.stdout and '"rule"' in quick.stdout
    assert "click loaded" not in quick.stderr
    assert "OpenSSL loaded" not in quick.stderr  # hashlib's import loads it: BLAKE2b is built in
    # dataclasses imports inspect, ast and dis (5-8 ms a run): no class on this path uses it
    assert "inspect loaded" not in quick.stderr


EXITING = """
import atexit, sys
atexit.register(lambda: print("exit handler ran"))
sys.argv = ["newslint", *sys.argv[1:]]
from newslint.launch import main
main()
"""


def test_a_plain_check_ends_after_its_exit_handlers_with_its_exit_code() -> None:
    """The quick path ends the process without the interpreter's teardown (`launch.leave`): the
    exit handlers still run, what they print still comes out, and the exit code is the run's."""
    for args, code in [(("--exit-zero",), 0), ((), 1)]:
        done = run(EXITING, "check", "--grammar", "off", *args, str(SEED))
        assert done.returncode == code
        assert "structure.repeated-line" in done.stdout
        assert done.stdout.endswith("exit handler ran\n")


IN_PROCESS = """
import sys
from newslint.cli import main
sys.argv = ["newslint", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    print("caller goes on after exit code", done.code)
"""


def test_a_command_run_in_its_callers_process_leaves_that_process_alone() -> None:
    """Only the console script ends its process at once (`launch.leave`): `cli.main()` called in
    a test's or a tool's own process raises SystemExit, as any command does; ending the process
    there killed the pytest run of tests/test_cli_fuzz.py (exit 2, no report)."""
    for args, code in [(("--version",), 0), (("check", "--no-such-option"), 2)]:
        done = run(IN_PROCESS, *args)
        assert done.returncode == 0, args
        assert done.stdout.endswith(f"caller goes on after exit code {code}\n"), args


def test_a_profiled_check_returns_to_its_profiler(tmp_path: Path) -> None:
    """Under `python -m cProfile -o FILE -m newslint check` the run exits as usual, so the
    profiler gets its turn and writes its figures: ended at once, it wrote nothing. (cProfile
    swallows the run's SystemExit, so its exit code says nothing here.)"""
    figures = tmp_path / "check.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(figures), "-m", "newslint"]
    done = subprocess.run(
        [*command, "check", "--grammar", "off", str(SEED)],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSLINT_DAEMON": "off"},
        check=False,
    )
    assert "structure.repeated-line" in done.stdout, done.stderr
    assert figures.stat().st_size > 0


def test_errors_end_the_same_way_on_both_paths(tmp_path: Path) -> None:
    missing = str(tmp_path / "absent.txt")
    for args in [("check", "--grammar", "off", missing), ("check", "--format", "bogus", missing)]:
        quick, full = run(LAUNCH, *args), run(FULL, *args)
        assert quick.returncode == full.returncode == 2, args
        shown = quick.stderr.replace("click loaded", "").replace("OpenSSL loaded", "")
        shown = shown.replace("inspect loaded", "")
        assert shown == full.stderr.replace("OpenSSL loaded", ""), args
        assert "Traceback" not in quick.stderr
