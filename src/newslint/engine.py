"""Run compiled checks over documents: rule selection, ordering, and per-rule fault isolation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newslint.checks import Check, compile_rule
from newslint.document import Document
from newslint.finding import Finding
from newslint.rules import Rule

Warn = Callable[[str], None]


def _matches(rule_id: str, prefix: str) -> bool:
    return rule_id == prefix or rule_id.startswith(prefix + ".")


def is_selected(rule: Rule, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """ruff-style: the most specific matching prefix wins; rules off by default need naming."""
    chosen = [p for p in select if _matches(rule.id, p)]
    dropped = [p for p in ignore if _matches(rule.id, p)]
    if select and not chosen:
        return False
    if dropped and (not chosen or max(map(len, dropped)) >= max(map(len, chosen))):
        return False
    return rule.enabled or any(len(p) > len(rule.pack) for p in chosen)


def is_selected_id(rule_id: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Selection for ids a check makes up at run time (`grammar.harper.AnA`)."""
    chosen = [p for p in select if _matches(rule_id, p)]
    dropped = [p for p in ignore if _matches(rule_id, p)]
    if select and not chosen:
        return False
    return not dropped or (bool(chosen) and max(map(len, chosen)) > max(map(len, dropped)))


def split_csv(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@dataclass
class FileResult:
    path: str
    doc: Document
    findings: list[Finding] = field(default_factory=list)
    rules: dict[str, object] = field(default_factory=dict)  # metadata of the rules that fired


class Linter:
    """The selected rules, compiled once, applied to any number of documents."""

    def __init__(
        self,
        rules: Iterable[Rule],
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        warn: Warn | None = None,
    ):
        self.select, self.ignore = list(select), list(ignore)
        self.rules = [r for r in rules if is_selected(r, select, ignore)]
        self.checks: list[Check] = [compile_rule(r) for r in self.rules]
        self.rules_by_id = {r.id: r for r in self.rules}
        self._warn = warn or (lambda message: None)

    def warm_up(self) -> None:
        """Load what the checks need (word table, grammar engine) once, before forking workers."""
        self.lint(Document("Warm up: the U.S. officials said. Mr. Blinken agreed."))

    def lint(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        deferred: list[Finding] = []
        for check in list(self.checks):
            if doc.markup not in check.rule.markups:
                continue
            found = self._run(check, doc)
            (deferred if getattr(check, "defers", False) else findings).extend(found)
        findings.extend(f for f in deferred if self._keeps(f, findings))
        findings = [
            f for f in set(findings) if not doc.is_masked(f.start, f.end) and self._in_scope(f, doc)
        ]
        from newslint.suppress import apply

        return sorted(apply(doc, findings), key=Finding.sort_key)

    def _in_scope(self, finding: Finding, doc: Document) -> bool:
        rule = self.rules_by_id.get(finding.rule)
        return rule is None or rule.scope is None or doc.in_block(finding.start, rule.scope)

    def unused_suppressions(self, doc: Document) -> list[Finding]:
        from newslint.suppress import unused

        return unused(doc)

    def _run(self, check: Check, doc: Document) -> list[Finding]:
        """One check's findings; a check that cannot run is reported once and then left out."""
        from newslint.grammar import BackendUnavailable

        try:
            return list(check.run(doc))
        except TimeoutError:
            self._warn(
                f"{doc.path}: rule {check.rule.id} timed out (its regex backtracks too much); skipped"
            )
        except BackendUnavailable as exc:
            self._warn(f"{check.rule.id}: {exc}; these rules are skipped")
            self.checks.remove(check)
        return []

    def _keeps(self, finding: Finding, primary: list[Finding]) -> bool:
        """A deferring finding survives if its own id is selected and no primary finding covers it."""
        if not is_selected_id(finding.rule, self.select, self.ignore):
            return False
        return not any(p.start < finding.end and finding.start < p.end for p in primary)
