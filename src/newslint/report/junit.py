"""`--format junit`: a JUnit XML report, one test case per finding (or per clean file)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO
from xml.etree import ElementTree

from newslint.finding import FileResult


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    suite = ElementTree.Element("testsuite", name="newslint")
    tests = failures = 0
    for result in results:
        if not result.findings:
            ElementTree.SubElement(suite, "testcase", name=result.path, classname="newslint")
            tests += 1
        for finding in result.findings:
            line, column = result.doc.position(finding.start)
            case = ElementTree.SubElement(
                suite,
                "testcase",
                name=f"{finding.rule} at {result.path}:{line}:{column}",
                classname=result.path,
            )
            failure = ElementTree.SubElement(
                case, "failure", message=finding.message, type=finding.rule
            )
            failure.text = f"{result.path}:{line}:{column}: {finding.severity} {finding.rule} {finding.message}"
            tests += 1
            failures += 1
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    root = ElementTree.Element("testsuites", tests=str(tests), failures=str(failures))
    root.append(suite)
    ElementTree.indent(root)
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + ElementTree.tostring(root, encoding="unicode")
        + "\n"
    )
