"""A very large document's findings are stored compactly and read back unchanged; the policy
judges them one at a time, in text order, with the same answers as for a small document."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest

from newslint import engine, text_windows
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Edit, FileResult, Finding, Fix, in_text_order
from newslint.finding_list import FindingList, applicabilities, rule_ids, severities
from newslint.linters import Choices, build_linter
from newslint.policy import Policy
from newslint.suppress import Baseline

VARIED = [
    Finding("mt.x", "error", "Sir for Mr", 0, 4, Fix.replace(0, 4, "Mr.")),
    Finding("typography.y", "warning", "two edits", 5, 9, Fix((Edit(5, 6, ""), Edit(8, 9, "’")))),
    Finding("ocr.z", "info", "maybe", 10, 12, Fix.replace(10, 12, "", "unsafe"), ("a", "b")),
    Finding("structure.w", "warning", "no fix", 12, 20),
    Finding("mt.x", "error", "Sir for Mr", 2**40, 2**40 + 4, Fix.replace(2**40, 2**40 + 4, "Mr.")),
]


def test_findings_read_back_as_they_were_stored() -> None:
    stored = FindingList(VARIED)
    assert len(stored) == len(VARIED)
    assert list(stored) == VARIED
    assert stored == VARIED
    assert VARIED == stored  # noqa: SIM300  (a list compared with it, from the list's side)
    assert stored[-1] == VARIED[-1] and stored[1:3] == VARIED[1:3]
    assert stored != VARIED[:-1]
    with pytest.raises(IndexError):
        stored[len(VARIED)]


@pytest.mark.parametrize("kind", [list, FindingList])
def test_summary_columns_read_the_same_from_either_kind_of_list(kind: type) -> None:
    findings = kind(VARIED)
    assert rule_ids(findings) == ["mt.x", "typography.y", "ocr.z", "structure.w", "mt.x"]
    assert severities(findings) == ["error", "warning", "info", "warning", "error"]
    assert applicabilities(findings) == ["safe", "safe", "unsafe", None, "safe"]


def test_a_shifted_finding_keeps_every_field_but_its_place() -> None:
    for finding in VARIED:
        moved = engine.shifted(finding, 7)
        assert (moved.start, moved.end) == (finding.start + 7, finding.end + 7)
        assert engine.shifted(moved, -7) == finding
        assert (moved.rule, moved.severity, moved.message, moved.suggestions) == (
            finding.rule, finding.severity, finding.message, finding.suggestions
        )  # fmt: skip


def test_the_c_sort_key_orders_findings_as_the_method_does() -> None:
    shuffled = [*VARIED[::-1], Finding("a.b", "info", "m", 5, 9), Finding("a.a", "info", "m", 5, 9)]
    assert [in_text_order(f) for f in shuffled] == [f.sort_key() for f in shuffled]
    assert sorted(shuffled, key=in_text_order) == sorted(shuffled, key=Finding.sort_key)


def test_equal_texts_are_stored_once() -> None:
    many = FindingList(VARIED[0] for _ in range(1000))
    assert len(many._strings.values) == 6  # rule, severity, message, (), 'safe', 'Mr.'
    assert {f.fix for f in many} == {VARIED[0].fix}


def _objects_size(findings: list[Finding]) -> int:
    """What the findings take as objects of their own (each copied with a new fix)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    held = [engine.shifted(f, 1000) for f in findings]
    size = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del held
    return size


