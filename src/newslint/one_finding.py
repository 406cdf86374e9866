"""One problem, one finding: which of several built-in findings on one text the reader is shown.

Applied by the policy (`newslint.policy`), before the baseline, to findings in text order:

- one span, one finding: of findings of built-in rules that share one exact span and offer the
  same remedy (the same edits, or the same suggestions, or none), only the one that says most (a
  primary rule's before a deferring one's, a safe fix, the higher severity, the first rule id).
  Two rules reporting one stray mark or one repeated headline are one problem; two remedies for
  one span ("Gaddoor": a name spelled two ways, or two words run together) are two readings and
  both stay. A deferring rule's finding that offers nothing goes where a primary rule's on its
  span offers a remedy ("governmenthad" is not a word, and two words run together: split them);
- one cause, one finding: of overlapping findings of different rules that report one cause
  (`Check.cause`: a line, sentence or title printed again), only the widest;
- one slip, one reading: a finding of a rule that a cause explains (`Check.explained_by`) goes
  when a finding of that cause is its span written twice ("The The council": the second copy of
  a doubled word is no sentence's opener, the doubled word is the one problem). Judged before
  any selection or suppression (`Merging.unexplained`): the other rule misread the text whether
  or not the doubled word is shown, and a rule whose cause explains a running rule's findings
  runs for this even when ignored or not selected (`explaining_checks`). Inside a doubled phrase the reading stands ("... at noon
  This meeting ... at noon This meeting ...": the missing stop is in the first copy too).
- one run, one finding: findings of one built-in rule that follow each other with nothing
  between them (each starting where the one before ends: a run of 30,000 invisible characters)
  and say and offer the same are one finding over the run, one edit writing what theirs did. A
  reader shown 30,000 findings for one pasted run of control characters learns no more than
  from one, and the report of them cost seconds.

A user's or Vale's rules each report on their own, and a notice that a rule could not finish is
never merged away.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.finding import UNFINISHED_RULE, Finding, Fix, in_text_order
from newslint.rules import Rule, builtin_rules_dir
from newslint.values import FrozenValue

if TYPE_CHECKING:
    from newslint.checks import Check

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# How far apart a word's two copies stand in a finding of it written twice ("The The", "the  the"):
# a phrase's first copy is at least two characters wider than its last word, so no copy of a
# phrase is read as a doubled word.
_COPY_GAPS = (1, 2)


class Merging(FrozenValue):
    """Which rules' findings may be merged, and how: `ranks` holds each built-in rule's id (0 for
    a primary rule, 1 for one whose kind defers to the others), `causes` each rule's cause,
    `explained` the causes that explain a rule's finding when theirs is its span written twice."""

    FIELDS = ("ranks", "causes", "explained")
    ranks: Mapping[str, int]
    causes: Mapping[str, str]
    explained: Mapping[str, frozenset[str]]

    def __init__(
        self,
        ranks: Mapping[str, int],
        causes: Mapping[str, str] | None = None,
        explained: Mapping[str, frozenset[str]] | None = None,
    ):
        object.__setattr__(self, "ranks", dict(ranks))
        object.__setattr__(self, "causes", {} if causes is None else dict(causes))
        object.__setattr__(self, "explained", {} if explained is None else dict(explained))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(
            (
                tuple(sorted(self.ranks.items())),
                tuple(sorted(self.causes.items())),
                tuple(sorted((rule, tuple(sorted(c))) for rule, c in self.explained.items())),
            )
        )

    def rank(self, rule_id: str) -> int | None:
        """0 or 1 for a built-in rule's finding (an engine's `grammar.harper.AnA` by its rule's),
        None for a finding that is never merged."""
        if rule_id == UNFINISHED_RULE:
            return None
        found = self.ranks.get(rule_id)
        return self.ranks.get(rule_id.rsplit(".", 1)[0]) if found is None else found

    def merged(self, ordered: Iterable[Finding]) -> Iterator[Finding]:
        return self._one_per_cause(self._one_per_span(self._one_per_run(ordered)))

    def _one_per_run(self, ordered: Iterable[Finding]) -> Iterator[Finding]:
        """Each run of one rule's adjacent findings (`_continues`) as one finding, in text order.
        The findings are held only while a held run may still grow: a finding that starts past
        every held one's end settles them, as no later finding starts before it."""
        held: list[list[Finding]] = []
        open_runs: dict[str, list[Finding]] = {}
        reach = -1  # the furthest end of a held finding
        for finding in ordered:
            if held and finding.start > reach:
                yield from _settled_runs(held)
                held, open_runs = [], {}
            run = open_runs.get(finding.rule)
            if run is not None and _continues(run[-1], finding):
                run.append(finding)
            else:
                run = [finding]
                held.append(run)
                if self.rank(finding.rule) is not None:
                    open_runs[finding.rule] = run
            reach = max(reach, finding.end)
        yield from _settled_runs(held)

    def _one_per_span(self, ordered: Iterable[Finding]) -> Iterator[Finding]:
        held: list[Finding] = []
        for finding in ordered:
            if held and (finding.start, finding.end) != (held[0].start, held[0].end):
                yield from self._best_of(held)
                held = []
            held.append(finding)
        if held:
            yield from self._best_of(held)

    def _best_of(self, same_span: list[Finding]) -> list[Finding]:
        if len(same_span) == 1:
            return same_span
        kept: list[Finding] = []
        by_remedy: dict[object, list[Finding]] = {}
        for finding in same_span:
            if self.rank(finding.rule) is None:
                kept.append(finding)
            else:
                by_remedy.setdefault(_remedy(finding), []).append(finding)
        silent = by_remedy.pop((), [])
        kept += [min(group, key=self._explains) for group in by_remedy.values()]
        if silent and not self._remedied(best := min(silent, key=self._explains), kept):
            kept.append(best)
        return sorted(kept, key=in_text_order)

    def _remedied(self, silent: Finding, kept: list[Finding]) -> bool:
        """Whether `silent`, a finding that offers nothing, is of a deferring rule and a primary
        rule's finding of `kept` on its span offers a remedy ("governmenthad": not a word, OCR's
        deferring reading, and two words run together with their split): the remedy names the
        problem better. The engine lets such a kind give way only within its own pack (one
        scanned token, one OCR finding), so the other packs' findings on its exact span meet it
        here. Two primary rules' findings, one without a remedy, are two readings ("This" mid
        sentence: a stop missing before it, or a capital to lower)."""
        if self.rank(silent.rule) != 1:
            return False
        return any(_remedy(f) != () and self.rank(f.rule) == 0 for f in kept)

    def _explains(self, finding: Finding) -> tuple[int, int, int, str]:
        """How much a finding says, least first wins."""
        fix = finding.fix
        offer = 0 if fix is not None and fix.applicability == "safe" else 1
        severity = _SEVERITY_RANK.get(finding.severity, 3)
        return self.rank(finding.rule) or 0, offer, severity, finding.rule

    def _one_per_cause(self, ordered: Iterable[Finding]) -> Iterator[Finding]:
        """Of each run of overlapping findings with a cause, held together with the findings
        inside it (to keep the text order), the others of that cause overlapping the widest go."""
        if not self.causes:
            yield from ordered
            return
        held: list[Finding] = []
        open_until = -1  # where the held run of findings with a cause ends
        for finding in ordered:
            if held and finding.start >= open_until:
                yield from self._settled(held)
                held, open_until = [], -1
            cause = self.causes.get(finding.rule)
            if cause is None and not held:
                yield finding
                continue
            held.append(finding)
            if cause is not None:
                open_until = max(open_until, finding.end)
        if held:
            yield from self._settled(held)

    def _settled(self, held: list[Finding]) -> list[Finding]:
        dropped: set[int] = set()
        causes = self.causes
        for cause in {causes[f.rule] for f in held if f.rule in causes}:
            run = [f for f in held if causes.get(f.rule) == cause]
            best = min(run, key=lambda f: (f.start - f.end, self._explains(f)))
            # A rule's own findings are each a repeat of their own (two lines printed again).
            dropped.update(
                id(f)
                for f in run
                if f.rule != best.rule and f.start < best.end and best.start < f.end
            )
        return [f for f in held if id(f) not in dropped]

    def unexplained(self, ordered: Iterable[Finding]) -> Iterator[Finding]:
        """Findings in text order without those a cause explains (`Check.explained_by`): another
        rule's finding of that cause is the same span written twice, a blank or two apart ("The
        The"). Applied to every finding of the document, before selection and suppressions. The
        doubles seen are kept until the text passes their end: each finding is judged by a
        lookup, however long a run of findings a repeated line holds."""
        if not self.explained:
            yield from ordered
            return
        explaining = frozenset().union(*self.explained.values())
        doubles: dict[tuple[int, int], list[tuple[str, str]]] = {}  # span: (cause, rule)
        ends: list[tuple[int, int]] = []  # the doubles' spans by end, to forget them
        for finding in ordered:
            while ends and ends[0][0] < finding.start:
                end, start = heapq.heappop(ends)
                del doubles[start, end]
            if self._explained(finding, doubles):
                continue
            cause = self.causes.get(finding.rule)
            if cause in explaining:
                span = (finding.start, finding.end)
                if span not in doubles:
                    doubles[span] = []
                    heapq.heappush(ends, (finding.end, finding.start))
                doubles[span].append((cause, finding.rule))
            yield finding

    def _explained(
        self, finding: Finding, doubles: Mapping[tuple[int, int], list[tuple[str, str]]]
    ) -> bool:
        """Whether a double seen (`unexplained`) is `finding`'s span written twice and its cause
        explains `finding`."""
        by = self.explained.get(finding.rule)
        if not by:
            return False
        width = finding.end - finding.start
        return any(
            cause in by and rule != finding.rule
            for gap in _COPY_GAPS
            for cause, rule in doubles.get((finding.start - width - gap, finding.end), ())
        )


