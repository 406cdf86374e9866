"""Applying fixes: non-overlapping edits, repeated to a fixpoint, on the raw text.

Edits are computed on the normalised Document text and mapped back to the raw text, so bytes
outside the edited spans (newline styles included) are never touched. Every edit passes the
guards in `newslint.fix_guard` (inside its finding's span, no markup touched or created, the
file's encoding can hold it). A rule whose fixes never settle (a swap that flips back, a
replacement its own pattern matches again) is named and its fixes left out, never looped on.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix
from newslint.fix_guard import Guard

# A pass that does not lower the number of edits is allowed this many times in a row.
MAX_PASSES = 10
# Absolute bound: halving a run of doubled words needs log2(run) passes, so this is plenty.
PASS_LIMIT = 64

LintFunction = Callable[[Document], Sequence[Finding]]


@dataclass
class FixOutcome:
    raw: str
    applied: int
    passes: int
    unsettled: tuple[str, ...] = ()  # rules whose fixes did not settle; their fixes are left out
    refused: int = 0  # fixes the guards refused in the last pass (their findings stay reported)

    @property
    def converged(self) -> bool:
        return not self.unsettled


@dataclass(frozen=True)
class RuleFix:
    rule: str
    fix: Fix


def chosen_fixes(findings: Iterable[Finding], unsafe: bool) -> list[Fix]:
    return [f.fix for f in findings if f.fix and (unsafe or f.fix.applicability == "safe")]


def _span(fix: Fix) -> tuple[int, int]:
    return min(e.start for e in fix.edits), max(e.end for e in fix.edits)


class _Accepted:
    """Accepted edits kept sorted by start, so an overlap test looks at two neighbours only."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[Edit] = []

    def overlaps(self, edit: Edit) -> bool:
        index = bisect.bisect_right(self.starts, edit.start)
        before = self.edits[index - 1] if index else None
        after = self.edits[index] if index < len(self.edits) else None
        if before is not None and (before.start == edit.start or before.end > edit.start):
            return True
        return after is not None and after.start < edit.end

    def add(self, edit: Edit) -> None:
        index = bisect.bisect_right(self.starts, edit.start)
        self.starts.insert(index, edit.start)
        self.edits.insert(index, edit)


def resolve(fixes: Iterable[Fix]) -> list[Edit]:
    """Keep whole fixes whose edits overlap none kept before: safe fixes first, then earliest
    span first, then rule order."""
    kept = resolve_fixes([RuleFix("", fix) for fix in fixes])
    return sorted((edit for rule_fix in kept for edit in rule_fix.fix.edits), key=_start)


def resolve_fixes(fixes: Iterable[RuleFix]) -> list[RuleFix]:
    """The fixes kept by `resolve`, in span order. One sort and a sweep: O(n log n) in fixes.
    A safe fix is never displaced by an unsafe one it overlaps: under --unsafe-fixes an unsafe
    fix on an earlier span ("infor" -> "in for") took the place of the safe fix of the whole
    ("infor- mation" -> "information") and wrote "in for-mation"."""
    accepted = _Accepted()
    kept: list[RuleFix] = []
    for rule_fix in sorted(fixes, key=_precedence):
        if not any(accepted.overlaps(edit) for edit in rule_fix.fix.edits):
            for edit in rule_fix.fix.edits:
                accepted.add(edit)
            kept.append(rule_fix)
    return sorted(kept, key=lambda rule_fix: _span(rule_fix.fix))


def _precedence(rule_fix: RuleFix) -> tuple[bool, tuple[int, int]]:
    return rule_fix.fix.applicability != "safe", _span(rule_fix.fix)


def _start(edit: Edit) -> int:
    return edit.start


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


@dataclass
class _Pass:
    """One pass's admissible fixes, by rule, and what was refused."""

    fixes: list[RuleFix] = field(default_factory=list)
    refused: int = 0


def fix_raw(
    raw: str,
    path: str,
    lint: LintFunction,
    *,
    unsafe: bool = False,
    markup: str = "plain",
    max_passes: int = MAX_PASSES,
    encoding: str | None = None,
) -> FixOutcome:
    """Fix to a fixpoint. Rules whose fixes do not settle are named and left out: the passes
    start again from `raw` without them, so no half-applied loop ever reaches the result."""
    guard = Guard(markup=markup, encoding=encoding)
    left_out: set[str] = set()
    while True:
        outcome = _fix_passes(raw, path, lint, unsafe, markup, max_passes, guard, left_out)
        if outcome.converged:
            outcome.unsettled = tuple(sorted(left_out))
            return outcome
        left_out.update(outcome.unsettled)


def _fix_passes(
    raw: str,
    path: str,
    lint: LintFunction,
    unsafe: bool,
    markup: str,
    patience: int,
    guard: Guard,
    left_out: set[str],
) -> FixOutcome:
    seen = {_digest(raw)}
    applied = passes = 0
    fewest = stale = 0
    while True:
        doc = Document.from_raw(raw, path, markup)
        found = _admissible(doc, lint(doc), unsafe, guard, left_out)
        edits, kept, broke_structure = guard.keep_structure(raw, doc, found.fixes)
        refused = found.refused + broke_structure  # as of this pass: they stay reported
        if not edits:
            return FixOutcome(raw, applied, passes, refused=refused)
        new_raw = apply_to_raw(raw, doc, edits)
        if new_raw == raw:
            return FixOutcome(raw, applied, passes, refused=refused)
        passes += 1
        if not fewest or len(edits) < fewest:
            fewest, stale = len(edits), 0
        else:
            stale += 1
        digest = _digest(new_raw)
        if digest in seen or stale >= patience or passes >= PASS_LIMIT:
            rules = tuple(sorted({rule_fix.rule for rule_fix in kept}))
            return FixOutcome(raw, applied, passes, unsettled=rules, refused=refused)
        seen.add(digest)
        raw, applied = new_raw, applied + len(kept)  # fixes, not their edits


def _admissible(
    doc: Document, findings: Sequence[Finding], unsafe: bool, guard: Guard, left_out: set[str]
) -> _Pass:
    chosen = _Pass()
    for finding in findings:
        fix = finding.fix
        if fix is None or finding.rule in left_out:
            continue
        if not (unsafe or fix.applicability == "safe"):
            continue
        if guard.admits(doc, finding, fix):
            chosen.fixes.append(RuleFix(finding.rule, fix))
        else:
            chosen.refused += 1
    return chosen


def _digest(raw: str) -> bytes:
    return hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).digest()
