"""benchmarks/furniture_reasons.py counts, per reason of the furniture rule, its findings on
furniture labels, on other labels and on no label, and the sites its label hits fall on; and the
labels caught only through reasons seen on two sites or fewer. It prints no page text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_pages import PROSE, dev_domains, load_benchmark, write_real_corpus

CRUMB = "Home > World > Europe"


def _page(domain: str, labelled: bool) -> dict[str, Any]:
    """A page with a breadcrumb over its story, labelled furniture when `labelled`; else it is
    left unlabelled (a finding on no label)."""
    text = f"{CRUMB}\n\nHarbour talks resume after delays\n\n{PROSE}\n"
    labels = (
        [
            {
                "family": "furniture",
                "label": "breadcrumb",
                "start": 0,
                "end": len(CRUMB),
                "text": CRUMB,
            }
        ]
        if labelled
        else []
    )
    record = {"id": domain, "domain": domain, "source_kind": "scraped-news", "excerpt": text}
    return {**record, "labels": labels}


def test_reasons_are_counted_by_label_and_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reasons = load_benchmark("furniture_reasons")
    first, second, third = dev_domains(3)
    pages = [_page(first, True), _page(second, True), _page(third, False)]
    corpus = write_real_corpus(tmp_path, pages)
    assert reasons.main(["--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "dev half, 3 pages: 2 furniture labels, 2 caught" in out
    row = next(
        line for line in out.splitlines() if line.startswith("short items between separators")
    )
    assert row.split()[-4:] == ["2", "0", "1", "2"]  # on furniture, other, none; sites
    # the breadcrumb's reason has label hits on two sites: both labels are caught only through it
    assert "only by reasons whose label hits fall on 2 sites or fewer: 2" in out
    assert PROSE not in out and CRUMB not in out


def test_the_model_can_be_left_out() -> None:
    reasons = load_benchmark("furniture_reasons")
    rules = reasons.with_model(reasons.load_rules(), "off")
    rule = next(r for r in rules if r.id == reasons.RULE)
    assert not rule.option("weights")
