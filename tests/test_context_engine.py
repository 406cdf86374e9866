"""The context engine on a tiny model the test writes itself: loading, tokenising, the numpy
forward pass (a shared prefix must give exactly what the full sequence gives), document windows,
and the two check kinds with a stand-in engine whose preferences the test sets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("gguf")
pytest.importorskip("tokenizers")

from newslint.context.engine import ContextEngine
from newslint.context.gguf_weights import ModelFileError, read_weights
from newslint.context.loading import ContextUnavailable, load_engine, model_path
from newslint.context.numpy_llama import NumpyLlama
from newslint.context.tokenizer import Tokenizer

from .tiny_model import _vocabulary, write_tiny_model


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_model(tmp_path_factory.mktemp("model") / "tiny.gguf")


def test_weights_load_with_their_shapes(tiny: Path) -> None:
    weights = read_weights(tiny)
    assert weights.config.layers == 2 and weights.config.kv_heads == 2
    assert weights.blocks[0]["k"].shape == (16, 8)  # (in, out): 2 kv heads of 4
    assert weights.output.shape == (16, len(_vocabulary()))


def test_a_file_that_is_not_a_model_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a gguf file at all")
    with pytest.raises(ModelFileError):
        read_weights(bogus)
    with pytest.raises(ContextUnavailable, match=r"bogus\.gguf"):
        load_engine(str(bogus))


def test_a_missing_model_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(ContextUnavailable, match="not found"):
        model_path(str(tmp_path / "absent.gguf"))


def test_tokenizer_round_trips_and_gives_spans(tiny: Path) -> None:
    weights = read_weights(tiny)
    tokenizer = Tokenizer(weights.tokens, weights.merges)
    text = "the man was there — café 😀"
    ids, spans = tokenizer.encode(text)
    assert tokenizer.decode(ids) == text
    assert weights.tokens.index("Ġthe") in ids  # merges apply
    assert spans[:2] == [(0, 1), (1, 3)]  # "t" + "he": no merge makes "th"
    assert spans[-1][1] == len(text)


def test_ctranslate2_gives_the_numpy_reference_log_probabilities(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("ctranslate2")
    from newslint.context import ct2_llama

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    sequences = [[5, 9, 40, 77, 3, 12, 13], [100, 7, 7], [4, 8, 15, 16, 23, 42, 8, 4, 15, 16]]
    reference = NumpyLlama(read_weights(tiny)).sequence_logprobs(sequences)
    fast, tokenizer = ct2_llama.load_ct2(tiny, threads=1)  # the compute type newslint uses
    for expected, got in zip(reference, fast.sequence_logprobs(sequences), strict=True):
        np.testing.assert_allclose(got, expected, rtol=1e-3, atol=1e-3)
    # A sequence scores the same alone as beside longer ones: verdicts never depend on neighbours.
    (alone,) = fast.sequence_logprobs(sequences[1:2])
    np.testing.assert_allclose(alone, fast.sequence_logprobs(sequences)[1], rtol=1e-5, atol=1e-5)
    assert tokenizer.encode("the man")[0] == Tokenizer(*_vocab_merges(tiny)).encode("the man")[0]


def _vocab_merges(path: Path) -> tuple[list[str], list[str]]:
    weights = read_weights(path)
    return weights.tokens, weights.merges


def test_padding_in_a_batch_changes_nothing(tiny: Path) -> None:
    model = NumpyLlama(read_weights(tiny))
    short, long = [4, 8, 15], [16, 23, 42, 8, 4, 15, 16]
    (alone,) = model.sequence_logprobs([short])
    batched = model.sequence_logprobs([long, short])
    np.testing.assert_allclose(batched[1], alone, rtol=1e-4, atol=1e-4)
    assert np.all(alone <= 0)


def test_document_scores_cover_every_token_after_a_paragraph_start(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    engine = load_engine(str(tiny))
    text = "the man was there.\n\nthe woman was here, and the dog was with her."
    scores = engine.token_scores(text)
    assert np.isnan(scores.logprobs[0])  # a paragraph's first token has no context
    second_paragraph = scores.first_index(text.index("the woman"))
    assert np.isnan(scores.logprobs[second_paragraph])
    assert not np.isnan(scores.logprobs[second_paragraph + 1 :]).any()
    assert engine.token_scores(text) is scores  # the shared pass is computed once per text


def test_long_paragraphs_are_windowed_without_gaps(
    tiny: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newslint.context.layout as layout_module

    monkeypatch.setattr(layout_module, "WINDOW_TOKENS", 12)
    monkeypatch.setattr(layout_module, "OVERLAP_TOKENS", 4)
    engine = ContextEngine(*_parts(tiny), "tiny")
    text = " ".join(["the man was there"] * 20)
    scores = engine.token_scores(text)
    assert not np.isnan(scores.logprobs[1:]).any()


def _parts(path: Path) -> tuple[NumpyLlama, Tokenizer]:
    weights = read_weights(path)
    return NumpyLlama(weights), Tokenizer(weights.tokens, weights.merges)


def test_judging_compares_the_same_left_context_with_each_word(tiny: Path) -> None:
    from newslint.context.layout import Suspect

    engine = ContextEngine(*_parts(tiny), "tiny")
    text = "the man was there and the dog was here."
    start = text.index("was here")
    suspect = Suspect(start, start + 3, ("were",), " here")
    (verdict,) = engine.judge(text, [suspect], gate=0.0)
    ids, spans = engine.tokenizer.encode(text)
    lead = next(i for i, (_, end) in enumerate(spans) if end > start)
    fresh = engine.runtime.sequence_logprobs(
        [
            ids[:lead] + engine.tokenizer.ids(text[spans[lead][0] : start] + w + " here")
            for w in ("was", "were")
        ]
    )
    assert verdict.written == pytest.approx(float(fresh[0][lead - 1 :].sum()), abs=1e-3)
    assert verdict.alternatives[0] == pytest.approx(float(fresh[1][lead - 1 :].sum()), abs=1e-3)
    # The window run for the gate is kept for the surprisal kind.
    assert engine.token_scores(text).logprobs.shape == (len(ids),)


def test_a_word_the_model_already_expects_is_not_judged(tiny: Path) -> None:
    from newslint.context.layout import Suspect

    engine = ContextEngine(*_parts(tiny), "tiny")
    text = "the man was there and the dog was here."
    start = text.index("was here")
    assert engine.judge(text, [Suspect(start, start + 3, ("were",), "")], gate=-1e9) == []


def test_rules_judged_together_get_the_verdicts_each_gets_alone_in_two_batches(
    tiny: Path,
) -> None:
    from newslint.context.layout import Suspect

    text = "the man was there and the dog was here.\nthe woman was with her, and the man was not."
    suspects = [
        Suspect(text.index("was here"), text.index("was here") + 3, ("were",), " here."),
        Suspect(text.index("was with"), text.index("was with") + 3, ("were", "is"), " with her"),
    ]
    other = [Suspect(text.index("dog"), text.index("dog") + 3, ("man",), " was here.")]
    requests = [(suspects, 0.0), (other, 0.0), (suspects[1:], -1e9)]
    alone = [ContextEngine(*_parts(tiny), "tiny").judge(text, s, g) for s, g in requests]

    engine = ContextEngine(*_parts(tiny), "tiny")
    batches: list[int] = []
    keeping, after = engine.runtime.logprobs_keeping, engine.runtime.logprobs_after

    def counted_keeping(sequences: Any, scored_from: Any) -> Any:
        batches.append(len(sequences))
        return keeping(sequences, scored_from)

    def counted_after(continuations: Any) -> Any:
        batches.append(len(continuations))
        return after(continuations)

    engine.runtime.logprobs_keeping = counted_keeping  # type: ignore[method-assign]
    engine.runtime.logprobs_after = counted_after  # type: ignore[method-assign]
    together = engine.judge_together(text, requests)
    assert len(batches) == 2
    assert [len(v) for v in together] == [2, 1, 0]
    for got, expected in zip(together, alone, strict=True):
        for verdict, reference in zip(got, expected, strict=True):
            assert verdict.suspect == reference.suspect
            assert verdict.written == pytest.approx(reference.written, abs=1e-4)
            assert verdict.alternatives == pytest.approx(reference.alternatives, abs=1e-4)
    # Each rule then judging alone finds every score already run.
    assert len(engine.judge(text, *requests[0])) == 2 and len(batches) == 2


def test_a_continuation_scores_what_the_whole_sequence_scores(tiny: Path) -> None:
    model = NumpyLlama(read_weights(tiny))
    stretches = [[5, 9, 40, 77, 3, 12, 13], [100, 7, 7, 8, 4]]
    kept, pasts = model.logprobs_keeping(stretches, [3, 0])
    assert np.isnan(kept[0][:3]).all() and not np.isnan(kept[0][3:]).any()
    whole = model.sequence_logprobs(stretches)
    np.testing.assert_allclose(kept[0][3:], whole[0][3:], rtol=1e-4, atol=1e-4)
    # Two words after the first four tokens of one stretch, one after two tokens of the other,
    # in one batch of different lengths: each as if its whole sequence had been run.
    runs = [(pasts[0], 3, [77, 15, 16]), (pasts[0], 3, [77, 23]), (pasts[1], 2, [7, 42, 8, 4])]
    continued = model.logprobs_after(runs)
    for (past, count, tokens), got in zip(runs, continued, strict=True):
        source = stretches[0] if past is pasts[0] else stretches[1]
        (reference,) = model.sequence_logprobs([source[:count] + tokens])
        np.testing.assert_allclose(got, reference[count:], rtol=1e-4, atol=1e-4)
        assert len(got) == len(tokens) - 1


class _WholeSequencesOnly:
    """A runtime that cannot continue a kept context (as CTranslate2): judging falls back to
    running each word's whole left context."""

    def __init__(self, model: NumpyLlama):
        self.model = model
        self.name = "whole sequences"

    def sequence_logprobs(self, sequences: Any) -> list[np.ndarray]:
        return self.model.sequence_logprobs(sequences)


