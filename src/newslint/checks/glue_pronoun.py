"""The pronoun "I" run into its verb ("Iasked", "Iwant", "Ithink"), for `lexicon`'s `glued`
detector: the other cuts leave no part of one letter but the article "a".

The token is one wordfreq has seen as a web typo at most, and what follows the "I" is a common
word that a tagger reads as a finite verb both after "I" and after "The man": "Ivan", "Iman"
and "Irene" are names and their rests a noun or no word, and "Ishare", "Ifear" are left alone
since "share" and "fear" read as nouns as readily.
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.checks.lexicon_tuning import Tuning
from newslint.checks.tagging import part_of_speech_tagger
from newslint.lexicon import MEMO_LIMIT, is_function_word

Zipf = Callable[[str], float]

# Penn tags of the verbs "I" is the subject of (past tense, present, modal), and what the same
# verb may be tagged after "The man" (a past participle, a third person).
_AFTER_I = frozenset(("VBD", "VBP", "MD"))
_AFTER_NOUN = _AFTER_I | {"VBN", "VBZ"}
PRONOUN_GLUE_MIN = 4  # "Iran", "Iman": a shorter token is a word or a name


class PronounVerbs(dict[str, bool]):
    """The tagger's verdict per word (it depends on the word alone), cleared when full."""

    def judged(self, word: str) -> bool:
        known = self.get(word)
        if known is None:
            if len(self) > MEMO_LIMIT:
                self.clear()
            known = self[word] = _tagged_a_verb(word)
        return known


def pronoun_and_verb(zipf: Zipf, token: str, tuning: Tuning, verbs: PronounVerbs) -> str | None:
    """The verb of a token that reads as "I" run into it, else None."""
    rest = token[1:]
    if (
        len(token) < PRONOUN_GLUE_MIN
        or token[0] != "I"
        or not rest.islower()
        or zipf(token) > tuning.glued_max_zipf
        or zipf(rest) < tuning.content_glue_min_zipf
        or is_function_word(rest)
    ):
        return None
    return rest if verbs.judged(rest) else None


def _tagged_a_verb(word: str) -> bool:
    from newslint.errors import BackendUnavailable  # only if such a token occurs

    try:
        tagger = part_of_speech_tagger()
        after_i = tagger.tag(["I", word, "it", "."])[1][1]
        after_noun = tagger.tag(["The", "man", word, "."])[2][1]
    except BackendUnavailable:
        return False  # no tagger: no verb, so nothing is cut
    return after_i in _AFTER_I and after_noun in _AFTER_NOUN
