"""Applying fixes: non-overlapping edits, repeated to a fixpoint, on the raw text.

Edits are computed on the normalised Document text and mapped back to the raw text, so bytes
outside the edited spans (newline styles included) are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix

MAX_PASSES = 10

LintFunction = Callable[[Document], list[Finding]]


@dataclass
class FixOutcome:
    raw: str
    applied: int
    passes: int


def chosen_fixes(findings: Iterable[Finding], unsafe: bool) -> list[Fix]:
    return [f.fix for f in findings if f.fix and (unsafe or f.fix.applicability == "safe")]


def _overlaps(a: Edit, b: Edit) -> bool:
    return (a.start < b.end and b.start < a.end) or a.start == b.start


def resolve(fixes: Iterable[Fix]) -> list[Edit]:
    """Keep whole fixes whose edits overlap none kept before; earliest span first, then rule order."""
    accepted: list[Edit] = []
    ordered = sorted(
        fixes, key=lambda fix: (min(e.start for e in fix.edits), max(e.end for e in fix.edits))
    )
    for fix in ordered:
        if not any(_overlaps(edit, kept) for edit in fix.edits for kept in accepted):
            accepted.extend(fix.edits)
    return sorted(accepted, key=lambda e: e.start)


def apply_to_raw(raw: str, doc: Document, edits: list[Edit]) -> str:
    """Apply normalised-text edits to the raw text they came from."""
    newline = doc.newline
    pieces: list[str] = []
    cursor = 0
    for edit in edits:
        start, end = doc.raw_offset(edit.start), doc.raw_offset(edit.end)
        pieces.append(raw[cursor:start])
        pieces.append(
            edit.replacement.replace("\n", newline) if newline != "\n" else edit.replacement
        )
        cursor = end
    pieces.append(raw[cursor:])
    return "".join(pieces)


def fix_raw(
    raw: str,
    path: str,
    lint: LintFunction,
    *,
    unsafe: bool = False,
    markup: str = "plain",
    max_passes: int = MAX_PASSES,
) -> FixOutcome:
    applied = passes = 0
    while passes < max_passes:
        doc = Document.from_raw(raw, path, markup)
        edits = resolve(chosen_fixes(lint(doc), unsafe))
        if not edits:
            break
        new_raw = apply_to_raw(raw, doc, edits)
        passes += 1
        if new_raw == raw:
            break
        raw, applied = new_raw, applied + len(edits)
    return FixOutcome(raw=raw, applied=applied, passes=passes)
