"""`newslint scan --report report.html`: a corpus page for choosing a filter threshold.

From the scores a scan wrote: how finding density is distributed, how many documents each
family touches, what share of documents and words each `--drop-above` threshold keeps, and the
worst documents with their findings marked in place (re-read from the inputs and re-linted with
the scan's own settings). Memory stays at one number per document (corpus_stats.py).
"""

from __future__ import annotations

import itertools
from html import escape
from pathlib import Path

from newslint.document import Document
from newslint.finding import FileResult
from newslint.report import svg
from newslint.report.corpus_stats import MIN_WORDS, CorpusStats, Worst, read_stats, words_kept
from newslint.report.html import file_section, filters
from newslint.report.html_render import page
from newslint.rules import FAMILIES
from newslint.scan import ScanOptions
from newslint.scan.reading import shards
from newslint.scan.records import records

WORST = 10
BINS = 24
CURVE_POINTS = 60
THRESHOLDS = (0.5, 1, 2, 3, 5, 10, 20, 50)
# A worst document is shown as an excerpt: its first characters and findings, whatever its size,
# so that ten of them keep the page to a few megabytes (a 2.4 M character record, all of it
# marked, made a 156 MB page).
EXCERPT_CHARS = 20_000
EXCERPT_FINDINGS = 100


def scan_report_page(options: ScanOptions, worst: int = WORST) -> str:
    """The corpus page of a finished scan, as one HTML document."""
    stats = read_stats(options.output, worst)
    threshold, verb = _threshold(options)
    ceiling = max(stats.quantile(0.98), threshold or 0, 1.0)
    curve = [ceiling * i / CURVE_POINTS for i in range(CURVE_POINTS + 1)]
    table = sorted({*THRESHOLDS, *([threshold] if threshold is not None else [])})
    kept_words = words_kept(options.output, [*curve, *table])
    worst_results = [_excerpt(r) for r in _worst_results(options, stats.worst)]
    body = [
        _header(stats, options),
        '<div class="layout">',
        '<aside class="side" aria-label="Filters for the worst documents">',
        filters([f for r, _, _ in worst_results for f in r.findings]).replace(
            "<h2>Filter</h2>", "<h2>Filter the worst documents</h2>"
        ),
        "</aside>",
        '<main id="findings">',
        '<h2>Distribution</h2><div class="plots">',
        _density_plot(stats, threshold, verb),
        _family_plot(stats),
        _kept_plot(stats, curve, kept_words[: len(curve)], threshold, verb),
        "</div>",
        _threshold_table(stats, table, kept_words[len(curve) :]),
        f"<h2>The {len(worst_results)} worst documents</h2>",
        f'<p class="count">Highest density among documents of at least {MIN_WORDS} words; '
        f'<strong data-shown-in="findings">{sum(len(r.findings) for r, _, _ in worst_results)}'
        "</strong> findings shown.</p>",
        *(file_section(r, n, shown, more) for n, (r, shown, more) in enumerate(worst_results)),
        "</main></div>",
    ]
    return page("newslint scan report", "\n".join(body))


def _threshold(options: ScanOptions) -> tuple[float | None, str]:
    if options.drop_above is not None:
        return options.drop_above, "--drop-above"
    return options.keep_below, "--keep-below"


def _header(stats: CorpusStats, options: ScanOptions) -> str:
    facts = [
        f"{stats.documents:,} documents",
        f"{stats.words:,} words",
        f"{stats.findings:,} findings",
        f"median density {stats.quantile(0.5):.2f}",
        f"90th percentile {stats.quantile(0.9):.2f}",
    ]
    if stats.unfinished:
        facts.append(f"{stats.unfinished:,} not fully checked (a rule ran out of time)")
    inputs = ", ".join(escape(Path(p).name) for p in options.inputs)
    spans = "".join(f"<span>{fact}</span>" for fact in facts)
    return (
        '<header class="top"><h1>newslint scan report</h1>'
        f'<p class="counts"><span class="total">{inputs}</span>{spans}</p>'
        '<p class="count">Density is findings per 1,000 words.</p></header>'
    )


