"""`--format junit`: a JUnit XML report, one test case per finding (or per clean file).

Text goes through `xml_safe`: a control character in a message or a file name (a scraper's
leftover) would otherwise make the whole report unreadable to an XML parser.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO
from xml.sax.saxutils import escape as escape_text
from xml.sax.saxutils import quoteattr

from newslint.finding import FileError, FileResult
from newslint.report import with_related, xml_safe


def _attribute(value: str) -> str:
    return quoteattr(xml_safe(value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _case(name: str, classname: str, failure: tuple[str, str, str] | None = None) -> str:
    opening = f"    <testcase name={_attribute(name)} classname={_attribute(classname)}"
    if failure is None:
        return opening + " />\n"
    message, kind, text = failure
    return (
        f"{opening}>\n      <failure message={_attribute(message)} type={_attribute(kind)}>"
        f"{escape_text(xml_safe(text))}</failure>\n    </testcase>\n"
    )


def _error_case(error: FileError) -> str:
    """A file the run could not check or fix: JUnit's <error> (the test could not run), not a
    <failure>, so a dashboard counts it where it counts a crashed test."""
    opening = f"    <testcase name={_attribute(error.path)} classname={_attribute(error.path)}>"
    text = f"{error.path}: {error.message}"
    return (
        f"{opening}\n      <error message={_attribute(error.message)} type={_attribute(error.kind)}>"
        f"{escape_text(xml_safe(text))}</error>\n    </testcase>\n"
    )


def write(
    results: Iterable[FileResult],
    out: TextIO,
    *,
    file_errors: Callable[[], Sequence[FileError]] = list,
    **_: Any,
) -> None:
    """Test cases go to a spooled file while they are counted (the counts lead the document).
    `file_errors`: the files not checked or not fixed, asked once the results are read."""
    tests = failures = 0
    with tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8") as cases:
        for result in results:
            if not result.findings:
                cases.write(_case(result.path, "newslint"))
                tests += 1
            for finding in result.findings:
                line, column = result.doc.position(finding.start)
                where = f"{result.path}:{line}:{column}"
                message = with_related(result.doc, finding)
                text = f"{where}: {finding.severity} {finding.rule} {message}"
                failure = (message, finding.rule, text)
                cases.write(_case(f"{finding.rule} at {where}", result.path, failure))
                tests += 1
                failures += 1
        errors = file_errors()
        for error in errors:
            cases.write(_error_case(error))
        tests += len(errors)
        counts = f'tests="{tests}" failures="{failures}" errors="{len(errors)}"'
        out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites {counts}>\n')
        out.write(f'  <testsuite name="newslint" {counts}>\n')
        cases.seek(0)
        shutil.copyfileobj(cases, out)
        out.write("  </testsuite>\n</testsuites>\n")
