"""`--format github`: GitHub Actions workflow commands, shown as annotations on pull requests."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from newslint.finding import FileError, FileResult
from newslint.report import span_position, with_related
from newslint.report.text import printable

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    """The workflow command's escapes, then the log's: no control character reaches the log."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(escaped)


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(
    results: Iterable[FileResult],
    out: TextIO,
    *,
    file_errors: Callable[[], Sequence[FileError]] = list,
    **_: Any,
) -> None:
    """`file_errors`: the files not checked or not fixed, annotated on the file itself after the
    findings (stderr alone shows in the log, never on the pull request)."""
    for result in results:
        for finding in result.findings:
            where = span_position(result.doc, finding.start, finding.end)
            message = with_related(result.doc, finding)  # an annotation has one place
            properties = ",".join([
                f"file={_escape_property(result.path)}", f"line={where['line']}", f"col={where['column']}",
                f"endLine={where['end_line']}", f"endColumn={where['end_column']}", f"title={_escape_property(finding.rule)}",
            ])  # fmt: skip
            out.write(f"::{LEVELS[finding.severity]} {properties}::{_escape_data(message)}\n")
    for error in file_errors():
        out.write(f"::error file={_escape_property(error.path)}::{_escape_data(error.message)}\n")
