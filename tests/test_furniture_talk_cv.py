"""benchmarks/furniture_talk_cv.py: a block's words hashed into a fixed number of slots (no
string kept), a classifier of site talk against story talk scored on sites it never saw, and
its held-out scores read beside the shipped furniture model's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.benchmark_pages import PROSE, dev_domains, load_benchmark, write_real_corpus

TALK = "Sign up for our free newsletter today"


def _page(domain: str) -> dict[str, Any]:
    """A page whose appeal to subscribe, set between two paragraphs, is labelled furniture."""
    text = f"Harbour talks resume after delays\n\n{PROSE}\n\n{TALK}\n\n{PROSE}\n"
    start = text.index(TALK)
    label = {"family": "furniture", "label": "newsletter", "start": start, "end": start + len(TALK)}
    record = {"id": domain, "domain": domain, "source_kind": "scraped-news", "excerpt": text}
    return {**record, "labels": [{**label, "text": TALK}]}


def test_hashed_features_are_slots_not_strings() -> None:
    talk = load_benchmark("furniture_talk_cv")
    words = talk.hashed(TALK, 10, chars=False)
    assert words == talk.hashed(TALK, 10, chars=False)  # the same slots every run
    assert all(isinstance(slot, int) and 0 <= slot < 1024 for slot in words)
    assert len(talk.hashed(TALK, 10, chars=True)) > len(words)  # character grams join in
    assert talk.tokens("Updated 2024, 10:32 |") == ["updated", "#4", ",", "#2", ":", "#2", "|"]


def test_auc_counts_ties_as_half() -> None:
    talk = load_benchmark("furniture_talk_cv")
    assert talk.auc(np.array([3.0, 2.0, 1.0]), np.array([1, 0, 0])) == 1.0
    assert talk.auc(np.array([1.0, 1.0]), np.array([1, 0])) == 0.5
    assert talk.auc(np.array([0.0, 1.0, 2.0, 3.0]), np.array([1, 0, 1, 0])) == 0.25


@pytest.mark.parametrize("model", ["logistic", "nb"])
def test_every_block_is_scored_by_a_fold_that_never_saw_its_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], model: str
) -> None:
    talk = load_benchmark("furniture_talk_cv")
    corpus = write_real_corpus(tmp_path, [_page(d) for d in dev_domains(6)])
    (corpus / "clean").mkdir()
    (corpus / "clean" / "story_01.txt").write_text(f"{PROSE}\n\n{PROSE}\n")
    args = ["--corpus", str(corpus), "--folds", "2", "--bits", "10", "--epochs", "2"]
    assert talk.main([*args, "--model", model, "--weights", "1", "--thresholds", "0.8"]) == 0
    out = capsys.readouterr().out
    assert "blocks: 6 site talk, 20 story talk" in out  # a headline and two paragraphs a page
    assert "text classifier alone, labelled blocks: AUC" in out
    assert "residual all:" in out and "residual dev:" in out
    assert "z + 1.0t >= 0.8: +" in out


def test_without_a_corpus_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    talk = load_benchmark("furniture_talk_cv")
    with pytest.raises(SystemExit) as stopped:
        talk.main(["--corpus", str(tmp_path)])
    assert stopped.value.code == 2
    assert f"corpus not found: {tmp_path / 'real'} is missing" in capsys.readouterr().err
