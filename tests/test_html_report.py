"""The HTML pages without a browser: escaping, self-containment, marks on the right text, charts."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newslint.finding import Finding
from newslint.report import svg
from newslint.report.html_render import highlighted

from .conftest import FIXTURES, run_newslint

REPORT_FIXTURES = FIXTURES / "report"


class Marks(HTMLParser):
    """Reads a highlighted text back: the plain text, and the text each finding id covers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.covered: dict[str, str] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.hidden = 0  # inside a tooltip or icon: not document text
        self.ids: list[list[str]] = []
        self.start_tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.start_tags.append((tag, attributes))
        classes = (attributes.get("class") or "").split()
        if tag == "mark":
            self.ids.append((attributes.get("data-ids") or "").split())
        self.tags.append((tag, attributes))
        if self.hidden or "tip" in classes or "icon" in classes:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        self.tags.pop()
        if self.hidden:
            self.hidden -= 1
        if tag == "mark":
            self.ids.pop()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.text.append(data)
        for finding_id in self.ids[-1] if self.ids else []:
            self.covered[finding_id] = self.covered.get(finding_id, "") + data


def _read(markup: str) -> Marks:
    parser = Marks()
    parser.feed(markup)
    return parser


def test_highlights_cover_exactly_each_findings_text_even_when_they_overlap():
    text = "Sir. Okafor said 😀 the the <b>harbour</b> & “quay"
    # Overlapping: "the the" with "the <b>harbour"; "<b>" inside the latter.
    spans = [("Sir.", 0, "error"), ("the the", 0, "error"), ("the <b>harbour", 22, "info"), ("<b>", 0, "warning")]  # fmt: skip
    findings = []
    for word, after, severity in spans:
        start = text.index(word, after)
        findings.append(
            Finding(f"pack.rule-{len(findings)}", severity, "m", start, start + len(word))
        )
    page = _read(highlighted(text, findings, "f0"))
    assert "".join(page.text) == text
    for index, (word, _, _) in enumerate(spans):
        assert page.covered[f"f0-{index}"] == word


def test_a_finding_of_no_width_is_shown_on_the_next_character():
    findings = [
        Finding("typography.x", "warning", "m", 3, 3),
        Finding("typography.y", "info", "m", 5, 5),
    ]
    page = _read(highlighted("abcde", findings, "f"))
    assert "".join(page.text) == "abcde"
    assert page.covered == {"f-0": "d", "f-1": "e"}


@pytest.fixture(scope="module")
def html_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[dict]]:
    out = tmp_path_factory.mktemp("html") / "report.html"
    paths = [str(REPORT_FIXTURES / "story.txt"), str(REPORT_FIXTURES / "notes.md")]
    run = run_newslint("check", "--grammar", "off", "--format", "html", "-o", str(out), *paths)
    assert run.returncode == 1, run.stderr
    listed = run_newslint("check", "--grammar", "off", "--format", "json", *paths)
    return out.read_text("utf-8"), json.loads(listed.stdout)


def test_input_never_becomes_markup_or_script(html_report: tuple[str, list[dict]]):
    page, _ = html_report
    parsed = _read(page)
    assert [tag for tag, _ in parsed.start_tags].count("script") == 1  # the page's own
    assert 'A reader wrote in: <script>alert("boo")</script> is not a headline.' in "".join(
        parsed.text
    )


def test_page_needs_no_network(html_report: tuple[str, list[dict]]):
    page, _ = html_report
    tags = _read(page).start_tags
    assert not [a for _, a in tags if "src" in a]
    assert all((a.get("href") or "#").startswith("#") for _, a in tags)
    assert "default-src 'none'" in page


def test_every_finding_is_listed_and_marked(html_report: tuple[str, list[dict]]):
    page, findings = html_report
    parsed = _read(page)
    listed = [a for tag, a in parsed.start_tags if "data-finding" in a]
    assert len(listed) == len(findings) == 13
    assert [a["data-rule"] for a in listed] == [f["rule"] for f in findings]
    assert set(parsed.covered) == {a["data-finding"] for a in listed}
    assert "Files" in page and 'href="#file-1"' in page


def test_svg_charts_are_well_formed_and_say_what_they_show():
    chart = svg.histogram([3, 0, 7, 1], [0, 1, 2, 3, 9], title="Documents by density", x_label="density", y_label="documents", marker=2.5, marker_label="--drop-above 2.5")  # fmt: skip
    root = ElementTree.fromstring(chart)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{ns}title").text == "Documents by density"  # type: ignore[union-attr]
    bars = [r for r in root.iter(f"{ns}rect")]
    assert [b.find(f"{ns}title").text for b in bars] == [  # type: ignore[union-attr]
        "0 to 1: 3 documents", "1 to 2: 0 documents", "2 to 3: 7 documents", "3 to 9: 1 documents"
    ]  # fmt: skip
    assert float(bars[2].get("height", 0)) > float(bars[0].get("height", 0)) > float(bars[3].get("height", 0))  # fmt: skip
    ElementTree.fromstring(svg.bars(["mt", "ocr"], [2, 5], title="t", x_label="x"))
    ElementTree.fromstring(svg.lines([0, 1, 2], [("kept", [10, 50, 100])], title="t", x_label="x", y_label="y"))  # fmt: skip


