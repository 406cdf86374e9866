"""A sorted word list with a row of small integers per word, stored once in the user's cache.

Opening it must cost less than linting an article: splitting hundreds of thousands of words into
a Python list took longer (0.07 s for English, 0.17 s for ten languages) than the article itself,
and even decoding them into one string took 0.1 s. So the file is mapped, not read: the words stay
in it as UTF-8, one per line, with every BUCKET-th word (and where it starts) kept in a small
header; a lookup bisects those heads, then finds the word inside its bucket with `find` and
counts the line breaks before it for its row. Both steps run in C.
"""

from __future__ import annotations

import array
import bisect
import marshal
import mmap
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from newslint.cache_dir import cache_dir, evict_others, keyed_entry, make_private_folder

BUCKET = 64
# Rows remembered per table: the affix analysis asks for the same few stems many times per word,
# and each lookup costs a bisect, a find and a count (~6 us). Cleared when full.
ROW_MEMO_LIMIT = 100_000
FORMAT = 3  # in the file name: a table written by an older layout is rebuilt, never misread
MAGIC = b"NLWT\x00\x03\x00\x00"
_PREFIX = len(MAGIC) + 3 * 8  # the magic, then where the words start, the values start, rows

Built = tuple[Sequence[str], Sequence[int]]  # sorted words; `width` values per word, row by row


class WordTable:
    """Words as UTF-8 bytes, "\n" before and after each (byte order is code point order, so the
    sorted list stays sorted); `values` is any sequence of integers indexed by row * width."""

    def __init__(
        self,
        text: bytes | mmap.mmap,
        heads: list[bytes],
        starts: array.array[int],
        values: Sequence[int],
        width: int,
        span: tuple[int, int] | None = None,
    ):
        self._text = text
        # Where the words lie in `text` (after the header, in a mapped file).
        self._base, self._end = span or (0, len(text))
        self._heads = heads
        self._starts = starts  # where each head word starts in text
        self.values = values
        self.width = width
        self._rows: dict[str, int | None] = {}

    @classmethod
    def of(cls, words: Sequence[str], values: Sequence[int], width: int = 1) -> WordTable:
        encoded = [w.encode() for w in words]
        starts = array.array("I")
        heads = []
        offset = 1
        for index, word in enumerate(encoded):
            if index % BUCKET == 0:
                heads.append(word)
                starts.append(offset)
            offset += len(word) + 1
        text = b"\n" + b"".join(w + b"\n" for w in encoded)
        return cls(text, heads, starts, array.array("H", values), width)

    @classmethod
    def cached(cls, name: str, key: str, build: Callable[[], Built], width: int = 1) -> WordTable:
        """The table `name` built from the data `key` names, from the cache directory; built (and
        stored, in place of the oldest tables of that name) if absent."""
        try:
            path = keyed_entry(cache_dir(), name, f"{key}-t{FORMAT}.bin")
        except RuntimeError:  # no home directory to hold a cache: built for this run alone
            return cls.of(*build(), width=width)
        try:
            return cls.open(path, width)
        except (OSError, ValueError, EOFError, TypeError):
            table = cls.of(*build(), width=width)
            if store_table(path, table.dumps()):
                evict_others(path)
            return table

    @classmethod
    def open(cls, path: Path, width: int) -> WordTable:
        """Mapped, not read: the words and values stay in the file; only the heads are loaded."""
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return cls.loads(mapped, width)

    @classmethod
    def loads(cls, mapped: bytes | mmap.mmap, width: int) -> WordTable:
        """The table `dumps` wrote, read in place from `mapped` (a mapped file or bytes)."""
        if mapped[: len(MAGIC)] != MAGIC:
            raise ValueError("not a word table")
        text_at, values_at, rows = (
            int.from_bytes(mapped[len(MAGIC) + 8 * i : len(MAGIC) + 8 * (i + 1)], "little")
            for i in range(3)
        )
        heads, starts = marshal.loads(mapped[_PREFIX:text_at])
        values = memoryview(mapped)[values_at : values_at + 2 * rows * width].cast("H")
        if len(values) != rows * width:
            raise ValueError("truncated word table")
        return cls(mapped, heads, _unpack("I", starts), values, width, (text_at, values_at))

    def dumps(self) -> bytes:
        text = bytes(self._text)
        values = array.array("H", self.values)
        header = marshal.dumps((self._heads, self._starts.tobytes()))
        text_at = _PREFIX + len(header)
        values_at = text_at + len(text) + (text_at + len(text)) % 2  # aligned for "H"
        numbers = (text_at, values_at, len(values) // self.width)
        return b"".join(
            (
                MAGIC,
                *(n.to_bytes(8, "little") for n in numbers),
                header,
                text,
                b"\0" * (values_at - text_at - len(text)),
                values.tobytes(),
            )
        )

    def row(self, word: str) -> int | None:
        """The row number of `word`, None if the table lacks it."""
        try:
            return self._rows[word]
        except KeyError:
            pass
        if len(self._rows) >= ROW_MEMO_LIMIT:
            self._rows.clear()
        found = self._rows[word] = self._find_row(word)
        return found

    def _find_row(self, word: str) -> int | None:
        key = word.encode()
        bucket = bisect.bisect_right(self._heads, key) - 1
        if bucket < 0 or not key or b"\n" in key:
            return None
        start = self._base + self._starts[bucket]
        end = self._base + self._starts[bucket + 1] if bucket + 1 < len(self._starts) else self._end
        found = self._text.find(b"\n" + key + b"\n", start - 1, end)
        if found < 0:
            return None
        return bucket * BUCKET + self._text[start : found + 1].count(b"\n")

    def word_at(self, row: int) -> str:
        """The word of `row` (what `row` answers, backwards): its bucket's head, then as many
        line breaks as the row lies past it."""
        bucket, inside = divmod(row, BUCKET)
        at = self._base + self._starts[bucket]
        for _ in range(inside):
            at = self._text.find(b"\n", at) + 1
        return bytes(self._text[at : self._text.find(b"\n", at)]).decode()

    def words(self) -> list[str]:
        """Every word, in row order (for inspection: lookups never need the list)."""
        return bytes(self._text[self._base : self._end]).decode().split("\n")[1:-1]

    def row_values(self, word: str) -> Sequence[int] | None:
        row = self.row(word)
        if row is None:
            return None
        return self.values[row * self.width : (row + 1) * self.width]


def _unpack(code: str, data: bytes) -> array.array[int]:
    unpacked = array.array(code)
    unpacked.frombytes(data)
    return unpacked


def store_table(path: Path, payload: bytes) -> bool:
    """Write the table atomically; a read-only or missing cache only costs speed (False)."""
    try:
        make_private_folder(path.parent)
        import tempfile  # only when a table is built

        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".wordfreq.")
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temp, path)
    except OSError:
        return False
    return True