def merging_of(checks: Iterable[Check]) -> Merging:
    """What a linter of `checks` may merge: the built-in rules' findings (a deferring kind's rank
    after the others'), with the causes their kinds report (`Check.cause`)."""
    checks = list(checks)
    built_in = _built_in_sources(c.rule for c in checks)
    ranks = {c.rule.id: int(c.defers) for c in checks if built_in.get(c.rule.source or "")}
    causes = {
        c.rule.id: cause for c in checks if c.rule.id in ranks and (cause := c.cause()) is not None
    }
    explained = {
        c.rule.id: frozenset(by) for c in checks if c.rule.id in ranks and (by := c.explained_by())
    }
    return Merging(ranks, causes, explained)


def explaining_checks(
    unrun: Iterable[Rule],
    checks: Iterable[Check],
    selects: Callable[[str], bool],
    compiled: Callable[[Rule], Check],
) -> list[Check]:
    """The checks of built-in rules the user left unrun (ignored, or not selected) whose cause
    explains a running check's findings (`Check.explained_by`): they run for `unexplained`
    alone, their own findings never selected. Without them `--ignore structure.doubled-word`
    would bring back the misreading of "The The" that the doubled word explains. Only rules of
    an explained rule's own pack are asked (`Check.explained_by`): compiling a rule imports its
    kind, and a run with grammar off must not load the grammar engines to learn their causes."""
    explained = [c for c in checks if c.explained_by()]
    wanted = frozenset[str]().union(*(c.explained_by() for c in explained))
    packs = {c.rule.pack for c in explained}
    # A rule that is off by default is unrun yet selected: its findings would be shown.
    hidden = [rule for rule in unrun if rule.pack in packs and not selects(rule.id)]
    built_in = _built_in_sources(hidden)
    explaining = (compiled(r) for r in hidden if built_in.get(r.source or ""))
    return [check for check in explaining if check.cause() in wanted]


