"""What `newslint check` writes (its --output-file report, a baseline it records) is checked
before the run: writable, and never one of the files it reads, so a report cannot replace a
story or the baseline the run compares against."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from newslint.errors import NewslintError

if TYPE_CHECKING:
    from newslint.commands import CheckOptions
    from newslint.runner import Walk


def refuse_unwritable_report(path: str) -> None:
    """Refuse an --output-file that cannot be written before the run, not after it: the report is
    only opened once whole, and a long run should not end in an error it could have begun with."""
    if os.path.isdir(path):
        raise NewslintError(f"{path}: cannot write the report: it is a folder; name a file")
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise NewslintError(f"{path}: cannot write the report: no such folder {folder!r}")
    target = path if os.path.exists(path) else folder
    if not os.access(target, os.W_OK):
        raise NewslintError(f"{path}: cannot write the report: permission denied")


def refuse_report_file_without_report(options: CheckOptions) -> None:
    """`--diff` prints its diff on stdout and `--update-baseline` writes the baseline: neither
    writes a report, and `--output-file` with either was replaced by an empty file, the last
    good report lost with nothing in its place."""
    if not options.output_file:
        return
    for given, option, instead in (
        (options.diff, "--diff", "it prints the diff on standard output; redirect that"),
        (options.update_baseline, "--update-baseline", "it writes the baseline, no report"),
    ):
        if given:
            raise NewslintError(f"--output-file cannot be used with {option}: {instead}")


def keep_outputs_apart(walk: Walk, options: CheckOptions) -> None:
    """A file the run writes (the report, a baseline it records) is never one it checks: `-o
    story.txt story.txt` replaced the story with its own report. A file named on the command line
    is refused; one met while walking a folder (last run's report) is left out of the walk."""
    written = [options.output_file] if options.output_file else []
    if options.update_baseline:
        written.append(options.baseline or ".newslint-baseline.json")
    for output in (path for path in written if os.path.exists(path)):
        for path in [p for p in walk.files if p != "-" and _same_file(p, output)]:
            if path not in walk.walked:
                raise NewslintError(
                    f"{output}: is also a file being checked; write to another file"
                )
            walk.files.remove(path)
            walk.notes.append(f"{path}: this run writes it (as {output}); not checked")


def keep_report_off_baseline(options: CheckOptions) -> None:
    """`--baseline b.json -o b.json` replaced the baseline it read with the report: the recorded
    findings were lost and the next run read a report as a baseline."""
    baseline = options.baseline or (".newslint-baseline.json" if options.update_baseline else None)
    if options.output_file and baseline and _same_path(options.output_file, baseline):
        raise NewslintError(
            f"{options.output_file}: is the baseline this run uses; write the report to another file"
        )


def _same_path(path: str, other: str) -> bool:
    """The same file, or (one not written yet) the same place."""
    if os.path.exists(path) and os.path.exists(other):
        return _same_file(path, other)
    return os.path.realpath(path) == os.path.realpath(other)


def _same_file(path: str, other: str) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:  # a path that cannot be read is reported when it is checked
        return False
