"""`newslint rules list | show | test`: what rules there are, what they do, whether they work."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.errors import NewslintError
from newslint.linters import load_rules
from newslint.rules import Rule
from newslint.selftest import ExamplesSkipped, run_rule_examples
from newslint.yaml_written import yaml_written


def _all_rules(rule_paths: Sequence[str]) -> list[Rule]:
    return load_rules(rule_paths, builtin=True)


def list_rules(rule_paths: Sequence[str] = ()) -> str:
    rules = _all_rules(rule_paths)
    width = max(len(r.id) for r in rules)
    kind_width = max(len(r.kind) for r in rules)  # a pack's kinds may be longer than ours
    lines = []
    for rule in rules:
        fixable = "fix" if _has_fix(rule) else "   "
        state = "" if rule.enabled else " (off by default)"
        summary = rule.description.split("\n")[0] or rule.message
        lines.append(
            f"{rule.id:<{width}}  {rule.severity:<7}  {rule.kind:<{kind_width}}  {fixable}  {summary}{state}"
        )
    return "\n".join(lines)


def _has_fix(rule: Rule) -> bool:
    return rule.fixable


def show_rule(rule_id: str, rule_paths: Sequence[str] = ()) -> str:
    matches = [r for r in _all_rules(rule_paths) if r.id == rule_id]
    if not matches:
        raise NewslintError(f"no rule {rule_id!r}; `newslint rules list` shows them all")
    return describe_rule(matches[0])


def describe_rule(rule: Rule) -> str:
    """What `rules show` prints: also the page an editor's diagnostic links to."""
    lines = [
        rule.id,
        "",
        f"  kind:      {rule.kind}",
        f"  severity:  {rule.severity}",
        f"  fix:       {'yes (' + rule.applicability + ')' if _has_fix(rule) else 'no (suggestions only)'}",
        f"  enabled:   {'yes' if rule.enabled else 'no, select it by id'}",
        f"  defined:   {rule.source}",
        f"  message:   {rule.message}",
    ]
    if rule.link:
        lines.append(f"  link:      {rule.link}")
    if rule.description:
        lines += ["", *("  " + line for line in rule.description.splitlines())]
    if rule.house_style:
        binding = rule.house_style
        written = " | ".join(map(yaml_written, binding.choices))
        lines += ["", f"  house_style.{binding.key}: {written} (sets {binding.option})"]
    if rule.options:
        lines += ["", "  options:"]
        lines += [
            f"    {key}: {_shown(value)}"
            for key, value in sorted(rule.options.items())
            if value is not None
        ]
    lines += ["", "  examples:"]
    for example in rule.examples:
        if example.bad:
            lines.append(f"    bad:   {yaml_written(example.text)}")
            if example.fixed is not None:
                lines.append(f"    fixed: {yaml_written(example.fixed)}")
        else:
            lines.append(f"    good:  {yaml_written(example.text)}")
    return "\n".join(lines)


def _shown(value: object, width: int = 90) -> str:
    """An option's value on one line as YAML writes it, cut short: the pack holds it whole."""
    text = yaml_written(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def test_packs(paths: Sequence[str]) -> tuple[str, bool]:
    lines: list[str] = []
    failed = False
    rules = load_rules(paths, builtin=False, warn=lambda message: lines.append(f"note: {message}"))
    skipped = untested = 0
    for rule in rules:
        examples = len(rule.examples)
        if not examples:
            untested += 1
            lines.append(f"untested {rule.id}: no examples (Vale rules carry none)")
            continue
        try:
            failures = run_rule_examples(rule)
        except ExamplesSkipped as exc:
            skipped += 1
            lines.append(f"skip {rule.id}: {exc}")
            continue
        if failures:
            failed = True
            lines.append(f"FAIL {rule.id} ({len(failures)} of {examples} examples)")
            lines.extend(f"     {failure.describe()}" for failure in failures)
        else:
            lines.append(f"ok   {rule.id} ({examples} examples)")
    passed = sum(1 for line in lines if line.startswith("ok"))
    summary = f"{passed} passed, {len(rules) - passed - skipped - untested} failed"
    summary += f", {skipped} skipped" if skipped else ""
    summary += f", {untested} untested" if untested else ""
    lines.append(summary)
    return "\n".join(lines), failed
