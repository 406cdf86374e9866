"""`--format json-lines`: one JSON object per line, the same contract as `--format json`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from newslint.finding import FileResult
from newslint.report import finding_record


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    for result in results:
        for finding in result.findings:
            out.write(
                json.dumps(finding_record(result.path, result.doc, finding), ensure_ascii=False)
                + "\n"
            )
