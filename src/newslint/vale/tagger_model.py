"""The tagger's model: textblob-aptagger's weights, read once and kept in the user's cache in a
form that loads in about a hundredth of the time.

The wheel's pickle holds 94,000 feature dicts (375,000 weights); unpickling them costs 0.2-0.5 s
of CPU, more than linting an article, and a default rule (a related-story headline's verb) asks
the tagger on any page with a candidate line. The cached form is the sorted feature names, and
per feature a run of (label, weight) pairs in flat arrays: reading it copies flat bytes and a few
thousand strings (about 2 ms), and a feature's dict is built only when a word asks for it. The weights are the same doubles, in the
same order, so every tag is the one the pickle's dicts give.
"""

from __future__ import annotations

import array
import bisect
import marshal
import mmap
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from newslint.cache_dir import evict_others, file_entry_parts, keyed_entry, private_mapped
from newslint.digest import blake2b
from newslint.values import FrozenValue

FORMAT = 2
# Names per block of the sorted feature names (`CompactWeights`).
BLOCK = 16
# Features whose numbers are remembered before the memo starts again (~100 bytes each).
NUMBER_MEMO_LIMIT = 100_000
MAGIC = b"NLTG\x00\x02\x00\x00"


# The flat arrays: built as arrays, read back as memoryviews cast over the mapped file.
if TYPE_CHECKING:
    Ints = array.array[int] | memoryview[int]
    Floats = array.array[float] | memoryview[float]


class TaggerUnavailable(Exception):
    pass


class Weights(Protocol):
    def get(self, feature: str, default: dict[str, float], /) -> dict[str, float]: ...


class Model(FrozenValue):
    """The tagger's feature weights and its dictionary of unambiguous words."""

    FIELDS = ("weights", "tagdict")
    weights: Weights
    tagdict: dict[str, str]

    def __init__(self, weights: Weights, tagdict: dict[str, str]):
        setter = object.__setattr__  # frozen, as the tagger shares it
        setter(self, "weights", weights)
        setter(self, "tagdict", tagdict)


