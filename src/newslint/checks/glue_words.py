"""What a word is on its own, for the glue detector (`lexicon_glued`): whether a dictionary
licenses it, and whether it reads as a finite verb. Each answer depends on the word alone, so
each is remembered per word, and the memo is cleared when full."""

from __future__ import annotations

from newslint.cased_lexicon import CasedLexicon, english
from newslint.checks.tagging import part_of_speech_tagger
from newslint.lexicon import MEMO_LIMIT
from newslint.regex_store import compile_pattern

# Penn tags of the verbs a name is the subject of: past tense, third person, modal.
_FINITE_VERB_TAGS = frozenset(("VBD", "VBZ", "MD"))


class LicensedWords(dict[str, bool]):
    """`english().has(word)` (or a neutral form of a "-man" word it has), per word: a
    capitalised token, whose split is never remembered, asked it in every document that holds
    it, and a word no entry licenses is searched through every affix of both tables."""

    def has(self, word: str) -> bool:
        known = self.get(word)
        if known is None:
            if len(self) > MEMO_LIMIT:
                self.clear()
            lexicon = english()
            known = self[word] = lexicon.has(word) or neutral_form(word, lexicon)
        return known


class FiniteVerbs(dict[str, bool]):
    """Whether a word reads as a finite verb (said, told, wants, will) in a frame where a noun
    or a verb could stand, per word."""

    def judged(self, word: str) -> bool:
        known = self.get(word)
        if known is None:
            from newslint.errors import BackendUnavailable  # only if a name takes a glue

            try:
                tag = part_of_speech_tagger().tag(["The", "man", word, "."])[2][1]
            except BackendUnavailable:
                tag = ""  # no tagger: no verb, so no name is split
            if len(self) > MEMO_LIMIT:
                self.clear()
            known = self[word] = tag in _FINITE_VERB_TAGS
        return known


# English makes a gender-neutral word of each "-man" word it has ("serviceman": "servicepersons",
# "servicepeople"; "chairwoman"), and the dictionary lists few of them: one is a word when its
# "-man" or "-men" form is the dictionary's in lower case ("theman" is none, so "thepeople" stays
# two). Not after a nationality the dictionary capitalises ("Frenchman": "Frenchpeople" is
# "French people") nor an "-ing" form ("workingman": "workingpeople" is "working people").
_NEUTRAL = compile_pattern(r"(\p{Ll}{3,})(?:person|persons|people|woman|women)")


def neutral_form(word: str, lexicon: CasedLexicon) -> bool:
    match = _NEUTRAL.fullmatch(word)
    if match is None or match.group(1).endswith("ing"):
        return False
    forms = (match.group(1) + "man", match.group(1) + "men")
    return any(lexicon.has(form) and not lexicon.only_capitalised(form) for form in forms)
