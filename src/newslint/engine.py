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


def split_csv(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@dataclass
class FileResult:
    path: str
    doc: Document
    findings: list[Finding] = field(default_factory=list)


class Linter:
    """The selected rules, compiled once, applied to any number of documents."""

    def __init__(
        self,
        rules: Iterable[Rule],
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        warn: Warn | None = None,
    ):
        self.rules = [r for r in rules if is_selected(r, select, ignore)]
        self.checks: list[Check] = [compile_rule(r) for r in self.rules]
        self.rules_by_id = {r.id: r for r in self.rules}
        self._warn = warn or (lambda message: None)

    def lint(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        for check in self.checks:
            if doc.markup not in check.rule.markups:
                continue
            try:
                findings.extend(check.run(doc))
            except TimeoutError:
                self._warn(
                    f"{doc.path}: rule {check.rule.id} timed out (its regex backtracks too much); skipped"
                )
        return sorted(set(findings), key=Finding.sort_key)
