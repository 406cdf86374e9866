"""`--format github`: GitHub Actions workflow commands, shown as annotations on pull requests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from newslint.finding import FileResult
from newslint.report import span_position, with_related
from newslint.report.text import printable

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    """The workflow command's escapes, then the log's: no control character reaches the log."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(escaped)


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    for result in results:
        for finding in result.findings:
            where = span_position(result.doc, finding.start, finding.end)
            message = with_related(result.doc, finding)  # an annotation has one place
            properties = ",".join([
                f"file={_escape_property(result.path)}", f"line={where['line']}", f"col={where['column']}",
                f"endLine={where['end_line']}", f"endColumn={where['end_column']}", f"title={_escape_property(finding.rule)}",
            ])  # fmt: skip
            out.write(f"::{LEVELS[finding.severity]} {properties}::{_escape_data(message)}\n")
