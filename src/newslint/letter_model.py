"""How English spells: a model of letters in four-letter runs, counted over wordfreq's words.

A scanner's misreading leaves letter runs English hardly writes ("tliat", "bnilding"); a rare word
or a name the lists lack is still spelt the English way ("tachistoscopes"). `letter_score` is the
mean log-probability of a word's letters, each given the three before it (the word's start and end
count as letters), under counts of every lower-case ASCII word wordfreq lists at Zipf
MIN_WORD_ZIPF or more, each word once (a type count: frequent words must not teach that only
"the" is English). Add-k smoothing gives a run never counted a small share of its context. The
costs are computed once and kept in the cache directory beside the word list they come from.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

from newslint.lexicon import plain_words, table_key
from newslint.wordtable import WordTable

ORDER = 4
SMOOTHING = 0.1
ALPHABET = 28  # the letters, the word's start and its end
MIN_WORD_ZIPF = 1.0
SCALE = 1000  # a cost is stored as -log(probability) x SCALE, in 16 bits
_START, _END = "^", "$"
_UNSEEN_CONTEXT = round(-math.log(1 / ALPHABET) * SCALE)


def letter_score(word: str) -> float:
    """The mean log-probability of `word`'s letters (lower-cased), each given the three before."""
    table = _costs()
    padded = _START * (ORDER - 1) + word.lower() + _END
    total = 0
    for end in range(ORDER, len(padded) + 1):
        gram = padded[end - ORDER : end]
        cost = table.row_values(gram) or table.row_values(gram[:-1])
        total += cost[0] if cost is not None else _UNSEEN_CONTEXT
    return -total / SCALE / (len(padded) - ORDER + 1)


@cache
def _costs() -> WordTable:
    return WordTable.cached("letter-4grams", table_key(), _count)


def _count() -> tuple[list[str], list[int]]:
    """Each four-letter run's cost and, under the three-letter context as key, the cost of a run
    never counted after that context (the two key lengths never meet)."""
    grams: Counter[str] = Counter()
    for word in plain_words(MIN_WORD_ZIPF):
        padded = _START * (ORDER - 1) + word + _END
        grams.update(padded[i - ORDER : i] for i in range(ORDER, len(padded) + 1))
    contexts: Counter[str] = Counter()
    for gram, count in grams.items():
        contexts[gram[:-1]] += count
    costs = {
        gram: _cost((count + SMOOTHING) / (contexts[gram[:-1]] + SMOOTHING * ALPHABET))
        for gram, count in grams.items()
    }
    costs.update(
        (context, _cost(SMOOTHING / (count + SMOOTHING * ALPHABET)))
        for context, count in contexts.items()
    )
    keys = sorted(costs)
    return keys, [costs[k] for k in keys]


def _cost(probability: float) -> int:
    return min(round(-math.log(probability) * SCALE), 0xFFFF)
