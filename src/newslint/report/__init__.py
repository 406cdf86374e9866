"""Output formats: one module per format, each exporting `write(results, out, *, color)`."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from newslint.document import Document
from newslint.finding import FileResult, Finding

FORMATS = ("text", "concise", "json", "json-lines", "sarif", "github", "rdjson", "junit", "html")

Writer = Callable[..., None]


def get_writer(name: str) -> Writer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    return importlib.import_module(f"newslint.report.{name.replace('-', '_')}").write  # type: ignore[no-any-return]


def span_position(doc: Document, start: int, end: int) -> dict[str, int]:
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def finding_record(path: str, doc: Document, finding: Finding) -> dict[str, Any]:
    """One finding as the public JSON contract (see DESIGN.md)."""
    fix = None
    if finding.fix:
        edits = [
            {**span_position(doc, e.start, e.end), "replacement": e.replacement}
            for e in finding.fix.edits
        ]
        fix = {"applicability": finding.fix.applicability, "edits": edits}
    return {
        "path": path,
        **span_position(doc, finding.start, finding.end),
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "fix": fix,
        "suggestions": list(finding.suggestions),
    }


def write_results(results: Iterable[FileResult], out: TextIO, fmt: str, **options: Any) -> None:
    get_writer(fmt)(results, out, **options)
