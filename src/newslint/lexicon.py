"""Word frequencies (wordfreq's Zipf scale) behind one cached lookup, and the words a linter accepts.

Zipf 0 means "never seen in wordfreq's English sources"; common words score 5-7. Importing
wordfreq and loading its list takes a quarter of a second, longer than linting an article, so
the list is turned once into a compact table in the user's cache directory (a sorted word list
searched with `bisect`, and the Zipf values), which loads in a few milliseconds. Tokens that are
not plain words (digits, spaces, hyphens) go to wordfreq itself, so answers are always wordfreq's.
"""

from __future__ import annotations

import array
import bisect
import marshal
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from newslint import __version__

# Closed-class words that MT output and OCR glue onto their neighbours ("Russiahad", "withthe").
FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto upon over under about after
    before between against during without within was were is are am be been being has have had do does
    did will would shall should can could may might must that this these those there their they them
    he she it its his her him we our us you your who whom whose which what when where while as than
    then not no said says also if so""".split()
)
WORDLIST = "large"

# What an accepted word counts as: commoner than any word wordfreq knows.
ACCEPTED_ZIPF = 8.0


@dataclass(frozen=True)
class Vocabulary:
    """Words a linter accepts as known (settings `vocabulary`, a Vale style's Vocab accept list).

    Each Linter owns one and hands it to its checks, so what one settings file accepts never
    leaks into another's results, whatever order files are checked in and in whichever process.
    """

    words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *word_lists: Iterable[str]) -> Vocabulary:
        return cls(frozenset(w.casefold().replace("’", "'") for words in word_lists for w in words))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.casefold().replace("’", "'") in self.words

    def zipf(self, word: str) -> float:
        """`zipf(word)`, with accepted words as common as any word can be."""
        return ACCEPTED_ZIPF if self.words and word in self else zipf(word)


NO_VOCABULARY = Vocabulary()


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Frequency of `word` on the Zipf scale (0 = unknown), as wordfreq's English list has it."""
    key = word.casefold().replace("’", "'")
    if not key.replace("'", "").isalpha():
        from wordfreq import zipf_frequency

        return zipf_frequency(key, "en", wordlist=WORDLIST)
    words, values = _table()
    index = bisect.bisect_left(words, key)
    return values[index] / 100 if index < len(words) and words[index] == key else 0.0


def is_function_word(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS


def cache_dir() -> Path:
    """NEWSLINT_CACHE_DIR, else newslint/ under XDG_CACHE_HOME or ~/.cache."""
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return Path(os.environ["NEWSLINT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newslint"


@cache
def _table() -> tuple[list[str], array.array[int]]:
    from importlib.metadata import version

    path = cache_dir() / f"wordfreq-en-{WORDLIST}-{version('wordfreq')}-newslint-{__version__}.bin"
    try:
        joined, packed = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        joined, packed = _build_table()
        store_table(path, marshal.dumps((joined, packed)))
    values = array.array("H")
    values.frombytes(packed)
    return joined.split("\n"), values


def _build_table() -> tuple[str, bytes]:
    from math import log10

    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en", wordlist=WORDLIST)
    words = sorted(frequencies)
    values = array.array("H", (max(0, round((log10(frequencies[w]) + 9) * 100)) for w in words))
    return "\n".join(words), values.tobytes()


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
