"""Many findings held compactly: a very large document can have hundreds of thousands.

A `Finding` with its fix is five Python objects and about 350 bytes; a `FindingList` keeps the
same information in typed arrays (about 60 bytes a finding, strings shared through one table) and
rebuilds each `Finding` when it is read. Reading is cheap next to linting, so reports that go over
the findings several times lose nothing noticeable, and memory follows the distinct messages
instead of the number of findings.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from newslint.finding import Edit, Finding, Fix, Related

_NO_FIX = -1
# The string-table indexes each finding keeps: rule, severity, message, suggestions, related.
_LABELS = 5


class _Strings:
    """Each distinct string (or tuple of suggestions) stored once, named by its index."""

    def __init__(self) -> None:
        self.values: list[object] = []
        self._index: dict[object, int] = {}

    def index(self, value: object) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.values)
            self.values.append(value)
        return found


class FindingList(Sequence[Finding]):
    """A sequence of findings stored as columns; `Finding` objects are made on demand."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self._strings = _Strings()
        self._starts = array("q")
        self._ends = array("q")
        self._labels = array("i")  # _LABELS string indexes a finding
        self._fixes = array("i")  # applicability's string index, or _NO_FIX
        self._edits_from = array("q", [0])  # the edits of finding i: _edits_from[i:i + 2]
        self._edit_spans = array("q")  # start, end of each edit
        self._edit_texts = array("i")
        self.extend(findings)

    def append(self, finding: Finding, offset: int = 0) -> None:
        """Store `finding`, moved `offset` characters on (a window's finding, by its place in
        the whole document)."""
        index = self._strings.index
        self._starts.append(finding.start + offset)
        self._ends.append(finding.end + offset)
        self._labels.extend(
            (
                index(finding.rule),
                index(finding.severity),
                index(finding.message),
                index(finding.suggestions),
                index(_moved(finding.related, offset)),
            )
        )
        fix = finding.fix
        self._fixes.append(_NO_FIX if fix is None else index(fix.applicability))
        for edit in fix.edits if fix else ():
            self._edit_spans.extend((edit.start + offset, edit.end + offset))
            self._edit_texts.append(index(edit.replacement))
        self._edits_from.append(len(self._edit_texts))

    def extend(self, findings: Iterable[Finding], offset: int = 0) -> None:
        for finding in findings:
            self.append(finding, offset)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, position: int) -> Finding: ...

    @overload
    def __getitem__(self, position: slice) -> list[Finding]: ...

    def __getitem__(self, position: int | slice) -> Finding | list[Finding]:
        if isinstance(position, slice):
            return [self._finding(i) for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("FindingList index out of range")
        return self._finding(position)

    def __iter__(self) -> Iterator[Finding]:
        return map(self._finding, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"FindingList({list(self)!r})"

    def labels(self, column: str) -> list[str]:
        """One label of every finding ("rule" or "severity"), read without making findings."""
        which = ("rule", "severity").index(column)
        strings = self._strings.values
        return [strings[label] for label in self._labels[which::_LABELS]]  # type: ignore[misc]

    def applicabilities(self) -> list[str | None]:
        """Each finding's fix applicability, None where it has no fix."""
        strings = self._strings.values
        return [None if i == _NO_FIX else strings[i] for i in self._fixes]  # type: ignore[misc]

    def _finding(self, i: int) -> Finding:
        strings = self._strings.values
        rule, severity, message, suggestions, related = self._labels[
            _LABELS * i : _LABELS * i + _LABELS
        ]
        applicability = self._fixes[i]
        fix = None
        if applicability != _NO_FIX:
            fix = Fix(self._edits(i), strings[applicability])  # type: ignore[arg-type]
        return Finding(
            strings[rule],  # type: ignore[arg-type]
            strings[severity],  # type: ignore[arg-type]
            strings[message],  # type: ignore[arg-type]
            self._starts[i],
            self._ends[i],
            fix,
            strings[suggestions],  # type: ignore[arg-type]
            strings[related],  # type: ignore[arg-type]
        )

    def _edits(self, i: int) -> tuple[Edit, ...]:
        spans, texts = self._edit_spans, self._strings.values
        return tuple(
            Edit(spans[2 * e], spans[2 * e + 1], texts[self._edit_texts[e]])  # type: ignore[arg-type]
            for e in range(self._edits_from[i], self._edits_from[i + 1])
        )


def _moved(related: tuple[Related, ...], offset: int) -> tuple[Related, ...]:
    """A finding's related places moved with it; most findings have none, stored once as ()."""
    if not related or not offset:
        return related
    return tuple(r.moved(offset) for r in related)


# Summaries (exit code, totals, the rules a report names) read one column of every finding; a
# compact list answers from its columns instead of rebuilding hundreds of thousands of findings.


def rule_ids(findings: Sequence[Finding]) -> list[str]:
    if isinstance(findings, FindingList):
        return findings.labels("rule")
    return [finding.rule for finding in findings]


def severities(findings: Sequence[Finding]) -> list[str]:
    if isinstance(findings, FindingList):
        return findings.labels("severity")
    return [finding.severity for finding in findings]


def applicabilities(findings: Sequence[Finding]) -> list[str | None]:
    if isinstance(findings, FindingList):
        return findings.applicabilities()
    return [finding.fix.applicability if finding.fix else None for finding in findings]
