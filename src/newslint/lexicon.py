"""Word frequencies (wordfreq's Zipf scale) behind one cached lookup, and the words a linter accepts.

Zipf 0 means "never seen in wordfreq's English sources"; common words score 5-7. Importing
wordfreq and loading its list takes a quarter of a second, longer than linting an article, so
the list is turned once into a compact table in the user's cache directory (`wordtable`), which
loads in a few milliseconds. Words joined by hyphens, and tokens with digits ("covid19", "76-06"),
are combined and weighted the way wordfreq does it; other tokens that are not plain words go to
wordfreq itself, so answers are always wordfreq's.
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue
from newslint.wordtable import WordTable, store_table

__all__ = ["store_table"]

# Closed-class words that MT output and OCR glue onto their neighbours ("Russiahad", "withthe").
FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto upon over under about after
    before between against during without within was were is are am be been being has have had do does
    did will would shall should can could may might must that this these those there their they them
    he she it its his her him we our us you your who whom whose which what when where while as than
    then not no said says also if so""".split()
)
WORDLIST = "large"

# No word or name is longer: wordfreq's English table holds none over 34 letters
# ("supercalifragilisticexpialidocious"; a test compares), the longest place names run to 58.
# Checks that delete, insert or replace a letter at every place of a token, or cut it at every
# place, skip longer runs of letters: their keys cost the run's length squared, and none is a word.
LONGEST_WORD = 64
# What an accepted word counts as: commoner than any word wordfreq knows.
ACCEPTED_ZIPF = 8.0
# Tokens a vocabulary's memo keeps before it starts again (a corpus scan meets millions).
MEMO_LIMIT = 200_000
# What wordfreq answers for a word it has never seen (Zipf 0).
MIN_FREQUENCY = 1e-9
# Words joined by hyphens, in ASCII or precomposed Latin letters and ASCII digits ("sino-soviet",
# "méndez-miró", "covid19", "2019ncov", "76-06", "184"): wordfreq's English tokenizer splits them
# at the hyphens and nowhere else (Unicode's word breaks never part a letter from a digit), so
# the table answers them without importing wordfreq (tests compare).
_LATIN_OR_DIGITS = r"[0-9a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+"
_TABLE_TOKEN = compile_pattern(rf"{_LATIN_OR_DIGITS}(?:-{_LATIN_OR_DIGITS})*")
# wordfreq keeps one entry for every number of a length: it writes each run of two or more digits
# as zeros ("covid19" is "covid00"), then weighs the entry by how likely those digits are
# (`_digits_weight`). A single digit is looked up as it is ("cloud9").
_DIGIT_RUN = compile_pattern(r"[0-9]{2,}")
# wordfreq's weights of a run of digits (its `numbers` module): Benford's law for the leading
# digit (a share for a leading zero too), and four digits read as a year, most likely from
# REFERENCE_YEAR to PLATEAU_END, then less likely the further away.
LEADING_DIGIT_SHARE = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
YEAR_LOG_PEAK = -1.9185
NOT_YEAR_SHARE = 0.1
REFERENCE_YEAR = 2019
PLATEAU_END = REFERENCE_YEAR + 20
# wordfreq's Zipf for a word it has never seen: its minimum frequency on its scale, rounded.
_NEVER_SEEN = round(math.log(MIN_FREQUENCY, 10) + 9, 2)


class Vocabulary(FrozenValue):
    """Words a linter accepts as known (settings `vocabulary`, a Vale style's Vocab accept list).

    Each Linter owns one and hands it to its checks, so what one settings file accepts never
    leaks into another's results, whatever order files are checked in and in whichever process.
    Equal, and hashed, by its words alone (not by what its memos hold).
    """

    FIELDS = ("words",)
    words: frozenset[str]
    _memos: dict[str, dict[Any, Any]]

    def __init__(self, words: frozenset[str] = frozenset()):
        self.__dict__["words"] = words
        self.__dict__["_memos"] = {}

    def _values(self) -> tuple[frozenset[str]]:
        return (self.words,)

    @classmethod
    def of(cls, *word_lists: Iterable[str]) -> Vocabulary:
        return cls(frozenset(w.casefold().replace("’", "'") for words in word_lists for w in words))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.casefold().replace("’", "'") in self.words

    @cached_property
    def longest(self) -> int:
        """The length beyond which no word has a frequency: a check that tries every cut of a
        token need try only parts this long (on one run of 20,000 letters, every cut cost 70 s)."""
        return max(LONGEST_WORD, max((len(word) for word in self.words), default=0))

    def zipf(self, word: str) -> float:
        """`zipf(word)`, with accepted words as common as any word can be."""
        return ACCEPTED_ZIPF if self.words and word in self else zipf(word)

    def memo(self, name: str, limit: int | None = None) -> dict[Any, Any]:
        """A memo for a pure judgement of tokens under this vocabulary (what a token looks like
        to the linter never changes, so a re-lint after a keystroke judges only the new token).
        Owned with the vocabulary by one linter; emptied when it outgrows `limit` entries
        (MEMO_LIMIT unless given)."""
        table = self._memos.setdefault(name, {})
        if len(table) > (MEMO_LIMIT if limit is None else limit):
            table.clear()
        return table


