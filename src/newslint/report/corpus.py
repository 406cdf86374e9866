"""`newslint scan --report report.html`: a corpus page for choosing a filter threshold.

From the scores a scan wrote: how finding density is distributed, how many documents each
family touches, what share of documents and words each `--drop-above` threshold keeps, and the
worst documents with their findings marked in place (re-linted with the scan's own settings).
"""

from __future__ import annotations

import json
import math
from html import escape
from pathlib import Path
from typing import Any

from newslint.document import Document
from newslint.finding import FileResult
from newslint.report import svg
from newslint.report.html import file_section, filters
from newslint.report.html_render import page
from newslint.rules import FAMILIES
from newslint.scan import ScanOptions
from newslint.scan.reading import arrow_modules, shards
from newslint.scan.records import records

WORST = 10
# A document this short reaches an extreme density with one finding; the worst list skips it.
MIN_WORDS = 30
BINS = 24
THRESHOLDS = (0.5, 1, 2, 3, 5, 10, 20, 50)


def write_scan_report(options: ScanOptions, target: str, worst: int = WORST) -> None:
    scores = _scores(options.output)
    threshold, verb = _threshold(options)
    worst_results = _worst_results(options, scores, worst)
    body = [
        _header(scores, options),
        '<div class="layout">',
        '<aside class="side" aria-label="Filters for the worst documents">',
        filters([f for r in worst_results for f in r.findings]).replace(
            "<h2>Filter</h2>", "<h2>Filter the worst documents</h2>"
        ),
        "</aside>",
        '<main id="findings">',
        '<h2>Distribution</h2><div class="plots">',
        _density_plot(scores, threshold, verb),
        _family_plot(scores),
        _kept_plot(scores, threshold, verb),
        "</div>",
        _threshold_table(scores, threshold),
        f"<h2>The {worst} worst documents</h2>",
        f'<p class="count">Highest density among documents of at least {MIN_WORDS} words; '
        f'<strong data-shown-in="findings">{sum(len(r.findings) for r in worst_results)}</strong>'
        " findings shown.</p>",
        *(file_section(r, n) for n, r in enumerate(worst_results)),
        "</main></div>",
    ]
    Path(target).write_text(page("newslint scan report", "\n".join(body)), encoding="utf-8")


def _scores(output: str) -> list[dict[str, Any]]:
    """The score records the scan wrote (JSONL, or Parquet by extension)."""
    if output.endswith(".parquet"):
        _, parquet = arrow_modules("reading the scores for --report")
        rows: list[dict[str, Any]] = parquet.read_table(output).to_pylist()
        return rows
    with open(output, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _threshold(options: ScanOptions) -> tuple[float | None, str]:
    if options.drop_above is not None:
        return options.drop_above, "--drop-above"
    return options.keep_below, "--keep-below"


def _header(scores: list[dict[str, Any]], options: ScanOptions) -> str:
    densities = sorted(s["density"] for s in scores)
    words = sum(s["words"] for s in scores)
    findings = sum(s["findings"] for s in scores)
    facts = [
        f"{len(scores):,} documents",
        f"{words:,} words",
        f"{findings:,} findings",
        f"median density {_quantile(densities, 0.5):.2f}",
        f"90th percentile {_quantile(densities, 0.9):.2f}",
    ]
    inputs = ", ".join(escape(Path(p).name) for p in options.inputs)
    spans = "".join(f"<span>{fact}</span>" for fact in facts)
    return (
        '<header class="top"><h1>newslint scan report</h1>'
        f'<p class="counts"><span class="total">{inputs}</span>{spans}</p>'
        '<p class="count">Density is findings per 1,000 words.</p></header>'
    )


def _quantile(ordered: list[float], q: float) -> float:
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, math.floor(q * len(ordered)))]


