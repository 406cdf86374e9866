"""What one `newslint check` keeps of its files' results: the exit code's inputs (`RunOutcome`),
one checked file (`FileOutcome`), one file skipped while walking a folder (`Skipped`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newslint.errors import InputError
from newslint.finding import SEVERITY_RANK, FileResult
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


class RunOutcome:
    """Results stream through to the reporter; this keeps what the exit code needs."""

    def __init__(self, options: CheckOptions):
        self.options = options
        self.input_errors = 0
        self.unfixed = 0  # of the input errors, files checked but not fixed
        self.fixed = self.files_fixed = 0  # fixes --fix wrote, and the files they went into
        self.failing = False
        self.rules: dict[str, object] = {}

    def record(
        self, outcomes: Iterable[FileOutcome | Skipped | InputError]
    ) -> Iterator[FileResult]:
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                say(f"newslint: error: {outcome}")
                self.input_errors += 1
                continue
            if isinstance(outcome, Skipped):
                say(f"newslint: note: {outcome.reason}")
                continue
            if outcome.error:
                say(f"newslint: error: {outcome.error}")
                self.input_errors += 1
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