NO_VOCABULARY = Vocabulary()


class Zipfs(dict[str, float]):
    """`zipf` of the words asked of it, each looked up once (`zipfs[word]`): one document's words
    under one vocabulary (`Document.zipfs`), shared by the checks that judge every distinct word
    by its frequency. A word is looked up when first asked, as each check asked before, so no
    check's lookup (nor wordfreq's import for an odd token) happens where none did; a word
    already asked costs a dict hit, with no Python call."""

    __slots__ = ("_zipf",)

    def __init__(self, zipf: Callable[[str], float]):
        super().__init__()
        self._zipf = zipf

    def __missing__(self, word: str) -> float:
        value = self[word] = self._zipf(word)
        return value


def memo_of(
    zipf: Callable[[str], float], name: str, limit: int | None = None
) -> dict[Any, Any] | None:
    """The memo `name` of the vocabulary whose `zipf` this is (a judgement under a linter's
    lookup is remembered by that linter), None for any other frequency function. The bare
    `zipf` judges as an empty vocabulary does, so it shares `NO_VOCABULARY`'s memos: a caller
    without a vocabulary (the verdict's `ocr_signal(text)`) would otherwise judge every token
    afresh, five times slower."""
    owner = getattr(zipf, "__self__", None)
    if isinstance(owner, Vocabulary):
        return owner.memo(name, limit)
    return NO_VOCABULARY.memo(name, limit) if zipf is _BARE_ZIPF else None


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Frequency of `word` on the Zipf scale (0 = unknown), as wordfreq's English list has it."""
    key = word.casefold().replace("’", "'")
    if key.replace("'", "").isalpha():
        return _table_zipf(key)
    if _TABLE_TOKEN.fullmatch(key):
        return _combined_zipf(key)
    return _tokenized_zipf(key)


# `zipf` itself, under a name `memo_of` can tell from its own argument.
_BARE_ZIPF = zipf


def load_fallback() -> None:
    """Import wordfreq's tokenizer, which `zipf` uses for a token outside newslint's table (an
    abbreviation with its stops, a URL): a fifth of a second of CPU, otherwise paid at the first
    such token of a process."""
    _tokenized_zipf("u.s")


def _tokenized_zipf(key: str) -> float:
    """wordfreq's `zipf_frequency` of `key`, step by step as it computes it (its tokenizer, its
    numbers' weights), with each token's frequency read from newslint's table, which holds every
    entry of wordfreq's list with its value: loading that list as a dict cost a further fifth of
    a second, in a scan's parent before it forks (serial) and in any process meeting such a
    token. Tests compare the answers."""
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(key, "en")
    if not tokens:
        return _NEVER_SEEN
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        frequency = _table_frequency(smashed)
        if frequency is None:
            return _NEVER_SEEN
        if smashed != token:
            frequency *= digit_freq(token)
        one_over += 1.0 / frequency
    return _rounded_zipf(1.0 / one_over)


def _table_frequency(token: str) -> float | None:
    """The frequency wordfreq's list gives `token` (10 ** (-bucket / 100), its own formula), or
    None if the list lacks it (a lone surrogate cannot be in it)."""
    try:
        row = _table().row(token)
    except UnicodeEncodeError:
        return None
    return None if row is None else 10 ** ((_table().values[row] - 900) / 100)


