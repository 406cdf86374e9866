"""The words a scanner may have misread a real word from: "heat" printed "hear", "ins" printed
"his", "modem" printed "modern". A real word cannot be told from its look-alike by a word list;
only the sentence around it can (the context model, `ocr.real-word-misread`). This module names
what to ask: the candidates a written word may stand for, and how much commoner the commonest of
them is (the prefilter that keeps the model's cost to a few words per page).

Candidates are the words one glyph confusion away (`GLYPH_CONFUSIONS`, printed -> read; and, if
asked, read -> printed as well: a scanner reads "rn" as "m" and "m" as "rn") that wordfreq lists
commonly enough, and the common words one dropped, added or changed letter away that are commoner
than the written word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newslint.misreadings import GLYPH_CONFUSIONS
from newslint.ocr_token_model import _listed_words, edit_neighbours

Zipf = Callable[[str], float]


def _glyph_readings(word: str, both_ways: bool) -> Iterator[str]:
    """Each word one glyph confusion from `word`, undoing a confusion (read -> printed), and,
    with `both_ways`, making one (printed -> read)."""
    pairs: list[tuple[str, str]] = list(GLYPH_CONFUSIONS)
    if both_ways:
        pairs += [(read, printed) for printed, read in GLYPH_CONFUSIONS]
    for printed, read in pairs:
        at = word.find(read)
        while at != -1:
            yield word[:at] + printed + word[at + len(read) :]
            at = word.find(read, at + 1)


def real_word_candidates(
    word: str, zipf: Zipf, both_ways: bool = False, most: int = 10
) -> tuple[tuple[str, ...], float]:
    """The words `word` (lower case) may be a misreading of, commonest first (at most `most`),
    and by how many Zipf points the commonest beats `word` (0.0 when there is none)."""
    listed = _listed_words()
    own = zipf(word)
    scored = {c: zipf(c) for c in _glyph_readings(word, both_ways) if c != word and c in listed}
    for candidate in edit_neighbours(word):
        if not candidate.isalpha():
            continue
        if candidate not in scored:
            rate = zipf(candidate)
            if rate > own:
                scored[candidate] = rate
    if not scored:
        return (), 0.0
    ranked = sorted(scored, key=lambda c: (-scored[c], c))[:most]
    return tuple(ranked), scored[ranked[0]] - own
