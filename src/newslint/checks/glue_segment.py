"""A word segmenter for the glues the shape rules of `lexicon`'s `glued` detector leave: the most
probable cut of a token into two or three words, by wordfreq's unigram frequencies, scored as a
likelihood ratio against the token read as one word.

Zipf values are log10 of a word's frequency per 10^9 words, so the cut's log10 probability, its
words read as independent draws, is the sum of its words' Zipf values less 9 for each word, and
the ratio against the token is that less the token's own log10 probability. A token wordfreq has
never seen still has some probability of being a word (a name, a coinage): it is read at
`segment_unseen_zipf`. Common words, and words Hunspell licenses, are never cut (the caller asks
the dictionary, which is slower, only of a token this statistic would cut).

What the statistic cannot tell apart is kept out rather than weighed: a part of two letters must be
a function word ("co", "un" are prefixes), a left part that is a word-forming prefix ("cyber",
"inter") or a right part that is a suffix or a word-forming ending ("ship", "able", "worth") is no
word of its own here, and a capitalised token is judged only when it opens with a function word
(the capital is the sentence's: "Forexample"), since a capitalised token made of two common words
is a name as often as a glue ("Moonis", "Goldwell").
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.checks.glue_split import WORD_ENDINGS
from newslint.checks.lexicon_tuning import Tuning
from newslint.lexicon import is_function_word

Zipf = Callable[[str], float]

# A cut's words are read as independent draws from a corpus of 10^9 words.
CORPUS_ZIPF = 9.0
MIN_TOKEN = 5  # shorter tokens are abbreviations and syllables more often than glues ...
PAIR_TOKEN = 4  # ... except two function words of two letters each ("asof", "isit")
# Parts that are pieces of words, not words, however frequent wordfreq finds them alone.
_NOT_LEFT_EXTRA = frozenset("co re de un dis mis".split())
_NOT_RIGHT_EXTRA = frozenset("er ers est".split())
ARTICLE = "a"
ARTICLE_BEFORE_MIN_ZIPF = 4.0  # how common a word glued to a final "a" must be ("intoa", "sucha")
_VERB_FORM_ENDINGS = ("ing", "ed")
_LONGEST_FUNCTION = 7  # "between", "without": the longest function words a middle part can be


def segment(
    zipf: Zipf, token: str, tuning: Tuning, longest: int
) -> tuple[float, tuple[str, ...]] | None:
    """(log10 odds, parts) of the likeliest cut of `token` into two or three words against the
    token as one word, or None when the token is a common word or has no such cut. A capitalised
    token is cut as its lower-case form and only after a function word."""
    if len(token) == PAIR_TOKEN and token.islower():
        return _function_pair(zipf, token, tuning)
    if len(token) < MIN_TOKEN or not token.isalpha():
        return None
    capitalised = token[0].isupper()
    if (capitalised and not token[1:].islower()) or (not capitalised and not token.islower()):
        return None
    whole = zipf(token)
    if whole >= tuning.segment_max_zipf:
        return None
    low = token.lower()
    best = _best_cut(zipf, low, tuning, longest, seen=whole > 0)
    if best is None or (capitalised and not is_function_word(best[1][0])):
        return None
    seen = max(whole, tuning.segment_unseen_zipf)
    odds = best[0] - (seen if whole > 0 else _unseen_zipf(len(token), capitalised, tuning))
    parts = _cased(token, best[1])
    return odds, parts


def _unseen_zipf(length: int, capitalised: bool, tuning: Tuning) -> float:
    """The Zipf value a token wordfreq never saw is read at as one word: `segment_unseen_zipf`,
    less `segment_unseen_letter_zipf` for each letter past `segment_unseen_letters` of a
    lower-case token. Words are short and a long string of letters is seldom one, while a glue is
    as long as its two words ("mediaplatforms"); a capitalised token is a name as readily at any
    length ("Oldcastleton"), so it keeps the flat reading."""
    if capitalised:
        return tuning.segment_unseen_zipf
    excess = max(0, length - tuning.segment_unseen_letters)
    return tuning.segment_unseen_zipf - tuning.segment_unseen_letter_zipf * excess


def _function_pair(zipf: Zipf, token: str, tuning: Tuning) -> tuple[float, tuple[str, ...]] | None:
    """(log10 odds, parts) for a four-letter lower-case token cut into two function words of two
    letters ("asof", "ofup"), the only cut of so short a token tried; its odds must clear
    `segment_pair_min_odds`, so it is judged here."""
    left, right = token[:2], token[2:]
    if not (is_function_word(left) and is_function_word(right)) or not token.isalpha():
        return None
    whole = zipf(token)
    if whole >= tuning.segment_max_zipf:
        return None
    odds = zipf(left) + zipf(right) - CORPUS_ZIPF - max(whole, tuning.segment_unseen_zipf)
    return (odds, (left, right)) if odds >= tuning.segment_pair_min_odds else None


def _best_cut(
    zipf: Zipf, low: str, tuning: Tuning, longest: int, seen: bool
) -> tuple[float, tuple[str, ...]] | None:
    """The cut of `low` into two or three parts with the highest summed log10 probability. A
    token wordfreq has seen as a word is a word more often than a glue when it merely opens with
    a function word that is also a prefix ("ingroup", "abed") or ends in one that is also an
    ending ("speakin", "manat"): those cuts are not tried for it, as `likelier_split` does not,
    unless the other part is a function word too ("Onthe", "thein"), which no word is made of."""
    best: tuple[float, tuple[str, ...]] | None = None
    size = len(low)
    for cut in _cut_points(low):
        left = low[:cut]
        if len(left) > longest:
            break
        first = _part_zipf(zipf, left, tuning, first=True, last=False)
        if first is None:
            continue
        prefix = seen and left in tuning.likelier_split_prefixes
        ending = seen and not is_function_word(left)
        rest = low[cut:]
        if len(rest) <= longest and not _guarded(rest, prefix, ending):
            last = _part_zipf(zipf, rest, tuning, first=False, last=True)
            if last is not None and (rest != ARTICLE or _takes_article(left, first)):
                score = first + last - CORPUS_ZIPF
                if best is None or score > best[0]:
                    best = (score, (left, rest))
        # A cut into three has a function word in the middle ("oneofthe", "inthecity"): three
        # content words run together are `glued-run`'s, and trying every middle costs the
        # token's length squared in look-ups.
        # The article stands in a cut of two only: "a" opening three parts reads a misspelling
        # as words ("anothere" is no "a no there").
        middles = range(cut + 2, min(size - 1, cut + 2 + _LONGEST_FUNCTION)) if cut > 1 else ()
        for second_cut in middles:
            middle, end = low[cut:second_cut], low[second_cut:]
            if not is_function_word(middle) or len(end) > longest:
                continue
            inner = _part_zipf(zipf, middle, tuning, first=False, last=False)
            if inner is None:
                continue
            last = _part_zipf(zipf, end, tuning, first=False, last=True)
            if last is not None:
                score = first + inner + last - 2 * CORPUS_ZIPF
                if best is None or score > best[0]:
                    best = (score, (left, middle, end))
    return best


def _cut_points(low: str) -> range:
    """Where `low` may be cut: parts of two letters or more, or the article "a", the one word of
    a single letter English writes in lower case, at either end ("adozen", "intoa"): glued to
    the word it stands beside as readily as any function word."""
    return range(1 if low[0] == ARTICLE else 2, len(low) if low[-1] == ARTICLE else len(low) - 1)


def _takes_article(left: str, zipf: float) -> bool:
    """Whether a final "a" cut off after `left` (of that Zipf value) reads as the article: after
    a function word or a verb's -ing or -ed form ("intoa", "causinga"), and a common one; a rarer
    stem ending so is another language's word ("cerveza"), and after a noun the "a" is a
    misread "s" as often ("resulta")."""
    grammatical = is_function_word(left) or left.endswith(_VERB_FORM_ENDINGS)
    return grammatical and zipf >= ARTICLE_BEFORE_MIN_ZIPF


def _guarded(rest: str, prefix: bool, ending: bool) -> bool:
    """Whether a seen token's two-part cut is one of those `_best_cut` does not try: after a
    prefix-like function word, a right part that is no function word; after a content word, a
    function word that is also an ending."""
    if prefix and not is_function_word(rest):
        return True
    return ending and rest in WORD_ENDINGS


def _part_zipf(zipf: Zipf, part: str, tuning: Tuning, first: bool, last: bool) -> float | None:
    """The part's Zipf value if it may stand as a word of a cut, else None."""
    if len(part) == 2 and not is_function_word(part):
        return None
    if len(part) == 1 and part != ARTICLE:
        return None
    if not last and (part in tuning.prefixes or part in _NOT_LEFT_EXTRA):
        return None
    if not first and (
        part in tuning.suffixes
        or part in tuning.suffix_words
        or part in tuning.name_endings
        or part in _NOT_RIGHT_EXTRA
    ):
        return None
    value = zipf(part)
    return value if value >= tuning.segment_part_min_zipf else None


def _cased(token: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts as the token writes them (the capital stays on the first)."""
    cased = []
    at = 0
    for part in parts:
        cased.append(token[at : at + len(part)])
        at += len(part)
    return tuple(cased)
