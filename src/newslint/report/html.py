"""`--format html`: one self-contained page per run, the text with each finding marked in place.

Counts at the top, a file index when there are several files, filters by severity, pack and rule
at the side, each file's text with its findings highlighted (message and fix on hover or focus),
and the findings as a list under it. Keys: n / p (or j / k) move between findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape
from typing import Any, TextIO

from newslint.finding import FileResult, Finding
from newslint.report import related_notes
from newslint.report.html_render import (
    ICONS,
    SEVERITY_ORDER,
    finding_attributes,
    fix_text,
    highlighted,
    pack_of,
    page,
    severity_badge,
)


def write(results: Iterable[FileResult], out: TextIO, **_: Any) -> None:
    files = list(results)
    out.write(page("newslint report", render_body(files)))


def render_body(files: list[FileResult]) -> str:
    findings = [f for result in files for f in result.findings]
    parts = [
        _header(files),
        '<div class="layout">',
        '<aside class="side" aria-label="Files and filters">',
        _file_index(files) if len(files) > 1 else "",
        filters(findings),
        "</aside>",
        '<main id="findings">',
        *(file_section(result, number) for number, result in enumerate(files)),
        "</main>",
        "</div>",
    ]
    return "\n".join(part for part in parts if part)


def _header(files: list[FileResult]) -> str:
    severities = Counter(f.severity for r in files for f in r.findings)
    total = sum(severities.values())
    with_findings = sum(1 for r in files if r.findings)
    counts = "".join(
        f"<span>{severity_badge(s)} {severities[s]}</span>" for s in SEVERITY_ORDER if severities[s]
    )
    plural = "" if total == 1 else "s"
    return (
        '<header class="top">\n<h1>newslint report</h1>\n<p class="counts">'
        f'<span class="total">{total} problem{plural} in {with_findings} of {len(files)} '
        f"file{'' if len(files) == 1 else 's'}</span>{counts}"
        f'<span>shown: <strong data-shown-in="findings">{total}</strong></span></p>\n</header>'
    )


def _file_index(files: list[FileResult]) -> str:
    entries = "".join(
        f'<li><a href="#file-{n}">{escape(r.path)}</a> '
        f'<span class="count">(<span data-shown-in="file-{n}">{len(r.findings)}</span>)</span></li>'
        for n, r in enumerate(files)
    )
    return f'<nav class="files" aria-label="Files"><h2>Files</h2><ol>{entries}</ol></nav>'


def filters(findings: list) -> str:
    severities = Counter(f.severity for f in findings)
    packs = Counter(pack_of(f.rule) for f in findings)
    rules = Counter(f.rule for f in findings)
    severity_boxes = [
        (s, f'<span aria-hidden="true">{ICONS[s]}</span> {s}', severities[s])
        for s in SEVERITY_ORDER
        if severities[s]
    ]
    return (
        '<form class="filters" aria-label="Filters"><h2>Filter</h2>'
        + _fieldset("severity", "Severity", severity_boxes)
        + _fieldset("pack", "Pack", [(p, escape(p), n) for p, n in sorted(packs.items())])
        + _fieldset("rule", "Rule", [(r, f"<code>{escape(r)}</code>", n) for r, n in sorted(rules.items())])
        + '<p class="keys"><kbd>n</kbd> / <kbd>p</kbd>: next / previous finding; '
        "<kbd>Tab</kbd> also walks them.</p></form>"
    )  # fmt: skip


def _fieldset(kind: str, legend: str, boxes: list[tuple[str, str, int]]) -> str:
    if not boxes:
        return ""
    labels = "".join(
        f'<label><input type="checkbox" data-filter="{kind}" value="{escape(value)}" checked> '
        f'{label} <span class="n">{count}</span></label>'
        for value, label, count in boxes
    )
    bulk = (
        f'<div class="bulk"><button type="button" data-all="{kind}" data-on="true">all</button>'
        f'<button type="button" data-all="{kind}" data-on="false">none</button></div>'
    )
    return f"<fieldset><legend>{legend}</legend>{bulk}{labels}</fieldset>"


def file_section(result: FileResult, number: int, shown: int | None = None, more: int = 0) -> str:
    """`shown`: how many characters of the text to print (all when None); `more`: how many
    findings `result` leaves out, said in a note (an excerpt of a huge document)."""
    prefix = f"f{number}"
    count = len(result.findings)
    heading = (
        f'<h2 id="file-{number}-title">{escape(result.path)} <span class="count">'
        f'(<span data-shown-in="file-{number}">{count}</span> of {count})</span></h2>'
    )
    original = result.doc.original
    text = highlighted(original[:shown], result.findings, prefix)
    cut = ""
    if shown is not None and (shown < len(original) or more):
        rest = f", and {more:,} more findings not shown" if more else ""
        cut = (
            f'<p class="count">Excerpt: the first {len(original[:shown]):,} of '
            f"{len(original):,} characters{rest}.</p>"
        )
    listing = (
        finding_list(result, prefix)
        if result.findings
        else '<p class="empty">No problems found.</p>'
    )
    return (
        f'<section class="file" id="file-{number}" aria-labelledby="file-{number}-title">'
        f'{heading}{cut}<pre class="doc">{text}</pre>{listing}</section>'
    )


def _related(result: FileResult, finding: Finding) -> str:
    """The other places a finding points at, by line and column, after its message."""
    notes = related_notes(result.doc, finding) if finding.related else []
    return f' <span class="related">(also {escape("; ".join(notes))})</span>' if notes else ""


def finding_list(result: FileResult, prefix: str) -> str:
    items = []
    for index, finding in enumerate(result.findings):
        line, column = result.doc.position(finding.start)
        fix = fix_text(finding)
        items.append(
            f'<li data-finding="{prefix}-{index}" {finding_attributes(finding)}>'
            f'<a href="#{prefix}-{index}">{line}:{column}</a> {severity_badge(finding.severity)} '
            f"<code>{escape(finding.rule)}</code> {escape(finding.message)}"
            + _related(result, finding)
            + (f' <span class="fix">— {escape(fix)}</span>' if fix else "")
            + "</li>"
        )
    count = len(result.findings)
    return (
        f"<details open><summary>{count} finding{'' if count == 1 else 's'}</summary>"
        f'<ol class="list">{"".join(items)}</ol></details>'
    )
