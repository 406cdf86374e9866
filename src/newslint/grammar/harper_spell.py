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

from collections import Counter, defaultdict

from newslint.grammar.spell_reach import SpellReach
from newslint.regex_store import compile_pattern

SPELLING = "SpellCheck"

# What `plausible_misspelling` judges as a word's neighbours: a span that starts or ends inside
# one of these runs does not stand alone, one that holds a whole run is that run or wider.
_RUN = compile_pattern(r"[\p{L}\p{N}_]+")
# Runs joined by apostrophes, one word to Harper ("recieve's", "d’etat", "wasn't"). The profile
# takes a run beside an apostrophe to stand alone, so blanking the run on one side ("recieve' ")
# gave Harper a word of its own to lint and report that one pass never saw.
_JOINED = compile_pattern(r"[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)+")


def blanked(piece: str, occurrences: Occurrences, reach: SpellReach | None = None) -> str:
    """`piece` with every word the news profile would not report as a misspelling replaced by
    spaces: words that are not all lower-case letters, words the document (`occurrences`,
    built once for all its pieces) repeats, and words no common word is one edit from (`reach`,
    when given). Runs joined by apostrophes are blanked all or none: all when no run of them may
    be reported."""
    chars = list(piece)

    def never(word: str) -> bool:
        return (
            not (word.isalpha() and word.islower())
            or occurrences.repeated(word)
            or (reach is not None and not reach.may_be_reported(word))
        )

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


# Below this length a document is searched directly: a word's find/rfind/count over a few pages
# costs less than indexing its runs. Above it the index answers each word from the few runs that
# hold its rarest trigram, so the cost grows with the text, not with the text times its words.
INDEX_AFTER_CHARS = 50_000
GRAM = 3


class Occurrences:
    """How often a word occurs anywhere in a document, inside other words too, as `str.count`
    and `str.find` see it, without reading the document once per word. A word of letters lies
    inside one run of word characters, so its occurrences in the document are its occurrences in
    each distinct run times that run's count; the runs that may hold it are found through the
    trigrams of the distinct runs (each run once, however often the document repeats it)."""

    def __init__(self, document: str, index_after: int = INDEX_AFTER_CHARS):
        self.document = document
        self.counts = Counter(_RUN.findall(document))
        self._indexed = len(document) > index_after
        self._by_gram: dict[str, list[str]] | None = None

    def repeated(self, word: str) -> bool:
        """Whether `word` occurs twice or more, overlapping occurrences included (its first and
        last places differ): a word standing whole twice does."""
        if self.counts[word] > 1:
            return True
        holding = self._holding(word)
        if holding is None:
            return self.document.find(word) != self.document.rfind(word)
        total = 0
        for run in holding:
            total += _overlapping(run, word) * self.counts[run]
            if total > 1:
                return True
        return False

    def count(self, word: str) -> int:
        """`document.count(word)`: occurrences that do not overlap."""
        holding = self._holding(word)
        if holding is None:
            return self.document.count(word)
        return sum(run.count(word) * self.counts[run] for run in holding)

    def _holding(self, word: str) -> list[str] | None:
        """The distinct runs that hold `word`, or None where the document is read directly (a
        short document, a word of fewer than three characters or not all word characters)."""
        if not self._indexed or len(word) < GRAM or _RUN.fullmatch(word) is None:
            return None
        by_gram = self._grams()
        postings = [by_gram.get(word[i : i + GRAM], []) for i in range(len(word) - GRAM + 1)]
        return [run for run in min(postings, key=len) if word in run]

    def _grams(self) -> dict[str, list[str]]:
        if self._by_gram is None:
            by_gram: defaultdict[str, list[str]] = defaultdict(list)
            for run in self.counts:
                for gram in {run[i : i + GRAM] for i in range(len(run) - GRAM + 1)}:
                    by_gram[gram].append(run)
            self._by_gram = dict(by_gram)
        return self._by_gram


def _overlapping(run: str, word: str) -> int:
    """Occurrences of `word` in `run`, overlapping ones counted (up to two: all `repeated` asks)."""
    first = run.find(word)
    if first < 0:
        return 0
    return 1 if run.find(word, first + 1) < 0 else 2
