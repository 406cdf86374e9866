"""A line-local rule that runs out of time on a long text is run again a paragraph at a time:
the findings it can make are kept, and the notice names only the paragraphs it could not check."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newslint.checks as checks
from newslint.checks import Check
from newslint.document import Document, Span
from newslint.engine import Linter
from newslint.finding import UNFINISHED_RULE, Finding
from newslint.linters import load_rules
from newslint.rerun import paragraphs, rerun_by_paragraph
from tests.conftest import SlowPack

# `(a|aa)+$` backtracks without end on a line of many "a" that ends in "b"; a short run of "a"
# at a line's end is a quick match.
SLOW_PATTERN = "(?m)(a|aa)+$"

STALL = "a" * 60 + "b"


@pytest.fixture
def slow_linter(slow_pack: SlowPack, monkeypatch: pytest.MonkeyPatch) -> Linter:
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.2)
    pack = slow_pack(SLOW_PATTERN)
    honorific = [r for r in load_rules() if r.id == "mt.mistranslated-honorific"]
    return Linter([*load_rules([str(pack)], builtin=False), *honorific])


def _story(stall_at: int, paragraphs_in_all: int = 40) -> str:
    items = ["Talks went on until late. aaaa", "The minister said the vote would go ahead."]
    parts = [items[n % 2] for n in range(paragraphs_in_all)]
    parts[stall_at] = STALL + "\nSir. Blinken said so on the same day."
    return "\n\n".join(parts) + "\n"


def test_the_findings_around_a_stalled_paragraph_are_kept(slow_linter: Linter) -> None:
    # On main the rule lost all 20 of its findings, and the notice stood at the document's start.
    text = _story(stall_at=10)
    found = slow_linter.lint(Document(text, "story.txt"))
    slow = [f for f in found if f.rule == "house.slow"]
    assert len(slow) == 19  # the 20 runs of "a" but the one in the stalled paragraph's place
    notices = [f for f in found if f.rule == UNFINISHED_RULE]
    stalled = text.index(STALL)
    assert [(n.start, n.end) for n in notices] == [(stalled, stalled)]
    assert "this paragraph (" in notices[0].message and "house.slow" in notices[0].message
    # The stalled paragraph's other rule still reports.
    assert any(f.rule == "mt.mistranslated-honorific" for f in found)


def test_a_rule_that_is_not_line_local_is_still_given_up_whole(
    slow_pack: SlowPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rule that asks about the whole document cannot be judged a paragraph at a time.
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.2)
    needs = slow_pack(SLOW_PATTERN, requires="Talks", name="needs.yaml")
    [rule] = load_rules([str(needs)], builtin=False)
    linter = Linter([rule])
    found = linter.lint(Document(_story(stall_at=3), "story.txt"))
    assert [(f.rule, f.start) for f in found] == [(UNFINISHED_RULE, 0)]
    assert "from this document" in found[0].message


class _Stalls(Check):
    """A line-local check that finds each "x" and stalls (times out) on paragraphs holding "!"
    after spending `cost` seconds of CPU on each paragraph."""

    LINE_LOCAL = True

    def __init__(self, cost: float = 0.0) -> None:
        self.rule = load_rules()[0]
        self.cost = cost

    def run(self, doc: Document) -> Iterator[Finding]:
        until = time.process_time() + self.cost
        while time.process_time() < until:
            pass
        if "!" in doc.text:
            raise TimeoutError("regex time out")
        for at, char in enumerate(doc.text):
            if char == "x":
                yield Finding("house.x", "warning", "x", at, at + 1)


def test_stretches_not_checked_are_merged_and_named_in_order() -> None:
    text = "x one\n\n! two\n\n! three\n\nx four\n\n! five\n"
    rerun = rerun_by_paragraph(_Stalls(), Document(text), Span(0, len(text)))
    assert [f.start for f in rerun.found] == [0, text.index("x four")]
    assert [text[s.start : s.end] for s in rerun.unchecked] == [
        "! two\n\n! three\n\n",
        "! five\n",
    ]


def test_the_rerun_stops_when_its_budget_is_spent() -> None:
    # Every paragraph costs 0.02 s: a budget of 0.1 s checks about five of the 100 and names the
    # rest as one stretch, so a text of many paragraphs cannot make the re-run take long.
    text = "".join(f"x {n}\n\n" for n in range(100))
    started = time.process_time()
    rerun = rerun_by_paragraph(_Stalls(cost=0.02), Document(text), Span(0, len(text)), 0.1)
    assert time.process_time() - started < 0.3
    assert 3 <= len(rerun.found) <= 7
    [rest] = rerun.unchecked
    assert rest.end == len(text) and rest.start == text.index(f"x {len(rerun.found)}\n")


@given(st.text(alphabet="ab \t\n", max_size=60), st.data())
def test_paragraphs_are_whole_lines_that_cover_the_region(text: str, data: st.DataObject) -> None:
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    ends = [*(i + 1 for i, c in enumerate(text) if c == "\n"), len(text)]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.sampled_from([e for e in ends if e >= start]))
    parts = list(paragraphs(text, Span(start, end)))
    assert "".join(text[p.start : p.end] for p in parts) == text[start:end]
    for part in parts:
        assert part.start < part.end and part.start in starts and part.end in [*ends, end]
        body = text[part.start : part.end].rstrip(" \t\n")
        # No blank line inside a paragraph's text: a blank line ends it.
        assert all(line.strip() for line in body.split("\n")[1:]) or not body