def test_judging_without_continuations_reaches_the_same_verdicts(tiny: Path) -> None:
    from newslint.context.layout import Suspect

    text = "the man was there and the dog was here.\nthe woman was with her, and the man was not."
    suspects = [
        Suspect(text.index("was here"), text.index("was here") + 3, ("were",), " here."),
        Suspect(text.index("was with"), text.index("was with") + 3, ("were", "is"), " with her"),
    ]
    model, tokenizer = _parts(tiny)
    continuing = ContextEngine(model, tokenizer, "tiny").judge(text, suspects, 0.0)
    whole = ContextEngine(_WholeSequencesOnly(model), tokenizer, "tiny").judge(text, suspects, 0.0)
    assert [v.suspect for v in continuing] == [v.suspect for v in whole] == suspects
    for got, expected in zip(continuing, whole, strict=True):
        assert got.context == expected.context
        assert got.written == pytest.approx(expected.written, abs=1e-4)
        assert got.alternatives == pytest.approx(expected.alternatives, abs=1e-4)


def test_a_later_suspect_earlier_in_a_kept_stretch_is_still_judged(tiny: Path) -> None:
    """A stretch is scored from its first suspect on; judging an earlier word of it afterwards
    must score it again from there, never read the unscored tokens as a verdict."""
    from newslint.context.layout import Suspect

    text = "the dog was here, he was not."  # both within one stretch from the window start
    late = Suspect(text.index("was not"), text.index("was not") + 3, ("were",), " not")
    early = Suspect(text.index("was here"), text.index("was here") + 3, ("were",), " here")
    engine = ContextEngine(*_parts(tiny), "tiny")
    engine.judge(text, [late], gate=0.0)
    (verdict,) = engine.judge(text, [early], gate=0.0)
    (alone,) = ContextEngine(*_parts(tiny), "tiny").judge(text, [early], gate=0.0)
    assert verdict.written == pytest.approx(alone.written, abs=1e-4)
    assert verdict.alternatives == pytest.approx(alone.alternatives, abs=1e-4)


