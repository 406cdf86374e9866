"""The tagger's cached model gives the tags the wheel's pickle gives, loads without unpickling,
and a damaged or stale cache entry costs only the reading of the pickle."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.vale import tagger as tagger_module
from newslint.vale import tagger_model
from newslint.vale.tagger import Tagger, model_path, treebank_words
from newslint.vale.tagger_model import CompactWeights, Model, load_model

from .conftest import examples

SENTENCES = [
    "Iran rejects offer by Greek shipowners",
    "The committee members has voted to approve the 2024 budget on Tuesday.",
    "Residents was told to leave; the team lose again, its fans said (quietly).",
    "Kyiv-based officials, 12 of them, met U.S. envoys at 3 p.m. — “no deal,” one said.",
]


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    load_model.cache_clear()
    yield tmp_path / "cache"
    load_model.cache_clear()


@cache
def pickled_model() -> Model:
    weights, tagdict = tagger_model._unpickled(model_path())
    return Model(weights, tagdict)  # the plain dicts, as the pickle has them


def test_the_cached_model_tags_as_the_pickle_does(own_cache: Path) -> None:
    plain = Tagger(pickled_model())
    built = Tagger(load_model(model_path()))  # builds and stores the compact form
    load_model.cache_clear()
    stored = Tagger(load_model(model_path()))  # reads it back
    assert list(own_cache.glob("tagger@*.bin"))
    for sentence in SENTENCES:
        words = treebank_words(sentence)
        assert built.tag(words) == plain.tag(words) == stored.tag(words)


def test_every_feature_reads_back_as_the_same_dict_in_the_same_order() -> None:
    weights, _ = tagger_model._unpickled(model_path())
    compact = CompactWeights.loads(CompactWeights.of(weights).dumps())
    for feature, row in weights.items():
        assert list(compact.get(feature, {}).items()) == list(row.items())
    assert compact.get("no such feature", {}) == {}


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8))
@settings(max_examples=examples(60), deadline=None)
def test_any_words_get_the_same_tags(words: list[str]) -> None:
    plain = pickled_model()
    assert Tagger(read_back()).tag(words) == Tagger(plain).tag(words)


@cache
def read_back() -> Model:
    plain = pickled_model()
    compact = CompactWeights.of(plain.weights)  # type: ignore[arg-type]
    return Model(CompactWeights.loads(compact.dumps()), plain.tagdict)


@pytest.mark.parametrize("damage", [b"", b"garbage", pickle.dumps({"a": 1})])
def test_a_damaged_entry_is_read_from_the_pickle_again(own_cache: Path, damage: bytes) -> None:
    load_model(model_path())
    [entry] = own_cache.glob("tagger@*.bin")
    entry.write_bytes(damage)
    load_model.cache_clear()
    words = treebank_words(SENTENCES[1])
    assert Tagger(load_model(model_path())).tag(words) == Tagger(pickled_model()).tag(words)


def test_an_entry_others_could_have_written_is_not_read(own_cache: Path) -> None:
    load_model(model_path())
    [entry] = own_cache.glob("tagger@*.bin")
    weights, tagdict = CompactWeights.read(entry.read_bytes())
    entry.write_bytes(weights.dumps({word: "SYM" for word in tagdict}))
    entry.chmod(0o666)  # planted, or writable by any user of a shared cache folder
    load_model.cache_clear()
    words = treebank_words(SENTENCES[1])
    assert Tagger(load_model(model_path())).tag(words) == Tagger(pickled_model()).tag(words)


def test_the_cached_entry_is_mapped_not_unmarshalled(own_cache: Path) -> None:
    """Loading the entry unmarshals the block heads and the tag dictionary, never the 94,000
    feature names one string each: those stay in the mapped file (15-25 ms a run otherwise)."""
    load_model(model_path())
    load_model.cache_clear()
    stored = load_model(model_path())
    weights = stored.weights
    assert isinstance(weights, CompactWeights)
    assert not isinstance(weights._names, bytes)  # the file's pages, not a copy
    assert len(weights._firsts) * 8 < len(weights._starts)


# Words of every shape `_fixed_tag` and `_normalize` tell apart, and plain ones.
_SHAPED = st.sampled_from(["0", "*", "*T*-1", "-LRB-", "(", "]", "-", "2024", "3.5", "Kyiv-based"])


@given(st.lists(st.one_of(_SHAPED, st.text(min_size=1, max_size=10)), min_size=1, max_size=10))
@settings(max_examples=examples(60), deadline=None)
def test_tags_taken_one_by_one_are_those_of_the_whole_list(words: list[str]) -> None:
    """`iter_tags` normalises the context only as far as the caller reads: a caller that stops
    after any word has the tags the whole list gives (the guesses read two words ahead)."""
    tagger = Tagger(read_back())
    whole = tagger.tag(words)
    for stop in range(len(whole) + 1):
        tags = tagger.iter_tags(words)
        assert [next(tags) for _ in range(stop)] == whole[:stop]


def test_the_best_label_is_the_scores_best() -> None:
    """`best_label` (one list of totals) picks what adding each feature's dict does."""
    compact = read_back().weights
    assert isinstance(compact, CompactWeights)
    tagger = Tagger(pickled_model())
    for sentence in SENTENCES:
        words = treebank_words(sentence)
        context = ["-START-", "-START2-", *map(tagger_module._normalize, words), "-END-", "-END2-"]
        previous, before = "-START-", "-START2-"
        for index, (word, tag) in enumerate(tagger.tag(words)):
            features = tagger_module._features(index + 2, word, context, previous, before)
            scores: dict[str, float] = {}
            compact.add_scores(features, scores)
            best = max(sorted(scores), key=lambda label: scores[label], default="")
            assert compact.best_label(features) == (best if scores.get(best, 0) > 0 else "")
            previous, before = tag, previous


@pytest.mark.parametrize("limit", [3, 4096])
def test_remembered_guesses_give_the_tags_a_fresh_tagger_gives(
    monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    # The checks tag overlapping windows of one sentence, one per suspect word: a tagger that
    # remembers its guesses (and one that starts afresh every few) tags each as a new one does.
    monkeypatch.setattr(tagger_module, "GUESS_MEMO_LIMIT", limit)
    model = load_model(model_path())
    remembering = Tagger(model)
    for sentence in SENTENCES:
        words = treebank_words(sentence)
        windows = [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
        for window in [*windows, *windows]:
            assert remembering.tag(window) == Tagger(model).tag(window)
