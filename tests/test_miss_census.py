"""benchmarks/miss_census.py ranks missed sub-types by how many sets miss them, counts only: a
sub-type two sets miss comes before one a single set misses more often, and no page text is
printed (a held-out set can be censused)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newslint.engine import Linter
from newslint.linters import load_rules
from tests.benchmark_pages import PROSE, dev_domains, load_benchmark, write_real_corpus

SECRET = "Zanzibar ferry timetable"  # a label's text, which the census must never print


def _page(domain: str, kinds: list[str]) -> dict[str, Any]:
    """A clean story with labels of the given sub-types on its prose (no rule reports them)."""
    text = f"{PROSE} {SECRET} was printed.\n"
    start = text.index(SECRET)
    labels = [
        {"family": "punctuation", "label": kind, "start": start, "end": start + len(SECRET)}
        for kind in kinds
    ]
    return {
        "id": domain,
        "domain": domain,
        "source_kind": "scraped-news",
        "excerpt": text,
        "labels": labels,
    }


def test_sub_types_ranked_by_sets_then_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    census_module = load_benchmark("miss_census")
    first, second = dev_domains(2)
    one = write_real_corpus(
        tmp_path / "one", [_page(first, ["stray-comma", "Lost Dash", "lost-dash"])]
    )
    two = write_real_corpus(tmp_path / "two", [_page(second, ["stray-comma"])])
    sets = [census_module.parse_set(f"a={one}:dev"), census_module.parse_set(f"b={two}")]
    assert sets[1] == ("b", two, "both")
    linter = Linter(load_rules(), ignore=["grammar"])
    census = census_module.census_of(linter, sets, ("punctuation",))
    census_module.print_census(census, ["a", "b"], ("punctuation",), 1)
    out = capsys.readouterr().out
    ranked = [line.split()[7] for line in out.splitlines() if line.startswith("  ")]
    assert ranked == ["stray-comma", "lost-dash"]  # two sets first; "Lost Dash" folded in
    assert "2 sets   2 missed   0 caught" in out
    assert SECRET not in out and "harbour" not in out
