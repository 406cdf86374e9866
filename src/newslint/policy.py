"""Which findings survive: one policy, built from settings plus flags, applied once per document.

The engine applies it to a document's findings before anything else sees them, so the report,
`--fix`, `--diff`, the statistics and the baseline all work from the same findings: a fix can only
change text the report shows. In order, a finding is dropped when its rule is not selected, when a
per-file ignore covers its path, when an inline directive suppresses it, when another built-in
rule's finding says the same of the same text (one problem, one finding: `newslint.one_finding`),
or when the baseline already knows it; then its severity is the one the settings give its rule (the most specific id
or pack prefix wins).
"""

from __future__ import annotations

import fnmatch
import functools
import heapq
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from newslint.document import Document
from newslint.finding import UNFINISHED_RULE, Finding, in_text_order, rule_matches
from newslint.one_finding import Merging
from newslint.rules import Rule
from newslint.suppress import Baseline, Suppressions
from newslint.values import FrozenValue

matches = rule_matches


def _longest(rule_id: str, prefixes: Iterable[str]) -> int:
    """Length of the most specific prefix naming the rule, or -1 when none does."""
    return max((len(p) for p in prefixes if matches(rule_id, p)), default=-1)


class Policy(FrozenValue):
    """Which findings survive: selection, severities, per-file ignores, baseline."""

    FIELDS = (
        "select", "ignore", "severity", "per_file_ignores", "root", "baseline",
        "report_unused_suppressions", "merging",
    )  # fmt: skip
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: Mapping[str, str]
    per_file_ignores: Mapping[str, tuple[str, ...]]
    root: Path | None  # per-file ignore globs are relative to it
    baseline: Baseline | None
    report_unused_suppressions: bool
    # One problem, one finding (`newslint.one_finding`): set by the linter from its rules, None
    # for no merging.
    merging: Merging | None

    def __init__(
        self,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        severity: Mapping[str, str] | None = None,
        per_file_ignores: Mapping[str, tuple[str, ...]] | None = None,
        root: Path | None = None,
        baseline: Baseline | None = None,
        report_unused_suppressions: bool = False,
        merging: Merging | None = None,
    ):
        fields = self.__dict__
        fields["select"], fields["ignore"] = select, ignore
        fields["severity"] = {} if severity is None else severity
        fields["per_file_ignores"] = {} if per_file_ignores is None else per_file_ignores
        fields["root"], fields["baseline"] = root, baseline
        fields["report_unused_suppressions"] = report_unused_suppressions
        fields["merging"] = merging
        # Each set of per-file ignores' answer per rule id, built once per linter, not per
        # document (a memo of pure answers: not a field, it decides nothing itself).
        fields["_kept_memo"] = {}

    def __getstate__(self) -> dict[str, object]:
        return {key: value for key, value in self.__dict__.items() if key != "_kept_memo"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state, _kept_memo={})

    @classmethod
    def of(cls, select: Sequence[str] = (), ignore: Sequence[str] = (), **rest: object) -> Policy:
        return cls(select=tuple(select), ignore=tuple(ignore), **rest)  # type: ignore[arg-type]

    def with_merging(self, merging: Merging | None) -> Policy:
        """This policy, merging findings of one problem as `merging` says (None: never)."""
        return self if merging == self.merging else self.replaced(merging=merging)

    def runs(self, rule: Rule) -> bool:
        """Whether a rule's check runs at all (ruff-style: the most specific prefix wins; a rule
        that is off by default runs only when selected by something narrower than its pack)."""
        chosen = self._chosen(rule.id)
        return chosen is not None and (rule.enabled or chosen > len(rule.pack))

    def may_run(self, rule_id: str) -> bool:
        """Whether the selection and the ignores leave a rule to run were it on (`runs` of the
        rule enabled): a rule they leave out runs whatever its settings."""
        return self._chosen(rule_id) is not None

    def _chosen(self, rule_id: str) -> int | None:
        """The length of the most specific prefix selecting the rule (-1: none, none needed),
        or None when the selection or an ignore leaves it out."""
        chosen, dropped = _longest(rule_id, self.select), _longest(rule_id, self.ignore)
        # A selected finding id under the rule (`--select grammar.harper.AnA`) runs the rule too.
        chosen = max([chosen, *(len(p) for p in self.select if matches(p, rule_id))])
        if self.select and chosen < 0:
            return None
        if dropped >= 0 and dropped >= chosen:
            return None
        return chosen

    def selects(self, rule_id: str) -> bool:
        """Whether a finding's id is selected; ids made up at run time (`grammar.harper.AnA`) are
        judged by the same prefixes, a narrower ignore beating a broader select."""
        chosen, dropped = _longest(rule_id, self.select), _longest(rule_id, self.ignore)
        if self.select and chosen < 0 and rule_id != UNFINISHED_RULE:
            return False  # a selected rule that could not finish says so unless that is ignored
        return dropped < 0 or chosen > dropped

    def severity_of(self, rule_id: str, default: str) -> str:
        best = max((p for p in self.severity if matches(rule_id, p)), key=len, default=None)
        return self.severity[best] if best is not None else default

    def ignored_here(self, path: str) -> tuple[str, ...]:
        """The rule prefixes the per-file ignores turn off for `path`."""
        if not self.per_file_ignores or path == "-":
            return ()
        relative = _relative(path, self.root)
        return tuple(
            prefix
            for glob, prefixes in self.per_file_ignores.items()
            if fnmatch.fnmatch(relative, glob)
            for prefix in prefixes
        )

    def apply(self, doc: Document, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that survive, in text order, with their configured severities."""
        return list(self.kept(doc, sorted(findings, key=in_text_order)))

    def kept(self, doc: Document, ordered: Iterable[Finding]) -> Iterator[Finding]:
        """`apply` to findings already in text order, one at a time, so a very large document's
        findings can be stored compactly as they come instead of all held as objects."""
        keeps = self._rule_kept(doc)
        kept: Iterator[Finding] = (f for f in self._unexplained(ordered) if keeps(f.rule))
        suppressions = Suppressions.of(doc)
        kept = suppressions.passing(kept)
        if self.merging is not None:  # before the baseline, which then records the one shown
            kept = self.merging.merged(kept)
        if self.baseline is not None:
            kept = self.baseline.fresh(doc.path, doc, kept)
        if self.severity:
            kept = (f.replaced(severity=self.severity_of(f.rule, f.severity)) for f in kept)
        if not self.report_unused_suppressions:
            yield from kept
            return
        # Which directives went unused is known only once every finding has gone by.
        held = list(kept)
        unused = sorted(suppressions.unused(), key=in_text_order)
        yield from heapq.merge(held, unused, key=in_text_order)

    def rule_judge(self, doc: Document) -> Callable[[str], bool] | None:
        """Whether a finding of a rule survives in `doc`, when the rule id alone decides it
        there: no inline directive in the document, no baseline, no severity to change, no
        unused directive to report. None when the policy must read each finding."""
        if self.baseline is not None or self.severity or self.report_unused_suppressions:
            return None
        if Suppressions.of(doc).found:
            return None
        return self._rule_kept(doc)

    def judged(self, keeps: Callable[[str], bool], ordered: Iterable[Finding]) -> Iterator[Finding]:
        """The findings `rule_judge`'s answer keeps of findings in text order (a window's), one
        per span as `kept` gives them."""
        chosen = (f for f in self._unexplained(ordered) if keeps(f.rule))
        return chosen if self.merging is None else self.merging.merged(chosen)

    def _unexplained(self, ordered: Iterable[Finding]) -> Iterable[Finding]:
        # Before selection and suppressions: a doubled word the reader ignores or suppresses
        # ("The The", a band) still shows that another rule misread its second copy.
        return ordered if self.merging is None else self.merging.unexplained(ordered)

    def _rule_kept(self, doc: Document) -> Callable[[str], bool]:
        """Selected and not ignored for this document's path: one answer per rule id."""
        ignored = self.ignored_here(doc.path)
        memo: dict[tuple[str, ...], Callable[[str], bool]] = self.__dict__["_kept_memo"]
        found = memo.get(ignored)
        if found is None:

            @functools.cache
            def keeps(rule_id: str) -> bool:
                return self.selects(rule_id) and not any(matches(rule_id, p) for p in ignored)

            found = memo[ignored] = keeps
        return found


def _relative(path: str, root: Path | None) -> str:
    if root is not None:
        try:
            return Path(path).resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return Path(path).as_posix().removeprefix("./")


def split_csv(values: Iterable[str]) -> list[str]:
    """Rule lists as given on the command line: repeated options, each comma-separated."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
