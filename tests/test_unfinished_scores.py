"""A rule that runs out of time on a document leaves a notice, not an artifact: a corpus score
counts the notice apart (`unfinished_checks`) and never among the findings or in a density."""

from __future__ import annotations

import pytest

import newslint.checks as checks
from newslint import text_windows
from newslint.scan.worker import score_text
from newslint.scoring import FIELDS, Scorer
from tests.conftest import SlowPack

STORY = "Sir. Blinken said the talks went well."


@pytest.fixture
def slow_scorer(slow_pack: SlowPack, monkeypatch: pytest.MonkeyPatch) -> Scorer:
    monkeypatch.setattr(checks, "REGEX_TIMEOUT_SECONDS", 0.05)
    pack = slow_pack("(a|aa)+$")  # backtracks without end on a run of "a" not followed by "b"
    return Scorer(rules=[str(pack)], select=["house", "mt"], grammar="off")


def test_a_rule_out_of_time_is_counted_apart_not_as_a_finding(slow_scorer: Scorer) -> None:
    # On main the notice was one of the record's findings: findings 2, density doubled, and
    # nothing told the record of a document not fully checked from a clean one.
    record = slow_scorer(STORY + "\n" + "a" * 40 + "b\n")
    assert tuple(record) == FIELDS
    assert record["findings"] == 1 == record["mt_count"]
    assert record["density"] == round(1000 / record["words"], 3)
    assert record["unfinished_checks"] == 1


def test_a_fully_checked_document_has_no_unfinished_checks(slow_scorer: Scorer) -> None:
    record = slow_scorer(STORY + "\n")
    assert record["findings"] == 1 and record["unfinished_checks"] == 0


def test_a_record_scored_in_windows_adds_up_its_windows_unfinished_checks(
    slow_scorer: Scorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 400)
    slow_part = "a" * 40 + "b"  # the rule runs out of time on any window holding it
    paragraphs = [STORY, "The minister said the vote would go ahead in March.", slow_part]
    text = "\n\n".join(paragraphs[n % 3] for n in range(60))
    windows = text_windows.windows(text)
    assert len(windows) > 2
    record = score_text(slow_scorer, text)
    assert record["findings"] == 20 == record["mt_count"]
    # Each window's rule is run again a paragraph at a time: every slow paragraph is a notice.
    assert record["unfinished_checks"] == 20