def _rounded_zipf(frequency: float) -> float:
    """wordfreq's rounding: the frequency to three significant digits (at least its minimum),
    then on the Zipf scale to two decimals."""
    frequency = max(frequency, MIN_FREQUENCY)
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _table_zipf(key: str) -> float:
    row = _table().row(key)
    return _table().values[row] / 100 if row is not None else 0.0


def listed_at_least(floor: float) -> frozenset[str]:
    """The words of wordfreq's English list whose `zipf` is `floor` or more (for a positive
    floor): a check that asks of many spellings whether English writes them this often tests
    membership, where a lookup in the table costs microseconds each. The set is
    `look_alikes.common_words`' (the same test of the same table, kept in the cache directory):
    read back, 96,000 words at 2.0 cost 22 ms of a process, built from the table 63 ms."""
    from newslint.look_alikes import common_words  # (which imports this module)

    return common_words(floor)


def _combined_zipf(key: str) -> float:
    """wordfreq's answer for a `_TABLE_TOKEN`, without importing wordfreq (a third of a second):
    its English tokenizer splits the token at the hyphens, and it combines the parts'
    frequencies as 1/f = 1/f1 + 1/f2 + ..., rounded to three significant digits. The same
    operations in the same order give the same float (tests compare the two)."""
    one_over = 0.0
    for part in key.split("-"):
        smashed = _DIGIT_RUN.sub(_zeros, part) if not part.isalpha() else part
        row = _table().row(smashed)
        if row is None:
            return 0.0
        frequency = 10 ** ((_table().values[row] - 900) / 100)
        if smashed != part:
            frequency *= _digits_weight(part)
        one_over += 1.0 / frequency
    return _rounded_zipf(1.0 / one_over)


def _zeros(run: Any) -> str:
    return "0" * len(run.group())


def _digits_weight(part: str) -> float:
    """How likely wordfreq takes the digits of `part` to be, among all runs of their lengths."""
    weight = 1.0
    for run in _DIGIT_RUN.findall(part):
        weight *= _year_share(run) if len(run) == 4 else _leading_digit_share(run)
    return weight


def _leading_digit_share(run: str) -> float:
    return LEADING_DIGIT_SHARE[int(run[0])] / 10 ** (len(run) - 1)


def _year_share(run: str) -> float:
    year = int(run)
    if year <= REFERENCE_YEAR:
        log_share = YEAR_LOG_PEAK - 0.0083 * (REFERENCE_YEAR - year)
    elif year <= PLATEAU_END:
        log_share = YEAR_LOG_PEAK
    else:
        log_share = YEAR_LOG_PEAK - 0.2 * (year - PLATEAU_END)
    return 10.0**log_share + NOT_YEAR_SHARE * _leading_digit_share(run)


def is_function_word(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS


def english_table() -> WordTable:
    """wordfreq's English list as the lookup table (values are Zipf x 100)."""
    return _table()


def plain_words(min_zipf: float) -> Iterator[str]:
    """English words of ASCII lower-case letters only, at or above `min_zipf`: the words that
    letter statistics are counted over (names, capitals, digits and accents left out)."""
    table = english_table()
    floor = round(min_zipf * 100)
    return (
        word
        for word, value in zip(table.words(), table.values, strict=True)
        if value >= floor and word.isascii() and word.isalpha() and word.islower()
    )


@cache
def _table() -> WordTable:
    return WordTable.cached(f"wordfreq-en-{WORDLIST}", table_key(), _build_table)


def table_key() -> str:
    """What a table built from wordfreq's lists depends on: their install, newslint's version."""
    return f"{wordfreq_stamp()}-newslint-{__version__}"


@cache
def wordfreq_stamp() -> str:
    """Which wordfreq data the tables were built from, without importing wordfreq or reading
    package metadata (importlib.metadata alone costs more than a lookup table): the modification
    time of its data directory, which a new install or version replaces."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return "absent"
    try:
        return str((Path(spec.origin).parent / "data").stat().st_mtime_ns)
    except OSError:
        return "unknown"


def _build_table() -> tuple[list[str], array.array[int]]:
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en", wordlist=WORDLIST)
    words = sorted(frequencies)
    values = array.array(
        "H", (max(0, round((math.log10(frequencies[w]) + 9) * 100)) for w in words)
    )
    return words, values


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count as one edit)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)
            )
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
