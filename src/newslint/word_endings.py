"""How many of wordfreq's English words end in a given common word, per 10,000 words.

Names and places are built like compounds of a name and a word ("Kendalbridge", "Merrowgate",
"Goldwell"), and they take the words that many English words end in: "bridge" ends 3.4 in
10,000 of wordfreq's words, "gate" 5.1, "field" 11.9. A common word hardly any word ends in
("efficiency" 0, "television" 0, "crisis" 0, "trade" 0.4) ends no name either, so a capitalised
token that wordfreq has never seen and that reads as a name run into such a word
("Energyefficiency", "Ukrainecrisis") lost a space. The same count, taken for function words,
chose `glue_names.RARE_ENDINGS`: a word ends another when the other is three letters longer.

Counted once from the English table and kept beside it in the cache directory (sorting the
reversed list takes about a second; a lookup afterwards is a table row).
"""

from __future__ import annotations

import array
import bisect
from functools import cache

from newslint.lexicon import english_table, table_key
from newslint.wordtable import WordTable

LONGER_BY = 3  # a word "ends in" another when at least this much longer ("bridge" in "Cambridge")
PER = 1_000_000  # stored per million words: 1 in 10,000 is 100
CAP = 65_535  # the table's values are unsigned shorts
# The table holds the words at least this common: a glue's right half must be commoner still.
ENDINGS_MIN_ZIPF = 3.0


def ending_rate(word: str, min_zipf: float) -> float | None:
    """How many of wordfreq's words in 10,000 end in the lower-case `word`, or None when `word`
    is rarer than `min_zipf` (the table holds only words at least that common)."""
    values = _endings(min_zipf).row_values(word)
    return None if values is None else values[0] * 10_000 / PER


@cache
def _endings(min_zipf: float) -> WordTable:
    name = f"wordfreq-en-endings-{min_zipf}"
    return WordTable.cached(name, table_key(), lambda: _build(min_zipf))


def _build(min_zipf: float) -> tuple[list[str], array.array[int]]:
    table = english_table()
    words = [w for w in table.words() if w.isalpha()]
    reversed_words = sorted(w[::-1] for w in words)
    floor = round(min_zipf * 100)
    common = [
        w
        for w, value in zip(table.words(), table.values, strict=True)
        if value >= floor and w.isalpha() and w.islower() and len(w) >= 2
    ]
    rates = array.array("H")
    for word in common:
        tail = word[::-1]
        low = bisect.bisect_left(reversed_words, tail)
        high = bisect.bisect_left(reversed_words, tail + "\U0010ffff", low)
        ends = sum(1 for w in reversed_words[low:high] if len(w) >= len(word) + LONGER_BY)
        rates.append(min(CAP, round(ends * PER / len(words))))
    return common, rates
