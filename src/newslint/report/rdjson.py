"""`--format rdjson`: reviewdog's Diagnostic Format, with suggestions reviewdog can post as changes.

Columns are 1-based UTF-8 byte counts, reviewdog's contract (its Position: "Column number,
starting at 1 (byte count in UTF-8)"); end positions are exclusive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from newslint.document import Document
from newslint.finding import FileError, FileResult
from newslint.report import escape_undecodable, file_error_rule, utf8_column

LEVELS = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _position(doc: Document, offset: int) -> dict[str, int]:
    return {"line": doc.position(offset)[0], "column": utf8_column(doc, offset)}


def _range(doc: Document, start: int, end: int) -> dict[str, dict[str, int]]:
    return {"start": _position(doc, start), "end": _position(doc, end)}


def _diagnostic(result: FileResult, finding: Any) -> dict[str, Any]:
    diagnostic: dict[str, Any] = {
        "message": escape_undecodable(finding.message),
        "location": {
            "path": escape_undecodable(result.path),
            "range": _range(result.doc, finding.start, finding.end),
        },
        "severity": LEVELS[finding.severity],
        "code": {"value": finding.rule},
    }
    if finding.related:
        diagnostic["related_locations"] = [
            {
                "message": escape_undecodable(r.message),
                "location": {
                    "path": escape_undecodable(result.path),
                    "range": _range(result.doc, r.start, r.end),
                },
            }
            for r in finding.related
        ]
    if finding.fix:
        diagnostic["suggestions"] = [
            {"range": _range(result.doc, e.start, e.end), "text": escape_undecodable(e.replacement)}
            for e in finding.fix.edits
        ]
    return diagnostic


def _error_diagnostic(error: FileError) -> dict[str, Any]:
    """A file the run could not check or fix: an error at the file itself (a Location's range is
    optional in reviewdog's format), coded as SARIF's notification is."""
    return {
        "message": escape_undecodable(error.message),
        "location": {"path": escape_undecodable(error.path)},
        "severity": "ERROR",
        "code": {"value": file_error_rule(error)},
    }


def write(
    results: Iterable[FileResult],
    out: TextIO,
    *,
    file_errors: Callable[[], Sequence[FileError]] = list,
    **_: Any,
) -> None:
    """One DiagnosticResult, written a diagnostic at a time so memory does not grow with them.
    `file_errors`: the files not checked or not fixed, asked once the results are read."""
    out.write('{\n  "source": {"name": "newslint"},\n  "diagnostics": [')
    separator = "\n    "
    for result in results:
        for finding in result.findings:
            out.write(separator + json.dumps(_diagnostic(result, finding), ensure_ascii=False))
            separator = ",\n    "
    for error in file_errors():
        out.write(separator + json.dumps(_error_diagnostic(error), ensure_ascii=False))
        separator = ",\n    "
    out.write("\n  ]\n}\n")