def test_sampled_scores_read_the_spans_that_fit_in_the_budget_and_score_them_as_the_model_does(
    tiny: Path,
) -> None:
    """Spans are taken in the order given while they fit; each token inside one gets the score
    the model gives it after the span's own lead context, and every other token none."""
    engine = ContextEngine(*_parts(tiny), "tiny")
    text = "he ran. the woman was here with the man. the dog was with her and the man."
    first = (0, text.index(" the woman"))
    second = (text.index("the woman"), text.index(" the dog"))
    third = (text.index("the dog"), len(text))
    ids, offsets = engine.tokenizer.encode(text)
    spans = np.asarray(offsets).reshape(-1, 2)
    tokens_in = [
        int(((spans[:, 0] < b) & (spans[:, 1] > a)).sum()) for a, b in (first, second, third)
    ]
    assert tokens_in[1] + 2 > tokens_in[0]
    # The third with its lead, then the first (no lead before the text's start), not the second.
    budget = tokens_in[2] + 2 + tokens_in[0]
    scores = engine.sampled_scores(text, [third, second, first], budget, lead=2)
    inside = lambda span: (scores.starts < span[1]) & (scores.ends > span[0])  # noqa: E731
    assert np.isnan(scores.logprobs[inside(second)]).all()  # did not fit after the third
    assert not np.isnan(scores.logprobs[inside(third)]).any()
    assert np.isnan(scores.logprobs[inside(first)][0])  # the text's first token: no context
    assert not np.isnan(scores.logprobs[inside(first)][1:]).any()
    begin = int(np.nonzero(inside(third))[0][0]) - 2
    expected = engine.runtime.sequence_logprobs([ids[begin:]])[0][1:]
    np.testing.assert_allclose(scores.logprobs[inside(third)], expected, atol=1e-5)
    assert scores.context[inside(third)].tolist() == list(range(2, 2 + tokens_in[2]))


