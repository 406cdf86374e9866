"""Recall on labelled artifacts and silence on clean copy, from fixtures shipped with the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding

from .conftest import FIXTURES

DEV = sorted((FIXTURES / "dev").glob("*.txt"))
CLEAN = sorted((FIXTURES / "clean").glob("*.txt"))


def _where(doc: Document, finding: Finding) -> str:
    line, column = doc.position(finding.start)
    return f"{finding.rule} {line}:{column} {doc.text[finding.start : finding.end]!r}"


@pytest.mark.parametrize("article", DEV, ids=[p.stem for p in DEV])
def test_every_labelled_artifact_is_caught_by_its_rule(linter: Linter, article: Path) -> None:
    """Each label of the answer key names the rule that must report it, and its line and column;
    a failure says which label was missed and what fired there instead."""
    doc = Document.from_raw(article.read_text(encoding="utf-8"))
    findings = linter.lint(doc)
    labels = json.loads(article.with_suffix(".key.json").read_text(encoding="utf-8"))
    missed = []
    for label in labels:
        assert doc.offset(label["line"], label["col"]) == label["start"], label  # the key is sound
        near = [f for f in findings if f.start <= label["end"] + 1 and label["start"] - 1 <= f.end]
        if not any(f.rule == label["rule"] for f in near):
            missed.append(
                f"{article.name}:{label['line']}:{label['col']} {label['rule']} on "
                f"{label['text']!r} missed; fired there: {[_where(doc, f) for f in near]}"
            )
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize("article", DEV, ids=[p.stem for p in DEV])
def test_nothing_fires_off_the_answer_key(linter: Linter, article: Path) -> None:
    """A finding that touches no label is a false positive on copy whose damage is all labelled."""
    doc = Document.from_raw(article.read_text(encoding="utf-8"))
    labels = json.loads(article.with_suffix(".key.json").read_text(encoding="utf-8"))
    off_key = [
        _where(doc, f)
        for f in linter.lint(doc)
        if not any(f.start <= label["end"] + 1 and label["start"] - 1 <= f.end for label in labels)
    ]
    assert not off_key, f"{article.name}: " + "; ".join(off_key)


@pytest.mark.parametrize("article", CLEAN, ids=[p.stem for p in CLEAN])
def test_clean_copy_is_silent(linter: Linter, article: Path) -> None:
    doc = Document.from_raw(article.read_text(encoding="utf-8"))
    findings = linter.lint(doc)
    assert not findings, [(f.rule, doc.text[f.start - 20 : f.end + 20]) for f in findings]


def test_fixing_a_labelled_article_removes_safe_findings(linter: Linter) -> None:
    from newslint.fix import fix_raw

    text = (FIXTURES / "dev" / "state_19.txt").read_text(encoding="utf-8")
    fixed = fix_raw(text, "state_19.txt", linter.lint).raw
    remaining = linter.lint(Document.from_raw(fixed))
    assert not [f for f in remaining if f.fix and f.fix.applicability == "safe"]
    assert fix_raw(fixed, "state_19.txt", linter.lint).raw == fixed
