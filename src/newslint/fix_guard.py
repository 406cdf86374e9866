"""What a fix may never do, checked before any edit is applied.

- change text outside the span its finding reports (`--fix` never touches text it does not show);
- touch masked text: in Markdown and HTML that is markup (tags, code, link targets, table pipes);
  a space the prose view put just outside an inline element (after `</b>`, before `<b>`) touches none;
- change or create markup: the document after the edits must have the same markup structure;
- write a character the file's encoding cannot hold (a curly quote into a Latin-1 file);
- join two line breaks into one: deleting what stands between a lone CR and an LF would make
  them a CRLF, one line where the document had two.

A refused edit is simply not applied; its finding stays in the report for a person to judge.
"""

from __future__ import annotations

import bisect
import codecs
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix
from newslint.markup.structure import Structure, structure

if TYPE_CHECKING:
    from newslint.fix import RuleFix


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """`text` with sorted, non-overlapping edits applied."""
    pieces: list[str] = []
    cursor = 0
    for edit in edits:
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


@dataclass
class Guard:
    markup: str = "plain"
    encoding: str | None = None
    _last: tuple[str, Structure] | None = field(default=None, repr=False)

    def admits(self, doc: Document, finding: Finding, fix: Fix) -> bool:
        return all(self._admits_edit(doc, finding, edit) for edit in fix.edits)

    def _admits_edit(self, doc: Document, finding: Finding, edit: Edit) -> bool:
        if not finding.start <= edit.start <= edit.end <= finding.end:
            return False
        if doc.is_masked(edit.start, edit.end) and not _outside_element(doc, edit):
            return False
        return self.encoding is None or _encodable(edit.replacement, self.encoding)

    def keep_structure(
        self, raw: str, doc: Document, fixes: list[RuleFix]
    ) -> tuple[list[Edit], list[RuleFix], int]:
        """The edits to apply, the fixes they come from, and how many fixes were refused:
        overlaps resolved (a fix that lost an overlap waits for the next pass), and in a markup
        document only fixes that leave its structure as it was (a bad one found by halving)."""
        from newslint.fix import resolve_fixes

        resolved = resolve_fixes(fixes)
        accepted = _without_joined_line_breaks(raw, doc, resolved)
        joining = len(resolved) - len(accepted)
        if self.markup == "plain" or not accepted:
            return _edits_of(accepted), accepted, joining
        before = self._structure(doc.original)
        kept = _largest_harmless(accepted, lambda trial: self._keeps(doc.original, trial, before))
        return _edits_of(kept), kept, joining + len(accepted) - len(kept)

    def _keeps(self, text: str, fixes: list[RuleFix], before: Structure) -> bool:
        after_text = apply_edits(text, _edits_of(fixes))
        after = structure(after_text, self.markup)
        if after == before:
            self._last = (after_text, after)
        return after == before

    def _structure(self, text: str) -> Structure:
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        found = structure(text, self.markup)
        self._last = (text, found)
        return found


def _outside_element(doc: Document, edit: Edit) -> bool:
    """Whether `edit` inserts where inline markup opens or closes an element, outside it (a
    space the prose view placed before `<b>` or after `</b>`): no markup is touched there."""
    at, sides = edit.start, doc.sides  # sorted, disjoint
    if edit.end != at or not sides:
        return False
    index = bisect.bisect_left(sides, at, key=itemgetter(0))
    if index < len(sides) and sides[index][0] == at and sides[index][2] == "open":
        return True
    return index > 0 and sides[index - 1][1] == at and sides[index - 1][2] == "close"


def _without_joined_line_breaks(raw: str, doc: Document, fixes: list[RuleFix]) -> list[RuleFix]:
    """The fixes whose edits, written into the raw text together, never put a CR right before
    an LF that were apart: the checks saw two line breaks there, the file would then hold one.
    Touching edits are judged as one (two deletions can meet between a lone CR and an LF
    although neither alone closes the gap); every fix with an edit in a joining run is refused,
    and the rest judged again, since refusing one can split another run."""
    kept = fixes
    while True:
        joining = _fixes_in_joining_runs(raw, doc, kept)
        if not joining:
            return kept
        kept = [fix for index, fix in enumerate(kept) if index not in joining]


def _fixes_in_joining_runs(raw: str, doc: Document, fixes: list[RuleFix]) -> set[int]:
    """Indexes of the fixes that have an edit in a run of touching raw edits that joins a CR
    and an LF."""
    edits = sorted(
        (doc.raw_offset(edit.start), doc.raw_offset(edit.end), edit.replacement, index)
        for index, rule_fix in enumerate(fixes)
        for edit in rule_fix.fix.edits
    )
    joining: set[int] = set()
    run: list[tuple[int, int, str, int]] = []
    for edit in edits:
        if run and edit[0] != run[-1][1]:
            joining |= _joining_owners(raw, doc, run)
            run = []
        run.append(edit)
    if run:
        joining |= _joining_owners(raw, doc, run)
    return joining


def _joining_owners(raw: str, doc: Document, run: list[tuple[int, int, str, int]]) -> set[int]:
    start, end = run[0][0], run[-1][1]
    replacement = "".join(text for _, _, text, _ in run).replace("\n", doc.newline)
    left, right = raw[start - 1 : start], raw[end : end + 1]
    joins = (left == "\r" and (replacement + right).startswith("\n")) or (
        (left + replacement).endswith("\r") and right == "\n"
    )
    return {owner for _, _, _, owner in run} if joins else set()


def _edits_of(fixes: Sequence[RuleFix]) -> list[Edit]:
    return sorted((edit for rule_fix in fixes for edit in rule_fix.fix.edits), key=_start)


def _start(edit: Edit) -> int:
    return edit.start


def _largest_harmless(
    fixes: list[RuleFix], harmless: Callable[[list[RuleFix]], bool]
) -> list[RuleFix]:
    """Fixes that together keep the structure: all of them when they do (one parse), else the
    halves are tried in turn on top of what was kept, down to single fixes. A few bad fixes
    among many cost a few parses each, not one parse per fix."""
    kept: list[RuleFix] = []

    def trial(group: list[RuleFix]) -> None:
        if not group:
            return
        if harmless(kept + group):
            kept.extend(group)
        elif len(group) > 1:
            middle = len(group) // 2
            trial(group[:middle])
            trial(group[middle:])

    trial(fixes)
    return kept


def _encodable(text: str, encoding: str) -> bool:
    try:
        codecs.encode(text, encoding)
    except (UnicodeError, LookupError):  # idna raises UnicodeError itself ("label empty")
        return False
    return True