def write_corpus(path: Path) -> Path:
    """Forty short documents, clean to badly damaged, written for these tests."""
    clean = (
        "The harbour authority said on Tuesday that the north quay would reopen next week. "
        "Engineers spent the weekend checking the cranes for damage after the storm. "
        "Ferries to the islands will run a reduced timetable until Friday. "
        "The mayor thanked crews who worked through the night to clear the roads. "
    )
    damage = [
        "Sir. Okafor agreed. ", "The Portugalhad sent tugs. ", "It was the the plan. ",
        "Residents donâ€™t mind. ", "The infor- mation came late. ", "As an AI language model, I agree. ",
    ]  # fmt: skip
    with path.open("w", encoding="utf-8") as out:
        for number in range(40):
            harm = (number * 7) % 11 if number % 3 else 0
            text = clean + "".join(damage[i % len(damage)] for i in range(harm))
            out.write(json.dumps({"id": f"doc{number}", "text": text}) + "\n")
    return path


@pytest.mark.parametrize("scores_name", ["scores.jsonl", "scores.parquet"])
@pytest.mark.slow
def test_scan_report_page(tmp_path: Path, scores_name: str):
    corpus = write_corpus(tmp_path / "dump.jsonl")
    report, scores_path = tmp_path / "report.html", tmp_path / scores_name
    run = run_newslint("scan", str(corpus), "-o", str(scores_path), "--drop-above", "20", "--filtered-output", str(tmp_path / "kept.jsonl"), "--report", str(report), "-j", "1", "--shard-size", "7")  # fmt: skip
    assert run.returncode == 0, run.stderr
    page = report.read_text("utf-8")
    if scores_name.endswith(".parquet"):
        import pyarrow.parquet as parquet

        scores = parquet.read_table(scores_path).to_pylist()
    else:
        scores = [json.loads(line) for line in scores_path.read_text("utf-8").splitlines()]
    kept = sum(1 for s in scores if s["density"] <= 20)
    assert f"<td><code>--drop-above 20</code></td><td>{kept}</td>" in page
    for chart in page.split("<svg")[1:]:
        ElementTree.fromstring("<svg" + chart.split("</svg>")[0] + "</svg>")
    assert page.count('<section class="file"') == 10
    worst = max(scores, key=lambda s: (s["density"], -int(s["id"][3:])))
    assert f"#1 · id {worst['id']} · density" in page
    assert "Sir." in page.split("#2 · id")[0].split("#1 · id")[1]  # its text, re-read from the dump


def test_corpus_stats_stream_the_scores_and_agree_with_counting(tmp_path: Path):
    from newslint.report.corpus_stats import read_stats, words_kept

    rows = [
        {
            "id": f"d{i}",
            "words": 20 + 13 * i,
            "findings": i % 4,
            "density": round((i * 37) % 23 / 2, 3),
            "mt_count": i % 2,
        }
        for i in range(60)
    ]
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    stats = read_stats(str(scores), worst=5)
    assert stats.documents == 60 and stats.words == sum(r["words"] for r in rows)
    assert stats.family_documents["mt"] == 30
    thresholds = [0, 1.5, 5, 11]
    for threshold, words in zip(thresholds, words_kept(str(scores), thresholds), strict=True):
        kept = [r for r in rows if r["density"] <= threshold]
        assert stats.documents_kept(threshold) == len(kept)
        assert words == sum(r["words"] for r in kept)
    eligible = sorted((r for r in rows if r["words"] >= 30), key=lambda r: -r["density"])
    assert [w.density for w in stats.worst] == [r["density"] for r in eligible[:5]]


def test_the_scan_report_counts_the_documents_not_fully_checked(tmp_path: Path):
    # On main the page said nothing of them: a document a rule gave up on has a low density and
    # looks as clean as any other under --drop-above.
    from newslint.report.corpus import _header
    from newslint.report.corpus_stats import read_stats
    from newslint.scan.options import ScanOptions

    rows = [
        {"id": f"d{i}", "words": 100, "findings": 1, "density": 10.0, "unfinished_checks": i % 3}
        for i in range(9)
    ]
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    stats = read_stats(str(scores), worst=5)
    assert stats.unfinished == 6
    header = _header(stats, ScanOptions(inputs=[str(scores)], output=str(scores)))
    assert "<span>6 not fully checked (a rule ran out of time)</span>" in header
    rows = [{**row, "unfinished_checks": 0} for row in rows]
    scores.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert "not fully checked" not in _header(read_stats(str(scores), worst=5), ScanOptions(inputs=[str(scores)], output=str(scores)))  # fmt: skip
