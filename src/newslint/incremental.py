"""Re-linting a document after an edit: what an editor asks for on every keystroke.

An `Incremental` linter lints one document again and again as it changes. A check whose kind is
line-local (`Check.line_local`) is re-run only on the lines the edit touched: its findings before
them are kept, those after them are moved by the edit's length. Every other check (consistency,
repetition, the OCR and furniture signals: anything that reads the document as a whole) runs on
the whole new text. The result is exactly a full lint of the new text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newslint.checks import Check
from newslint.document import Document, Span
from newslint.engine import Linter
from newslint.finding import Finding, shifted
from newslint.gate import OpenParts


class LintCancelled(Exception):
    """A lint given up between two checks: the text it was linting has been superseded."""


@dataclass(frozen=True)
class Edit:
    """Where two texts differ, widened to whole lines: `old` in the old text, `new` in the new."""

    old: Span
    new: Span

    @property
    def shift(self) -> int:
        return self.new.end - self.old.end

    @classmethod
    def between(cls, old: str, new: str) -> Edit:
        prefix = _common_prefix(old, new)
        suffix = _common_suffix(old, new, limit=min(len(old), len(new)) - prefix)
        start = new.rfind("\n", 0, prefix) + 1  # the same line start in both texts
        return cls(
            Span(start, _line_end(old, len(old) - suffix)),
            Span(start, _line_end(new, len(new) - suffix)),
        )


@dataclass
class _Last:
    doc: Document
    found: dict[int, list[Finding]] = field(default_factory=dict)  # id(check) -> its findings


class Incremental:
    """One document's linter across its edits (one per open document in an editor)."""

    def __init__(self, linter: Linter):
        self.linter = linter
        self._last: _Last | None = None
        if linter.gated:
            # A document being edited is linted on every pause in typing: building the gate
            # when it opens costs less than running every pattern until 200 KB have gone by.
            linter.gate  # noqa: B018

    def lint(self, doc: Document, cancelled: Callable[[], bool] | None = None) -> Sequence[Finding]:  # fmt: skip
        """What `linter.lint(doc)` returns, reusing the last lint's line-local findings.
        `cancelled` is asked before each check: when it says yes, `LintCancelled` is raised and
        the last lint stays the one the next edit is compared with."""
        linter = self.linter
        if linter.is_windowed(doc):
            self._last = None
            return linter.lint(doc)
        last = self._last
        edits: dict[int, Edit] = {}  # id(document a check reads) -> the edit there
        if last is not None and _comparable(last.doc, doc):
            # The checks read the prose view (`Document.prose`) but for those that read the
            # source; each reads its own text, with its own offsets, so each has its edit.
            for now, before in ((doc, last.doc), (doc.prose, last.doc.prose)):
                if id(now) not in edits:
                    edits[id(now)] = Edit.between(before.text, now.text)
                    now.reuse_tokens(before, edits[id(now)].old, edits[id(now)].new)
        found: dict[int, list[Finding]] = {}

        def run(check: Check, doc: Document, parts: OpenParts | None) -> list[Finding]:
            if cancelled is not None and cancelled():
                raise LintCancelled
            edit = edits.get(id(doc))
            before = last.found.get(id(check)) if last is not None and edit else None
            if before is None or not check.line_local:
                findings = linter.run_check(check, doc, parts)
            else:
                assert edit is not None
                findings = _reused(before, edit) + _within(
                    linter.run_check(check, doc, None, edit.new), edit.new
                )
            if check.line_local:
                found[id(check)] = findings
            return findings

        findings = linter.lint(doc, run)
        self._last = _Last(doc, found)
        return findings


def _comparable(before: Document, now: Document) -> bool:
    """Whether the last lint's findings can be moved onto `now`: the same file, with a prose
    view in both or in neither (the findings of a check stand in the text it read)."""
    return (before.markup, before.path) == (now.markup, now.path) and (before.prose is before) == (
        now.prose is now
    )


def _reused(before: list[Finding], edit: Edit) -> list[Finding]:
    """The last lint's findings on the lines before and after the edit, in their new places."""
    return [_placed(f, edit) for f in before if f.start < edit.old.start] + [
        _placed(f, edit) for f in before if f.start >= edit.old.end
    ]


def _placed(finding: Finding, edit: Edit) -> Finding:
    """A kept finding in the new text: moved by the edit's length when it stands after the
    edit, and each of its related places likewise by where that place stands, dropped when it
    stands in the edited lines (they were linted again)."""
    shift, old = edit.shift, edit.old
    placed = shifted(finding, shift) if shift and finding.start >= old.end else finding
    if not finding.related:
        return placed
    related = tuple(
        r.moved(shift) if r.start >= old.end else r
        for r in finding.related
        if r.end <= old.start or r.start >= old.end
    )
    return placed.replaced(related=related)


def _within(findings: list[Finding], lines: Span) -> list[Finding]:
    return [f for f in findings if lines.start <= f.start < lines.end]


def _line_end(text: str, offset: int) -> int:
    """The end of the line holding `offset`, with its newline (a line that starts at `offset`
    counts: the edit may have made it a line of its own)."""
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline + 1


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (string comparison runs in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low
