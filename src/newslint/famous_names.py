"""The name English writes most often for each sound key: "mazarik" sounds as "masaryk" does.

A translation pipeline that meets a famous foreign name writes it the way its own system
romanises it ("Mazarik" for Masaryk): the letters change, the sounds do not.
`romanisation.sound_key` writes each consonant as one letter of its sound class, so the
respelling and the name share a key. This table holds, for every key of the words wordfreq's
English list writes at Zipf `INDEX_FLOOR` or more, the most frequent of them and how often
English writes the runner-up: a key two well-known words share names neither ("Alton",
"Alden"), a key whose most frequent word is an ordinary lower-case one (Hunspell licenses it)
names no famous name, and neither does slang wordfreq keeps ("hangin", a clipped "hanging").

Keying 75,000 words costs 0.8 s, more than linting an article: the table is kept in the user's
cache as a `WordTable` (mapped, not read: opening it costs no more than a lookup), named by
wordfreq's data and by the source of the code that keys it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from newslint.cased_lexicon import english, english_source
from newslint.digest import blake2b
from newslint.lexicon import english_table, table_key
from newslint.romanisation import sound_key
from newslint.wordtable import WordTable

FORMAT = 2
INDEX_FLOOR = 2.0  # the lowest Zipf a famous name may have: Masaryk is 2.03
SHORTEST = 5  # letters: shorter keys are shared by too many names to say which one is meant
# Each key's row: the name's Zipf x 100, the runner-up's (0 if none), the name's row in
# wordfreq's English table as two 16-bit halves.
WIDTH = 4


class Famous:
    """The famous name of a sound key, with how often English writes it and its runner-up."""

    __slots__ = ("name", "runner_up", "zipf")

    def __init__(self, name: str, zipf: float, runner_up: float):
        self.name = name
        self.zipf = zipf
        self.runner_up = runner_up


def famous_name(key: str) -> Famous | None:
    """The famous name whose sound key is `key`, if any."""
    values = _famous_table().row_values(key)
    if values is None:
        return None
    value, runner_up, high, low = values
    name = _word_of_row(high << 16 | low)
    # The row is read from a file in the user's cache, kept apart from the English table it
    # points into: a row past its end, or a word of another key, is a damaged or mismatched
    # entry, which must cost a suggestion, never the run.
    if name is None or sound_key(name) != key:
        return None
    return Famous(name, value / 100, runner_up / 100)


def _word_of_row(row: int) -> str | None:
    table = english_table()
    if row >= len(table.values) // table.width:
        return None
    try:
        return table.word_at(row)
    except UnicodeDecodeError:
        return None


def _build() -> tuple[list[str], list[int]]:
    table = english_table()
    floor = round(INDEX_FLOOR * 100)
    groups: dict[str, list[tuple[int, int]]] = {}
    for row, (word, value) in enumerate(zip(table.words(), table.values, strict=True)):
        if value >= floor and len(word) >= SHORTEST and word.isascii() and word.isalpha():
            groups.setdefault(sound_key(word), []).append((value, -row))
    keys: list[str] = []
    values: list[int] = []
    lexicon = english()
    for key in sorted(groups):
        members = sorted(groups[key], reverse=True)
        value, row = members[0][0], -members[0][1]
        word = table.word_at(row)
        if lexicon.is_lower_case_word(word):
            continue  # the key is an ordinary word's: no name is meant by it
        # wordfreq folds case and keeps slang: "hangin" is a clipped "hanging", no name.
        if word.endswith("in") and lexicon.is_lower_case_word(word + "g"):
            continue
        keys.append(key)
        values += (value, members[1][0] if len(members) > 1 else 0, row >> 16, row & 0xFFFF)
    return keys, values


@cache
def _famous_table() -> WordTable:
    return WordTable.cached("famous-names", _table_key(), _build, width=WIDTH)


def _table_key() -> str:
    """What the table depends on: wordfreq's data, the Hunspell dictionary that tells an
    ordinary word from a name, and the code that keys the words and reads the dictionary."""
    from newslint import cased_lexicon, romanisation

    modules = (__file__, romanisation.__file__, cased_lexicon.__file__)
    sources = b"".join(Path(module).read_bytes() for module in modules)
    sources += english_source().encode()
    return f"f{FORMAT}-{table_key()}-{blake2b(sources, digest_size=8).hexdigest()}"
