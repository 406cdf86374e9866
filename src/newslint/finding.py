"""What a check reports: a span, a message, and optionally a fix made of edits."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
APPLICABILITIES = ("safe", "unsafe")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] (offsets into the normalised Document text)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: str = "safe"

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: str = "safe") -> Fix:
        return cls((Edit(start, end, replacement),), applicability)


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    suggestions: tuple[str, ...] = field(default=())

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)
