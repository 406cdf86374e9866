"""`scan` scores a shard's documents a batch at a time (issue 15): the gate's pass over the whole
batch first, then each document's checks; scores and findings as one document at a time."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newslint import text_windows
from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.scan import worker
from newslint.scan.records import Record
from newslint.scan.worker import batches, score_text, score_texts
from newslint.scoring import Scorer

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = [
    "Sir. Blinken said on Monday that Russiahad agreed . . to the talks.",
    "The minister said the plan would go ahead,and the vote would be held in March.",
    "Leave a Reply\n\nOfficials said the the results would be published at once.",
    "Nothing here to find: the council met on Tuesday and approved the budget.",
    *(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "dev").glob("*.txt"))),
]


def _rules() -> list[Any]:
    return [rule for rule in load_rules() if not rule.id.startswith("grammar")]


def test_a_batch_is_gated_whole_before_any_of_its_documents_is_checked() -> None:
    """The RE2 sets scan a batch back to back: interleaved with the checks, whose work evicts
    their DFA from the CPU caches, the same scans cost several times more."""
    linter = Linter(_rules(), gate_after=0)
    events: list[tuple[str, str]] = []
    gate, run_check = linter.gate, linter.run_check

    batched: list[bool] = []  # inside open_parts_many, which asks open_parts for long texts

    def open_parts(text: str) -> Any:
        if not batched:
            events.append(("gate", text))
        return type(gate).open_parts(gate, text)

    def open_parts_many(texts: list[str]) -> Any:
        events.extend(("gate", text) for text in texts)
        batched.append(True)
        try:
            return type(gate).open_parts_many(gate, texts)
        finally:
            batched.pop()

    def checked(check: Any, doc: Document, parts: Any, lines: Any = None) -> Any:
        events.append(("check", doc.text))
        return run_check(check, doc, parts, lines)

    gate.open_parts = open_parts  # type: ignore[method-assign]
    gate.open_parts_many = open_parts_many  # type: ignore[method-assign]
    linter.run_check = checked  # type: ignore[method-assign]
    docs = [Document.from_raw(text) for text in TEXTS]
    list(linter.lint_all(docs))
    first_check = next(i for i, (kind, _) in enumerate(events) if kind == "check")
    assert events[:first_check] == [("gate", doc.text) for doc in docs]
    assert all(kind == "check" for kind, _ in events[first_check:])


def test_a_batch_finds_what_its_documents_find_one_at_a_time() -> None:
    rules = _rules()
    batched, alone = Linter(rules, gate_after=0), Linter(rules, gated=False)
    docs = [Document.from_raw(text) for text in TEXTS]
    expected = [alone.lint(Document.from_raw(text)) for text in TEXTS]
    assert list(batched.lint_all(docs)) == list(zip(docs, expected, strict=True))
    assert sum(map(len, expected)) > len(TEXTS)  # the texts give the rules something to find


def test_a_batch_lets_each_document_go_once_it_is_linted() -> None:
    """Memory holds the batch's texts and gate results, not every document's worked-out state."""
    linter = Linter(_rules(), gate_after=0)
    made: list[weakref.ref[Document]] = []

    def documents() -> Iterator[Document]:
        for text in TEXTS[:3]:
            doc = Document.from_raw(text)
            made.append(weakref.ref(doc))
            yield doc

    linted = linter.lint_all(documents())
    first = next(linted)
    assert len(made) == 3  # the gate's pass made all of them
    del first
    second = next(linted)
    gc.collect()
    assert made[0]() is None and made[1]() is second[0] and made[2]() is not None


def test_a_batch_scores_what_its_documents_score_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Very long texts in a batch are scored a window at a time, each in its place."""
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 2_000)
    scorer = Scorer(grammar="off")
    long = "\n\n".join(TEXTS[n % 4] for n in range(80))
    assert len(long) > 2 * text_windows.WINDOW_CHARS
    texts = [TEXTS[0], long, *TEXTS[1:], long]
    expected = [score_text(scorer, text) for text in texts]
    assert score_texts(scorer, texts) == expected
    assert [scorer(text) for text in TEXTS] == scorer.many(TEXTS)


def test_batches_are_bounded_by_characters_and_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "BATCH_CHARS", 100)
    monkeypatch.setattr(worker, "BATCH_RECORDS", 3)
    sizes = [10, 10, 10, 10, 60, 50, 250, 5]
    records = [Record("x" * size, index, index, {}, None) for index, size in enumerate(sizes)]
    cut = [[record.id for record in batch] for batch in batches(iter(records))]
    assert cut == [[0, 1, 2], [3, 4], [5], [6], [7]]
    assert [r for batch in batches(iter(records)) for r in batch] == records


def test_the_collector_runs_once_a_batch_of_short_texts_and_per_window_of_a_long_one() -> None:
    """A batch of short texts is scored with the cyclic collector paused throughout (it runs once
    the batch is done, not after every document); a record too long for a batch of its own keeps
    the pause per window, so that a window's garbage is collected before the next is linted."""
    was = gc.isenabled()
    gc.enable()  # what the process had before decides nothing here
    try:
        _pauses_by_batch()
    finally:
        if not was:
            gc.disable()


def _pauses_by_batch() -> None:
    with worker._collector_paused_for(TEXTS[:3]):
        assert not gc.isenabled()
    assert gc.isenabled()
    with worker._collector_paused_for(["word " * (worker.BATCH_CHARS // 5 + 1)]):
        assert gc.isenabled()
