"""Scoring one shard, in a worker process, and committing its parts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from newslint import text_windows
from newslint.collector import collector_paused
from newslint.errors import NewslintError
from newslint.scan.arrow_parts import arrow_rows
from newslint.scan.options import ScanOptions
from newslint.scan.parts import SKIPPED, commit_shard
from newslint.scan.reading import Shard
from newslint.scan.records import Record, Skipped, json_line, kept_line, records

# A batch's texts and gate results are held until it is scored. Batches of 32 already save all
# a batch saves: the gate's pass over 1,000 ~1 KB documents cost 0.37-0.50 s one at a time and
# 0.15-0.16 s in batches of 32 or of 256.
BATCH_CHARS = 64_000
BATCH_RECORDS = 32

# The fields of a record scored in windows that are its windows' sums (besides the counts).
SUMMED = ("words", "unfinished_checks")


def score_shard(shard: Shard, options: ScanOptions, parts: str) -> int:
    """Score a shard, commit its parts; returns how many records it held."""
    from newslint.scoring import scorer

    score = scorer(**options.scorer_settings(), freeze=True)
    scored: list[bytes] = []
    kept: list[bytes] = []
    as_arrow = shard.batch is not None and options.filtered_to_parquet()
    kept_rows: list[int] = []  # offsets in the shard's batch, when its kept rows go as Arrow
    skipped: list[Skipped] | None = None if options.bad_records is None else []
    for batch in batches(records(shard, options.text_field, options.id_field, skipped)):
        texts = [r.text for r in batch]
        with _collector_paused_for(texts):
            scored_batch = score_texts(score, texts)
        for record, scores in zip(batch, scored_batch, strict=True):
            row = {"id": record.id, "ordinal": record.ordinal, **scores}
            scored.append(json_line(row))
            if not (options.filtered_output and options.keeps(row["density"])):
                continue
            if as_arrow:
                kept_rows.append(record.ordinal - shard.first)
            else:
                kept.append(kept_line(record))
    if as_arrow:
        kept = [arrow_rows(shard.batch, kept_rows)]
    contents = {"scores": scored, **({"kept": kept} if options.filtered_output else {})}
    if skipped:  # a part only where some were: a shard finished before skipping was on has none
        contents[SKIPPED] = [
            json_line({"ordinal": s.ordinal, "problem": s.problem}) for s in skipped
        ]
    try:
        commit_shard(Path(parts), shard.index, contents, len(shard))
    except OSError as exc:
        raise NewslintError(
            f"{parts}: cannot write a finished shard ({exc.strerror or exc})"
        ) from None
    return len(shard)


def _collector_paused_for(texts: list[str]) -> AbstractContextManager[None]:
    """The cyclic collector paused for a batch of short texts, so that it runs once a batch, not
    after each document's lint (which pauses it): a lint leaves young objects (memo entries,
    caches) that each run walks, 0.25 s of 1,000 ~1 KB documents' 10 s, 0.13 s once a batch. A
    batch of one long record (over BATCH_CHARS) keeps the pause per window, so that memory
    follows its windows."""
    return collector_paused() if sum(map(len, texts)) <= BATCH_CHARS else nullcontext()


def batches(shard_records: Iterable[Record]) -> Iterator[list[Record]]:
    """Consecutive records, in batches of at most BATCH_CHARS of text or BATCH_RECORDS records
    (a longer record is a batch of its own), so that memory holds a batch, never a shard."""
    batch: list[Record] = []
    chars = 0
    for record in shard_records:
        if batch and (chars + len(record.text) > BATCH_CHARS or len(batch) == BATCH_RECORDS):
            yield batch
            batch, chars = [], 0
        batch.append(record)
        chars += len(record.text)
    if batch:
        yield batch


def score_texts(score: Any, texts: list[str]) -> list[dict[str, Any]]:
    """`score_text` of each text: texts scored whole go through `score.many` together (what
    batches well is done once for all of them), a very long one a window at a time."""
    whole = [i for i, text in enumerate(texts) if not text_windows.is_long(text)]
    scored = dict(zip(whole, score.many([texts[i] for i in whole]), strict=True))
    return [scored[i] if i in scored else score_text(score, text) for i, text in enumerate(texts)]


def score_text(score: Any, text: str) -> dict[str, Any]:
    """`score(text)`, but a very long text is scored a window at a time and the counts added, so
    memory holds one window's findings, never the whole record's (the windows `check` uses)."""
    if not text_windows.is_long(text):
        return dict(score(text))
    if "\r" in text:  # windows are cut in the newline-normalised text, as `check` cuts them
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    from newslint.signals import forget_documents

    counts: Counter[str] = Counter()
    likelihoods: dict[str, float] = {}
    for span in text_windows.windows(text):
        part = score(text[span.start : span.end])
        forget_documents()  # what the checks remembered of this window's text
        counts.update({k: v for k, v in part.items() if k in SUMMED or k.endswith("count")})
        counts["findings"] += part["findings"]
        for name, value in part.items():  # the record is as likely as its likeliest window
            if name.endswith("likelihood"):
                likelihoods[name] = max(likelihoods.get(name, 0.0), value)
    return {**_record(counts, part), **likelihoods}


def _record(counts: Counter[str], template: dict[str, Any]) -> dict[str, Any]:
    from newslint.scoring import _density

    record: dict[str, Any] = {}
    for name in template:  # the field order of the score contract
        if name.endswith("density"):
            family = name[: -len("density")]
            record[name] = _density(
                counts[f"{family}count" if family else "findings"], counts["words"]
            )
        else:
            record[name] = counts[name]
    return record
