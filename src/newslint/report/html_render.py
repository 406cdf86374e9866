"""Shared by the HTML pages: a document's text with its findings marked in place, and the page
shell (inline CSS and script, so a page is one file that needs no network).

Everything taken from the input (text, paths, messages, fixes, rule ids) is escaped; the script
is static and reads only `data-` attributes, so no input ever reaches it as code.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape
from importlib import resources

from newslint.finding import Finding

SEVERITY_ORDER = ("error", "warning", "info")
# Shape and word as well as colour, so the page reads the same in greyscale.
ICONS = {"error": "✖", "warning": "▲", "info": "ℹ"}


def severity_badge(severity: str) -> str:
    return (
        f'<span class="badge sev-{severity}"><span aria-hidden="true">{ICONS[severity]}</span> '
        f"{severity}</span>"
    )


def fix_text(finding: Finding) -> str:
    """The fix (or suggestions) as a reader would say it."""
    if finding.fix:
        shown = " / ".join(_quoted(e.replacement) for e in finding.fix.edits)
        return f"fix: {shown}" if finding.fix.applicability == "safe" else f"possible fix: {shown}"
    if finding.suggestions:
        return "suggestion: " + " | ".join(finding.suggestions)
    return ""


def _quoted(replacement: str) -> str:
    return f"“{replacement}”" if replacement else "delete"


def pack_of(rule: str) -> str:
    return rule.split(".", 1)[0]


def finding_attributes(finding: Finding) -> str:
    """The data the filters read."""
    return (
        f'data-severity="{finding.severity}" data-pack="{escape(pack_of(finding.rule))}" '
        f'data-rule="{escape(finding.rule)}"'
    )


def highlighted(text: str, findings: Sequence[Finding], prefix: str) -> str:
    """`text` as HTML with each finding's span marked; finding i gets the id `{prefix}-{i}`.

    Findings may overlap, so the text is cut at every start and end; each piece is marked with
    every finding that covers it, and styled by the gravest. A finding of no width is shown on
    the character after it.
    """
    spans = [_display_span(f, len(text)) for f in findings]
    starting: dict[int, list[int]] = {}
    for index, (start, _) in enumerate(spans):
        starting.setdefault(start, []).append(index)
    cuts = sorted({0, len(text), *(p for span in spans for p in span)})
    active: list[int] = []
    parts: list[str] = []
    for start, end in itertools.pairwise(cuts):
        active = [i for i in active if spans[i][1] > start] + starting.get(start, [])
        piece = escape(text[start:end])
        parts.append(_mark(piece, start, active, findings, spans, prefix) if active else piece)
    return "".join(parts)


def _display_span(finding: Finding, length: int) -> tuple[int, int]:
    start = min(max(finding.start, 0), length)
    end = min(max(finding.end, start), length)
    if start == end:
        return (start, start + 1) if start < length else (max(start - 1, 0), start)
    return start, end


def _mark(piece: str, start: int, covering: list[int], findings: Sequence[Finding],
          spans: list[tuple[int, int]], prefix: str) -> str:  # fmt: skip
    gravest = min((findings[i].severity for i in covering), key=SEVERITY_ORDER.index)
    opening = [i for i in covering if spans[i][0] == start]
    ids = " ".join(f"{prefix}-{i}" for i in covering)
    anchor = f' id="{prefix}-{opening[0]}" tabindex="0"' if opening else ""
    icon = (
        f'<span class="icon" aria-hidden="true">{ICONS[findings[opening[0]].severity]}</span>'
        if opening
        else ""
    )
    tip = "".join(_tip_entry(findings[i], f"{prefix}-{i}") for i in covering)
    return (
        f'<mark class="hl sev-{gravest}" data-ids="{ids}"{anchor}>{icon}{piece}'
        f'<span class="tip" role="tooltip">{tip}</span></mark>'
    )


def _tip_entry(finding: Finding, finding_id: str) -> str:
    fix = fix_text(finding)
    return (
        f'<span class="tip-entry" data-for="{finding_id}">{severity_badge(finding.severity)} '
        f"<code>{escape(finding.rule)}</code> {escape(finding.message)}"
        + (f'<span class="tip-fix">{escape(fix)}</span>' if fix else "")
        + "</span>"
    )


def page(title: str, body: str) -> str:
    """A whole page: the body, the shared style and the shared script, inline."""
    assets = resources.files("newslint.report") / "assets"
    style = (assets / "report.css").read_text(encoding="utf-8")
    script = (assets / "report.js").read_text(encoding="utf-8")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # Nothing on the page may load from elsewhere, whatever the input contains.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{escape(title)}</title>\n<style>\n{style}</style>\n</head>\n<body>\n"
        f"{body}\n<script>\n{script}</script>\n</body>\n</html>\n"
    )
