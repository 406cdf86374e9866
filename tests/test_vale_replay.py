"""Vale's own cucumber suite replayed through newslint (benchmarks/vale_replay.py), if present.

The data is Vale's, kept outside the project (`../shared/vale-testdata`); without it this test
is skipped with a message. The project's own Vale fixtures (tests/test_vale*.py) run from a clone.
"""

from __future__ import annotations

import pytest

from tests.benchmark_pages import load_benchmark


@pytest.mark.slow
def test_vale_cucumber_suite_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    replay = load_benchmark("vale_replay")
    if not (replay.DEFAULT_DATA / "features").is_dir():
        pytest.skip(f"Vale's test data not found at {replay.DEFAULT_DATA}")
    outcomes, skipped = replay.replay(replay.DEFAULT_DATA)
    with capsys.disabled():
        total = replay.report(outcomes, skipped, show=False)
    assert outcomes and total.expected > 100
    assert total.recall >= replay.RECALL_TARGET
    assert total.extra_share <= replay.EXTRA_TARGET
