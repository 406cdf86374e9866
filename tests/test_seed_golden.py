"""The seed article against its answer key: the caught set may only grow."""

from __future__ import annotations

import csv

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

from .conftest import ROOT, SEED

# Raise this set as packs improve; never lower it.
EXPECTED_CAUGHT = {
    "D1",
    "D2",
    "S1",
    "S2",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "H7",
    "H8",
    "G1",
    "P1",
    "P2",
    "A1",
    "V1",
    "L1",
    "Q1",
    "Q2",
    "U1",
    "U2",
    "U3",
    "U4",
    "U5",
    "T1",
    "B2",
    "W1",
    "W2",
}
# At most this many findings that match no answer-key item (issue 3's target is 2).
MAX_OFF_KEY = 2


def key_items() -> list[dict[str, str]]:
    with open(ROOT / "seeds" / "seed-key.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def caught_items() -> tuple[set[str], int]:
    doc = Document.from_raw(SEED.read_text(encoding="utf-8"))
    findings = Linter(load_rules(), ignore=["grammar"]).lint(doc)
    spans = {}
    for item in key_items():
        start = doc.offset(int(item["line"]), int(item["column"]))
        spans[item["id"]] = (start, start + len(item["text"]))
    caught = set()
    off_key = 0
    for finding in findings:
        hits = {i for i, (s, e) in spans.items() if finding.start <= e + 1 and s - 1 <= finding.end}
        caught |= hits
        off_key += not hits
    return caught, off_key


def test_answer_key_offsets_match_the_article() -> None:
    doc = Document.from_raw(SEED.read_text(encoding="utf-8"))
    for item in key_items():
        start = doc.offset(int(item["line"]), int(item["column"]))
        assert doc.text[start : start + len(item["text"])] == item["text"], item["id"]


def test_seed_items_caught_never_drop() -> None:
    caught, _ = caught_items()
    assert caught >= EXPECTED_CAUGHT, f"no longer caught: {sorted(EXPECTED_CAUGHT - caught)}"


def test_few_findings_off_the_answer_key() -> None:
    _, off_key = caught_items()
    assert off_key <= MAX_OFF_KEY


def test_misspelt_byline_is_caught_with_the_newsrooms_staff_list(tmp_path) -> None:
    """B1 needs a gazetteer: the newsroom's own staff list, given in settings, not built in."""
    from .conftest import run_newslint

    (tmp_path / ".newslint.yaml").write_text("staff: staff.txt\ngrammar: off\n", encoding="utf-8")
    (tmp_path / "staff.txt").write_text("# one name per line\nEric Schmitt\n", encoding="utf-8")
    (tmp_path / "article.txt").write_bytes(SEED.read_bytes())
    result = run_newslint(
        "check", "article.txt", "--select", "mt.byline-name", "--format", "concise", cwd=tmp_path
    )
    assert (
        result.stdout.splitlines()[0]
        == "article.txt:48:1: error mt.byline-name Byline “Erik Schmitt” is one slip away from staff member “Eric Schmitt”"
    )
