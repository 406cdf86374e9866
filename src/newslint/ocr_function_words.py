"""Function words a scanner turned into other words: "bad" for "had", "bat" for "but", "tire" for
"the", "end" for "and", "he" for "be".

A scanner confuses h with b and li, u with a, e with i, and the commonest words of news copy come
out as other words ("he bad been", "refused, bat did not"), so no spelling test sees them and a
word's frequency alone cannot tell them from the words they spell. Where they stand gives them
away: each frame below names the grammar around the word that only the function word fits,
read by the part-of-speech tagger with the function word put in its place. Which misread forms are
asked about is the rule's data (`function_words` of `ocr.misread-word` in `rules/ocr.yaml`: form ->
function word); the frames are code, one per function word (`FRAMES`).

- "had"/"has" read as "bad", "lad", "liad" / "baa", "bas", "lias": after a subject (a pronoun, a
  noun, "who", "which") and before a past participle or "been", an adverb or two between them.
  An adjective "bad" or a noun "lad" has an article or an adjective before it ("a bad broken
  arm", "a lad named Smith").
- "but" read as "bat": after a comma or semicolon and before what opens a clause (a pronoun,
  "there", "not", a past-tense verb, a preposition); a noun "bat" in a list is followed by "and".
- "the" read as "tire", "tile": after a preposition or a verb and before what a noun phrase
  opens with ("into tire employment"); "to tire" is a verb.
- "and" read as "end", "arid": after a comma, or a word that ends a phrase, and before a
  past-tense verb, a subject pronoun, "there" or an adverb ("the prisoner, end remonstrated").
- "be" read as "he": after a modal or "to" and before a past participle ("would he sent"; a
  question's "would he go" has a verb's plain form after it; "May he" is a month's).
- "been" read as "beer", "beets": after a form of "have" and before a participle.
- "in" read as "iu", "ln", "ill": after what ends a phrase (a noun, a verb, an adverb, a comma)
  and before what opens a noun phrase ("arrived iu the city", "met ill the hall"); an
  adjective "ill" never stands before "the".
- "were" and "was" read as "wore", "wos": after a subject and before (an adverb or two and) a
  past participle that ends its phrase ("the guards wore posted at the gate"); the verb "wore"
  takes an object, whose participle stands before a noun or a comma ("wore faded coats").

Besides the table's forms, every word one confusion of glyph shapes away from a function word
with a frame (`newslint.ocr_channel.GLYPH_CONFUSIONS`: "hut" for "but", "aud" for "and", "iu"
for "in") is asked about: the frame, not a list of the misreadings seen, decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

import regex

from newslint import cased_lexicon
from newslint.lexicon import is_function_word
from newslint.line_words import words_around
from newslint.ocr_channel import GLYPH_CONFUSIONS
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue


class Tagger(Protocol):
    def tag(self, words: list[str]) -> list[tuple[str, str]]: ...


_TOKEN = compile_pattern(r"[\p{L}\p{N}'’]+|[.,;:!?\"“”()]")
_WORDS_AROUND = 3

# Adverbs that stand between "had" and its participle ("had never been", "had already gone").
_MIDDLE_ADVERBS = frozenset(
    "never already previously once frequently always just also then since evidently long "
    "manifestly only often not recently lately first twice".split()
)
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "me", "us"))
_SUBJECT_TAGS = frozenset(("PRP", "NN", "NNS", "NNP", "NNPS", "WDT", "WP"))
# What opens a clause after "but": a subject, "there", "not", an adverb, a preposition, a verb.
_CLAUSE_OPENING_TAGS = frozenset(("PRP", "EX", "RB", "IN", "VBD", "DT", "PRP$"))


def _tags(
    before: list[str],
    intended: str,
    after: list[str],
    tagger: Callable[[], Tagger | None],
) -> list[str] | None:
    """The tags of the words around with `intended` in the middle, or None without a tagger. A
    word in capitals is a heading's or a name's: the tagger reads its lower case."""
    model = tagger()
    if model is None:
        return None
    words = [*(w.lower() if w.isupper() else w for w in before), intended, *after]
    tags = model.tag(words)
    return [t for _, t in tags] if len(tags) == len(words) else None


def _has_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    return _perfect_fits("has", before, after, tagger)


def _had_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    return _perfect_fits("had", before, after, tagger)


def _perfect_fits(
    auxiliary: str,
    before: list[str],
    after: list[str],
    tagger: Callable[[], Tagger | None],
) -> bool:
    """A subject before, then (an adverb or two and) a past participle."""
    if not before or not after:
        return False
    rest = list(after)
    while rest and rest[0].lower() in _MIDDLE_ADVERBS:
        rest.pop(0)
    if not rest or not rest[0].isalpha() or not rest[0].islower():
        return False
    tags = _tags(before, auxiliary, after, tagger)
    if tags is None:
        return False
    at = len(before)
    participle = at + 1 + (len(after) - len(rest))
    if tags[at - 1] not in _SUBJECT_TAGS:
        return False
    # A participle or "been" ("she bad never been"), or an object ("he bad no objection", "she
    # bad her gloves on"): an adjective "bad" with a subject before it stands before neither.
    return (
        rest[0] == "been"
        or tags[participle] in ("VBN", "DT", "PRP$")
        or rest[0] in _OBJECT_PRONOUNS
    )


def _but_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    """A comma or semicolon before, and what opens a clause after."""
    if not before or before[-1] not in (",", ";") or not after:
        return False
    if not after[0].isalpha() or after[0] in ("and", "or", "nor"):
        return False
    tags = _tags(before, "but", after, tagger)
    return tags is not None and tags[len(before) + 1] in _CLAUSE_OPENING_TAGS


# "the" before what a noun phrase opens with, after a preposition or a verb ("into tire employment",
# "took tire key"); "and" between a word that ends a phrase and what opens a clause ("a cab end a
# nurse", "prisoner, end remonstrated").
_PHRASE_HEAD_TAGS = frozenset(("IN", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
_NOUN_PHRASE_TAGS = frozenset(("JJ", "NN", "NNS", "NNP", "NNPS", "JJS", "JJR", "VBG"))
_NOT_BEFORE_AND = frozenset(("DT", "PRP$", "JJ", "JJR", "JJS", "TO", "MD", "IN", "POS", "CD", "RB"))
_AFTER_AND_TAGS = frozenset(("VBD", "PRP", "EX", "RB"))


def _the_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    if not before or not after or not after[0].isalpha() or before[-1].lower() == "to":
        return False
    tags = _tags(before, "the", after, tagger)
    at = len(before)
    return (
        tags is not None and tags[at - 1] in _PHRASE_HEAD_TAGS and tags[at + 1] in _NOUN_PHRASE_TAGS
    )


def _and_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    if not before or not after or not after[0].isalpha():
        return False
    tags = _tags(before, "and", after, tagger)
    at = len(before)
    if tags is None:
        return False
    if before[-1] in (",", ";"):
        # After a comma the tagger reads a past tense as a participle ("prisoner, and remonstrated").
        return tags[at + 1] in _AFTER_AND_TAGS or tags[at + 1] == "VBN"
    return (
        tags[at + 1] in _AFTER_AND_TAGS
        and before[-1].isalpha()
        and tags[at - 1] not in _NOT_BEFORE_AND
    )


_MODALS = frozenset("would will should could may might must shall can cannot to".split())
_HAVE = frozenset("have has had having".split())


def _be_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    """ "would he sent", "to he tried": after a modal or "to", before a participle; a question's
    "would he go" has a verb's plain form after it."""
    if not before or before[-1] not in _MODALS or not after or not after[0].isalpha():
        return False
    tags = _tags(before, "be", after, tagger)
    return tags is not None and tags[len(before) + 1] == "VBN"


