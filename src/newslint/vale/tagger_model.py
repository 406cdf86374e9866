"""The tagger's model: textblob-aptagger's weights, read once and kept in the user's cache in a
form that loads in about a hundredth of the time.

The wheel's pickle holds 94,000 feature dicts (375,000 weights); unpickling them costs 0.2-0.5 s
of CPU, more than linting an article, and a default rule (a related-story headline's verb) asks
the tagger on any page with a candidate line. The cached form is the sorted feature names, and
per feature a run of (label, weight) pairs in flat arrays: marshal reads it in about 10 ms, and a
feature's dict is built only when a word asks for it. The weights are the same doubles, in the
same order, so every tag is the one the pickle's dicts give.
"""

from __future__ import annotations

import array
import bisect
import marshal
import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from newslint.cache_dir import evict_others, file_entry_parts, keyed_entry, private_bytes
from newslint.digest import blake2b

FORMAT = 1


class TaggerUnavailable(Exception):
    pass


class Weights(Protocol):
    def get(self, feature: str, default: dict[str, float], /) -> dict[str, float]: ...


@dataclass(frozen=True)
class Model:
    weights: Weights
    tagdict: dict[str, str]


class CompactWeights:
    """`weights.get(feature, default)` over the flat arrays (see the module's docstring)."""

    def __init__(
        self,
        features: list[str],
        labels: list[str],
        starts: array.array[int],
        label_ids: bytes,
        values: array.array[float],
    ):
        self._features = features  # sorted
        self._labels = labels
        self._starts = starts  # len(features) + 1 offsets into label_ids / values
        self._label_ids = label_ids
        self._values = values

    @classmethod
    def of(cls, weights: dict[str, dict[str, float]]) -> CompactWeights:
        features = sorted(weights)
        labels = sorted({label for row in weights.values() for label in row})
        index = {label: number for number, label in enumerate(labels)}
        starts, label_ids, values = array.array("I", [0]), bytearray(), array.array("d")
        for feature in features:
            for label, weight in weights[feature].items():  # the dict's own order
                label_ids.append(index[label])
                values.append(weight)
            starts.append(len(values))
        return cls(features, labels, starts, bytes(label_ids), values)

    def get(self, feature: str, default: dict[str, float], /) -> dict[str, float]:
        at = bisect.bisect_left(self._features, feature)
        if at == len(self._features) or self._features[at] != feature:
            return default
        labels, ids, values = self._labels, self._label_ids, self._values
        return {labels[ids[k]]: values[k] for k in range(self._starts[at], self._starts[at + 1])}

    def add_scores(self, features: list[str], scores: dict[str, float]) -> None:
        """Each feature's weights added to `scores`, as adding `get(feature, {})`'s items in
        order does (the same additions in the same order), without building those dicts."""
        names, labels, ids, values, starts = (
            self._features,
            self._labels,
            self._label_ids,
            self._values,
            self._starts,
        )
        for feature in features:
            at = bisect.bisect_left(names, feature)
            if at == len(names) or names[at] != feature:
                continue
            for k in range(starts[at], starts[at + 1]):
                label = labels[ids[k]]
                scores[label] = scores.get(label, 0.0) + values[k]

    def dumps(self) -> bytes:
        parts = (self._starts.tobytes(), self._label_ids, self._values.tobytes())
        return marshal.dumps((FORMAT, self._features, self._labels, *parts))

    @classmethod
    def loads(cls, data: bytes) -> CompactWeights:
        version, features, labels, starts, label_ids, values = marshal.loads(data)
        if version != FORMAT:
            raise ValueError("another format")
        weights = cls(features, labels, _array("I", starts), label_ids, _array("d", values))
        if len(weights._starts) != len(features) + 1 or weights._starts[-1] != len(values) // 8:
            raise ValueError("a damaged table")
        return weights


def _array(code: str, data: bytes) -> array.array:  # type: ignore[type-arg]
    unpacked = array.array(code)
    unpacked.frombytes(data)
    return unpacked


class _PlainData(pickle.Unpickler):
    """Reads the model's dicts and sets and nothing that could run code."""

    def find_class(self, module: str, name: str) -> type:
        if name == "set" and module in ("__builtin__", "builtins"):
            return set
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in the tagger model")


@cache
def load_model(path: Path) -> Model:
    """The model in `path` (the wheel's pickle), from the cache when it holds this file's."""
    entry = _cache_entry(path)
    # Only an entry nobody else could have written decides the tags (as for the other caches).
    stored = private_bytes(entry) if entry is not None else None
    if stored is not None:
        try:
            tagdict, weights = marshal.loads(stored)
            if isinstance(tagdict, dict):
                return Model(CompactWeights.loads(weights), tagdict)
        except (ValueError, EOFError, TypeError):
            pass  # damaged: read the pickle and store it again
    weights, tagdict = _unpickled(path)
    compact = CompactWeights.of(weights)
    if entry is not None:
        from newslint.wordtable import store_table

        if store_table(entry, marshal.dumps((tagdict, compact.dumps()))):
            evict_others(entry)
    return Model(compact, tagdict)


def _unpickled(path: Path) -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    try:
        with path.open("rb") as handle:
            weights, tagdict, _classes = _PlainData(handle, encoding="latin1").load()
    except (OSError, pickle.UnpicklingError, ValueError, EOFError) as exc:
        raise TaggerUnavailable(f"cannot read the tagger model {path}: {exc}") from None
    return weights, tagdict


def _cache_entry(path: Path) -> Path | None:
    parts = file_entry_parts(path)
    if parts is None:
        return None
    folder, identity = parts
    # BLAKE2b, built in: hashlib's import loads OpenSSL, a few milliseconds of a run that tags
    digest = blake2b(identity.encode(), digest_size=12).hexdigest()
    return keyed_entry(folder, "tagger", f"f{FORMAT}-{digest}.bin")
