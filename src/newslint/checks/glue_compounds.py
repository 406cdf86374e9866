"""Whether a token that splits into two nouns is a closed compound or two words run together.

English closes a compound of two nouns as readily as it leaves it open ("grasscourt" in Reuters
tennis copy, "mediapersons" in The Hindu, "trainlines" at the BBC), so such a token alone in
clean copy is a spelling. Machine translation and scrapers that lose spaces lose them between
nouns too ("the securityforces", "the healthministry"), and do it more than once in a document.
The document decides: a noun compound is reported when the same document also has glues of
another kind ("resignedyesterday": two anywhere, or one on the compound's line) or writes the two
words apart elsewhere ("security forces").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from newslint.checks.tagging import part_of_speech_tagger
from newslint.lexicon import is_function_word

COMPOUND_CONTEXT = 60  # characters read on each side to tag the two halves in their sentence
DAMAGE_GLUES = 2  # glues of another kind that show a whole document lost its spaces
_NOUN_TAGS = frozenset(("NN", "NNS"))
# Endings of nouns English does not close up with the next noun: abstract suffixes, and the
# endings of singulars in -s ("news", "crisis", "virus", "press") that are no plurals.
_ABSTRACT_ENDINGS = ("tion", "sion", "ity", "ment", "ness", "ance", "ence", "ology", "ism", "ship")
_SINGULAR_S_ENDINGS = ("ss", "us", "is", "news", "ics", "ways")
LONG_HALF = 7  # letters of each half of two nouns too long to be written closed

Repair = TypeVar("Repair")


def noun_compound(text: str, start: int, end: int, repair: str) -> bool:
    """Whether the token at `start:end` splits (`repair`, "left right") into two nouns where it
    stands ("on trainlines across", "told mediapersons"). A glue across a phrase
    ("sharealthough", "resignedyesterday") has a half of another class."""
    left, _, right = repair.partition(" ")
    if (
        not (left.islower() and right.islower())
        or is_function_word(left)
        or is_function_word(right)
    ):
        return False
    from newslint.vale.tagger import treebank_words

    before = text[max(0, start - COMPOUND_CONTEXT) : start].rsplit("\n", 1)[-1]
    if start > COMPOUND_CONTEXT:  # drop the word the window cut
        before = before.partition(" ")[2]
    after = text[end : end + COMPOUND_CONTEXT].split("\n", 1)[0]
    words_before = treebank_words(before)
    tagged = part_of_speech_tagger().tag([*words_before, left, right, *treebank_words(after)])
    at = len(words_before)
    return tagged[at][1] in _NOUN_TAGS and tagged[at + 1][1] in _NOUN_TAGS


def closes_up(left: str, right: str) -> bool:
    """Whether English could write these two nouns as one closed word. The closed compounds it
    makes are short and their first noun bare ("grasscourt", "trainlines", "newsperson"): a first
    noun built with an abstract suffix ("security", "technology", "information") or in the plural
    ("officers", "vessels") stays open, and so do two long nouns ("centurythreats"). Only tokens
    wordfreq has never seen come here: the established exceptions ("salesman") are words."""
    if left.endswith(_ABSTRACT_ENDINGS):
        return False
    if left.endswith("s") and not left.endswith(_SINGULAR_S_ENDINGS):
        return False
    return min(len(left), len(right)) < LONG_HALF


def judged_compounds(
    text: str,
    candidates: Iterable[tuple[int, int, str, tuple[str, Repair]]],
    weak: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, int, str, tuple[str, Repair], bool]]:
    """The candidates (start, end, token, (fix, …)) to report, each with whether it is a noun
    compound: every glue of another kind, and a noun compound only where the document shows
    glue damage near it (`_damaged_near`) or writes the compound open. A `weak` token (a glue
    the statistic cannot tell from another language's word or a slang word: "doof", "orto") is
    reported only where the document shows glue damage of another kind near it, and is no such
    damage itself."""
    judged = [
        (
            start,
            end,
            found,
            repair,
            found not in weak and noun_compound(text, start, end, repair[0]),
        )
        for start, end, found, repair in candidates
    ]
    # Two nouns English would not close up are a glue on any page, though their fix is still
    # a compound's: offered, never applied.
    open_pairs = {
        found
        for _, _, found, repair, compound in judged
        if compound and not closes_up(*repair[0].split(" ", 1))
    }
    glues = [
        start
        for start, _, found, _, compound in judged
        if (not compound or found in open_pairs) and found not in weak
    ]
    folded = text.casefold() if any(compound for *_, compound in judged) else ""
    for start, end, found, repair, compound in judged:
        if found in weak:
            if _damaged_near(text, glues, start):
                yield start, end, found, repair, compound
        elif (
            not compound
            or found in open_pairs
            or _damaged_near(text, glues, start)
            or repair[0].casefold() in folded
        ):
            yield start, end, found, repair, compound


def _damaged_near(text: str, glues: list[int], start: int) -> bool:
    """Whether the glues of another kind (their starts) show the document losing spaces where
    `start` stands: two or more anywhere (a conversion that drops spaces drops them again), or
    one on the same line. A single glue elsewhere is often a scraper's seam between a link and
    the next word ("Black Is Kingshout out"), no sign that the spaces of the prose were lost: a
    compound or a slang word paragraphs away ("crashlands", "doof") is the writer's."""
    if len(glues) >= DAMAGE_GLUES:
        return True
    return any("\n" not in text[min(glue, start) : max(glue, start)] for glue in glues)
