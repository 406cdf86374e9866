"""`--format rdjson`: reviewdog's Diagnostic Format, with suggestions reviewdog can post as changes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from newslint.document import Document
from newslint.finding import FileResult

LEVELS = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(doc: Document, start: int, end: int) -> dict[str, dict[str, int]]:
    start_line, start_column = doc.position(start)
    end_line, end_column = doc.position(end)
    return {
        "start": {"line": start_line, "column": start_column},
        "end": {"line": end_line, "column": end_column},
    }


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    diagnostics = []
    for result in results:
        for finding in result.findings:
            diagnostic: dict[str, Any] = {
                "message": finding.message,
                "location": {
                    "path": result.path,
                    "range": _range(result.doc, finding.start, finding.end),
                },
                "severity": LEVELS[finding.severity],
                "code": {"value": finding.rule},
            }
            if finding.fix:
                diagnostic["suggestions"] = [
                    {"range": _range(result.doc, e.start, e.end), "text": e.replacement}
                    for e in finding.fix.edits
                ]
            diagnostics.append(diagnostic)
    report = {"source": {"name": "newslint"}, "diagnostics": diagnostics}
    out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