def test_stored_findings_take_a_fraction_of_their_objects_memory() -> None:
    findings = [
        Finding(
            "mt.x",
            "error",
            "Sir for Mr",
            1000 + i,
            1004 + i,
            Fix.replace(1000 + i, 1004 + i, "Mr."),
        )
        for i in range(0, 200_000, 40)
    ]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    stored = FindingList(findings)
    compact = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(stored) == len(findings)
    assert compact * 4 < _objects_size(findings)


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of a few kilobytes, so a test document is 'very large' without taking minutes."""
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 2_000)


DAMAGED = "Sir. Blinken said the the talks , ended . . Russiahad no comment .\n"
ALTERNATING = DAMAGED + "Sir. Blinken said the the talks , stopped . . Russiahad no reply .\n"


def _linter(**policy: object) -> Linter:
    linter = build_linter(Settings(), Choices(grammar="off"))
    if policy:
        linter.policy = Policy.of(**policy)  # type: ignore[arg-type]
    return linter


def test_windowed_document_gives_the_findings_of_each_window_in_order(small_windows: None) -> None:
    linter = _linter()
    text = DAMAGED * 300  # about 20 kB: ten windows
    findings = linter.lint(Document(text))
    assert isinstance(findings, FindingList)
    each_window = [
        engine.shifted(f, window.start)
        for window in text_windows.windows(text)
        for f in linter.lint(Document(text[window.start : window.end]))
    ]
    assert len(text_windows.windows(text)) >= 10
    assert findings == each_window  # in order, nothing lost or doubled at window edges


@pytest.mark.slow
def test_windowed_lint_never_holds_every_finding_as_an_object(small_windows: None) -> None:
    linter = _linter()
    # Two lines in turn: each copy repeats a different line from the one before it, so no two
    # adjacent findings say the same and none are joined as a run (`one_finding`), which would
    # shrink the findings measured against, not what the lint holds.
    # 800 copies: the compact store grows with the findings too, so the bound's margin grows
    # with the document (400 copies left 1 %: any unrelated table would have crossed it).
    doc = Document(ALTERNATING * 800)
    linter.lint(Document(ALTERNATING * 20))  # tables and compiled rules loaded before measuring
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    findings = linter.lint(doc)
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    assert peak < _objects_size(list(findings)) / 2


def test_policy_keeps_the_same_findings_one_at_a_time(small_windows: None) -> None:
    text = DAMAGED * 300
    doc = Document(text)
    ignoring = _linter(ignore=["typography"], severity={"mt": "info"})
    streamed = ignoring.lint(doc)
    judged_whole = ignoring.policy.apply(doc, ignoring.found(doc))
    assert streamed == judged_whole
    assert not any(f.rule.startswith("typography") for f in streamed)
    assert {f.severity for f in streamed if f.rule.startswith("mt.")} == {"info"}


def test_baseline_knows_the_first_occurrences_whatever_order_findings_come_in(
    tmp_path: Path,
) -> None:
    doc = Document("Sir. Blinken spoke.\nSir. Blinken spoke.\n")
    first, second = Finding("mt.x", "error", "m", 0, 4), Finding("mt.x", "error", "m", 20, 24)
    path = str(tmp_path / "a.txt")
    baseline = Baseline.record([FileResult(path, doc, [first])], str(tmp_path / "b.json"))
    policy = Policy(baseline=baseline)
    doc = Document(doc.text, path)
    assert policy.apply(doc, [second, first]) == [second]
    assert policy.apply(doc, [first, second]) == [second]


@pytest.mark.parametrize(
    ("policy", "judged_by_rule"),
    [
        ({}, True),
        ({"ignore": ["typography"]}, True),
        ({"select": ["mt", "structure.doubled-word"], "ignore": ["mt.sir"]}, True),
        ({"per_file_ignores": {"*.txt": ("structure",)}}, True),
        ({"severity": {"mt": "info"}}, False),
    ],
)
def test_windows_stored_at_their_offsets_equal_the_policy_judging_every_finding(
    small_windows: None, policy: dict[str, object], judged_by_rule: bool
) -> None:
    linter = _linter(**policy)
    doc = Document(DAMAGED * 300, "copy.txt")
    assert (linter.policy.rule_judge(doc) is not None) == judged_by_rule
    fast = linter.lint(doc)
    assert fast == linter.policy.apply(doc, linter.found(doc))  # found(): shifted one by one
    assert len(fast) > 300


def test_an_inline_directive_makes_the_policy_read_every_window_finding(
    small_windows: None,
) -> None:
    text = DAMAGED * 150 + "<!-- newslint-disable -->\n" + DAMAGED * 150
    linter = _linter()
    doc = Document(text)
    assert linter.policy.rule_judge(doc) is None
    findings = linter.lint(doc)
    assert findings == linter.policy.apply(doc, linter.found(doc))
    assert max(f.start for f in findings) < text.index("<!-- newslint-disable")
