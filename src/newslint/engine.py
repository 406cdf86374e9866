"""Run compiled checks over documents: rule selection, ordering, and per-rule fault isolation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from newslint.checks import Check, compile_rule
from newslint.document import Document, Span
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


# Plain text over twice this many characters is checked in windows of about this size.
WINDOW_CHARS = 1_000_000


def windows(text: str) -> list[Span]:
    """Consecutive spans of about WINDOW_CHARS, cut after a paragraph break, else a line, else a space."""
    spans = []
    start = 0
    while len(text) - start > WINDOW_CHARS * 3 // 2:
        spans.append(Span(start, _cut(text, start + WINDOW_CHARS)))
        start = spans[-1].end
    spans.append(Span(start, len(text)))
    return spans


def _cut(text: str, target: int) -> int:
    limit = target + WINDOW_CHARS // 2
    for separator in ("\n\n", "\n", " "):
        found = text.find(separator, target, limit)
        if found >= 0:
            return found + len(separator)
    return target


def shifted(finding: Finding, offset: int) -> Finding:
    fix = finding.fix
    if fix:
        fix = replace(
            fix,
            edits=tuple(replace(e, start=e.start + offset, end=e.end + offset) for e in fix.edits),
        )
    return replace(finding, start=finding.start + offset, end=finding.end + offset, fix=fix)


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
        """Findings for a document, masked and suppressed text left out, in text order."""
        if doc.markup == "plain" and len(doc.text) > 2 * WINDOW_CHARS:
            findings = [f for window in windows(doc.text) for f in self._lint_window(doc, window)]
        else:
            findings = self._lint_whole(doc)
        findings = [
            f for f in set(findings) if not doc.is_masked(f.start, f.end) and self._in_scope(f, doc)
        ]
        from newslint.suppress import apply

        return sorted(apply(doc, findings), key=Finding.sort_key)

    def _lint_whole(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        deferred: list[Finding] = []
        for check in list(self.checks):
            if doc.markup not in check.rule.markups:
                continue
            found = self._run(check, doc)
            (deferred if getattr(check, "defers", False) else findings).extend(found)
        findings.extend(f for f in deferred if self._keeps(f, findings))
        return findings

    def _lint_window(self, doc: Document, window: Span) -> list[Finding]:
        """A very large file is checked a window at a time, so memory stays bounded; checks that
        compare parts of a document (repetition, consistency) then compare within a window."""
        part = Document(doc.text[window.start : window.end], doc.path, doc.markup)
        return [shifted(f, window.start) for f in self._lint_whole(part)]

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