def _density_plot(scores: list[dict[str, Any]], threshold: float | None, verb: str) -> str:
    densities = sorted(s["density"] for s in scores)
    width = svg.nice_step(max(_quantile(densities, 0.98), threshold or 0, 1.0) / BINS)
    counts = [0] * (BINS + 1)  # the last bin holds everything above the ceiling
    for density in densities:
        counts[min(int(density / width), BINS)] += 1
    edges = [round(width * i, 3) for i in range(BINS + 1)]
    edges.append(max(edges[-1] + width, round(max(densities, default=0), 3)))
    chart = svg.histogram(counts, edges, title="Documents by finding density", x_label="findings per 1,000 words (last bar: everything above)",
                          y_label="documents", marker=threshold, marker_label=f"{verb} {threshold}")  # fmt: skip
    return _figure(chart, "How many documents have each density.")


def _family_plot(scores: list[dict[str, Any]]) -> str:
    touched = [
        (family, sum(1 for s in scores if s.get(f"{family}_count", 0))) for family in FAMILIES
    ]
    chart = svg.bars([f for f, _ in touched], [n for _, n in touched], title="Documents per family",
                     x_label="documents with at least one finding of the family")  # fmt: skip
    return _figure(chart, "Which kinds of damage the corpus carries.")


def _kept_plot(scores: list[dict[str, Any]], threshold: float | None, verb: str) -> str:
    densities = sorted(s["density"] for s in scores)
    ceiling = max(_quantile(densities, 0.98), threshold or 0, 1.0)
    xs = [ceiling * i / 60 for i in range(61)]
    kept_docs, kept_words = [], []
    total_words = sum(s["words"] for s in scores) or 1
    for x in xs:
        kept = [s for s in scores if s["density"] <= x]
        kept_docs.append(100 * len(kept) / max(len(scores), 1))
        kept_words.append(100 * sum(s["words"] for s in kept) / total_words)
    chart = svg.lines(xs, [("documents kept", kept_docs), ("words kept", kept_words)],
                      title="What --drop-above keeps", x_label="--drop-above threshold (findings per 1,000 words)",
                      y_label="% kept", marker=threshold, marker_label=f"{verb} {threshold}")  # fmt: skip
    return _figure(chart, "Share of documents and of words a threshold keeps.")


def _figure(chart: str, caption: str) -> str:
    return f'<figure class="plot">{chart}<figcaption>{escape(caption)}</figcaption></figure>'


def _threshold_table(scores: list[dict[str, Any]], chosen: float | None) -> str:
    total_words = sum(s["words"] for s in scores) or 1
    rows = []
    for threshold in sorted({*THRESHOLDS, *([chosen] if chosen is not None else [])}):
        kept = [s for s in scores if s["density"] <= threshold]
        share = 100 * len(kept) / max(len(scores), 1)
        words = 100 * sum(s["words"] for s in kept) / total_words
        rows.append(
            f"<tr><td><code>--drop-above {threshold}</code></td><td>{len(kept):,}</td>"
            f"<td>{share:.1f}%</td><td>{words:.1f}%</td></tr>"
        )
    return (
        '<h2>Thresholds</h2><table class="grid"><thead><tr><th>filter</th><th>documents kept</th>'
        f"<th>share</th><th>words kept</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _worst_results(options: ScanOptions, scores: list[dict[str, Any]], worst: int) -> list[FileResult]:  # fmt: skip
    """The worst documents, read again from the inputs and linted with the scan's settings."""
    ranked = sorted(
        (i for i, s in enumerate(scores) if s["words"] >= MIN_WORDS),
        key=lambda i: (-scores[i]["density"], i),
    )[:worst]
    wanted = {ordinal: rank for rank, ordinal in enumerate(ranked)}
    texts: dict[int, str] = {}
    for shard in shards(options.inputs, options.shard_size, [options.text_field, options.id_field]):
        if not any(shard.first <= ordinal < shard.first + len(shard) for ordinal in wanted):
            continue  # parse only the shards that hold a worst document
        for offset, document in enumerate(records(shard, options.text_field, options.id_field)):
            if shard.first + offset in wanted:
                texts[shard.first + offset] = document.text
    from newslint.scoring import scorer

    linter = scorer(**options.scorer_settings()).linter
    results = []
    for ordinal in ranked:
        score = scores[ordinal]
        name = f"#{wanted[ordinal] + 1} · id {score.get('id')} · density {score['density']:.1f} · {score['words']} words"
        doc = Document.from_raw(texts.get(ordinal, ""), name, "plain")
        results.append(FileResult(name, doc, linter.lint(doc)))
    return results
