"""Recall on labelled artifacts and silence on clean copy, from fixtures shipped with the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.engine import Linter

from .conftest import FIXTURES

DEV = sorted((FIXTURES / "dev").glob("*.txt"))
CLEAN = sorted((FIXTURES / "clean").glob("*.txt"))


@pytest.mark.parametrize("article", DEV, ids=[p.stem for p in DEV])
def test_every_labelled_artifact_is_caught(linter: Linter, article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    findings = linter.lint(Document.from_raw(text))
    labels = json.loads(article.with_suffix(".key.json").read_text(encoding="utf-8"))
    missed = [
        f"{label['type']} {label['text']!r}"
        for label in labels
        if not any(f.start <= label["end"] + 1 and label["start"] - 1 <= f.end for f in findings)
    ]
    assert not missed


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
