"""The collector pause: off while documents are linted, back as it was once the last lint ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from newslint.collector import collector_paused, lasting
from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    # Restored either way: a test here that turns the collector off must not leave it off for
    # every test after it (test_scan_batches found it off in a full run).
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer lint still runs
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_still_resumes_the_collector(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_overlapping_lints_on_threads_resume_it_when_the_last_ends(collector_on: None) -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait()
        first_out.set()

    def second() -> None:
        first_in.wait()
        with collector_paused():
            second_in.set()
            first_out.wait()
            seen.append(gc.isenabled())  # the first lint ended; this one still runs

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [False]
    assert gc.isenabled()


def test_linting_leaves_the_collector_running(collector_on: None) -> None:
    linter = Linter(load_rules())
    findings = linter.lint(Document("The the president said said that."))
    assert findings  # the lint ran checks
    assert gc.isenabled()


def test_what_a_lasting_block_makes_is_frozen_and_the_collector_resumes(
    collector_on: None,
) -> None:
    gc.unfreeze()
    try:
        with lasting():
            assert not gc.isenabled()
            kept = [[n] for n in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.unfreeze()


def test_a_lasting_block_inside_a_lint_freezes_nothing(collector_on: None) -> None:
    gc.unfreeze()
    with collector_paused(), lasting():
        made = [[n] for n in range(1000)]
    assert gc.get_freeze_count() == 0 and made
    assert gc.isenabled()


def test_the_library_score_never_freezes_its_hosts_heap() -> None:
    # `newslint.score` runs inside someone else's pipeline (Spark, datatrove, dask): freezing
    # there would pin every object of the host, its garbage too. Only scan's own workers freeze.
    from newslint.scoring import Scorer

    before = gc.get_freeze_count()
    try:
        Scorer(select=("structure",), grammar="off")
        assert gc.get_freeze_count() == before
        Scorer(select=("structure",), grammar="off", freeze=True)
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
