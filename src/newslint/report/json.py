"""`--format json`: one JSON array, one object per finding, as DESIGN.md's contract."""

from __future__ import annotations

import json
from typing import Any, TextIO

from newslint.engine import FileResult
from newslint.report import finding_record


def write(results: list[FileResult], out: TextIO, **_: Any) -> None:
    records = [finding_record(r.path, r.doc, f) for r in results for f in r.findings]
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")
