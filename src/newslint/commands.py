"""`newslint check` as a whole: options, settings per file, a linter per settings file, the files
checked in order (in parallel when there are many), results streamed to a reporter, the exit code.
The work on each file is in `runner.py`."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO, cast

from newslint.check_outcome import FileOutcome as FileOutcome  # tests import them from here
from newslint.check_outcome import RunOutcome, shown_path
from newslint.check_outcome import Skipped as Skipped
from newslint.config import Settings, SettingsFinder
from newslint.errors import CheckFailed, NewslintError
from newslint.finding import FileResult
from newslint.launch import internal_problem, say
from newslint.linters import Choices, Linters
from newslint.output_guards import (
    keep_outputs_apart,
    keep_report_off_baseline,
    refuse_report_file_without_report,
    refuse_unwritable_report,
)
from newslint.parallel import run_ordered
from newslint.policy import split_csv
from newslint.report import STREAMED, write_results
from newslint.report.text import fixed_phrase
from newslint.report_file import ReportFile
from newslint.runner import (
    FixIncomplete,
    check_source,
    collect,
    fix_source,
    fixed_by_fix,
    paths_to_check,
)
from newslint.source import BinaryInput, UnavailableInput, read_file, read_stdin
from newslint.suppress import Baseline
from newslint.values import Value


class CheckOptions(Value):
    """What `newslint check` was asked to do, however it was asked."""

    FIELDS = (
        "paths", "fmt", "select", "ignore", "rule_paths", "builtin", "fix", "unsafe", "diff",
        "fail_on", "exit_zero", "stdin_filename", "exclude", "encoding", "color", "grammar",
        "context", "languagetool_url", "jobs", "config", "vale_config", "vale_min_alert_level",
        "statistics", "output_file", "baseline", "update_baseline", "report_unused_suppressions",
    )  # fmt: skip
    paths: list[str]
    fmt: str
    select: Sequence[str]
    ignore: Sequence[str]
    rule_paths: Sequence[str]
    builtin: bool
    fix: bool
    unsafe: bool
    diff: bool
    fail_on: str | None
    exit_zero: bool
    stdin_filename: str
    exclude: Sequence[str]
    encoding: str | None
    color: bool
    grammar: str | None
    context: bool | None
    languagetool_url: str | None
    jobs: int
    config: str | None
    vale_config: str | None
    vale_min_alert_level: str | None
    statistics: bool
    output_file: str | None
    baseline: str | None
    update_baseline: bool
    report_unused_suppressions: bool

    def __init__(
        self,
        paths: list[str],
        fmt: str = "text",
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        rule_paths: Sequence[str] = (),
        builtin: bool = True,
        fix: bool = False,
        unsafe: bool = False,
        diff: bool = False,
        fail_on: str | None = None,
        exit_zero: bool = False,
        stdin_filename: str = "-",
        exclude: Sequence[str] = (),
        encoding: str | None = None,
        color: bool = False,
        grammar: str | None = None,
        context: bool | None = None,
        languagetool_url: str | None = None,
        jobs: int = 1,
        config: str | None = None,
        vale_config: str | None = None,
        vale_min_alert_level: str | None = None,
        statistics: bool = False,
        output_file: str | None = None,
        baseline: str | None = None,
        update_baseline: bool = False,
        report_unused_suppressions: bool = False,
    ):
        self.paths = paths
        self.fmt = fmt
        self.select = select
        self.ignore = ignore
        self.rule_paths = rule_paths
        self.builtin = builtin
        self.fix = fix
        self.unsafe = unsafe
        self.diff = diff
        self.fail_on = fail_on
        self.exit_zero = exit_zero
        self.stdin_filename = stdin_filename
        self.exclude = exclude
        self.encoding = encoding
        self.color = color
        self.grammar = grammar
        self.context = context
        self.languagetool_url = languagetool_url
        self.jobs = jobs
        self.config = config
        self.vale_config = vale_config
        self.vale_min_alert_level = vale_min_alert_level
        self.statistics = statistics
        self.output_file = output_file
        self.baseline = baseline
        self.update_baseline = update_baseline
        self.report_unused_suppressions = report_unused_suppressions


def _warn(message: str) -> None:
    say(f"newslint: warning: {message}")


class CheckRun:
    """One `newslint check`: its settings lookups and its linters, owned here and nowhere else."""

    def __init__(self, options: CheckOptions, baseline: Baseline | None = None):
        self.options = options
        self.finder = SettingsFinder()
        self.linters = Linters(
            Choices(
                select=tuple(split_csv(options.select)),
                ignore=tuple(split_csv(options.ignore)),
                rule_paths=tuple(options.rule_paths),
                builtin=options.builtin,
                grammar=options.grammar,
                context=options.context,
                languagetool_url=options.languagetool_url,
                vale_config=options.vale_config,
                vale_min_level=options.vale_min_alert_level,
                baseline=baseline,
                report_unused_suppressions=options.report_unused_suppressions,
            ),
            warn=_warn,
        )

    def settings_of(self, path: str) -> Settings:
        if self.options.config:
            return self.finder.load(Path(self.options.config).resolve())
        named = self.options.stdin_filename
        return self.finder.settings_for(named if path == "-" and named != "-" else path)

    def check_one(self, path: str, walked: frozenset[str] = frozenset()) -> FileOutcome | Skipped:
        """One file's result, its --diff text and its fail-on level (printed by the parent, in
        order). A bug met in one file is that file's error, not the run's end: the walk goes on,
        as past an unreadable file, and the message names the file it happened in."""
        try:
            return self._check_one(path, walked)
        except NewslintError:
            raise  # the user's input or settings: already one line, some end the run
        except RecursionError:
            problem = "input nested too deeply to process"
        except Exception as exc:
            problem = internal_problem(exc)
        raise CheckFailed(f"{shown_path(path, self.options.stdin_filename)}: {problem}")

    def _check_one(self, path: str, walked: frozenset[str]) -> FileOutcome | Skipped:
        options = self.options
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
        settings = self.settings_of(path)
        linter = self.linters.for_settings(settings)
        fail_on = options.fail_on or settings.fail_on or "warning"
        if not (options.fix or options.diff):
            return FileOutcome(check_source(source, linter), b"", fail_on)
        try:
            report = fix_source(
                source, linter, unsafe=options.unsafe, write=options.fix and not options.diff
            )
        except FixIncomplete as exc:
            return FileOutcome(
                exc.result, exc.diff if options.diff else b"", fail_on, error=str(exc)
            )
        written = report.applied if options.fix and not options.diff else 0
        return FileOutcome(
            report.result, report.diff if options.diff else b"", fail_on, fixed=written
        )


def run_check(options: CheckOptions) -> int:
    refuse_report_file_without_report(options)
    keep_report_off_baseline(options)
    baseline = (
        Baseline.load(options.baseline)
        if options.baseline and not options.update_baseline
        else None
    )
    if options.output_file:
        refuse_unwritable_report(options.output_file)
    run = CheckRun(options, baseline)
    first = run.settings_of(options.paths[0] if options.paths else "-")
    walk = collect(paths_to_check(options.paths), [*options.exclude, *first.exclude])
    keep_outputs_apart(walk, options)
    for note in walk.notes:
        _warn(note)
    if len(walk.files) > 1:
        run.linters.for_settings(first).warm_up()
    outcome = RunOutcome(options)
    task = functools.partial(run.check_one, walked=frozenset(walk.walked))
    results = outcome.record(run_ordered(task, walk.files, options.jobs), walk.files)
    plain_report = not (options.update_baseline or options.diff or options.statistics)
    # A streamed format goes to stdout as it comes; into --output-file it is written whole, so a
    # run that fails half-way leaves the last good report there, as the other formats do.
    if plain_report and (options.fmt not in STREAMED or options.output_file):
        _write_whole(results, options, outcome)
        _say_fixed(options, outcome)
        return 2 if outcome.input_errors else outcome.exit_code()
    with ReportFile(options.output_file) as out:
        if options.update_baseline:
            target = options.baseline or ".newslint-baseline.json"
            recorded = Baseline.record(results, target)
            recorded.save(target)
            say(f"newslint: baseline written with {recorded.size} findings")
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
                errors=outcome.unhandled,
                file_errors=outcome.file_errors,
                fixes=outcome.fixes,
            )
            _say_fixed(options, outcome)
    return 2 if outcome.input_errors else outcome.exit_code()


# The formats whose closing line says what --fix fixed (`report.text.Tally`).
SUMMED_UP = frozenset({"text", "concise"})


def _say_fixed(options: CheckOptions, outcome: RunOutcome) -> None:
    """What --fix wrote, on stderr for a report with no closing line of its own to say it in
    (JSON, SARIF ...: stdout stays the report alone)."""
    if outcome.fixed and options.fmt not in SUMMED_UP:
        say(f"newslint: {fixed_phrase(*outcome.fixes())}")


# A whole report is held in memory up to this size, then in a temporary file.
SPOOL_BYTES = 8 << 20


def _write_whole(results: Iterable[FileResult], options: CheckOptions, outcome: RunOutcome) -> None:
    """A one-document report (JSON, SARIF, JUnit ...), or any report to --output-file, is written
    out only once it is whole: a run stopped by an error (a rule pack that does not load, met at
    the first file) then says so in one line on stderr and leaves no half a document on stdout,
    and the last good report in --output-file, for a CI step to parse. The spool moves to a
    temporary file past SPOOL_BYTES (SARIF streams its results)."""
    import shutil  # with tempfile, a fiftieth of a one-article run that writes text
    import tempfile

    with tempfile.SpooledTemporaryFile(
        SPOOL_BYTES, mode="w+", encoding="utf-8", newline=""
    ) as spool:
        try:
            write_results(
                results,
                cast(TextIO, spool),
                options.fmt,
                color=False,
                rules=outcome.rules,
                errors=outcome.unhandled,
                file_errors=outcome.file_errors,
                fixes=outcome.fixes,
            )
            spool.seek(0)
        except OSError as exc:  # past SPOOL_BYTES: a full temporary folder, a file-size limit
            raise NewslintError(
                f"cannot hold the report in {tempfile.gettempdir()} while it is written: "
                f"{exc.strerror or exc}"
            ) from None
        with ReportFile(options.output_file) as out:
            try:
                shutil.copyfileobj(spool, out)
                out.flush()
            except BrokenPipeError:
                raise  # a reader that stopped (`| head`): the launcher ends quietly
            except OSError as exc:
                shown = options.output_file or "standard output"
                raise NewslintError(f"{shown}: cannot write the report: {exc.strerror}") from exc


def _write_statistics(results: Iterable[FileResult], out: TextIO) -> None:
    from collections import Counter

    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    for result in results:
        fixed = fixed_by_fix(result.path)
        for finding in result.findings:
            counts[finding.rule] += 1
            safe = bool(finding.fix and finding.fix.applicability == "safe")
            fixable[finding.rule] += fixed and safe
    width = max((len(rule) for rule in counts), default=0)
    for rule, count in counts.most_common():
        marker = "[*]" if fixable[rule] == count else "[-]" if fixable[rule] else "   "
        out.write(f"{count:6d}  {rule:<{width}}  {marker}\n")
    out.write(f"Found {sum(counts.values())} problems.\n")


def show_settings(options: CheckOptions) -> str:
    """The settings that apply to the first path, as YAML."""
    import yaml

    path = options.paths[0] if options.paths else "-"
    described = {"file": path, **CheckRun(options).settings_of(path).as_dict()}
    return yaml.safe_dump(described, sort_keys=False, allow_unicode=True).rstrip()
