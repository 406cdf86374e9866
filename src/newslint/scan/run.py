"""The run: shards to the workers (at most two in flight per worker), parts committed as they
finish, outputs assembled when all are done, parts removed last."""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError
from newslint.parallel import worker_pool
from newslint.scan.assembly import assemble, resolve_output
from newslint.scan.deciding import deciding_digest
from newslint.scan.lock import locked
from newslint.scan.options import ScanOptions, check_output_name
from newslint.scan.parts import (
    finished,
    prepare_parts,
    remove_parts,
    skipped_records,
)
from newslint.scan.reading import shards
from newslint.scan.worker import score_shard
from newslint.temporary_name import write_durably


def run_scan(options: ScanOptions) -> int:
    options.validate()
    output = resolve_output(options.output, options.inputs)
    check_output_name(options.output, output)
    kept = (
        resolve_output(options.filtered_output, options.inputs) if options.filtered_output else None
    )
    if options.filtered_output and kept:
        check_output_name(options.filtered_output, kept)
    if kept == output:
        raise NewslintError(f"{options.filtered_output}: is also the scores output (-o)")
    report = _report_target(options, [output, *([kept] if kept else [])])
    with locked([output, *([kept] if kept else []), *([report] if report else [])]):
        parts = prepare_parts(Path(f"{output}.parts"), manifest(options), options.resume)
        try:
            count = _score_all(options, parts)
            skipped = _skipped(parts, count, options)
            assemble(parts, "scores", count, output)
            if kept:
                assemble(parts, "kept", count, kept)
            if report:
                _write_report(options, report)
        except KeyboardInterrupt:
            print(
                f"newslint scan: interrupted; finished shards are kept in {parts}, and the same "
                "command resumes from them",
                file=sys.stderr,
            )
            raise SystemExit(130) from None
        remove_parts(parts)
    return _skipped_summary(skipped, options)


# How many skipped records the summary names one by one.
NAMED_SKIPPED = 10


def _skipped(parts: Path, shards: int, options: ScanOptions) -> list[dict[str, Any]]:
    """The records the shards skipped. Without --skip-bad-records, one skipped by an earlier
    run that had it (its shards resumed) stops this one as a bad record does."""
    skipped = skipped_records(parts, shards)
    if skipped and options.bad_records is None:
        raise NewslintError(
            f"{skipped[0]['problem']} (skipped by a run with --skip-bad-records, whose shards "
            "this one resumes: pass it again, or --no-resume)"
        )
    return skipped


def _skipped_summary(skipped: list[dict[str, Any]], options: ScanOptions) -> int:
    """Name the skipped records on stderr; the exit code: 1 when more were skipped than
    --max-bad-records allows (a dump with bad records is not quietly taken for a clean one)."""
    if not skipped:
        return 0
    allowed = options.bad_records or 0
    over = len(skipped) > allowed
    verdict = f"more than --max-bad-records {allowed}: exit 1" if over else "allowed"
    lines = [
        f"newslint scan: skipped {len(skipped):,} record{'s' * (len(skipped) != 1)} that cannot "
        f"be scored, not in the scores or the filtered output ({verdict}):",
        *(f"  ordinal {item['ordinal']}: {item['problem']}" for item in skipped[:NAMED_SKIPPED]),
    ]
    if len(skipped) > NAMED_SKIPPED:
        lines.append(f"  and {len(skipped) - NAMED_SKIPPED:,} more")
    print("\n".join(lines), file=sys.stderr)
    return 1 if over else 0


def _report_target(options: ScanOptions, outputs: list[Path]) -> Path | None:
    """Where --report goes, checked before any work: never an input or another output (the page
    would replace it), and only when the inputs can be read again (the page re-reads the worst
    documents from them: a FIFO or a terminal would hang or hand back nothing)."""
    if not options.report:
        return None
    report = resolve_output(options.report, options.inputs)
    if report in outputs:
        raise NewslintError(f"{options.report}: is also a scan output; write the page elsewhere")
    for source in options.inputs:
        if not Path(source).is_file():
            raise NewslintError(
                f"{source}: not a regular file; --report reads the inputs a second time (for the "
                "worst documents), so scan a file, or leave --report out"
            )
    return report


def _write_report(options: ScanOptions, report: Path) -> None:
    from newslint.report.corpus import scan_report_page

    page = scan_report_page(options)
    try:
        write_durably(report, [page.encode("utf-8")])
    except OSError as exc:
        raise NewslintError(f"{options.report}: cannot write ({exc.strerror or exc})") from None


def manifest(options: ScanOptions) -> dict[str, Any]:
    def identity(path: str) -> list[object]:
        status = os.stat(path)
        return [str(Path(path).resolve()), status.st_size, status.st_mtime_ns]

    return {
        "inputs": [identity(p) for p in options.inputs],
        "settings": options.shard_settings(),
        "deciding": deciding_digest(options.config),
    }


def _score_all(options: ScanOptions, parts: Path) -> int:
    """Score every shard not already finished; returns how many shards there are."""
    done = finished(parts)
    progress = Progress(options.progress)
    columns = None if options.filtered_output else [options.text_field, options.id_field]
    count = 0
    _warm_for_workers(options)
    with worker_pool(options.jobs) as pool:
        pending: set[Future[int]] = set()
        for shard in shards(options.inputs, options.shard_size, columns):
            count += 1
            if shard.index in done:
                progress.add(len(shard))
                continue
            pending.add(pool.submit(score_shard, shard, options, str(parts)))
            while len(pending) >= options.jobs * 2:
                pending = _collect(pending, progress, FIRST_COMPLETED)
        _collect(pending, progress, ALL_COMPLETED)
    progress.finish()
    return count


def _warm_for_workers(options: ScanOptions) -> None:
    """Build the scorer, its tables and (for inputs large enough to repay them) its gate and
    what its checks load lazily before the workers are forked: they inherit them, so N workers
    do not build them N times."""
    from newslint.collector import lasting
    from newslint.engine import GATE_AFTER_CHARS
    from newslint.parallel import can_fork, preload_for_workers
    from newslint.scoring import scorer

    if not can_fork():
        return
    large = sum(_size(path) for path in options.inputs) >= GATE_AFTER_CHARS
    # An engine (grammar, context model) stays the worker's own, never forked live, and so does
    # a linter built from settings the workers read themselves.
    if options.grammar == "off" and not options.context and not options.config:
        linter = scorer(**options.scorer_settings(), freeze=True).linter
        linter.warm_up()
        if large:
            linter.gate  # noqa: B018 (built now, in the parent)
    if large:  # modules and tables, no engine: each worker would load them at its first need
        with lasting():
            preload_for_workers()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # the reader reports it


def _collect(pending: set[Future[int]], progress: Progress, until: str) -> set[Future[int]]:
    finished_now, still = wait(pending, return_when=until)
    for future in finished_now:
        try:
            progress.add(future.result())
        except BrokenProcessPool:
            raise NewslintError(
                "a scan worker died (killed, or out of memory); finished shards are kept, and the "
                "same command resumes from them"
            ) from None
    return still


class Progress:
    """A one-line counter on a terminal; silent otherwise."""

    def __init__(self, enabled: bool):
        self.enabled, self.count, self.began = enabled, 0, time.monotonic()

    def add(self, documents: int) -> None:
        self.count += documents
        if self.enabled:
            rate = self.count / max(time.monotonic() - self.began, 1e-9)
            print(
                f"\rnewslint scan: {self.count:,} documents ({rate:,.0f}/s)",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def finish(self) -> None:
        if self.enabled:
            print(file=sys.stderr)
