"""Word frequencies (wordfreq's Zipf scale) plus words the user accepts, behind one cached lookup.

Zipf 0 means "never seen in wordfreq's English sources"; common words score 5-7. wordfreq is
imported on first use so that runs without lexicon rules never pay for loading it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# Closed-class words that MT output and OCR glue onto their neighbours ("Russiahad", "withthe").
FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for with from into onto upon over under about after
    before between against during without within was were is are am be been being has have had do does
    did will would shall should can could may might must that this these those there their they them
    he she it its his her him we our us you your who whom whose which what when where while as than
    then not no said says also if so""".split()
)

_accepted: set[str] = set()


def accept_words(words: Iterable[str]) -> None:
    """Add the user's vocabulary: these words are always known."""
    _accepted.update(w.lower() for w in words)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Frequency of `word` on the Zipf scale (0 = unknown); accepted vocabulary counts as common."""
    lowered = word.lower()
    if lowered in _accepted:
        return 8.0
    from wordfreq import zipf_frequency

    return zipf_frequency(lowered, "en", wordlist="large")


def is_function_word(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS
