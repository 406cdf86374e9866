"""Harper's spelling rule run apart, on only the words whose findings the news profile can keep.

Harper looks for suggestions for every word its dictionary cannot place. For a word far from any
dictionary word ("Tshisekedi", "Prigozhin": most of the names in a news article) that search
costs 1.2 s the first time in a process and ~5 ms a word after. The news profile keeps a
spelling finding only on a lower-case word that stands alone and occurs once in the document
(`plausible_misspelling`), so every other word is blanked (same length, offsets unchanged)
before the spelling rule sees the text, and the other rules run over the text as written.

The spelling lint of a blanked word could never become a finding, and overlapping lints are
resolved among findings only (`HarperBackend`), so the two passes give what one pass with every
rule gives.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from newslint.regex_store import compile_pattern

SPELLING = "SpellCheck"

# What `plausible_misspelling` judges as a word's neighbours: a span that starts or ends inside
# one of these runs does not stand alone, one that holds a whole run is that run or wider.
_RUN = compile_pattern(r"[\p{L}\p{N}_]+")
# Runs joined by apostrophes, one word to Harper ("recieve's", "d’etat", "wasn't"). The profile
# takes a run beside an apostrophe to stand alone, so blanking the run on one side ("recieve' ")
# gave Harper a word of its own to lint and report that one pass never saw.
_JOINED = compile_pattern(r"[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)+")


def blanked(piece: str, document: str) -> str:
    """`piece` with every word the news profile would not report as a misspelling replaced by
    spaces: words that are not all lower-case letters, and words the document repeats. Runs
    joined by apostrophes are blanked all or none: all when no run of them may be reported."""
    chars = list(piece)
    counts = _run_counts(document)

    def never(word: str) -> bool:
        return not (word.isalpha() and word.islower()) or _repeated(word, document, counts)

    kept: list[tuple[int, int]] = []  # joined words with a run that may be reported, kept whole
    for joined in _JOINED.finditer(piece):
        if not all(map(never, _RUN.findall(joined.group()))):
            kept.append(joined.span())
    whole = iter(kept)
    low, high = next(whole, (len(piece), len(piece)))
    for run in _RUN.finditer(piece):
        start, end = run.span()
        while high <= start and high < len(piece):  # both in text order: one walk
            low, high = next(whole, (len(piece), len(piece)))
        if low <= start < high:
            continue
        if never(run.group()):
            chars[start:end] = " " * (end - start)
    return "".join(chars)


@lru_cache(maxsize=1)
def _run_counts(document: str) -> Counter[str]:
    """How often each run stands whole in the document, counted once however many pieces it is
    linted in: a substring count of every word cost 28 s on a 5 MB document."""
    return Counter(_RUN.findall(document))


def _repeated(word: str, document: str, counts: Counter[str]) -> bool:
    """Whether the document holds `word` more than once anywhere, inside other words too, as the
    profile counts (`str.count`): a word standing whole twice does; one standing whole once does
    when its first and last places differ."""
    return counts[word] > 1 or document.find(word) != document.rfind(word)
