"""Vale's own cucumber suite replayed through newslint (benchmarks/vale_replay.py), if present.

The data is Vale's, kept outside the project (`../shared/vale-testdata`); without it this test
is skipped with a message. The project's own Vale fixtures (tests/test_vale*.py) run from a clone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _replay_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location("vale_replay", BENCHMARKS / "vale_replay.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["vale_replay"] = module  # its dataclasses look their module up by name
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.slow
def test_vale_cucumber_suite_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    replay = _replay_module()
    if not (replay.DEFAULT_DATA / "features").is_dir():
        pytest.skip(f"Vale's test data not found at {replay.DEFAULT_DATA}")
    outcomes, skipped = replay.replay(replay.DEFAULT_DATA)
    with capsys.disabled():
        total = replay.report(outcomes, skipped, show=False)
    assert outcomes and total.expected > 100
    assert total.recall >= replay.RECALL_TARGET
    assert total.extra_share <= replay.EXTRA_TARGET
