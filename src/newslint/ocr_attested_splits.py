"""Words cut by a space that the document itself writes whole elsewhere: "his tory" beside
"History", "Sacra mento" beside "Sacramento". The page's own spelling is the evidence, so no OCR
gate is needed (`ocr.split-attested-word`); the pairs are read from the text's runs of letters
(`Document.runs`) in C calls, not a Python step per word pair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count
from operator import itemgetter

import regex

from newslint.lexicon import is_function_word
from newslint.regex_store import compile_pattern
from newslint.tokens import Run, letters_only

Zipf = Callable[[str], float]


_LONE_WORD = compile_pattern(r"(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])")
_SPACED_PAIR = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?P<left>\p{L}+)[ \t](?P<right>\p{L}+)(?![\p{L}\p{N}'’-])"
)
# Two common words whose joining is a word too are a compound written open ("health care",
# "school children"), not a cut word.
COMPOUND_PART_ZIPF = 4.0
MIN_ATTESTED_LENGTH = 6
# A plural part ("grains", rarer than "grain") makes an open compound too when the closed form is
# far rarer than the phrase's words ("food grains" beside "foodgrains", 1.4): a cut word's whole is
# the common one ("Ed wards" beside "Edwards", a name as common as "ward").
CLOSED_FORM_RARER = 1.0


def attested_splits(
    text: str, zipf: Zipf, runs: Sequence[Run] | None = None
) -> Iterator[regex.Match[str]]:
    """ "his tory", "Sacra mento": a word cut by a space that the document itself writes whole
    elsewhere ("History", "Sacramento"). Its own evidence, so no OCR gate is needed. `runs`: the
    text's letter and digit runs (`Document.runs`), if already found."""
    words = lone_words(text, runs) if runs is not None else _lone_words(text)
    spelt = list(map(itemgetter(2), words))
    folding = {word: word.casefold() for word in set(spelt)}
    whole: dict[str, set[str]] = {}
    for word, folded_word in folding.items():
        whole.setdefault(folded_word, set()).add(word)
    # Every `_SPACED_PAIR` match is two lone words one space or tab apart, and every such pair
    # is one; the regex confirms only the few pairs whose join the document writes whole. The
    # joins are made and looked up in C calls alone (a Python step per word pair was most of
    # the rule's time): case folding maps letter by letter, so the join of two folded words
    # is the folded join.
    folded = list(map(folding.__getitem__, spelt))
    attested = map(whole.__contains__, map(str.__add__, folded, folded[1:]))
    for index in compress(count(), attested):
        (start, gap, _), (after, end, _) = words[index], words[index + 1]
        if after != gap + 1 or text[gap] not in " \t":
            continue
        joined = folded[index] + folded[index + 1]
        if len(joined) < MIN_ATTESTED_LENGTH:
            continue
        match = _SPACED_PAIR.match(text, start)
        assert match is not None and match.end() == end
        left, right = match.group("left"), match.group("right")
        if min(zipf(left), zipf(right)) >= COMPOUND_PART_ZIPF or right.casefold() == "s":
            continue  # a compound written open; "leader s" lost its apostrophe, not a space
        if _open_compound_of_plural(left, right, joined, zipf):
            continue
        if is_function_word(left) and is_function_word(right):
            continue  # "TOTHE" is the glued one
        if not any(_cut_from(left, right, spelling) for spelling in whole[joined]):
            continue
        yield match


def _open_compound_of_plural(left: str, right: str, joined: str, zipf: Zipf) -> bool:
    """Whether "food grains" (beside "foodgrains") is two words: each part common once a plural
    counts as its noun, and the closed form at least CLOSED_FORM_RARER rarer than the rarer part."""
    parts = min(_noun_zipf(left, zipf), _noun_zipf(right, zipf))
    return parts >= COMPOUND_PART_ZIPF and zipf(joined) <= parts - CLOSED_FORM_RARER


def _noun_zipf(word: str, zipf: Zipf) -> float:
    """A word's frequency, a plural's counted as its singular's ("grains" as "grain")."""
    score = zipf(word)
    if len(word) > 3 and word[-1] in "sS" and word[-2] not in "sS":
        score = max(score, zipf(word[:-1]))
    return score


def may_hold_attested_splits(runs: Sequence[Run]) -> bool:
    """Whether `attested_splits` can find anything among `runs` (the text's): two neighbouring
    runs whose folded join is the fold of a run at least MIN_ATTESTED_LENGTH long. Each split it
    reports is two lone words one space apart, so neighbours among the runs too (lone words are
    runs), joined as long as that and written whole as a lone word; no letter test, no gaps read.
    """
    folds = list(map(str.casefold, map(itemgetter(2), runs)))
    whole = {fold for fold in folds if len(fold) >= MIN_ATTESTED_LENGTH}
    return any(map(whole.__contains__, map(str.__add__, folds, folds[1:])))


def _cut_from(left: str, right: str, spelling: str) -> bool:
    """Whether `left` and `right` can be `spelling` cut by a space. A space changes no letter's
    case: "Siva Sankar" beside "Sivasankar" is a name written both ways, and "Wijedasa
    Rajapakshe" beside "WijedasaRajapakshe" (a capital inside the whole, where the cut would be)
    is two words the other copy glued. Text in capitals ("W ASHINGTON") keeps no case to
    compare."""
    at = len(left)
    if spelling[at].isupper() and spelling[at - 1].islower():
        return False
    return (left + right).isupper() or spelling.isupper() or right[0] == spelling[at]


def _lone_words(text: str) -> list[Run]:
    return [Run(m.start(), m.end(), m.group()) for m in _LONE_WORD.finditer(text)]


_WORD_JOINERS = frozenset("'’-")  # what `_LONE_WORD` may not touch besides letters and digits


def lone_words(text: str, runs: Sequence[Run]) -> list[Run]:
    """The `_LONE_WORD` matches, read from the text's runs of letters and digits: a lone word is
    a run of letters alone with no apostrophe or hyphen on either side (a run's neighbours are
    never letters or digits)."""
    end_of_text = len(text)
    return [
        run
        for run in runs
        if letters_only(run[2])
        and (run[0] == 0 or text[run[0] - 1] not in _WORD_JOINERS)
        and (run[1] == end_of_text or text[run[1]] not in _WORD_JOINERS)
    ]
