"""Function words a scanner turned into other words: "bad" or "lad" for "had", "bat" for "but".

A scanner confuses h with b and li, u with a, and the commonest words of news copy come out as
other words ("he bad been", "refused, bat did not"), so no spelling test sees them and a word's
frequency alone cannot tell them from the words they spell. Where they stand gives them away:
each reading below names the grammar around the word that only the function word fits, read by
the part-of-speech tagger with the function word put in its place.

- "had" read as "bad", "lad" or "liad": after a subject (a pronoun, a noun, "who", "which") and
  before a past participle ("been", "given", or a word the tagger reads as one), an adverb or two
  between them. An adjective "bad" or a noun "lad" never stands before a participle or "been"
  with a subject before it ("a bad broken arm" has an article, "a lad named Smith" too).
- "but" read as "bat": after a comma or semicolon and before what opens a clause (a pronoun,
  "there", "not", a past-tense verb, a preposition): a noun "bat" in a list is followed by "and"
  or another noun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple, Protocol

from newslint.line_words import words_around
from newslint.regex_store import compile_pattern


class Tagger(Protocol):
    def tag(self, words: list[str]) -> list[tuple[str, str]]: ...


class _Reading(NamedTuple):
    intended: str
    fits: Callable[[list[str], list[str], Callable[[], Tagger | None]], bool]


_TOKEN = compile_pattern(r"[\p{L}\p{N}'’]+|[.,;:!?\"“”()]")
_WORDS_AROUND = 3

# Adverbs that stand between "had" and its participle ("had never been", "had already gone").
_MIDDLE_ADVERBS = frozenset(
    "never already previously once frequently always just also then since evidently long "
    "manifestly only often not recently lately first twice".split()
)
_SUBJECT_TAGS = frozenset(("PRP", "NN", "NNS", "NNP", "NNPS", "WDT", "WP"))
_PARTICIPLE_TAGS = frozenset(("VBN",))
# What opens a clause after "but": a subject, "there", "not", an adverb, a preposition, a verb.
_CLAUSE_OPENING_TAGS = frozenset(("PRP", "EX", "RB", "IN", "VBD", "DT", "PRP$"))


def _had_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    """A subject before, then (an adverb or two and) a past participle."""
    if not before or not after:
        return False
    rest = list(after)
    while rest and rest[0].lower() in _MIDDLE_ADVERBS:
        rest.pop(0)
    if not rest or not rest[0].isalpha() or not rest[0].islower():
        return False
    model = tagger()
    if model is None:
        return False
    # A word in capitals is a heading's or a name's; the tagger reads its lower case as a word.
    words = [*(w.lower() if w.isupper() else w for w in before), "had", *after]
    tags = model.tag(words)
    if len(tags) != len(words):
        return False
    at = len(before)
    participle = at + 1 + (len(after) - len(rest))
    return tags[at - 1][1] in _SUBJECT_TAGS and (
        rest[0] == "been" or tags[participle][1] in _PARTICIPLE_TAGS
    )


def _but_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    """A comma or semicolon before, and what opens a clause after."""
    if not before or before[-1] not in (",", ";") or not after:
        return False
    if not after[0].isalpha() or after[0] in ("and", "or", "nor"):
        return False
    model = tagger()
    if model is None:
        return False
    words = [*before, "but", *after]
    tags = model.tag(words)
    return len(tags) == len(words) and tags[len(before) + 1][1] in _CLAUSE_OPENING_TAGS


_READINGS = {
    "bad": _Reading("had", _had_fits),
    "lad": _Reading("had", _had_fits),
    "liad": _Reading("had", _had_fits),
    "bat": _Reading("but", _but_fits),
}
_CANDIDATE = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?:" + "|".join(_READINGS) + r")(?![\p{L}\p{N}'’-])"
)


def function_word_misreads(
    text: str, tagger: Callable[[], Tagger | None]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, intended) for each function word of `text` misread as another word."""
    for match in _CANDIDATE.finditer(text):
        reading = _READINGS[match.group()]
        before, after = words_around(text, match.start(), match.end(), _TOKEN, _WORDS_AROUND)
        if reading.fits(before, after, tagger):
            yield match.start(), match.end(), reading.intended
