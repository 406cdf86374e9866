"""Default output: `path:line:col: severity rule message`, the source line, a caret, the fix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

import click

from newslint.document import Document
from newslint.finding import FileResult, Finding

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
CONTEXT_WIDTH = 100


def write(results: Iterable[FileResult], out: TextIO, *, color: bool = False, **_: Any) -> None:
    tally = Tally()
    for result in results:
        tally.add(result)
        for finding in result.findings:
            out.write(render_finding(result.path, result.doc, finding, color) + "\n")
    out.write(tally.summary() + "\n")


def render_finding(path: str, doc: Document, finding: Finding, color: bool) -> str:
    line, column = doc.position(finding.start)
    severity = (
        click.style(finding.severity, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        if color
        else finding.severity
    )
    rule = click.style(finding.rule, bold=True) if color else finding.rule
    header = f"{path}:{line}:{column}: {severity} {rule} {finding.message}"
    return "\n".join([header, *_excerpt(doc, finding, line, column, color), *_fix_lines(finding)])


def _excerpt(doc: Document, finding: Finding, line: int, column: int, color: bool) -> list[str]:
    source = doc.display_line(line)
    first_line_end = min(finding.end, doc.line_span(line).end)
    width = max(1, first_line_end - finding.start)
    left = max(0, column - 1 - CONTEXT_WIDTH // 2)
    shown = source[left : left + CONTEXT_WIDTH]
    prefix = "…" if left else ""
    suffix = "…" if left + CONTEXT_WIDTH < len(source) else ""
    gutter = " " * len(str(line))
    caret = "^" * min(width, CONTEXT_WIDTH)
    caret_line = " " * (column - 1 - left + len(prefix)) + (
        click.style(caret, fg="red") if color else caret
    )
    return [f" {line} | {prefix}{_visible(shown)}{suffix}", f" {gutter} | {caret_line}"]


def _visible(text: str) -> str:
    """Show invisible and control characters so the caret points at something."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() or ch == " " else "\N{REPLACEMENT CHARACTER}" for ch in text
    )


def _fix_lines(finding: Finding) -> list[str]:
    if finding.fix:
        edits = finding.fix.edits
        shown = " / ".join(_shown_replacement(e.replacement) for e in edits)
        marker = "fix" if finding.fix.applicability == "safe" else "unsafe fix"
        return [f"   = {marker}: {shown}"]
    if finding.suggestions:
        return [f"   = suggestion: {' | '.join(finding.suggestions)}"]
    return []


def _shown_replacement(replacement: str) -> str:
    """What a fix puts in: "delete" for nothing, quoted when spaces matter, else as is."""
    if not replacement:
        return "delete"
    return repr(replacement) if replacement.strip() != replacement else replacement


class Tally:
    """What the closing line needs, kept while results stream past."""

    def __init__(self) -> None:
        self.severities: Counter[str] = Counter()
        self.files = self.files_with_findings = self.fixable = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.files_with_findings += bool(result.findings)
        self.severities.update(f.severity for f in result.findings)
        self.fixable += sum(1 for f in result.findings if f.fix and f.fix.applicability == "safe")

    def summary(self) -> str:
        total = sum(self.severities.values())
        if not total:
            return f"No problems found in {self.files} file{'s' * (self.files != 1)}."
        parts = ", ".join(
            f"{self.severities[s]} {s}{'s' * (self.severities[s] != 1)}"
            for s in ("error", "warning", "info")
            if self.severities[s]
        )
        files = self.files_with_findings
        tail = f"; {self.fixable} fixable with --fix" if self.fixable else ""
        return f"Found {total} problem{'s' * (total != 1)} ({parts}) in {files} file{'s' * (files != 1)}{tail}."