def test_a_long_batch_is_scored_without_holding_every_row_of_vocabulary_logits(
    tiny: Path,
) -> None:
    """A document's batch has thousands of tokens, each a row of logits as wide as the
    vocabulary (1.2 GB for 32 windows on SmolLM2): the output layer must read them a block at a
    time, and give the scores the whole matrix gives."""
    import dataclasses
    import tracemalloc

    from newslint.context import numpy_llama

    rng = np.random.default_rng(0)
    weights = read_weights(tiny)
    vocabulary = 8192  # an output layer wider than the tiny vocabulary; targets stay inside it
    wide = rng.standard_normal((weights.output.shape[0], vocabulary)).astype(np.float32)
    model = NumpyLlama(dataclasses.replace(weights, output=wide))
    sequences = [list(rng.integers(0, len(weights.embedding), 9)) for _ in range(256)]
    tracemalloc.start()
    try:
        blocked = model.sequence_logprobs(sequences)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    whole_matrix = sum(len(s) - 1 for s in sequences) * vocabulary * 4
    assert peak < whole_matrix / 2
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numpy_llama, "OUTPUT_ROWS", 1 << 30)  # one block: the whole matrix
        whole = model.sequence_logprobs(sequences)
    for mine, reference in zip(blocked, whole, strict=True):
        np.testing.assert_allclose(mine, reference, rtol=1e-5, atol=1e-5)


def _tokens_run(engine: ContextEngine) -> list[int]:
    """Counts every token the engine's runtime is given, whichever way it runs them."""
    counted = [0]
    runtime = engine.runtime
    if hasattr(runtime, "logprobs_keeping"):
        keeping, after = runtime.logprobs_keeping, runtime.logprobs_after

        def counted_keeping(sequences: Any, scored_from: Any) -> Any:
            counted[0] += sum(len(s) for s in sequences)
            return keeping(sequences, scored_from)

        def counted_after(continuations: Any) -> Any:
            counted[0] += sum(len(tokens) for _, _, tokens in continuations)
            return after(continuations)

        runtime.logprobs_keeping = counted_keeping
        runtime.logprobs_after = counted_after
    whole = runtime.sequence_logprobs

    def counted_whole(sequences: Any) -> Any:
        counted[0] += sum(len(s) for s in sequences)
        return whole(sequences)

    runtime.sequence_logprobs = counted_whole
    return counted


@pytest.mark.parametrize("continuing", [True, False])
def test_judging_costs_bound_the_tokens_judging_runs(tiny: Path, continuing: bool) -> None:
    """A budget counted in `judging_costs` holds: the model never runs more tokens than the
    suspects' costs add up to, alone or sharing a stretch, with either kind of runtime."""
    from newslint.context.layout import Suspect

    text = "the man was there and the dog was here.\nthe woman was with her, and the man was not."
    suspects = [
        Suspect(text.index("was here"), text.index("was here") + 3, ("were",), " here."),
        Suspect(text.index("dog"), text.index("dog") + 3, ("man", "woman"), " was here."),
        Suspect(text.index("was with"), text.index("was with") + 3, ("were", "is"), " with her"),
    ]
    model, tokenizer = _parts(tiny)
    for asked in ([suspects[0]], suspects):
        runtime: Any = model if continuing else _WholeSequencesOnly(model)
        engine = ContextEngine(runtime, tokenizer, "tiny")
        costs = engine.judging_costs(text, asked)
        counted = _tokens_run(engine)
        engine.judge(text, asked, 0.0)
        assert 0 < counted[0] <= sum(costs)
