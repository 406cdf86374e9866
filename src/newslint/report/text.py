"""Default output: `path:line:col: severity rule message`, the source line, a caret, the fix."""

from __future__ import annotations

from collections import Counter
from typing import Any, TextIO

import click

from newslint.document import Document
from newslint.engine import FileResult
from newslint.finding import Finding

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
CONTEXT_WIDTH = 100


def write(results: list[FileResult], out: TextIO, *, color: bool = False, **_: Any) -> None:
    for result in results:
        for finding in result.findings:
            out.write(render_finding(result.path, result.doc, finding, color) + "\n")
    out.write(summary(results) + "\n")


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
    source = doc.line_text(line)
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
    return "".join(
        ch if ch.isprintable() or ch == " " else "\N{REPLACEMENT CHARACTER}" for ch in text
    )


def _fix_lines(finding: Finding) -> list[str]:
    if finding.fix:
        edits = finding.fix.edits
        shown = " / ".join(
            repr(e.replacement)
            if e.replacement.strip() != e.replacement or not e.replacement
            else e.replacement
            for e in edits
        )
        marker = "fix" if finding.fix.applicability == "safe" else "unsafe fix"
        return [f"   = {marker}: {shown}"]
    if finding.suggestions:
        return [f"   = suggestion: {' | '.join(finding.suggestions)}"]
    return []


def summary(results: list[FileResult]) -> str:
    counts = Counter(f.severity for r in results for f in r.findings)
    total = sum(counts.values())
    files = sum(1 for r in results if r.findings)
    if not total:
        return f"No problems found in {len(results)} file{'s' * (len(results) != 1)}."
    parts = ", ".join(
        f"{counts[s]} {s}{'s' * (counts[s] != 1)}"
        for s in ("error", "warning", "info")
        if counts[s]
    )
    fixable = sum(1 for r in results for f in r.findings if f.fix and f.fix.applicability == "safe")
    tail = f"; {fixable} fixable with --fix" if fixable else ""
    return f"Found {total} problem{'s' * (total != 1)} ({parts}) in {files} file{'s' * (files != 1)}{tail}."
