"""What a check reports: a span, a message, and optionally a fix made of edits; and what one file
produced (its document and the findings that survived the policy)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from newslint.document import Document

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
APPLICABILITIES = ("safe", "unsafe")

# The finding a run reports in place of a rule that could not finish on a document (its regex ran
# out of time): without it a skipped rule looks like a clean pass in every report and exit code.
UNFINISHED_RULE = "newslint.unfinished-rule"


def rule_matches(rule_id: str, prefix: str) -> bool:
    """Whether `prefix` names the rule: its id, its pack, or a rule whose findings it makes up
    (`grammar.harper` covers `grammar.harper.AnA`). The one definition of rule-id prefixes."""
    return rule_id == prefix or rule_id.startswith(prefix + ".")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] (offsets into the normalised Document text)."""

    start: int
    end: int
    replacement: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "replacement", _shared(self.replacement))


@dataclass(frozen=True, slots=True)
class Fix:
    """The edits that correct a finding, and whether they are safe to apply unreviewed."""

    edits: tuple[Edit, ...]
    applicability: str = "safe"

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: str = "safe") -> Fix:
        return cls((Edit(start, end, replacement),), applicability)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found: where, how severe, what to say, and its fix if any."""

    rule: str
    severity: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    suggestions: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # A long document repeats the same artifact thousands of times: one copy of each message
        # and replacement, not one per finding, keeps memory in step with the distinct texts.
        object.__setattr__(self, "message", _shared(self.message))
        if self.suggestions:
            object.__setattr__(self, "suggestions", tuple(map(_shared, self.suggestions)))

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)


# The order findings are reported and fixed in (`Finding.sort_key`), read in C: a sort of a long
# document's findings called the method once per finding.
in_text_order = attrgetter("start", "end", "rule")


def _shared(text: str) -> str:
    """The one copy of an equal string (interned strings are freed when no finding holds them)."""
    return sys.intern(text) if type(text) is str else text


@dataclass
class FileResult:
    """One file's document and the findings the policy kept."""

    path: str
    doc: Document
    findings: Sequence[Finding] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)  # metadata of the rules that fired