def _density_plot(stats: CorpusStats, threshold: float | None, verb: str) -> str:
    width = svg.nice_step(max(stats.quantile(0.98), threshold or 0, 1.0) / BINS)
    edges = [round(width * i, 3) for i in range(BINS + 1)]
    # Documents per bin, from the sorted densities; the last bar holds everything above.
    below = [stats.documents_below(edge) for edge in edges]
    counts = [b - a for a, b in itertools.pairwise(below)] + [stats.documents - below[-1]]
    edges.append(max(edges[-1] + width, round(stats.densities[-1] if stats.documents else 0, 3)))
    chart = svg.histogram(counts, edges, title="Documents by finding density", x_label="findings per 1,000 words (last bar: everything above)",
                          y_label="documents", marker=threshold, marker_label=f"{verb} {threshold}")  # fmt: skip
    return _figure(chart, "How many documents have each density.")


def _family_plot(stats: CorpusStats) -> str:
    counts = [stats.family_documents[family] for family in FAMILIES]
    chart = svg.bars(list(FAMILIES), counts, title="Documents per family",
                     x_label="documents with at least one finding of the family")  # fmt: skip
    return _figure(chart, "Which kinds of damage the corpus carries.")


def _kept_plot(stats: CorpusStats, curve: list[float], kept_words: list[int],
               threshold: float | None, verb: str) -> str:  # fmt: skip
    documents = max(stats.documents, 1)
    kept_docs = [100 * stats.documents_kept(x) / documents for x in curve]
    kept_share = [100 * words / max(stats.words, 1) for words in kept_words]
    chart = svg.lines(curve, [("documents kept", kept_docs), ("words kept", kept_share)],
                      title="What --drop-above keeps", x_label="--drop-above threshold (findings per 1,000 words)",
                      y_label="% kept", marker=threshold, marker_label=f"{verb} {threshold}")  # fmt: skip
    return _figure(chart, "Share of documents and of words a threshold keeps.")


def _figure(chart: str, caption: str) -> str:
    return f'<figure class="plot">{chart}<figcaption>{escape(caption)}</figcaption></figure>'


def _threshold_table(stats: CorpusStats, thresholds: list[float], kept_words: list[int]) -> str:
    rows = []
    for threshold, words in zip(thresholds, kept_words, strict=True):
        kept = stats.documents_kept(threshold)
        share = 100 * kept / max(stats.documents, 1)
        rows.append(
            f"<tr><td><code>--drop-above {threshold:g}</code></td><td>{kept:,}</td>"
            f"<td>{share:.1f}%</td><td>{100 * words / max(stats.words, 1):.1f}%</td></tr>"
        )
    return (
        '<h2>Thresholds</h2><table class="grid"><thead><tr><th>filter</th><th>documents kept</th>'
        f"<th>share</th><th>words kept</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _worst_results(options: ScanOptions, worst: list[Worst]) -> list[FileResult]:
    """The worst documents, read again from the inputs and linted with the scan's settings."""
    wanted = {entry.ordinal: entry for entry in worst}
    texts: dict[int, str] = {}
    columns = [options.text_field, options.id_field]
    for shard in shards(options.inputs, options.shard_size, columns):
        if not any(shard.first <= ordinal < shard.first + len(shard) for ordinal in wanted):
            continue  # parse only the shards that hold a worst document
        # A record that cannot be scored is none of the worst (--skip-bad-records passed it).
        for document in records(shard, options.text_field, options.id_field, skipped=[]):
            if document.ordinal in wanted:
                texts[document.ordinal] = document.text
    from newslint.scoring import scorer

    linter = scorer(**options.scorer_settings()).linter
    results = []
    for rank, entry in enumerate(worst, 1):
        name = f"#{rank} · id {entry.id} · density {entry.density:.1f} · {entry.words} words"
        doc = Document.from_raw(texts.get(entry.ordinal, ""), name, "plain")
        results.append(FileResult(name, doc, linter.lint(doc)))
    return results


def _excerpt(result: FileResult) -> tuple[FileResult, int, int]:
    """`result` cut to its first `EXCERPT_FINDINGS` findings inside its first `EXCERPT_CHARS`
    characters, with the characters to show and the count of findings left out. When findings
    are left out, the text stops at the end of the line of the last one shown (or right after it,
    on a long line), so that no text shown carries an unmarked finding."""
    findings = sorted(result.findings, key=lambda f: (f.start, f.end))
    limit = min(len(result.doc.original), EXCERPT_CHARS)
    kept = [f for f in findings if f.start < limit][:EXCERPT_FINDINGS]
    if len(kept) < len(findings) and kept:
        last = max(f.end for f in kept)
        line_end = result.doc.original.find("\n", last, limit)
        limit = min(limit, line_end if line_end >= 0 else last)
    excerpt = FileResult(result.path, result.doc, kept, result.rules)
    return excerpt, limit, len(findings) - len(kept)
