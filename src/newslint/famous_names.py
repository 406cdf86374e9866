"""The name English writes most often for each sound key: "mazarik" sounds as "masaryk" does.

A translation pipeline that meets a famous foreign name writes it the way its own system
romanises it ("Mazarik" for Masaryk): the letters change, the sounds do
not. `romanisation.sound_key` writes each consonant as one letter of its sound class, so the
respelling and the name share a key. This table holds, for every key of the words wordfreq's
English list writes at Zipf `INDEX_FLOOR` or more, the most frequent of them and how often
English writes the runner-up: a key two well-known words share names neither ("Alton",
"Alden"), and a key whose most frequent word is an ordinary lower-case one (Hunspell licenses it)
names no famous name, and neither does one of a word Hunspell does not hold as a proper noun
unless English writes it very often (`UNLISTED_FLOOR`).

Keying 75,000 words costs 0.8 s, more than linting an article: the table is kept in the user's
cache, named by wordfreq's data and by the source of the code that keys it.
"""

from __future__ import annotations

import marshal
from functools import cache
from pathlib import Path

from newslint.cache_dir import cache_dir, evict_others, keyed_entry, private_bytes
from newslint.cased_lexicon import english
from newslint.digest import blake2b
from newslint.lexicon import english_table, table_key
from newslint.romanisation import sound_key

FORMAT = 1
INDEX_FLOOR = 2.0  # the lowest Zipf a famous name may have: Masaryk is 2.03
UNLISTED_FLOOR = 3.0  # the Zipf of a famous name Hunspell does not hold as a proper noun
SHORTEST = 5  # letters: shorter keys are shared by too many names to say which one is meant

# key -> (the most frequent word, its Zipf x 100, the runner-up's Zipf x 100 or 0)
Famous = dict[str, tuple[str, int, int]]


def _build() -> Famous:
    table = english_table()
    floor = round(INDEX_FLOOR * 100)
    groups: dict[str, list[tuple[int, str]]] = {}
    for word, value in zip(table.words(), table.values, strict=True):
        if value >= floor and len(word) >= SHORTEST and word.isascii() and word.isalpha():
            groups.setdefault(sound_key(word), []).append((value, word))
    famous: Famous = {}
    lexicon = english()
    for key, members in groups.items():
        members.sort(reverse=True)
        value, word = members[0]
        if lexicon.is_lower_case_word(word):
            continue  # the key is an ordinary word's: no name is meant by it
        # wordfreq folds case and keeps slang ("hangin", a clipped "hanging"): a name is one
        # the dictionary holds as a proper noun ("Masaryk", "Putin"), or one English writes very
        # often ("Erdogan"). Kept to these, the table loads in milliseconds.
        if value < UNLISTED_FLOOR * 100 and not lexicon.only_capitalised(word):
            continue
        famous[key] = (word, value, members[1][0] if len(members) > 1 else 0)
    return famous


def _entry_key() -> str:
    """What the table depends on: wordfreq's data, and the code that keys the words."""
    sources = b"".join(Path(module).read_bytes() for module in (__file__, _romanisation_file()))
    digest = blake2b(sources, digest_size=8).hexdigest()
    return f"f{FORMAT}-{table_key()}-{digest}.bin"


def _romanisation_file() -> str:
    from newslint import romanisation

    return romanisation.__file__ or ""


@cache
def famous_by_sound() -> Famous:
    """The table, from the user's cache when it was built before; built (and stored) if not."""
    try:
        entry = keyed_entry(cache_dir(), "famous-names", _entry_key())
    except (OSError, RuntimeError):  # RuntimeError: no home directory to hold a cache
        return _build()
    stored = private_bytes(entry)
    if stored is not None:
        try:
            loaded = marshal.loads(stored)
            if isinstance(loaded, dict):
                return loaded
        except (ValueError, EOFError, TypeError):
            pass
    famous = _build()
    from newslint.wordtable import store_table

    if store_table(entry, marshal.dumps(famous)):
        evict_others(entry)
    return famous
