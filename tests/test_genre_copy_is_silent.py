"""Clean professional copy of the genres newslint reads must stay silent: a false positive is a
bug. The articles under `fixtures/genres/` were written for these tests (sports with results and
fixtures, markets, an obituary, corrections, wire copy with its credit line, local news, a
briefing transcript, a hearing full of vocatives and asides, a Markdown feature with a list, and
arts copy naming titles, loanwords and bracketed word parts, and columns that ask their readers
about articles and headlines, as a chat assistant asks its requester). The grammar backends are left
out: their spelling and article checks are filtered elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.rules import Rule
from newslint.runner import markup_for

from .conftest import FIXTURES

ARTICLES = sorted((FIXTURES / "genres").iterdir())


@pytest.fixture(scope="module")
def surface_linter(builtin_rules: list[Rule]) -> Linter:
    return Linter(builtin_rules, ignore=["grammar"])


@pytest.mark.parametrize("article", ARTICLES, ids=[p.name for p in ARTICLES])
def test_clean_copy_of_each_genre_is_silent(surface_linter: Linter, article: Path) -> None:
    doc = Document.from_raw(article.read_text(encoding="utf-8"), markup=markup_for(article.name))
    reported = [
        f"{f.rule} {doc.position(f.start)}: {doc.text[f.start : f.end]!r}"
        for f in surface_linter.lint(doc)
    ]
    assert not reported, f"{article.name}: " + "; ".join(reported)
