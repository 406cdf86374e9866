"""What one `newslint check` keeps of its files' results: the exit code's inputs (`RunOutcome`),
one checked file (`FileOutcome`), one file skipped while walking a folder (`Skipped`)."""

from __future__ import annotations

import os
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


def write_diff(diff: str) -> None:
    """A file's --diff on stdout. A name that is not UTF-8 (its bytes held as lone surrogates)
    goes into the `---`/`+++` header as those bytes: the stream wrote it escaped ("\\udcff"),
    a name no file has, so `patch` and `git apply` could not find the file."""
    header = diff.split("\n", 2)[:2]
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or not any(_surrogates(line) for line in header):
        sys.stdout.write(diff)
        return
    sys.stdout.flush()
    buffer.write(b"".join(os.fsencode(line + "\n") for line in header))
    buffer.flush()
    sys.stdout.write(diff.split("\n", 2)[2])


def _surrogates(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text)


class RunOutcome:
    """Results stream through to the reporter; this keeps what the exit code needs."""

    def __init__(self, options: CheckOptions):
        self.options = options
        self.input_errors = 0
        self.unfixed = 0  # of the input errors, files checked but not fixed
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

    def exit_code(self) -> int:
        return 0 if self.options.exit_zero else int(self.failing)


class FileOutcome(Value):
    """One checked file, ready for the parent to report in order."""

    FIELDS = ("result", "diff", "fail_on", "error")
    result: FileResult
    diff: str  # the --diff text, printed by the parent in file order
    fail_on: str
    error: str  # why the fixes were not written, the findings then being the file's own

    def __init__(
        self,
        result: FileResult,
        diff: str,
        fail_on: str,
        error: str = "",
    ):
        self.result = result
        self.diff = diff
        self.fail_on = fail_on
        self.error = error


class Skipped(Value):
    """A file met while walking a directory that is not text we can read: noted, not fatal."""

    FIELDS = ("reason",)
    reason: str

    def __init__(
        self,
        reason: str,
    ):
        self.reason = reason