class CompactWeights:
    """`weights.get(feature, default)` over the flat arrays (see the module's docstring).

    The feature names are kept as UTF-8, each between newlines, with every `BLOCK`th name apart
    in a short sorted list: a name is found by bisecting that list for its block, then by one
    search for the name in the block's bytes. The cache entry is mapped, not read: loading it
    unmarshals a few thousand strings (the block heads, the tag dictionary), and the names and
    weights stay in the file until a word asks for them (reading and unmarshalling the 6 MB was
    15-25 ms of a one-article run, most of it the pages of its copies)."""

    def __init__(
        self,
        firsts: list[str],
        names: bytes | mmap.mmap,
        name_at: Ints,
        labels: list[str],
        starts: Ints,
        label_ids: bytes | memoryview[int],
        values: Floats,
        base: int = 0,
    ):
        self._firsts = firsts  # the first name of each block, sorted
        self._names = names  # at `base`: b"\n" + b"\n".join(sorted names) + b"\n"
        self._base = base
        self._name_at = name_at  # where the newline before each name is (from `base`); the last
        self._labels = labels
        self._starts = starts  # a name's number, and the next, are offsets into label_ids / values
        self._label_ids = label_ids
        self._values = values
        # Each feature's number, found once: the same few thousand features ("bias", "i-1 tag
        # NN", "i suffix ing") come back for every word tagged, and finding one (a bisection
        # and a search of the bytes) cost more than the scoring. A pure memo of fixed data.
        self._numbers: dict[str, int] = {}

    @classmethod
    def of(cls, weights: dict[str, dict[str, float]]) -> CompactWeights:
        features = sorted(weights)
        if any("\n" in feature for feature in features):
            raise ValueError("a feature name with a newline")  # the names' separator
        labels = sorted({label for row in weights.values() for label in row})
        index = {label: number for number, label in enumerate(labels)}
        starts, label_ids, values = array.array("I", [0]), bytearray(), array.array("d")
        for feature in features:
            for label, weight in weights[feature].items():  # the dict's own order
                label_ids.append(index[label])
                values.append(weight)
            starts.append(len(values))
        encoded = [_encoded(feature) for feature in features]
        name_at, at = array.array("I"), 0
        for name in encoded:
            name_at.append(at)
            at += len(name) + 1
        name_at.append(at)
        names = b"\n" + b"\n".join(encoded) + b"\n"
        return cls(features[::BLOCK], names, name_at, labels, starts, bytes(label_ids), values)

    def _number(self, feature: str) -> int:
        """The feature's number in sorted order, or -1 if the model has no such feature."""
        block = bisect.bisect_right(self._firsts, feature) - 1
        if block < 0 or "\n" in feature:
            return -1
        first, name_at = block * BLOCK, self._name_at
        last = min(first + BLOCK, len(name_at) - 1)
        base = self._base
        found = self._names.find(
            b"\n" + _encoded(feature) + b"\n", base + name_at[first], base + name_at[last] + 1
        )
        if found < 0:
            return -1
        return bisect.bisect_left(name_at, found - base, first, last)

    def _numbered(self, feature: str) -> int:
        """`_number(feature)`, remembered."""
        numbers = self._numbers
        at = numbers.get(feature)
        if at is None:
            if len(numbers) >= NUMBER_MEMO_LIMIT:
                numbers.clear()
            at = numbers[feature] = self._number(feature)
        return at

    def get(self, feature: str, default: dict[str, float], /) -> dict[str, float]:
        at = self._numbered(feature)
        if at < 0:
            return default
        labels, ids, values = self._labels, self._label_ids, self._values
        return {labels[ids[k]]: values[k] for k in range(self._starts[at], self._starts[at + 1])}

    def add_scores(self, features: list[str], scores: dict[str, float]) -> None:
        """Each feature's weights added to `scores`, as adding `get(feature, {})`'s items in
        order does (the same additions in the same order), without building those dicts."""
        labels, ids, values, starts = self._labels, self._label_ids, self._values, self._starts
        for feature in features:
            at = self._numbered(feature)
            if at < 0:
                continue
            for k in range(starts[at], starts[at + 1]):
                label = labels[ids[k]]
                scores[label] = scores.get(label, 0.0) + values[k]

    def best_label(self, features: list[str]) -> str:
        """The label with the highest positive score (the first in sorted order on a tie; "" if
        none is positive): what `add_scores` then a pass over the sorted scores give. Each
        label's score is the same sum in the same order; a label no feature weighs stays at
        0.0 and, like one missing from `scores`, cannot win."""
        labels, ids, values, starts = self._labels, self._label_ids, self._values, self._starts
        totals = [0.0] * len(labels)  # `labels` is sorted: the index order is the sorted order
        numbers = self._numbers
        for feature in features:
            at = numbers.get(feature)
            if at is None:
                at = self._numbered(feature)
            if at < 0:
                continue
            first, last = starts[at], starts[at + 1]
            for number, weight in zip(ids[first:last], values[first:last], strict=True):
                totals[number] += weight
        best, tag = 0.0, ""
        for label, score in zip(labels, totals, strict=True):
            if score > best:
                best, tag = score, label
        return tag

    def dumps(self, tagdict: dict[str, str] | None = None) -> bytes:
        """The stored form (with a model's `tagdict`): MAGIC, the sections' places, a marshalled
        header, then the names and the flat arrays, each at a multiple of 8 bytes."""
        names = self._names[self._base : self._base + self._name_at[-1] + 1]
        flat = [
            bytes(names),
            *(bytes(memoryview(part)) for part in (self._name_at, self._starts)),
            bytes(memoryview(self._label_ids)),
            bytes(memoryview(self._values)),
        ]
        header = marshal.dumps((FORMAT, tagdict or {}, self._firsts, self._labels))
        places, at = [], _aligned(len(MAGIC) + 8 * 2 * (1 + len(flat)))
        chunks = []
        for chunk in (header, *flat):
            places += [at, len(chunk)]
            chunks.append(chunk + b"\0" * (_aligned(len(chunk)) - len(chunk)))
            at += _aligned(len(chunk))
        table = b"".join(n.to_bytes(8, "little") for n in places)
        head = MAGIC + table
        return head + b"\0" * (_aligned(len(head)) - len(head)) + b"".join(chunks)

    @classmethod
    def loads(cls, data: bytes | mmap.mmap) -> CompactWeights:
        return cls.read(data)[0]

    @classmethod
    def read(cls, data: bytes | mmap.mmap) -> tuple[CompactWeights, dict[str, str]]:
        """The weights and the tag dictionary `dumps` wrote, read in place from `data`."""
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("another format")
        numbers = [
            int.from_bytes(data[len(MAGIC) + 8 * i : len(MAGIC) + 8 * (i + 1)], "little")
            for i in range(12)
        ]
        (header_at, header_size), *sections = zip(numbers[::2], numbers[1::2], strict=True)
        if any(at + size > len(data) for at, size in [(header_at, header_size), *sections]):
            raise ValueError("a truncated table")
        version, tagdict, firsts, labels = marshal.loads(data[header_at : header_at + header_size])
        view = memoryview(data)
        names, name_at, starts, label_ids, values = (view[at : at + size] for at, size in sections)
        weights = cls(
            firsts,
            data,
            name_at.cast("I"),
            labels,
            starts.cast("I"),
            label_ids,
            values.cast("d"),
            base=sections[0][0],
        )
        count = len(weights._starts) - 1
        if (
            version != FORMAT
            or not isinstance(tagdict, dict)
            or len(weights._name_at) != count + 1
            or weights._name_at[-1] != len(names) - 1
            or len(firsts) != -(-count // BLOCK)
            or weights._starts[-1] != len(weights._values)
            or len(label_ids) != len(weights._values)
        ):
            raise ValueError("a damaged table")
        return weights, tagdict


def _aligned(size: int) -> int:
    return -(-size // 8) * 8


def _encoded(feature: str) -> bytes:
    return feature.encode("utf-8", "surrogatepass")


@cache
def load_model(path: Path) -> Model:
    """The model in `path` (the wheel's pickle), from the cache when it holds this file's."""
    entry = _cache_entry(path)
    # Only an entry nobody else could have written decides the tags (as for the other caches).
    stored = private_mapped(entry) if entry is not None else None
    if stored is not None:
        try:
            return Model(*CompactWeights.read(stored))
        except (ValueError, EOFError, TypeError):
            pass  # damaged: read the pickle and store it again
    weights, tagdict = _unpickled(path)
    try:
        compact = CompactWeights.of(weights)
    except ValueError:  # names the compact form cannot hold: the pickle's dicts, as they are
        return Model(weights, tagdict)
    if entry is not None:
        from newslint.wordtable import store_table

        if store_table(entry, compact.dumps(tagdict)):
            evict_others(entry)
    return Model(compact, tagdict)


def _unpickled(path: Path) -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """The wheel's pickle, read as plain data (only when the cache does not hold it: importing
    pickle cost 3 ms of every run that tags a line)."""
    import pickle

    class PlainData(pickle.Unpickler):
        """Reads the model's dicts and sets and nothing that could run code."""

        def find_class(self, module: str, name: str) -> type:
            if name == "set" and module in ("__builtin__", "builtins"):
                return set
            raise pickle.UnpicklingError(f"unexpected {module}.{name} in the tagger model")

    try:
        with path.open("rb") as handle:
            weights, tagdict, _classes = PlainData(handle, encoding="latin1").load()
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
