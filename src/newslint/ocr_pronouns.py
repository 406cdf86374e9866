"""The subject pronoun "he" misread as another word ("be said", "lie was", "tie had").

A scanner confuses h with b and li, and e with o and c; "he", the commonest word of news copy
after the function words, comes out as "be", "lie", "tie", "bo" or "ho", all of them words, so no
spelling test sees them. Where it stands gives it away: at the start of a clause (after a
sentence mark, a conjunction or a verb of saying) and before a finite verb ("was", "had",
"said", "would", or a past-tense verb as the tagger reads it with "he" put in its place), only a
subject pronoun fits. "be" is never followed by a finite verb; "lie" and "tie" as nouns have an
article before them, as verbs a subject. Capitalised "Bo" and "Ho" are names and are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import regex

from newslint.line_words import words_around, words_before
from newslint.regex_store import compile_pattern

# The misreadings of "he" that are words themselves: h read as b or li, e read as o, h as t.
_MISREAD = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?:be|lie|tie|bo|ho|le|lee|ha|Be|Lie|Tie|Ile|I-le)(?= +\p{Ll})"
)
_TOKEN = compile_pattern(r"[\p{L}\p{N}'’]+|[.,;:!?\"“”]")
_BEFORE = compile_pattern(r"([\p{L}\p{N}'’]+|[^\s\p{L}\p{N}])\s*$")
# Words after which a clause, and so a subject, begins.
_CLAUSE_OPENERS = frozenset(
    "and but that when as if because though although where while until after before since "
    "then so said says who whom whether how why once whilst till unless for than all".split()
)
# "which" and "what" open a clause ("to which he agreed") or stand before a noun ("which lie
# was told"): only before a misreading no noun shares.
_DETERMINING_OPENERS = frozenset(("which", "what"))
_NOUNS = frozenset(("lie", "tie"))
_CLAUSE_MARKS = frozenset('.;:!?"“”')
# Finite verbs a subject pronoun takes that no "be", noun "lie" or "tie" is ever followed by.
_FINITE = frozenset(
    "was had has is did does would could should will shall can may might must said says "
    "thought went came saw told knew felt found became returned replied asked added declared "
    "wrote answered".split()
)
_FINITE_TAGS = ("VBD", "VBZ", "MD")


class Tagger(Protocol):
    def tag(self, words: list[str]) -> list[tuple[str, str]]: ...


def pronoun_misreads(
    text: str, tagger: Callable[[], Tagger | None]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, "he" or "He") for each misread subject pronoun of `text`."""
    for match in _MISREAD.finditer(text):
        _, right = words_around(text, match.start(), match.end(), _TOKEN, 2)
        if not right:
            continue
        previous = _previous_token(text, match.start())
        opens = _opens_clause(previous, match.group())
        if not opens and not _may_follow_edge(previous, match.group()):
            continue
        if not _finite_after(right, tagger):
            continue
        if not opens and not _after_clause_edge(text, match, previous, right, tagger):
            continue
        fix = "He" if match.group()[0].isupper() else "he"
        yield match.start(), match.end(), fix


def _previous_token(text: str, start: int) -> str:
    """The word or mark before `start`, across line ends (a printed column breaks lines
    anywhere), or "" at the start of the text."""
    before = _BEFORE.search(text, max(0, start - 60), start)
    return before.group(1) if before else ""


def _opens_clause(before: str, word: str) -> bool:
    opener = before.lower()
    if opener in _DETERMINING_OPENERS:
        return word.lower() not in _NOUNS
    return not before or before in _CLAUSE_MARKS or opener in _CLAUSE_OPENERS


# Before a subject also stand a comma closing an adverbial ("Last week, however, lie committed"),
# a verb whose object is a clause ("thought lie would", "told lie was") and a noun a relative
# clause follows ("the money lie had received"). "be" is left out: "may be said", "to be had".
_EDGE_TAGS = frozenset(("VBD", "VBP", "VBZ", "NN", "NNS"))
_EDGE_CONTEXT = 3  # words before the suspect the tagger reads


def _may_follow_edge(before: str, word: str) -> bool:
    """Whether `before` may end an adverbial, a verb or a noun before a subject `word` (asked of
    the tagger only then): never before "be" ("may be said", "to be had"), nor a word doubled
    ("ha ha")."""
    if word.lower() == "be" or before.lower() == word.lower():
        return False
    return before == "," or (before.isalpha() and before.islower())


def _after_clause_edge(
    text: str,
    match: regex.Match[str],
    before: str,
    right: list[str],
    tagger: Callable[[], Tagger | None],
) -> bool:
    if before == ",":
        return True
    model = tagger()
    if model is None:
        return False
    left = words_before(text, match.start(), _TOKEN, _EDGE_CONTEXT)
    if not left or left[-1] != before:
        return False
    tags = model.tag([*left, "he", *right])
    if len(tags) != len(left) + 1 + len(right) or tags[len(left) - 1][1] not in _EDGE_TAGS:
        return False
    # After a noun, "lie" and "tie" may be nouns themselves ("the campaign lie was exposed").
    return not tags[len(left) - 1][1].startswith("NN") or match.group().lower() not in _NOUNS


def _finite_after(right: list[str], tagger: Callable[[], Tagger | None]) -> bool:
    following = right[0]
    if following in _FINITE:
        return True
    if not following.endswith("ed"):
        return False  # a past tense the tagger may confirm; any other word is not asked
    model = tagger()
    if model is None:
        return False
    tags = model.tag(["he", *right])
    return len(tags) > 1 and tags[1][1] in _FINITE_TAGS
