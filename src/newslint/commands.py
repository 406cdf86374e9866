"""`newslint check`: settings per file, a linter per settings, results streamed to a reporter."""

from __future__ import annotations

import fnmatch
import functools
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import click

from newslint.config import Settings, apply_to_rules, settings_for
from newslint.engine import FileResult, Linter, split_csv
from newslint.errors import InputError
from newslint.finding import SEVERITY_RANK
from newslint.lexicon import accept_words
from newslint.parallel import run_ordered
from newslint.report import write_results
from newslint.runner import check_source, collect, fix_source, load_rules
from newslint.source import BinaryInput, UnavailableInput, read_file, read_stdin
from newslint.suppress import Baseline


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
    fail_on: str | None = None
    exit_zero: bool = False
    stdin_filename: str = "-"
    exclude: Sequence[str] = ()
    encoding: str | None = None
    color: bool = False
    grammar: str | None = None
    languagetool_url: str | None = None
    jobs: int = 1
    config: str | None = None
    vale_config: str | None = None
    statistics: bool = False
    output_file: str | None = None
    baseline: str | None = None
    update_baseline: bool = False
    report_unused_suppressions: bool = False
    linters: dict[object, Linter] = field(default_factory=dict, repr=False)


def _warn(message: str) -> None:
    click.echo(f"newslint: warning: {message}", err=True)


def settings_of(path: str, options: CheckOptions) -> Settings:
    if options.config:
        from newslint.config import load_settings

        return load_settings(Path(options.config).resolve())
    return settings_for(
        options.stdin_filename if path == "-" and options.stdin_filename != "-" else path
    )


def linter_for(settings: Settings, options: CheckOptions) -> Linter:
    """One linter per settings file, built on first use (in each worker, if forked after)."""
    key = settings.source
    if key not in options.linters:
        extra = [*settings.packs, *options.rule_paths]
        rules = apply_to_rules(
            settings, load_rules(extra, options.builtin, options.vale_config, warn=_warn)
        )
        grammar = options.grammar or settings.grammar.get("backend")
        for rule in rules:
            if rule.kind == "grammar":
                if options.grammar:
                    rule.enabled = rule.option("backend") == options.grammar
                if options.languagetool_url and rule.option("backend") == "languagetool":
                    rule.options["url"] = options.languagetool_url
        select = split_csv(options.select) or settings.select
        ignore = [
            *settings.ignore,
            *split_csv(options.ignore),
            *(["grammar"] if grammar == "off" else []),
        ]
        accept_words(settings.vocabulary)
        options.linters[key] = Linter(rules, select, ignore, warn=_warn)
    return options.linters[key]


def run_check(options: CheckOptions) -> int:
    first = settings_of(options.paths[0] if options.paths else "-", options)
    walk = collect(options.paths, [*options.exclude, *first.exclude])
    for note in walk.notes:
        _warn(note)
    if len(walk.files) > 1:
        linter_for(first, options).warm_up()
    baseline = (
        Baseline.load(options.baseline)
        if options.baseline and not options.update_baseline
        else None
    )
    outcome = RunOutcome(options, baseline)
    task = functools.partial(_check_one, options=options, walked=frozenset(walk.walked))
    results = outcome.record(run_ordered(task, walk.files, options.jobs))
    with _output(options) as out:
        if options.update_baseline:
            recorded = Baseline.record(results)
            recorded.save(options.baseline or ".newslint-baseline.json")
            click.echo(f"newslint: baseline written with {recorded.size} findings", err=True)
            return 0 if not outcome.input_errors else 2
        if options.diff:
            for _ in results:
                pass
        elif options.statistics:
            _write_statistics(results, out)
        else:
            write_results(
                results,
                out,
                options.fmt,
                color=options.color and out is sys.stdout,
                rules=outcome.rules,
            )
    return 2 if outcome.input_errors else outcome.exit_code()


