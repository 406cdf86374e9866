"""Judging runs only the stretch of a paragraph around its suspects (from a little before the
first to the end of the last one's right-hand words), not whole paragraph windows. On the real
model, that must ask about the same suspects and reach the same verdicts as the whole-window
reference, on the seed article and on the held-out grammar sentences."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

pytest.importorskip("gguf")

from newslint.context import engine as engine_module
from newslint.context.engine import JUDGE_CONTEXT_TOKENS
from newslint.context.layout import Suspect
from newslint.context.loading import ContextUnavailable, load_engine
from newslint.document import Document
from newslint.engine import Linter
from newslint.runner import load_rules

from .conftest import ROOT, SEED

pytestmark = pytest.mark.slow

CONTEXT_RULES = (
    "mt.wrong-word",
    "mt.place-adjective",
    "mt.dropped-that",
    "grammar.confusion",
    "grammar.context",
)


@pytest.fixture(scope="module")
def model() -> Any:
    try:
        return load_engine(None)
    except ContextUnavailable as exc:
        pytest.skip(str(exc))


def _held_out_sentences() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "context_sentences", ROOT / "benchmarks" / "context_sentences.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [text for _, bad, good in module.SENTENCES for text in (bad, good)]


def _whole_window_reference(
    model: Any, text: str, suspects: Sequence[Suspect], gate: float, contexts: dict[Suspect, int]
) -> dict[Suspect, tuple[float, tuple[float, ...]]]:
    """What judging gave before stretches were cut: the gate read from the whole paragraph
    window, each word scored afresh from as many tokens before it as the engine reports it used
    (JUDGE_CONTEXT_TOKENS, or the start of the window, or of a stretch shared with a suspect
    just before; that takes the engine's word for it, and the test checks it is never less)."""
    scores = model.token_scores(text)
    ids, spans = model.tokenizer.encode(text)
    layout = model._layout_of(text)
    verdicts = {}
    for suspect in suspects:
        first = int(np.searchsorted(scores.ends, suspect.start, side="right"))
        window = layout.window_of(first)
        if window is None:
            continue
        if scores.span_logprob(suspect.start, suspect.end) > gate:
            continue
        own = max(layout.windows[window][0], first - JUDGE_CONTEXT_TOKENS)
        begin = first - contexts.get(suspect, first - own)
        assert layout.windows[window][0] <= begin <= own
        lead = text[spans[first][0] : suspect.start]
        words = (text[suspect.start : suspect.end], *suspect.alternatives)
        sequences = [
            ids[begin:first] + model.tokenizer.ids(lead + w + suspect.right) for w in words
        ]
        totals = [
            float(s[first - begin - 1 :].sum()) for s in model.runtime.sequence_logprobs(sequences)
        ]
        verdicts[suspect] = (totals[0], tuple(totals[1:]))
    return verdicts


def test_cut_windows_ask_the_same_suspects_and_reach_the_same_verdicts(
    model: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, list[Suspect], float, list[Any]]] = []
    judge = engine_module.ContextEngine.judge

    def recording(self: Any, text: str, suspects: Sequence[Suspect], gate: float) -> Any:
        verdicts = judge(self, text, suspects, gate)
        calls.append((text, list(suspects), gate, verdicts))
        return verdicts

    monkeypatch.setattr(engine_module.ContextEngine, "judge", recording)
    rules = load_rules()
    for rule in rules:
        if rule.id in CONTEXT_RULES:
            rule.enabled = True
    linter = Linter(rules, select=list(CONTEXT_RULES))
    for text in [SEED.read_text(encoding="utf-8"), *_held_out_sentences()]:
        linter.lint(Document(text))
    assert sum(len(v) for *_, v in calls) >= 10  # the texts do reach the model
    for text, suspects, gate, verdicts in calls:
        model._layout = None  # the reference scores whole windows afresh
        contexts = {v.suspect: v.context for v in verdicts}
        reference = _whole_window_reference(model, text, suspects, gate, contexts)
        assert {v.suspect for v in verdicts} == set(reference)
        for verdict in verdicts:
            written, alternatives = reference[verdict.suspect]
            assert verdict.written == pytest.approx(written, abs=1e-3)
            assert verdict.alternatives == pytest.approx(alternatives, abs=1e-3)
