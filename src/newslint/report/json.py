"""`--format json`: one JSON array, one object per finding, as DESIGN.md's contract; a file the
run could not check or fix follows the findings as a record of the same shape
(`report.file_error_record`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from newslint.finding import FileError, FileResult
from newslint.report import file_error_record, finding_record


def write(
    results: Iterable[FileResult],
    out: TextIO,
    *,
    file_errors: Callable[[], Sequence[FileError]] = list,
    **_: Any,
) -> None:
    """Stream one JSON array, a record a line, so memory does not grow with the input. Records
    are encoded compactly: `indent` would switch `json` to its pure-Python encoder (7x slower).
    `file_errors`: the files not checked or not fixed, asked once the results are read."""
    first = True
    for result in results:
        for finding in result.findings:
            record = json.dumps(
                finding_record(result.path, result.doc, finding), ensure_ascii=False
            )
            out.write(("[\n  " if first else ",\n  ") + record)
            first = False
    for error in file_errors():
        out.write(
            ("[\n  " if first else ",\n  ")
            + json.dumps(file_error_record(error), ensure_ascii=False)
        )
        first = False
    out.write("[]\n" if first else "\n]\n")
