"""Words a scanner cut in two where both pieces happen to be words: "admit ted", "opera ted",
"ex pressed", "be gan", "chap ter", and names: "Ire land", "Caro lina".

`ocr_context.is_cut_word` takes a space for a cut only beside a fragment no list has as a word
("cou nterpart"); two listed words one space apart are mostly two words. Not always: a printed
line's lost hyphen leaves pieces that wordfreq lists for other reasons ("ted" and "ed" are names,
"gan", "ter" and "er" are listed at all), and the joined word is far more common than the two
pieces are likely to stand side by side.

How likely the pieces stand side by side is estimated without any list of pairs: two unrelated
words follow each other about as often as the product of their frequencies (in Zipf units, the
sum less 9, wordfreq's scale being per billion words). The true count of a real phrase is higher
still (words that go together, "per cent", "man aged", follow each other more often than by
chance), so the test is one-sided: a split is taken only when the joined word beats that
estimate by `MIN_EXCESS` Zipf units, which no phrase of the labelled pages' dev halves, the clean
corpus or the shared OCR files reached ("per cent" 3.8, "man aged" 3.4, "pipe line" 3.3, "sun
shine" 4.0 in typed copy) and their cut words did ("admit ted" 4.7, "opera ted" 4.8, "elect ed"
4.8, "be gan" 4.2, "chap ter" 6.8). Cuts nearer the line ("re tired" 3.5, "color ed" 3.5) are
left: "per cent" and "man aged" stand there too. Asked only in a document
that looks scanned (the `ocr-noise` gate); the signal that opens the gate does not count them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import accumulate

import regex

from newslint import cased_lexicon
from newslint.lexicon import is_function_word
from newslint.ocr_channel import common_words
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# Two runs of letters one space apart, nothing word-like against either side; the second is in
# lower case (a cut leaves the rest of a word), the first in lower case or capitalised.
_OPEN_PAIR = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?P<left>\p{Lu}?\p{Ll}+)[ \t](?P<right>\p{Ll}+)(?![\p{L}\p{N}'’-])"
)
_LETTERS_SPLIT = compile_pattern(r"(\p{L}+)")
# The joined word beats the independence estimate of the pair by this many Zipf units.
MIN_EXCESS = 4.1
# ... and is this common: a misread split is of an everyday word.
MIN_JOINED_ZIPF = 4.0
MIN_JOINED_LENGTH = 5
# A piece rarer than this is a fragment: `ocr_context.is_cut_word` judges that pair.
FRAGMENT_ZIPF = 2.5
PER_BILLION = 9.0  # wordfreq's Zipf scale: log10 of a word's frequency per billion words


def open_splits(text: str, zipf: Zipf) -> Iterator[regex.Match[str]]:
    """The pairs of listed words one space apart that are one word cut in two."""
    # Split, the pieces alternate gap and run: the pairs whose join is a common word are picked
    # out in C calls alone (a regex tried at every word cost half a second a megabyte), and only
    # those few are matched in place.
    pieces = _LETTERS_SPLIT.split(text)
    runs = pieces[1::2]
    joins = map(str.lower, map(str.__add__, runs, runs[1:]))
    picked = [k for k, common in enumerate(map(common_words().__contains__, joins)) if common]
    if not picked:
        return
    offsets = list(accumulate(map(len, pieces)))
    end = 0
    for k in picked:
        start = offsets[2 * k]  # where run k begins: the pieces before it end there
        match = _OPEN_PAIR.match(text, start)
        if match is None or match.start() < end or match.end() != offsets[2 * k + 3]:
            continue
        if is_open_split(match.group("left"), match.group("right"), zipf):
            end = match.end()
            yield match


def is_open_split(left: str, right: str, zipf: Zipf) -> bool:
    joined = (left + right).lower()
    if len(joined) < MIN_JOINED_LENGTH:
        return False
    together = zipf(joined)
    if together < MIN_JOINED_ZIPF:
        return False
    apart = (zipf(left.lower()), zipf(right))
    if min(apart) < FRAGMENT_ZIPF:
        return False  # a fragment beside a word: the plain cut-word test's
    if is_function_word(left.lower()) and is_function_word(right):
        return False  # "in to", "may be": two function words are a phrase
    if together - (sum(apart) - PER_BILLION) < MIN_EXCESS:
        return False
    lexicon = cased_lexicon.english()
    # a name ("Ire land", "Caro lina") is cut only where its capital stands first
    return lexicon.has(joined) and (left[0].isupper() or not lexicon.only_capitalised(joined))
