"""Whether a full stop before a lower-case word is stray (the sentence goes on past it) or ends a
sentence whose successor lost its capital, read from the clause structure the part-of-speech
tagger sees on either side of it.

The stop is stray when the words on one side cannot stand as a sentence of their own: the words
before it end on a word no sentence ends on (a determiner, a conjunction, a possessive, "to") or
hold no finite verb ("However. the plan"); the words after it hold no finite verb ("the world
economy. recovery and development."); a coordinating conjunction after it goes straight on to a
verb with no subject of its own ("ready to help. and sent aid"); a relative word opens what
follows ("the plan. which"; not "that", which opens sentences as a demonstrative); or a
subordinate clause after it runs to the next sentence end with no main clause to lean on
("associated with status. while political leaders often become celebrities."). Otherwise the next sentence lost its capital ("on Tuesday. ten Democrats joined").
"""

from __future__ import annotations

from newslint.checks.tagging import part_of_speech_tagger
from newslint.regex_store import compile_pattern

# Where the sentence before the stop begins, and where the clause after the word ends.
_SENTENCE_BEFORE = compile_pattern(r"(?:^|[.!?;:\n])[\"”’)\]]*[ \t]*(?=[^.!?;:\n]*$)")
_CLAUSE_AFTER = compile_pattern(r"[^.!?;:\n]*")
REACH = 240  # characters read on either side: the clause of one sentence
# Fewer words than this with no finite verb before the stop are an opener ("However."), not a
# sentence; a longer verbless stretch may be a headline or a list and decides nothing.
SHORT_FRAGMENT = 4
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_VERB = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
# Words no English sentence ends on.
_NO_LAST_WORD = frozenset({"DT", "CC", "PRP$", "TO", "WDT", "WP$", "POS"})
_RELATIVE = frozenset({"WDT", "WP", "WP$"})
# Words the tagger reads as relative after a noun that open sentences as demonstratives too.
_DEMONSTRATIVE = frozenset({"that"})
_SUBORDINATOR = frozenset({"IN", "WRB"})
_WORD_TAGS = compile_pattern(r"\p{L}")
_ADDRESS = compile_pattern(r"\S*?(?:://|www\.)")


def stop_is_stray(text: str, stop: int, word_start: int) -> bool:
    """Whether the full stop at `stop` cuts one sentence (the lower-case word after it starts at
    `word_start`)."""
    from newslint.vale.tagger import treebank_words  # the model loads only when a stop is judged

    window = text[max(0, stop - REACH) : stop]
    start = _SENTENCE_BEFORE.search(window)
    left = window[start.end() if start else 0 :]
    clause = _CLAUSE_AFTER.match(text, word_start, word_start + REACH)
    right = clause.group() if clause else ""
    after_end = text[clause.end() : clause.end() + 1] if clause else ""
    before = treebank_words(left) if left.strip() else []
    after = treebank_words(right) if right.strip() else []
    if not before or not after:
        return False
    tags = [tag for _, tag in part_of_speech_tagger().tag([*before, *after])]
    words = [w for w in before if _WORD_TAGS.search(w)]
    left_tags, right_tags = tags[: len(before)], tags[len(before) :]
    if left_tags[-1] in _NO_LAST_WORD or (
        not _FINITE.intersection(left_tags) and len(words) < SHORT_FRAGMENT
    ):
        return True
    if not _VERB.intersection(right_tags) and after_end and not _ADDRESS.match(text, word_start):
        # the clause after ends where a sentence does (an excerpt cut short is no evidence) and
        # is no web address
        return True
    first = right_tags[0]
    if first == "CC" and len(right_tags) > 1 and right_tags[1] in _VERB:
        return True
    if after[0].casefold() in _DEMONSTRATIVE:
        # read joined to the words before, "plan. that is what" is "plan that is": the tagger
        # makes the word relative, but it opens as many sentences ("That is what he said")
        return False
    if first in _RELATIVE and after_end != "?":
        return True
    return (
        first in _SUBORDINATOR
        and after_end == "."
        and "," not in right
        and _FINITE.intersection(right_tags[1:]) != set()
        and _FINITE.intersection(left_tags) != set()
    )
