"""`--format json-lines`: one JSON object per line, the same contract as `--format json`; a file
the run could not check or fix is a line of its own after the findings."""

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
    """`file_errors`: the files not checked or not fixed, asked once the results are read."""
    for result in results:
        for finding in result.findings:
            out.write(
                json.dumps(finding_record(result.path, result.doc, finding), ensure_ascii=False)
                + "\n"
            )
    for error in file_errors():
        out.write(json.dumps(file_error_record(error), ensure_ascii=False) + "\n")
