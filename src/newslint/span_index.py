"""Spans asked whether any of them overlaps a span, in O(log n): what checks and the engine ask of
findings and of a rule's excused matches."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from newslint.finding import Finding


class SpanIndex:
    """Spans asked "does any overlap [start, end)?" in O(log n): sorted starts, and the furthest
    end reached by any span starting at or before each one."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start


class FindingIndex(SpanIndex):
    """Findings asked which overlap a span: `covers` as for any span, and `within`."""

    def __init__(self, findings: Iterable[Finding]):
        self.findings = sorted(findings, key=lambda f: (f.start, f.end))
        super().__init__((f.start, f.end) for f in self.findings)

    def within(self, start: int, end: int) -> list[Finding] | None:
        """The findings overlapping [start, end), when every one of them starts inside it; None
        when one starts before it and reaches in (its extent is not looked for: a finding that
        long is not one inside the span)."""
        first = bisect.bisect_left(self.starts, start)
        if first and self.reach[first - 1] > start:
            return None
        return self.findings[first : bisect.bisect_left(self.starts, end)]