class _output:
    """stdout, or --output-file written whole at the end."""

    def __init__(self, options: CheckOptions):
        self.path = options.output_file

    def __enter__(self) -> TextIO:
        if not self.path:
            return sys.stdout
        self.handle = open(self.path, "w", encoding="utf-8", newline="\n")
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.path:
            self.handle.close()


def _write_statistics(results: Iterable[FileResult], out: TextIO) -> None:
    from collections import Counter

    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    for result in results:
        for finding in result.findings:
            counts[finding.rule] += 1
            fixable[finding.rule] += bool(finding.fix and finding.fix.applicability == "safe")
    width = max((len(rule) for rule in counts), default=0)
    for rule, count in counts.most_common():
        marker = "[*]" if fixable[rule] == count else "[-]" if fixable[rule] else "   "
        out.write(f"{count:6d}  {rule:<{width}}  {marker}\n")
    out.write(f"Found {sum(counts.values())} problems.\n")


class RunOutcome:
    """Results stream through to the reporter; this keeps what the exit code needs."""

    def __init__(self, options: CheckOptions, baseline: Baseline | None):
        self.options = options
        self.baseline = baseline
        self.input_errors = 0
        self.failing = False
        self.rules: dict[str, object] = {}

    def record(
        self, outcomes: Iterable[tuple[FileResult, str, str] | Skipped | InputError]
    ) -> Iterator[FileResult]:
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                click.echo(f"newslint: error: {outcome}", err=True)
                self.input_errors += 1
                continue
            if isinstance(outcome, Skipped):
                click.echo(f"newslint: note: {outcome.reason}", err=True)
                continue
            result, diff, fail_on = outcome
            if diff:
                sys.stdout.write(diff)
            if self.baseline:
                result.findings = self.baseline.new_findings(result)
            threshold = SEVERITY_RANK.get(fail_on, len(SEVERITY_RANK))
            self.failing |= any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings)
            self.rules.update(result.rules)
            yield result

    def exit_code(self) -> int:
        return 0 if self.options.exit_zero else int(self.failing)


@dataclass
class Skipped:
    """A file met while walking a directory that is not text we can read: noted, not fatal."""

    reason: str


def _check_one(
    path: str, options: CheckOptions, walked: frozenset[str] = frozenset()
) -> tuple[FileResult, str, str] | Skipped:
    """One file's result, its --diff text and its fail-on level (printed by the parent, in order)."""
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
    settings = settings_of(path, options)
    linter = linter_for(settings, options)
    fail_on = options.fail_on or settings.fail_on or "warning"
    if not (options.fix or options.diff):
        result, diff = check_source(source, linter), ""
    else:
        report = fix_source(
            source, linter, unsafe=options.unsafe, write=options.fix and not options.diff
        )
        result, diff = report.result, report.diff if options.diff else ""
    result.findings = _without_per_file_ignores(result, settings)
    if options.report_unused_suppressions:
        result.findings = sorted(
            [*result.findings, *linter.unused_suppressions(result.doc)], key=lambda f: f.sort_key()
        )
    result.rules = {f.rule: linter.rules_by_id.get(f.rule) for f in result.findings}
    return result, diff, fail_on


def _without_per_file_ignores(result: FileResult, settings: Settings) -> list:
    if not settings.per_file_ignores or result.path == "-":
        return result.findings
    try:
        relative = Path(result.path).resolve().relative_to(settings.root).as_posix()
    except ValueError:
        relative = Path(result.path).as_posix()
    ignored = [
        rule
        for glob, rules in settings.per_file_ignores.items()
        if fnmatch.fnmatch(relative, glob)
        for rule in rules
    ]
    return [
        f
        for f in result.findings
        if not any(f.rule == p or f.rule.startswith(p + ".") for p in ignored)
    ]


def show_settings(options: CheckOptions) -> str:
    """The settings that apply to the first path, as YAML."""
    import yaml

    path = options.paths[0] if options.paths else "-"
    described = {"file": path, **settings_of(path, options).as_dict()}
    return yaml.safe_dump(described, sort_keys=False, allow_unicode=True).rstrip()
