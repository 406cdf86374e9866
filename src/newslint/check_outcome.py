"""What one `newslint check` keeps of its files' results: the exit code's inputs (`RunOutcome`),
one checked file (`FileOutcome`), one file skipped while walking a folder (`Skipped`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newslint.errors import CheckFailed, InputError
from newslint.finding import SEVERITY_RANK, FileError, FileResult
from newslint.finding_list import severities
from newslint.launch import say
from newslint.values import Value

if TYPE_CHECKING:
    from newslint.commands import CheckOptions


def write_diff(diff: bytes) -> None:
    """A file's --diff on stdout as its bytes (`runner.diff_bytes`): through the text stream, a
    terminal that is not UTF-8 wrote the lines in its own encoding or as escapes, lines that are
    not the file's, and `git apply` refused the patch."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream put in place of stdout: text is all it takes
        sys.stdout.write(diff.decode("utf-8", "replace"))
        return
    sys.stdout.flush()
    buffer.write(diff)
    buffer.flush()


def shown_path(path: str, stdin_filename: str) -> str:
    """The name a file goes by in messages: standard input's is `--stdin-filename`'s, if given."""
    return stdin_filename if path == "-" and stdin_filename != "-" else path


class RunOutcome:
    """Results stream through to the reporter; this keeps what the exit code needs."""

    def __init__(self, options: CheckOptions):
        self.options = options
        self.input_errors = 0
        self.unfixed = 0  # of the input errors, files checked but not fixed
        self.fixed = self.files_fixed = 0  # fixes --fix wrote, and the files they went into
        self.failing = False
        self.rules: dict[str, object] = {}
        self.failed: list[FileError] = []  # the input errors, for the reports that list them

    def record(
        self, outcomes: Iterable[FileOutcome | Skipped | InputError], paths: Iterable[str] = ()
    ) -> Iterator[FileResult]:
        """`paths`: the files `outcomes` are of, in the same order (an error names its file)."""
        named = iter(paths)
        for outcome in outcomes:
            path = shown_path(next(named, ""), self.options.stdin_filename)
            if isinstance(outcome, CheckFailed):
                say(f"newslint: internal error: {outcome} (please report it)")
                self._failed(path, str(outcome), "internal-error")
                continue
            if isinstance(outcome, InputError):
                say(f"newslint: error: {outcome}")
                self._failed(path, str(outcome), "not-checked")
                continue
            if isinstance(outcome, Skipped):
                say(f"newslint: note: {outcome.reason}")
                continue
            if outcome.error:
                say(f"newslint: error: {outcome.error}")
                self._failed(outcome.result.path, outcome.error, "not-fixed")
                self.unfixed += 1
            result, diff, fail_on = outcome.result, outcome.diff, outcome.fail_on
            self.fixed += outcome.fixed
            self.files_fixed += bool(outcome.fixed)
            if diff:
                write_diff(diff)
            threshold = SEVERITY_RANK.get(fail_on, len(SEVERITY_RANK))
            self.failing |= any(
                SEVERITY_RANK[severity] >= threshold for severity in severities(result.findings)
            )
            self.rules.update(result.rules)
            yield result

    def _failed(self, path: str, message: str, kind: str) -> None:
        self.input_errors += 1
        reason = message.removeprefix(f"{path}: ")  # a report gives the path a place of its own
        if kind == "internal-error":
            reason = f"internal error: {reason} (please report it)"
        self.failed.append(FileError(path, reason, kind))

    def file_errors(self) -> list[FileError]:
        """The files the run could not check or fix, known once the results are all read."""
        return self.failed

    def unhandled(self) -> tuple[int, int]:
        """Files not checked (unreadable) and files checked but not fixed, for the closing line."""
        return self.input_errors - self.unfixed, self.unfixed

    def fixes(self) -> tuple[int, int]:
        """The fixes --fix wrote and the files they went into, for the closing line."""
        return self.fixed, self.files_fixed

    def exit_code(self) -> int:
        return 0 if self.options.exit_zero else int(self.failing)


class FileOutcome(Value):
    """One checked file, ready for the parent to report in order."""

    FIELDS = ("result", "diff", "fail_on", "error", "fixed")
    result: FileResult
    diff: bytes  # the --diff, printed by the parent in file order
    fail_on: str
    error: str  # why the fixes were not written, the findings then being the file's own
    fixed: int  # the fixes --fix wrote into the file

    def __init__(
        self,
        result: FileResult,
        diff: bytes,
        fail_on: str,
        error: str = "",
        fixed: int = 0,
    ):
        self.result = result
        self.diff = diff
        self.fail_on = fail_on
        self.error = error
        self.fixed = fixed


class Skipped(Value):
    """A file met while walking a directory that is not text we can read: noted, not fatal."""

    FIELDS = ("reason",)
    reason: str

    def __init__(
        self,
        reason: str,
    ):
        self.reason = reason
