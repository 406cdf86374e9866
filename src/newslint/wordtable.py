"""A sorted word list with a row of small integers per word, stored once in the user's cache.

Opening it must cost less than linting an article: splitting hundreds of thousands of words into
a Python list took longer (0.07 s for English, 0.17 s for ten languages) than the article itself.
So the words stay in one string, one per line, with every BUCKET-th word (and where it starts)
kept aside: a lookup bisects those heads, then finds the word inside its bucket with `str.find`
and counts the line breaks before it for its row. Both steps run in C.
"""

from __future__ import annotations

import array
import bisect
import marshal
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

BUCKET = 64
FORMAT = 2  # in the file name: a table written by an older layout is rebuilt, never misread

Built = tuple[Sequence[str], Sequence[int]]  # sorted words; `width` values per word, row by row


class WordTable:
    def __init__(
        self,
        text: str,
        heads: list[str],
        starts: array.array[int],
        values: array.array[int],
        width: int,
    ):
        self._text = text  # "\n" + each word followed by "\n"
        self._heads = heads
        self._starts = starts  # where each head word starts in text
        self.values = values
        self.width = width

    @classmethod
    def of(cls, words: Sequence[str], values: Sequence[int], width: int = 1) -> WordTable:
        text = "\n" + "".join(f"{w}\n" for w in words)
        starts = array.array("I")
        heads = []
        offset = 1
        for index, word in enumerate(words):
            if index % BUCKET == 0:
                heads.append(word)
                starts.append(offset)
            offset += len(word) + 1
        return cls(text, heads, starts, array.array("H", values), width)

    @classmethod
    def cached(cls, name: str, build: Callable[[], Built], width: int = 1) -> WordTable:
        """The table stored as `name` in the cache directory, built (and stored) if absent."""
        from newslint.lexicon import cache_dir

        path = cache_dir() / f"{name}-t{FORMAT}.bin"
        try:
            text, heads, starts, values = marshal.loads(path.read_bytes())
            return cls(text, heads, _unpack("I", starts), _unpack("H", values), width)
        except (OSError, ValueError, EOFError, TypeError):
            table = cls.of(*build(), width=width)
            store_table(path, table.dumps())
            return table

    def dumps(self) -> bytes:
        return marshal.dumps(
            (self._text, self._heads, self._starts.tobytes(), self.values.tobytes())
        )

    def row(self, key: str) -> int | None:
        """The row number of `key`, None if the table lacks it."""
        bucket = bisect.bisect_right(self._heads, key) - 1
        if bucket < 0 or not key or "\n" in key:
            return None
        start = self._starts[bucket]
        end = self._starts[bucket + 1] if bucket + 1 < len(self._starts) else len(self._text)
        found = self._text.find(f"\n{key}\n", start - 1, end)
        if found < 0:
            return None
        return bucket * BUCKET + self._text.count("\n", start, found + 1)

    def row_values(self, key: str) -> array.array[int] | None:
        row = self.row(key)
        if row is None:
            return None
        return self.values[row * self.width : (row + 1) * self.width]


def _unpack(code: str, data: bytes) -> array.array[int]:
    unpacked = array.array(code)
    unpacked.frombytes(data)
    return unpacked


def store_table(path: Path, payload: bytes) -> None:
    """Write the table atomically; a read-only or missing cache only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".wordfreq.")
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temp, path)
    except OSError:
        pass