def _built_in_sources(rules: Iterable[Rule]) -> dict[str, bool]:
    """Whether each rule pack file of `rules` is one newslint ships."""
    packs = str(builtin_rules_dir().resolve())
    # A linter is built on every run: each pack file is resolved once, not once per rule in it
    # (208 resolutions took 7 ms of a one-article run).
    return {
        source: str(Path(source).resolve()).startswith(packs)
        for source in {r.source for r in rules if r.source}
    }


def _continues(last: Finding, finding: Finding) -> bool:
    """Whether `finding` (of `last`'s rule) extends `last`'s run: it starts where `last` ends,
    neither is empty, and both say, offer and point at the same (message, severity, suggestions
    and related places, a fix of the same applicability or none). Findings that say different things ("this line repeats
    line 2", "... line 3") are each their own."""
    offers = None if finding.fix is None else finding.fix.applicability
    offered = None if last.fix is None else last.fix.applicability
    return (
        finding.start == last.end
        and last.start < last.end < finding.end
        and _replaces_its_span(finding)
        and _replaces_its_span(last)
        and finding.message == last.message
        and finding.severity == last.severity
        and finding.suggestions == last.suggestions
        and finding.related == last.related
        and offers == offered
    )


def _replaces_its_span(finding: Finding) -> bool:
    """Whether a finding offers no fix or one edit over exactly its span: a run of them is one
    edit over the run (a run's edits kept one by one would hold an object per finding, the
    memory a long document's findings are kept compact to save)."""
    fix = finding.fix
    if fix is None:
        return True
    return len(fix.edits) == 1 and (fix.edits[0].start, fix.edits[0].end) == (
        finding.start,
        finding.end,
    )


def _settled_runs(held: list[list[Finding]]) -> list[Finding]:
    """The held runs as findings, in text order (a run reaches as far as its last finding)."""
    if all(len(run) == 1 for run in held):
        return [run[0] for run in held]
    return sorted((_joined(run) for run in held), key=in_text_order)


def _joined(run: list[Finding]) -> Finding:
    """One finding over a run: the first's message with the run's length, one edit writing
    what theirs wrote."""
    first = run[0]
    if len(run) == 1:
        return first
    fix = None
    if first.fix is not None:
        replacement = "".join(f.fix.edits[0].replacement for f in run if f.fix is not None)
        fix = Fix.replace(first.start, run[-1].end, replacement, first.fix.applicability)
    message = f"{first.message} ({len(run)} in a row)"
    return Finding(
        first.rule,
        first.severity,
        message,
        first.start,
        run[-1].end,
        fix,
        first.suggestions,
        first.related,
    )


def _remedy(finding: Finding) -> object:
    """What a finding offers the reader to do: its edits, else its suggestions (or none)."""
    if finding.fix is not None:
        return finding.fix.edits
    return finding.suggestions
