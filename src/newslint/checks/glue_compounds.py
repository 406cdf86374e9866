"""Whether a token that splits into two nouns is a closed compound or two words run together.

English closes a compound of two nouns as readily as it leaves it open ("grasscourt" in Reuters
tennis copy, "mediapersons" in The Hindu, "trainlines" at the BBC), so such a token alone in
clean copy is a spelling. Machine translation and scrapers that lose spaces lose them between
nouns too ("the securityforces", "the healthministry"), and do it more than once in a document.
The document decides: a noun compound is reported when the same document also has a glue of
another kind ("resignedyesterday") or writes the two words apart elsewhere ("security forces").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from newslint.checks.tagging import part_of_speech_tagger
from newslint.lexicon import is_function_word

COMPOUND_CONTEXT = 60  # characters read on each side to tag the two halves in their sentence
_NOUN_TAGS = frozenset(("NN", "NNS"))

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


def judged_compounds(
    text: str,
    candidates: Iterable[tuple[int, int, str, tuple[str, Repair]]],
    weak: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, int, str, tuple[str, Repair], bool]]:
    """The candidates (start, end, token, (fix, …)) to report, each with whether it is a noun
    compound: every glue of another kind, and a noun compound only where the document shows
    glue damage elsewhere or writes the compound open. A `weak` token (a glue the statistic
    cannot tell from another language's word or a slang word: "doof", "orto") is reported only
    where the document shows glue damage of another kind, and is no such damage itself."""
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
    damaged = any(not compound and found not in weak for _, _, found, _, compound in judged)
    folded = text.casefold() if any(compound for *_, compound in judged) else ""
    for start, end, found, repair, compound in judged:
        if found in weak:
            if damaged:
                yield start, end, found, repair, compound
        elif not compound or damaged or repair[0].casefold() in folded:
            yield start, end, found, repair, compound
