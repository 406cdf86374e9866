"""The `newslint` command's entry point, and what every run of it is guarded by.

A plain `newslint check FILE...` (files and the few options below) starts without click: click
costs about a tenth of checking one article, and a one-article check is what an editor's save
hook or a newsroom script runs over and over. Anything else (help, another command, another
option, a value click would refuse) goes to the full command line (`newslint.cli`), which decides
as it always did; the options read here must give what click gives (tests/test_launch.py).

Whichever path runs, errors end the same way: one line and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys

from newslint.errors import NewslintError

# Not `typing.TYPE_CHECKING`: importing typing costs a tenth of a check a warm daemon answers.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, NoReturn, TextIO, TypeVar

    from newslint.commands import CheckOptions

    Result = TypeVar("Result")

FORMATS = (
    "text", "concise", "json", "json-lines", "sarif", "github", "rdjson", "junit", "html", "verdict",
)  # fmt: skip
FAIL_ON = ("error", "warning", "info", "never")
GRAMMARS = ("harper", "languagetool", "off")
COLORS = ("auto", "always", "never")

# `newslint check` options read without click: the option, its CheckOptions field, its choices.
_CHOICES = {"--format": FORMATS, "--grammar": GRAMMARS, "--fail-on": FAIL_ON, "--color": COLORS}
_REPEATED = ("--select", "--ignore")
_FLAGS = ("--exit-zero",)


def main() -> None:
    """Entry point: a `check` answered by a warm daemon when one runs (`newslint daemon
    start`), else a plain `check` without click, anything else through the full CLI."""
    if sys.argv[1:2] == ["check"]:
        _check_by_server()
    cold_main()


def cold_main() -> None:
    """What a process that imports and builds everything itself runs (a server's child too)."""
    from newslint.collector import lasting

    _closed_outputs_to_null()
    if not _asks_for_help(sys.argv[1:]):
        _require_working_folder()
    # Reading the options imports what `check` runs: objects that live as long as the process,
    # which the cyclic collector would walk a few dozen times while they load.
    with lasting():
        options = quick_check_options(sys.argv[1:])
    if options is None:
        from newslint.cli import main as full_command_line

        full_command_line(leave_process=True)
        return
    chosen = options

    def check() -> int:
        from newslint.commands import run_check

        return run_check(chosen)

    guarded(user_errors(check), leave_process=True)


def _check_by_server() -> None:
    """End the process with the warm daemon's exit code when one runs the check; return (to run
    it cold) when none runs or it cannot. Costs one stat when no server runs."""
    import os

    if os.name != "posix" or os.environ.get("NEWSLINT_DAEMON") == "off":
        return
    try:
        status = os.stat(path := daemon_socket())
    except (OSError, NewslintError):  # none runs, or no folder could hold one
        return
    from newslint.warm.client import check_by_server

    code = check_by_server(path, status)
    if code is not None:
        os._exit(code)


def daemon_socket() -> str:
    """The warm daemon's socket for this user and this install: in NEWSLINT_DAEMON_DIR, else
    newslint/ under XDG_RUNTIME_DIR, else daemon/ in the cache folder (`cache_dir`), read here
    without pathlib, which a run answered by a server never imports."""
    import os

    folder = os.environ.get("NEWSLINT_DAEMON_DIR")
    if not folder and os.environ.get("XDG_RUNTIME_DIR"):
        folder = os.path.join(os.environ["XDG_RUNTIME_DIR"], "newslint")
    if not folder:
        from newslint.cache_folder import cache_folder

        try:
            folder = os.path.join(cache_folder(), "daemon")
        except RuntimeError:
            raise NewslintError(
                "no home folder to hold the check daemon's socket; set NEWSLINT_DAEMON_DIR"
            ) from None
    return os.path.join(folder, f"check-{_install_digest()}.sock")


def _install_digest() -> str:
    """A short name for this interpreter and newslint's package folder (FNV-1a: hashlib's
    import would cost more than the rest of a client together)."""
    import os

    digest = 0xCBF29CE484222325
    for byte in os.fsencode(f"{sys.prefix}\0{os.path.dirname(os.path.abspath(__file__))}"):
        digest = ((digest ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{digest:016x}"


def quick_check_options(argv: Sequence[str]) -> CheckOptions | None:
    """The options of `newslint check` as click would read `argv`, or None when `argv` is
    anything but files and the options above, well formed (click then reads it)."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    chosen: dict[str, Any] = {}
    repeated: dict[str, list[str]] = {name: [] for name in _REPEATED}
    words = list(argv[1:])
    while words:
        word = words.pop(0)
        if word == "-" or not word.startswith("-"):
            paths.append(word)
            continue
        name, given, value = word.partition("=")
        if name in _FLAGS and not given and name not in chosen:
            chosen[name] = True
            continue
        if name not in _CHOICES and name not in _REPEATED:
            return None  # another option, a short one, "--" or help: click's to read
        if not given:
            if not words or words[0].startswith("-"):
                return None
            value = words.pop(0)
        if name in _REPEATED:
            repeated[name].append(value)
        elif value in _CHOICES[name] and name not in chosen:
            chosen[name] = value
        else:
            return None
    return _check_options(paths, chosen, repeated)


def _check_options(
    paths: list[str], chosen: dict[str, Any], repeated: dict[str, list[str]]
) -> CheckOptions:
    from newslint.commands import CheckOptions
    from newslint.parallel import default_jobs

    color = chosen.get("--color", "auto")
    return CheckOptions(
        paths=paths,  # none: standard input, if piped (`runner.paths_to_check`)
        fmt=chosen.get("--format", "text"),
        select=tuple(repeated["--select"]),
        ignore=tuple(repeated["--ignore"]),
        fail_on=chosen.get("--fail-on"),
        exit_zero=chosen.get("--exit-zero", False),
        color=color == "always" or (color == "auto" and sys.stdout.isatty()),
        grammar=chosen.get("--grammar"),
        jobs=default_jobs(),
    )


def user_errors(function: Callable[..., Result]) -> Callable[..., Result]:
    """A user-facing error is one line and exit code 2; a closed stdout ends quietly."""

    def wrapper(*args: Any, **kwargs: Any) -> Result:
        try:
            return function(*args, **kwargs)
        except NewslintError as exc:
            fail(str(exc))
        except BrokenPipeError:
            silence_stdout()
            raise SystemExit(0) from None

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def fail(message: str) -> NoReturn:
    say(f"newslint: error: {message}")
    raise SystemExit(2)


def say(message: str) -> None:
    """A line on stderr (what click.echo(err=True) writes, without loading click)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def say_library_warnings() -> None:
    """Say the scorer's warnings (`scoring._warning`: an engine that cannot start, a Vale rule
    skipped) as `check` says its own, one `newslint: warning:` line each, in this process and
    the workers forked from it; a library caller keeps Python's form, with its file and line."""
    import warnings

    shown = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        text = str(message)
        if category is RuntimeWarning and text.startswith("newslint: "):
            say(f"newslint: warning: {text.removeprefix('newslint: ')}")
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def guarded(command: Callable[[], int], leave_process: bool = False) -> NoReturn:
    """Run a command with signals, a closed stdout and our own bugs handled as a user expects:
    its exit code, 130 when interrupted, 2 with one line for anything unforeseen.
    `leave_process`: end the process at once (`leave`), which only the console script may ask
    for; a caller that runs the command in its own process (a test, a tool embedding it) gets
    SystemExit as from any command, not its whole process ended under it."""
    import signal

    signal.signal(signal.SIGTERM, interrupt_handler())
    _tolerant_streams()
    try:
        code = command()
    except KeyboardInterrupt as stop:
        say(f"newslint: interrupted; {_interrupted_files(stop)}")
        raise SystemExit(130) from None
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(0) from None
    except RecursionError:
        _internal_error("input nested too deeply to process")
    except Exception as exc:  # the promise is one line and exit 2, even for a bug of ours
        _internal_error(_described(exc))
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
    if leave_process:
        leave(code)
    raise SystemExit(code)


def leave(code: int) -> NoReturn:
    """End the process with `code` as the interpreter's own exit would, less its teardown.

    After the exit handlers the interpreter frees every module and object one by one and walks
    them with the collector: 11 ms of CPU after a one-article check (5 % of the run), 35 ms with
    Harper's dictionary, and none of it writes anything. So the exit handlers run here (a cache
    written at exit, coverage data), the standard streams are flushed, and the process ends.
    Where the interpreter still has something to do (another thread to wait for, a stream that
    does not flush, a profiler that writes its figures when the run returns to it, as
    `python -m cProfile -o FILE -m newslint` does), it exits as usual."""
    import atexit
    import os
    import threading  # already loaded: `regex` imports it

    if threading.active_count() > 1 or sys.getprofile() is not None:
        raise SystemExit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # reported by the interpreter as on any exit
        raise SystemExit(code) from None
    os._exit(code)


def silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _tolerant_streams() -> None:
    """A file name or text the terminal cannot encode is written escaped, never a crash. Under
    the C locale Python opens the streams with `surrogateescape`, which fails on a curly quote as
    `strict` does (it only passes undecodable bytes, which the report escapes itself)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) in _FAILING_ERRORS and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


_FAILING_ERRORS = ("strict", "surrogateescape")


def _closed_outputs_to_null() -> None:
    """An output the shell closed (`>&-`, `2>&-`) is None in Python: what would go there goes
    nowhere, as into a closed pipe, and the exit code still says what the check found."""
    import os

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115


def _asks_for_help(args: Sequence[str]) -> bool:
    """Help and the version are fixed text: they need no working folder (files after `--` are
    files, whatever their names)."""
    options = args[: args.index("--")] if "--" in args else args
    return any(arg in ("-h", "--help", "--version") for arg in options)


def _require_working_folder() -> None:
    """Settings are found from the working folder up; a folder deleted under the shell has none."""
    import os

    try:
        os.getcwd()
    except FileNotFoundError:
        fail("the current folder no longer exists; cd into one that does")


def internal_problem(exc: Exception) -> str:
    """A bug's exception in one line; NEWSLINT_TRACEBACK=1 also prints where, for a report."""
    import os
    import traceback

    if os.environ.get("NEWSLINT_TRACEBACK"):
        traceback.print_exc()
    return _described(exc)


def _described(exc: Exception) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


def _internal_error(problem: str) -> NoReturn:
    """Last resort: one line, exit 2; NEWSLINT_TRACEBACK=1 shows where, for a bug report."""
    import os
    import traceback

    if os.environ.get("NEWSLINT_TRACEBACK"):
        traceback.print_exc()
    say(f"newslint: internal error: {problem} (please report it)")
    raise SystemExit(2)


def interrupt_handler() -> Callable[[int, object], None]:
    """SIGTERM unwinds like Ctrl-C, so a --fix in progress removes its temporary file; but only in
    the process that installed it. A pool worker forked a moment ago keeps this handler until its
    initializer resets it, and a pool that finds a worker dead stops the others with SIGTERM: such
    a worker ends at once and quietly, not with the parent's unwinding printed as a traceback."""
    import os

    owner = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != owner:
            os._exit(128 + signum)
        raise KeyboardInterrupt

    return interrupt


def _interrupted_files(stop: BaseException) -> str:
    """What an interruption left on disk, as it is: a fix is never written in part."""
    from newslint.source import InterruptedAfterWrite

    if isinstance(stop, InterruptedAfterWrite):
        return (
            f"{stop.path} was fixed and written in full before stopping; "
            "files not reached were left as they were"
        )
    return "files being fixed were left as they were"
