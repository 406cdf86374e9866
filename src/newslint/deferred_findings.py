"""Deferring checks (page furniture, explanations of another rule's finding) are settled after
the rest: their findings give way to the primary findings that cover them."""

from __future__ import annotations

from collections.abc import Callable

from newslint.checks import Check
from newslint.document import Document
from newslint.finding import Finding
from newslint.span_index import FindingIndex, SpanIndex


def deferred_kept(
    primary: list[Finding],
    deferred: list[tuple[Check, list[Finding]]],
    doc: Document,
    selects: Callable[[str], bool],
) -> list[Finding]:
    """Deferring findings give way to the primary findings their check gives way to (any,
    unless the check says otherwise), and to the kept findings of an earlier deferring rule
    of their own pack (one line of page furniture is one finding). `selects`: whether the
    policy selects a finding's own id."""
    covered = FindingIndex(primary)
    kept_by_pack: dict[str, list[Finding]] = {}
    kept: list[Finding] = []
    for check, found in deferred:
        if not found:
            continue
        pack = found[0].rule.split(".", 1)[0]
        earlier = SpanIndex((f.start, f.end) for f in kept_by_pack.get(pack, []))
        mine = [
            f
            for f in found
            if selects(f.rule)
            and _survives(f, covered, check, doc)
            and not earlier.covers(f.start, f.end)
        ]
        kept_by_pack.setdefault(pack, []).extend(mine)
        kept.extend(mine)
    return kept


def _survives(finding: Finding, primary: FindingIndex, check: Check, doc: Document) -> bool:
    """No primary finding covers `finding` that its check gives way to."""
    start, end = finding.start, finding.end
    return not primary.covers(start, end) or not check.gives_way(
        finding, primary.within(start, end), doc
    )
