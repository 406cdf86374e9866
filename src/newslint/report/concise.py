"""`--format concise`: one line per finding, `path:line:col: severity rule message`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from newslint.finding import FileResult
from newslint.report.text import Tally, one_line


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    tally = Tally()
    for result in results:
        tally.add(result)
        for finding in result.findings:
            line, column = result.doc.position(finding.start)
            message = one_line(finding.message)
            out.write(
                f"{result.path}:{line}:{column}: {finding.severity} {finding.rule} {message}\n"
            )
    out.write(tally.summary() + "\n")