def _been_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    """ "had beer taken": after a form of "have", before a participle (the beer they had is
    followed by anything else)."""
    if not before or before[-1].lower() not in _HAVE or not after or not after[0].isalpha():
        return False
    tags = _tags(before, "been", after, tagger)
    return tags is not None and tags[len(before) + 1] in ("VBN", "VBG")


# What ends a phrase before "in" (a noun, a verb, an adverb, a particle, a comma), and what opens
# the noun phrase after it (a determiner, a possessive, a number, "which", "whom").
_BEFORE_IN_TAGS = frozenset(
    ("NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "RP", ",")
)
_AFTER_IN_TAGS = frozenset(("DT", "PRP$", "CD", "WDT", "WP"))


def _in_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    """ "arrived iu the city", "met ill the hall", "resident ln which": between what ends a
    phrase and what opens a noun phrase."""
    if not before or not after or not after[0].isalpha():
        return False
    if not before[-1].isalpha() and before[-1] != ",":
        return False
    tags = _tags(before, "in", after, tagger)
    at = len(before)
    return tags is not None and tags[at - 1] in _BEFORE_IN_TAGS and tags[at + 1] in _AFTER_IN_TAGS


# A subject before "were" or "was", and what may follow the participle after it: a preposition,
# an adverb or a sentence's stop. A participle before a noun, an adjective or a comma modifies the
# object of the verb "wore" ("wore embroidered, silk robes"), and an -ing form after it is mostly a
# noun ("wore clothing", "wore riding boots"), so only a past participle is asked about.
_BE_SUBJECT_TAGS = _SUBJECT_TAGS | {"EX"}
_AFTER_PASSIVE_TAGS = frozenset(("IN", "TO", "RB", "RP", ".", ":"))


def _were_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    return _passive_fits("were", before, after, tagger)


def _was_fits(before: list[str], after: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    return _passive_fits("was", before, after, tagger)


def _passive_fits(
    auxiliary: str, before: list[str], after: list[str], tagger: Callable[[], Tagger | None]
) -> bool:
    """ "policemen wore stationed at the door", "the crowd wos nearly evenly divided": after a
    subject, before (an adverb or two and) a past participle that ends its phrase. "They wore
    faded jeans" is a verb and its object, whose participle modifies a noun."""
    if not before or not after or not after[0].isalpha() or not after[0].islower():
        return False
    tags = _tags(before, auxiliary, after, tagger)
    at = len(before)
    if tags is None or tags[at - 1] not in _BE_SUBJECT_TAGS:
        return False
    participle = at + 1
    while participle < len(tags) and tags[participle] in ("RB", "RBR"):
        participle += 1
    if participle >= len(tags) or tags[participle] != "VBN":
        return False
    return participle + 1 == len(tags) or tags[participle + 1] in _AFTER_PASSIVE_TAGS


# The frame each function word is admitted by, by the word: which misreadings are asked about is
# data, the rule's `function_words` table (`rules/ocr.yaml`, `ocr.misread-word`).
FRAMES: dict[str, Callable[[list[str], list[str], Callable[[], Tagger | None]], bool]] = {
    "be": _be_fits,
    "been": _been_fits,
    "the": _the_fits,
    "and": _and_fits,
    "had": _had_fits,
    "but": _but_fits,
    "has": _has_fits,
    "in": _in_fits,
    "were": _were_fits,
    "was": _was_fits,
}


class Readings(FrozenValue):
    """Misread forms (lower case) -> the function word each stands for, and the pattern that
    finds them in a text."""

    FIELDS = ("intended", "candidate")
    intended: Mapping[str, str]
    candidate: regex.Pattern[str] | None

    def __init__(self, intended: Mapping[str, str], candidate: regex.Pattern[str] | None):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "intended", intended)
        setter(self, "candidate", candidate)


def readings(table: Mapping[str, str]) -> Readings:
    """The readings of a `function_words` table (misread form -> function word), each function
    word one of `FRAMES`; ValueError names any other."""
    unknown = sorted({word for word in table.values() if word not in FRAMES})
    if unknown:
        raise ValueError(f"no grammar frame for {', '.join(unknown)} (known: {', '.join(FRAMES)})")
    if not table:
        return Readings({}, None)
    table = {**glyph_readings(), **table}
    alternatives = "|".join(regex.escape(form) for form in sorted(table, key=len, reverse=True))
    candidate = compile_pattern(r"(?<![\p{L}\p{N}'’-])(?:" + alternatives + r")(?![\p{L}\p{N}'’-])")
    return Readings(dict(table), candidate)


def glyph_forms(word: str) -> set[str]:
    """What a scanner reads for `word` by one confusion of glyph shapes ("but" -> "hut", "bnt")."""
    forms = set()
    for printed, read in GLYPH_CONFUSIONS:
        at = word.find(printed)
        while at != -1:
            forms.add(word[:at] + read + word[at + len(printed) :])
            at = word.find(printed, at + 1)
    return forms


def glyph_readings() -> dict[str, str]:
    """Each form one glyph confusion from a function word with a frame -> that word; a form that
    is itself a function word ("his" for "has", "if" for "is") stands for itself."""
    found: dict[str, str] = {}
    for intended in FRAMES:
        for form in sorted(glyph_forms(intended)):
            if form.isalpha() and not is_function_word(form) and form not in found:
                found[form] = intended
    return found


# In copy the OCR gate leaves shut, a form is asked about only where no typist writes it: no
# dictionary word ("tho", "end", "ill" are words) and rarer than this on wordfreq's Zipf scale
# (chat writes "im" for "I'm", 4.7, and "bc" for "because", 4.5; "bo" is 4.0, "aud" 3.2).
UNSCANNED_MAX_ZIPF = 4.2


def unscanned_form(form: str, zipf: Callable[[str], float]) -> bool:
    """Whether `form` is asked about in copy that does not look scanned: a scanner's form of a
    function word ("aud", "iu", "bo") where the grammar demands that word is a misreading
    whether or not the rest of the page shows damage."""
    word = form.lower()
    return zipf(word) < UNSCANNED_MAX_ZIPF and not cased_lexicon.english().has(word)


def function_word_misreads(
    text: str, tagger: Callable[[], Tagger | None], table: Readings
) -> Iterator[tuple[int, int, str]]:
    """(start, end, intended) for each function word of `text` misread as another word."""
    if table.candidate is None:
        return
    for match in table.candidate.finditer(text):
        intended = table.intended[match.group()]
        before, after = words_around(text, match.start(), match.end(), _TOKEN, _WORDS_AROUND)
        if FRAMES[intended](before, after, tagger):
            yield match.start(), match.end(), intended
