"""`--format json`: one JSON array, one object per finding, as DESIGN.md's contract."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from newslint.finding import FileResult
from newslint.report import finding_record


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    """Stream one JSON array, a record a line, so memory does not grow with the input. Records
    are encoded compactly: `indent` would switch `json` to its pure-Python encoder (7x slower)."""
    first = True
    for result in results:
        for finding in result.findings:
            record = json.dumps(
                finding_record(result.path, result.doc, finding), ensure_ascii=False
            )
            out.write(("[\n  " if first else ",\n  ") + record)
            first = False
    out.write("[]\n" if first else "\n]\n")
