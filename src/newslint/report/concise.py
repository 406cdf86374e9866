"""`--format concise`: one line per finding, `path:line:col: severity rule message`, and an
indented `  line:col: message` line under it for each other place the finding points at (a
line that does not open with the path, so tools reading findings line by line skip it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

from newslint.finding import FileResult
from newslint.report import related_notes
from newslint.report.text import Tally, one_line, printable


def write(results: Iterable[FileResult], out: TextIO,
          errors: Callable[[], tuple[int, int]] = lambda: (0, 0),
          fixes: Callable[[], tuple[int, int]] = lambda: (0, 0), **_: Any) -> None:  # fmt: skip
    tally = Tally()
    for result in results:
        tally.add(result)
        for finding in result.findings:
            line, column = result.doc.position(finding.start)
            message = one_line(finding.message)
            out.write(
                f"{printable(result.path)}:{line}:{column}: {finding.severity} {finding.rule} "
                f"{message}\n"
            )
            for note in related_notes(result.doc, finding) if finding.related else ():
                out.write(f"  {one_line(note)}\n")
    out.write(tally.summary(*errors(), fixed=fixes()) + "\n")
