"""What a check reports: a span, a message, and optionally a fix made of edits; and what one file
produced (its document and the findings that survived the policy)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from newslint.document import Document
from newslint.values import FrozenValue, Value

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
APPLICABILITIES = ("safe", "unsafe")

# The finding a run reports in place of a rule that could not finish on a document (its regex ran
# out of time): without it a skipped rule looks like a clean pass in every report and exit code.
UNFINISHED_RULE = "newslint.unfinished-rule"

# The suggestion to delete what a finding reports. Suggestions are replacement text (an editor
# offers each as one): a sentence such as "delete the line" would be written into the document.
DELETE = "(delete)"


def rule_matches(rule_id: str, prefix: str) -> bool:
    """Whether `prefix` names the rule: its id, its pack, or a rule whose findings it makes up
    (`grammar.harper` covers `grammar.harper.AnA`). The one definition of rule-id prefixes."""
    return rule_id == prefix or rule_id.startswith(prefix + ".")


class Edit(FrozenValue):
    """Replace text[start:end] (offsets into the normalised Document text)."""

    FIELDS = ("start", "end", "replacement")
    __slots__ = FIELDS
    start: int
    end: int
    replacement: str

    def __init__(self, start: int, end: int, replacement: str):
        setter = object.__setattr__
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "replacement", _shared(replacement))

    # A finding's hash reads its fix's, and the fix's its edits': written out, like Finding's.
    def _values(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.replacement)

    def __hash__(self) -> int:  # type: ignore[override]
        return hash((self.start, self.end, self.replacement))

    def __reduce__(self) -> tuple[type[Edit], tuple[int, int, str]]:
        return Edit, (self.start, self.end, self.replacement)


class Fix(FrozenValue):
    """The edits that correct a finding, and whether they are safe to apply unreviewed."""

    FIELDS = ("edits", "applicability")
    __slots__ = FIELDS
    edits: tuple[Edit, ...]
    applicability: str

    def __init__(self, edits: tuple[Edit, ...], applicability: str = "safe"):
        object.__setattr__(self, "edits", edits)
        object.__setattr__(self, "applicability", applicability)

    def _values(self) -> tuple[tuple[Edit, ...], str]:
        return (self.edits, self.applicability)

    def __hash__(self) -> int:  # type: ignore[override]
        return hash((self.edits, self.applicability))

    def __reduce__(self) -> tuple[type[Fix], tuple[tuple[Edit, ...], str]]:
        return Fix, (self.edits, self.applicability)

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: str = "safe") -> Fix:
        return cls((Edit(start, end, replacement),), applicability)


class Related(FrozenValue):
    """Another place a finding points at, with what it shows there ("also spelled “Tregubov”
    here"): SARIF's `relatedLocations`, LSP's `relatedInformation`, rdjson's
    `related_locations`. One problem seen in two places stays one finding, and a fix never
    edits a related span (it only tells the reader where to look)."""

    FIELDS = ("start", "end", "message")
    __slots__ = FIELDS
    start: int
    end: int
    message: str

    def __init__(self, start: int, end: int, message: str):
        setter = object.__setattr__
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "message", _shared(message))

    def _values(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.message)

    def __hash__(self) -> int:  # type: ignore[override]
        return hash((self.start, self.end, self.message))

    def __reduce__(self) -> tuple[type[Related], tuple[int, int, str]]:
        return Related, (self.start, self.end, self.message)

    def moved(self, offset: int) -> Related:
        return Related(self.start + offset, self.end + offset, self.message)


class Finding(FrozenValue):
    """One problem a rule found: where, how severe, what to say, its fix if any, and the other
    places it points at (`related`).

    Equality and hash read every field, `related` included: two findings that point at
    different places say different things. Order (`sort_key`, `in_text_order`) is the primary
    span's alone, so related places never move a finding in a report or in the fix order."""

    FIELDS = ("rule", "severity", "message", "start", "end", "fix", "suggestions", "related")
    __slots__ = FIELDS
    rule: str
    severity: str
    message: str
    start: int
    end: int
    fix: Fix | None
    suggestions: tuple[str, ...]
    related: tuple[Related, ...]

    def __init__(
        self,
        rule: str,
        severity: str,
        message: str,
        start: int,
        end: int,
        fix: Fix | None = None,
        suggestions: tuple[str, ...] = (),
        related: tuple[Related, ...] = (),
    ):
        # A long document repeats the same artifact thousands of times: one copy of each message
        # and replacement, not one per finding, keeps memory in step with the distinct texts.
        setter = object.__setattr__
        setter(self, "rule", rule)
        setter(self, "severity", severity)
        setter(self, "message", _shared(message))
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "fix", fix)
        setter(
            self, "suggestions", tuple(map(_shared, suggestions)) if suggestions else suggestions
        )
        setter(self, "related", related)

    # Findings meet in sets and dicts by the million on a long document: these two are written
    # out rather than read through `FIELDS`.
    def _values(self) -> tuple[Any, ...]:
        return (
            self.rule, self.severity, self.message, self.start, self.end, self.fix,
            self.suggestions, self.related,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Finding:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(
            (
                self.rule,
                self.severity,
                self.message,
                self.start,
                self.end,
                self.fix,
                self.suggestions,
                self.related,
            )
        )

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        return Finding, self._values()

    def replaced(self, **changes: Any) -> Finding:
        """This finding with some fields changed (what `dataclasses.replace` gave)."""
        values = dict(zip(self.FIELDS, self._values(), strict=True))
        values.update(changes)
        return Finding(**values)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)


# The order findings are reported and fixed in (`Finding.sort_key`), read in C: a sort of a long
# document's findings called the method once per finding.
in_text_order = attrgetter("start", "end", "rule")


def shifted(finding: Finding, offset: int) -> Finding:
    """`finding` moved `offset` characters on (a window's finding at its place in the document).
    Built field by field: dataclasses.replace reads every field through a dict of them, which was
    a seventh of a long single-line document's run (one call per finding of every window)."""
    fix = finding.fix
    if fix:
        edits = tuple(Edit(e.start + offset, e.end + offset, e.replacement) for e in fix.edits)
        fix = Fix(edits, fix.applicability)
    start, end = finding.start + offset, finding.end + offset
    related = tuple(r.moved(offset) for r in finding.related) if finding.related else ()
    return Finding(
        finding.rule,
        finding.severity,
        finding.message,
        start,
        end,
        fix,
        finding.suggestions,
        related,
    )


def _shared(text: str) -> str:
    """The one copy of an equal string (interned strings are freed when no finding holds them)."""
    return sys.intern(text) if type(text) is str else text


class FileResult(Value):
    """One file's document and the findings the policy kept."""

    FIELDS = ("path", "doc", "findings", "rules")

    def __init__(
        self,
        path: str,
        doc: Document,
        findings: Sequence[Finding] | None = None,
        rules: dict[str, Any] | None = None,  # metadata of the rules that fired
    ):
        self.path = path
        self.doc = doc
        self.findings: Sequence[Finding] = [] if findings is None else findings
        self.rules: dict[str, Any] = {} if rules is None else rules


class FileError(Value):
    """A file the run could not check, or checked but could not fix (exit 2): what a report
    names besides the findings, so a report-driven dashboard never shows such a run green.
    `kind`: "not-checked" (unreadable, binary), "internal-error" (a bug of ours), "not-fixed"."""

    FIELDS = ("path", "message", "kind")

    def __init__(self, path: str, message: str, kind: str):
        self.path = path
        self.message = message
        self.kind = kind
