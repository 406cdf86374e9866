"""Run a rule's own examples: bad text fires where expected and fixes to `fixed`; good text is silent.

Used by the test suite for every built-in rule and by `newslint rules test` for users' packs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newslint.checks import Check, compile_rule
from newslint.document import Document
from newslint.finding import Finding, rule_matches
from newslint.fix import fix_raw
from newslint.rules import Example, Rule


@dataclass(frozen=True)
class ExampleFailure:
    rule_id: str
    example: Example
    problem: str

    def describe(self) -> str:
        label = "bad" if self.example.bad else "good"
        return f"{self.rule_id}: {label} example {self.example.text!r}: {self.problem}"


def changed_region(before: str, after: str) -> tuple[int, int]:
    """The span of `before` that differs from `after` (common prefix and suffix removed)."""
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return prefix, len(before) - suffix


def _belongs(finding: Finding, rule_id: str) -> bool:
    return rule_matches(finding.rule, rule_id)


def _lint(check: Check, text: str) -> list[Finding]:
    # A rule for one markup only (an HTML extractor) is tried on its examples in that markup.
    markups = check.rule.markups
    doc = Document(text) if "plain" in markups else Document.from_raw(text, markup=markups[0])
    view = doc.prose  # what the linter's checks read (`newslint.markup.prose`)
    if view.source_map is None or check.reads_source:
        return [f for f in check.run(doc) if _belongs(f, check.rule.id)]
    mapped = view.source_map.finding
    return [mapped(f, view.text) for f in check.run(view) if _belongs(f, check.rule.id)]


def check_example(check: Check, example: Example) -> str | None:
    """The problem with one example, or None when it behaves as documented."""
    findings = _lint(check, example.text)
    if not example.bad:
        return f"fired on good text at {_spans(example.text, findings)}" if findings else None
    if not findings:
        return "did not fire"
    problem = _misplaced(example, findings)
    if problem:
        return problem

    def lint_rule(doc: Document) -> list[Finding]:
        return _lint(check, doc.text)

    outcome = fix_raw(example.text, "<example>", lint_rule, unsafe=True)
    if not outcome.converged:
        return (
            "its fix never settles: the rule matches its own replacement again "
            "(a swap that flips back, or a replacement its pattern matches), so --fix leaves it out"
        )
    if example.fixed is None:
        return None
    result = outcome.raw
    if result != example.fixed:
        return f"fix gives {result!r}, expected {example.fixed!r}"
    leftover = _lint(check, example.fixed)
    if leftover:
        return f"still fires after the fix at {_spans(example.fixed, leftover)}"
    return None


def _misplaced(example: Example, findings: list[Finding]) -> str | None:
    if example.span is not None:
        start = example.text.find(example.span)
        if start < 0:
            return f"span {example.span!r} is not in the example"
        if not any((f.start, f.end) == (start, start + len(example.span)) for f in findings):
            return f"expected a finding on {example.span!r}, got {_spans(example.text, findings)}"
        return None
    assert example.fixed is not None
    start, end = changed_region(example.text, example.fixed)
    outside = [f for f in findings if not (f.start <= end and start <= f.end)]
    if outside:
        return f"fired outside the fixed region at {_spans(example.text, outside)}"
    return None


def _spans(text: str, findings: Iterable[Finding]) -> str:
    """What fired where: `rule line:column 'text'` for each finding, so a failing example needs
    no debugging to locate."""
    doc = Document(text)
    shown = []
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        line, column = doc.position(f.start)
        shown.append(f"{f.rule} {line}:{column} {text[f.start : f.end]!r}")
    return ", ".join(shown)


def _with_options(rule: Rule, example: Example) -> Check:
    """The rule compiled with the options an example asks for."""
    import copy

    variant = copy.copy(rule)
    variant.options = {**rule.options, **dict(example.options)}
    return compile_rule(variant)


class ExamplesSkipped(Exception):
    """The rule's engine cannot run on this machine; the message says why."""


def run_rule_examples(rule: Rule, check: Check | None = None) -> list[ExampleFailure]:
    """Failures of the rule's examples; raises ExamplesSkipped when its engine is unavailable."""
    from newslint.grammar import BackendUnavailable

    check = check or compile_rule(rule)
    failures = []
    for example in rule.examples:
        try:
            problem = check_example(
                _with_options(rule, example) if example.options else check, example
            )
        except BackendUnavailable as exc:
            raise ExamplesSkipped(str(exc)) from None
        if problem:
            failures.append(ExampleFailure(rule.id, example, problem))
    return failures
