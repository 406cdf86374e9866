"""The scan report's worst documents are excerpts: one huge, badly damaged document among them
must not make a page no browser opens (user67: 156 MB for one 2.4 M character record)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newslint.report.corpus import EXCERPT_CHARS, EXCERPT_FINDINGS, scan_report_page
from newslint.scan.options import ScanOptions

SENTENCE = "The harbour authority said Sir. Okafor agreed on Tuesday that the quay would reopen. "
CLEAN = "Engineers spent the weekend checking the cranes for damage after the storm at the port. "


def test_a_huge_worst_document_is_shown_as_an_excerpt_with_a_count_of_the_rest(tmp_path: Path):
    texts = [CLEAN * 5 for _ in range(3)] + [SENTENCE * 1500 + "The last line of the record."]
    dump, scores = tmp_path / "dump.jsonl", tmp_path / "scores.jsonl"
    dump.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n" for n, t in enumerate(texts)), "utf-8")  # fmt: skip
    rows = [{"id": f"d{n}", "words": len(t.split()), "findings": 0, "density": 0.0} for n, t in enumerate(texts)]  # fmt: skip
    rows[-1].update(findings=1500, density=1500 * 1000 / rows[-1]["words"])
    scores.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    page = scan_report_page(ScanOptions(inputs=[str(dump)], output=str(scores), grammar="off"))
    huge = page.split("#1 · id d3")[1].split("</section>")[0]
    listed = len(re.findall(r"<li data-finding=", huge))
    assert 0 < listed <= EXCERPT_FINDINGS
    shown = re.search(r"and ([\d,]+) more findings", huge)
    assert shown, "the page says how many findings it leaves out"
    assert listed + int(shown.group(1).replace(",", "")) >= 1500
    excerpt = re.search(r"Excerpt: the first ([\d,]+) of ([\d,]+) characters", huge)
    assert excerpt and int(excerpt.group(1).replace(",", "")) <= EXCERPT_CHARS
    assert "The last line of the record." not in page
    assert len(page) < 1_000_000
