"""Command line: parse options, call the library, pick a reporter. Exit codes 0 / 1 / 2."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from newslint import __version__
from newslint.errors import NewslintError
from newslint.launch import COLORS, FAIL_ON, FORMATS, GRAMMARS, guarded, user_errors
from newslint.warm.commands import daemon

TYPE_CHECKING = False  # typing's import is charged to every command
if TYPE_CHECKING:
    from pathlib import Path

# The entry point and its guards live in `newslint.launch`, which reads a plain `check` without
# loading click; this module is the full command line it hands everything else to.
_guard = user_errors


def main(leave_process: bool = False) -> None:
    """The full command line, with signals and a closed stdout handled as a user would expect.
    `leave_process`: the console script's, see `launch.guarded`."""
    guarded(_run_click, leave_process)


def _run_click() -> int:
    try:
        code = cli(standalone_mode=False)
    except click.exceptions.Exit as done:  # --version, --help
        return done.exit_code
    except click.BadParameter as bad:  # a path that is not there, a folder for a file: one line
        click.echo(f"newslint: error: {bad.format_message()}", err=True)
        return 2
    except click.ClickException as usage:
        usage.show()
        return 2
    except click.exceptions.Abort as stop:  # click wraps Ctrl-C and SIGTERM (see _interrupt)
        cause = stop.__cause__
        raise (cause if isinstance(cause, KeyboardInterrupt) else KeyboardInterrupt()) from None
    return code if isinstance(code, int) else 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def cli() -> None:
    """Lint news copy for machine-translation, OCR, encoding and scraper artifacts."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--select", multiple=True, help="Rule ids or pack prefixes to run (comma-separated).")
@click.option(
    "--ignore", multiple=True, help="Rule ids or pack prefixes to skip (comma-separated)."
)
@click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(),
    help="Extra rule pack file or directory.",
)
@click.option("--no-builtin", is_flag=True, help="Do not load the built-in packs.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes (with --fix or --diff)."
)
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes and write nothing.")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Lowest severity that fails the run [default: warning].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found.")
@click.option("--stdin-filename", default="-", help="Name to report for text read from stdin.")
@click.option("--exclude", multiple=True, help="Glob of paths to skip when walking directories.")
@click.option("--encoding", help="Read files in this encoding instead of detecting UTF-8/UTF-16.")
@click.option("--color", type=click.Choice(COLORS), default="auto")
@click.option(
    "--grammar",
    "grammar_backend",
    type=click.Choice(GRAMMARS),
    help="Grammar engine (default: harper; languagetool needs a server or Java).",
)
@click.option("--languagetool-url", help="A LanguageTool server, e.g. http://localhost:8081.")
@click.option(
    "--context/--no-context",
    default=None,
    help="Let the small language model judge real-but-wrong words and garbled text "
    "(needs `pip install 'newslint[context]'` and the model; default: as settings say).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    help="Processes for many files (0: one per core).",
)
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False),
    help="Use this settings file for every path.",
)
@click.option(
    "--vale-config",
    type=click.Path(exists=True, dir_okay=False),
    help="Also run the styles a .vale.ini names.",
)
@click.option(
    "--vale-min-alert-level",
    type=click.Choice(["suggestion", "warning", "error"]),
    help="Run only Vale rules at or above this level (overrides MinAlertLevel).",
)
@click.option(
    "--show-settings",
    is_flag=True,
    help="Print the settings that apply to the first path and exit.",
)
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of the findings.")
@click.option(
    # No dir_okay=False: click's refusal is a three-line usage error; `_writable` says it in one.
    "--output-file",
    "-o",
    type=click.Path(),
    help="Write the report to this file.",
)
@click.option("--baseline", type=click.Path(), help="Report only findings not in this baseline.")
@click.option(
    "--update-baseline", is_flag=True, help="Record the current findings as the baseline."
)
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    help="Report newslint-disable comments that suppress nothing.",
)
@_guard
def check(
    paths: Sequence[str],
    fmt: str,
    select: Sequence[str],
    ignore: Sequence[str],
    rule_paths: Sequence[str],
    no_builtin: bool,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    fail_on: str | None,
    exit_zero: bool,
    stdin_filename: str,
    exclude: Sequence[str],
    encoding: str | None,
    color: str,
    grammar_backend: str | None,
    languagetool_url: str | None,
    context: bool | None,
    jobs: int,
    config: str | None,
    vale_config: str | None,
    vale_min_alert_level: str | None,
    show_settings: bool,
    statistics: bool,
    output_file: str | None,
    baseline: str | None,
    update_baseline: bool,
    report_unused_suppressions: bool,
) -> None:
    """Check files, directories or - (stdin) for artifacts. With no paths, reads text piped
    to standard input (`cat story.txt | newslint check`)."""
    from newslint.commands import CheckOptions, run_check
    from newslint.parallel import default_jobs

    options = CheckOptions(
        paths=list(paths),  # none: standard input, if piped (`runner.paths_to_check`)
        fmt=fmt,
        select=select,
        ignore=ignore,
        rule_paths=rule_paths,
        builtin=not no_builtin,
        fix=fix,
        unsafe=unsafe_fixes,
        diff=diff,
        fail_on=fail_on,
        exit_zero=exit_zero,
        stdin_filename=stdin_filename,
        exclude=exclude,
        encoding=encoding,
        color=color == "always" or (color == "auto" and sys.stdout.isatty()),
        grammar=grammar_backend,
        languagetool_url=languagetool_url,
        context=context,
        jobs=jobs or default_jobs(),
        config=config,
        vale_config=vale_config,
        vale_min_alert_level=vale_min_alert_level,
        statistics=statistics,
        output_file=output_file,
        baseline=baseline,
        update_baseline=update_baseline,
        report_unused_suppressions=report_unused_suppressions,
    )
    if show_settings:
        from newslint.commands import show_settings as describe

        click.echo(describe(options))
        return
    raise SystemExit(run_check(options))


@cli.group()
def rules() -> None:
    """List, explain and test rules."""


@rules.command("list")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path())
@_guard
def rules_list(rule_paths: Sequence[str]) -> None:
    """One line per rule: id, severity, kind, fixable, message."""
    from newslint.rule_commands import list_rules

    click.echo(list_rules(rule_paths))


@rules.command("show")
@click.argument("rule_id")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path())
@_guard
def rules_show(rule_id: str, rule_paths: Sequence[str]) -> None:
    """What a rule finds, how it fixes it, and its examples."""
    from newslint.rule_commands import show_rule

    click.echo(show_rule(rule_id, rule_paths))


@rules.command("test")
@click.argument("packs", nargs=-1, required=True, type=click.Path())
@_guard
def rules_test(packs: Sequence[str]) -> None:
    """Run the examples of every rule in PACKS; exit 1 if any fails."""
    from newslint.rule_commands import test_packs

    report, failed = test_packs(packs)
    click.echo(report)
    raise SystemExit(1 if failed else 0)


@cli.command()
def doctor() -> None:
    """Say which grammar engines and which context model work on this machine, and why not."""
    from newslint.context.loading import doctor as diagnose_context
    from newslint.grammar import doctor as diagnose

    for name, works, detail in [*diagnose(), diagnose_context()]:
        click.echo(f"{name:<13} {'ok' if works else 'unavailable'}: {detail}")


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default and only way).")
@_guard
def server(stdio: bool) -> None:
    """Run the language server (LSP) for editors; needs `pip install 'newslint[lsp]'`."""
    from newslint.server import serve

    serve()


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default and only way).")
@click.pass_context
def lsp(context: click.Context, stdio: bool) -> None:
    """The same as `newslint server`, by the name other linters give their language server."""
    context.invoke(server, stdio=stdio)


cli.add_command(daemon)


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing .newslint.yaml.")
@_guard
def init(force: bool) -> None:
    """Write a commented starter .newslint.yaml in the current directory."""
    from pathlib import Path

    from newslint.starter import STARTER

    target = Path(".newslint.yaml")
    if target.is_symlink():  # a dangling one would be followed, and a file made where it points
        raise NewslintError(f"{target}: is a symbolic link; not written (remove the link first)")
    if target.exists() and not force:
        raise NewslintError(f"{target}: already exists (use --force to overwrite)")
    _write_new(target, STARTER, replace=force)
    click.echo(
        f"wrote {target}; `newslint check --show-settings FILE` shows what applies to a file"
    )


def _write_new(target: Path, text: str, replace: bool) -> None:
    """Write `target` itself, never through a link made after the checks above (O_NOFOLLOW),
    and, unless told to replace it, never over a file made since (O_EXCL)."""
    import os

    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(target, flags if replace else flags | os.O_EXCL, 0o666)
    except OSError as exc:
        raise NewslintError(f"{target}: cannot write ({exc.strerror}); not written") from None
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)


@cli.command()
# Inputs are checked by ScanOptions.validate: one line naming the file, as `check` says it.
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="Scores: .jsonl, or .parquet.",
)
@click.option("--text-field", default="text", show_default=True)
@click.option("--id-field", default="id", show_default=True)
@click.option("--keep-below", type=float, help="Keep documents whose density is below this.")
@click.option("--drop-above", type=float, help="Drop documents whose density is above this.")
@click.option(
    "--filtered-output", type=click.Path(dir_okay=False), help="Where the kept documents go."
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=0), default=0, help="Processes (0: one per core)."
)
@click.option("--shard-size", type=click.IntRange(min=1), default=1000, show_default=True)
@click.option(
    "--grammar",
    type=click.Choice(GRAMMARS),
    default="off",
    show_default=True,
)
@click.option("--select", multiple=True)
@click.option("--ignore", multiple=True)
@click.option("--config", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--context/--no-context", default=None, help="Judge with the context model (one per worker)."
)
@click.option(
    "--no-resume", is_flag=True, help="Start over even if an interrupted scan left parts."
)
@click.option(
    "--report", type=click.Path(dir_okay=False), help="Also write a corpus page (HTML) here."
)
@click.option(
    "--skip-bad-records",
    is_flag=True,
    help="Skip records that cannot be scored (no text, not JSON): counted and named on stderr, "
    "exit 1 if any.",
)
@click.option(
    "--max-bad-records",
    type=int,
    default=None,
    help="Skip them as --skip-bad-records does, and exit 0 when at most this many were skipped.",
)
@_guard
def scan(inputs: Sequence[str], output: str, text_field: str, id_field: str, keep_below: float | None,
         drop_above: float | None, filtered_output: str | None, jobs: int, shard_size: int, grammar: str,
         select: Sequence[str], ignore: Sequence[str], config: str | None, context: bool | None,
         no_resume: bool, report: str | None, skip_bad_records: bool,
         max_bad_records: int | None) -> None:  # fmt: skip
    """Score every document of JSONL or Parquet dumps; optionally write a filtered dataset."""
    from newslint.launch import say_library_warnings
    from newslint.parallel import default_jobs
    from newslint.policy import split_csv
    from newslint.scan import ScanOptions, run_scan

    options = ScanOptions(
        inputs=list(inputs), output=output, text_field=text_field, id_field=id_field, keep_below=keep_below,
        drop_above=drop_above, filtered_output=filtered_output, jobs=jobs or default_jobs(), shard_size=shard_size,
        grammar=grammar, select=tuple(split_csv(select)), ignore=tuple(split_csv(ignore)), config=config,
        context=context, resume=not no_resume, report=report,
        bad_records=_bad_records(skip_bad_records, max_bad_records),
    )  # fmt: skip
    say_library_warnings()
    raise SystemExit(run_scan(options))


def _bad_records(skip: bool, most: int | None) -> int | None:
    """How many unscorable records a scan may skip and still exit 0; None: the first stops it."""
    if most is not None:
        return most
    return 0 if skip else None
