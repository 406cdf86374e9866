"""What each CLI command does, as plain functions returning text or an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import click

from newslint.engine import FileResult, Linter, split_csv
from newslint.errors import InputError, NewslintError
from newslint.finding import SEVERITY_RANK
from newslint.parallel import run_ordered
from newslint.report import write_results
from newslint.rules import Rule, load_packs
from newslint.runner import check_source, collect, fix_source, load_rules
from newslint.selftest import ExamplesSkipped, run_rule_examples
from newslint.source import BinaryInput, UnavailableInput, read_file, read_stdin


@dataclass
class CheckOptions:
    paths: list[str]
    fmt: str = "text"
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    rule_paths: Sequence[str] = ()
    builtin: bool = True
    fix: bool = False
    unsafe: bool = False
    diff: bool = False
    fail_on: str = "warning"
    exit_zero: bool = False
    stdin_filename: str = "-"
    exclude: Sequence[str] = ()
    encoding: str | None = None
    color: bool = False
    grammar: str | None = None
    languagetool_url: str | None = None
    jobs: int = 1


def _warn(message: str) -> None:
    click.echo(f"newslint: warning: {message}", err=True)


def grammar_ignores(options: CheckOptions) -> list[str]:
    """--grammar picks the engine: the other one (or both, for `off`) is ignored."""
    if options.grammar == "off":
        return ["grammar"]
    if options.grammar:
        return [f"grammar.{'languagetool' if options.grammar == 'harper' else 'harper'}"]
    return []


def load_check_rules(options: CheckOptions) -> list[Rule]:
    """The rules with command-line engine choices applied (a chosen engine is switched on)."""
    rules = load_rules(options.rule_paths, options.builtin)
    for rule in rules:
        if rule.kind != "grammar":
            continue
        if options.grammar == rule.option("backend"):
            rule.enabled = True
        if options.languagetool_url and rule.option("backend") == "languagetool":
            rule.options["url"] = options.languagetool_url
    return rules


def run_check(options: CheckOptions) -> int:
    ignore = split_csv(options.ignore) + grammar_ignores(options)
    linter = Linter(load_check_rules(options), split_csv(options.select), ignore, warn=_warn)
    walk = collect(options.paths, options.exclude)
    for note in walk.notes:
        _warn(note)
    if len(walk.files) > 1:
        linter.warm_up()
    outcome = RunOutcome()
    task = functools.partial(
        _check_one, linter=linter, options=options, walked=frozenset(walk.walked)
    )
    results = outcome.record(run_ordered(task, walk.files, options.jobs), options)
    if options.diff:
        for _ in results:
            pass
    else:
        write_results(results, sys.stdout, options.fmt, color=options.color)
    if outcome.input_errors:
        return 2
    return outcome.exit_code(options)


class RunOutcome:
    """Results stream through to the reporter; this keeps what the exit code needs."""

    def __init__(self) -> None:
        self.input_errors = 0
        self.worst = -1

    def record(
        self, outcomes: Iterable[tuple[FileResult, str] | InputError], options: CheckOptions
    ) -> Iterator[FileResult]:
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                click.echo(f"newslint: error: {outcome}", err=True)
                self.input_errors += 1
                continue
            if isinstance(outcome, Skipped):
                click.echo(f"newslint: note: {outcome.reason}", err=True)
                continue
            result, diff = outcome
            if diff:
                sys.stdout.write(diff)
            self.worst = max([self.worst, *(SEVERITY_RANK[f.severity] for f in result.findings)])
            yield result

    def exit_code(self, options: CheckOptions) -> int:
        if options.exit_zero or options.fail_on == "never":
            return 0
        return 1 if self.worst >= SEVERITY_RANK[options.fail_on] else 0


@dataclass
class Skipped:
    """A file met while walking a directory that is not text we can read: noted, not fatal."""

    reason: str


def _check_one(
    path: str, linter: Linter, options: CheckOptions, walked: frozenset[str] = frozenset()
) -> tuple[FileResult, str] | Skipped:
    """One file's result and, with --diff, its diff (printed by the parent, in order)."""
    try:
        source = (
            read_stdin(options.stdin_filename, options.encoding)
            if path == "-"
            else read_file(path, options.encoding)
        )
    except (BinaryInput, UnavailableInput) as exc:
        if path in walked:
            return Skipped(f"{exc}; skipped")
        raise
    if not (options.fix or options.diff):
        return check_source(source, linter), ""
    report = fix_source(
        source, linter, unsafe=options.unsafe, write=options.fix and not options.diff
    )
    return report.result, report.diff if options.diff else ""


def _all_rules(rule_paths: Sequence[str]) -> list[Rule]:
    return load_rules(rule_paths, builtin=True)


def list_rules(rule_paths: Sequence[str] = ()) -> str:
    rules = _all_rules(rule_paths)
    width = max(len(r.id) for r in rules)
    lines = []
    for rule in rules:
        fixable = "fix" if _has_fix(rule) else "   "
        state = "" if rule.enabled else " (off by default)"
        summary = rule.description.split("\n")[0] or rule.message
        lines.append(
            f"{rule.id:<{width}}  {rule.severity:<7}  {rule.kind:<13}  {fixable}  {summary}{state}"
        )
    return "\n".join(lines)


def _has_fix(rule: Rule) -> bool:
    return any(e.fixed is not None for e in rule.examples if e.bad)


def show_rule(rule_id: str, rule_paths: Sequence[str] = ()) -> str:
    matches = [r for r in _all_rules(rule_paths) if r.id == rule_id]
    if not matches:
        raise NewslintError(f"no rule {rule_id!r}; `newslint rules list` shows them all")
    rule = matches[0]
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
    lines += ["", "  examples:"]
    for example in rule.examples:
        if example.bad:
            lines.append(f"    bad:   {example.text!r}")
            if example.fixed is not None:
                lines.append(f"    fixed: {example.fixed!r}")
        else:
            lines.append(f"    good:  {example.text!r}")
    return "\n".join(lines)


def test_packs(paths: Sequence[str]) -> tuple[str, bool]:
    lines: list[str] = []
    failed = False
    rules = [rule for pack in load_packs(paths) for rule in pack.rules]
    skipped = 0
    for rule in rules:
        examples = len(rule.examples)
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
    lines.append(
        f"{passed} passed, {len(rules) - passed - skipped} failed"
        + (f", {skipped} skipped" if skipped else "")
    )
    return "\n".join(lines), failed
