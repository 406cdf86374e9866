"""What newslint spends around a regex call (issue 15): a short document meets ~126 `finditer`
calls, so a few microseconds of Python around each one is a large share of its time."""

from __future__ import annotations

import time

import pytest
import regex

import newslint.checks as checks


def test_finditer_reads_the_reverse_flag_without_enum_arithmetic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `int & regex.REVERSE` runs enum's Python `__rand__` (3-4 us, more than the search of a
    # short text); main asked it on every call.
    forwards = regex.compile(r"\w+", regex.VERSION1)
    backwards = regex.compile(r"\w+", regex.VERSION1 | regex.REVERSE)
    asked: list[object] = []
    original = regex.RegexFlag.__rand__

    def counting(self: regex.RegexFlag, other: object) -> object:
        asked.append(other)
        return original(self, other)

    monkeypatch.setattr(regex.RegexFlag, "__rand__", counting)
    assert [m.group() for m in checks.finditer(forwards, "two words")] == ["two", "words"]
    assert [m.group() for m in checks.finditer(backwards, "two words")] == ["words", "two"]
    assert asked == []


def test_a_search_done_in_one_batch_reads_the_clock_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The clock is read after a batch only to charge a later one (main: twice a call, ~1.7 us
    # each on this machine).
    reads: list[float] = []
    clock = time.process_time

    def counting() -> float:
        reads.append(clock())
        return reads[-1]

    monkeypatch.setattr(time, "process_time", counting)
    pattern = regex.compile(r"\w+", regex.VERSION1)
    assert [m.group() for m in checks.finditer(pattern, "two words")] == ["two", "words"]
    assert len(reads) == 1
    monkeypatch.setattr(checks, "MATCH_BATCH", 1)  # a batch a match: each charged to the next
    assert [m.group() for m in checks.finditer(pattern, "two words")] == ["two", "words"]
    assert len(reads) == 1 + 2 + 2 + 1  # two batches charged, then the empty last one
