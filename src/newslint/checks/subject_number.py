"""The grammatical number of the subject a present or past verb agrees with, read from part-of-speech
tags: what lets the `confusion` kind ask the context model about an agreement swap (is/are, has/have,
says/say) only where the subject right before the verb disagrees with it.

The subject is the noun phrase that ends just before the verb (adverbs such as "also" may stand
between). Its head is the phrase's last noun, except that a prepositional phrase hangs off the
head ("members of the council" is plural, "one of the members" singular) unless the head is a
quantity whose number comes from what it counts ("a number of", "most of", "half of"). Nouns joined
by "and" are plural. Anything else (a pronoun like "who", a clause, "there is", a question) gives
no number, and the verb is not judged: a wrong verb there is left to the model-free rules.
"""

from __future__ import annotations

SINGULAR, PLURAL = "singular", "plural"

_NOUN_NUMBER = {"NN": SINGULAR, "NNP": SINGULAR, "NNS": PLURAL, "NNPS": PLURAL}
_PRONOUN_NUMBER = {"he": SINGULAR, "she": SINGULAR, "it": SINGULAR, "we": PLURAL, "they": PLURAL}
# Determiners and quantifiers that stand as the head of a subject ("Each of the candidates").
_DETERMINER_NUMBER = {
    "each": SINGULAR, "either": SINGULAR, "neither": SINGULAR, "this": SINGULAR, "that": SINGULAR,
    "one": SINGULAR, "everyone": SINGULAR, "nobody": SINGULAR, "everybody": SINGULAR,
    "these": PLURAL, "those": PLURAL, "both": PLURAL, "many": PLURAL, "few": PLURAL,
    "several": PLURAL,
}  # fmt: skip
_STANDALONE_NUMBER = _PRONOUN_NUMBER | _DETERMINER_NUMBER
# Heads that take their number from the noun they count ("a number of voters are").
_QUANTITY_HEADS = {
    "number", "lot", "lots", "majority", "minority", "half", "third", "quarter", "most", "all",
    "some", "none", "rest", "percent", "part", "portion", "share", "variety", "series", "kind",
    "sort", "type", "group", "couple", "range", "total", "handful", "plenty", "any", "more",
}  # fmt: skip
# Nouns whose one form is singular and plural: their number is the writer's choice.
_EITHER_NUMBER = {
    "headquarters", "series", "species", "means", "news", "barracks", "crossroads", "aircraft",
    "staff", "police", "personnel", "government", "team", "committee", "public",
}  # fmt: skip
# Tags inside a noun phrase, before its head noun.
_MODIFIERS = {"DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "NN", "NNP", "NNS", "NNPS"}
_SKIPPED_BEFORE_VERB = {"RB", "RBR", "RBS"}
_PREPOSITIONS = {"of", "in", "at", "on", "for", "from", "with", "near", "across", "behind"}


def subject_number(tagged: list[tuple[str, str]], verb: int) -> str | None:
    """SINGULAR, PLURAL or None for the subject of the verb at index `verb` of a tagged sentence."""
    at = verb - 1
    while at >= 0 and tagged[at][1] in _SKIPPED_BEFORE_VERB:
        at -= 1
    if at < 0:
        return None
    number = _head_number(*tagged[at])
    if number is None or tagged[at][0].lower() in _EITHER_NUMBER:
        return None
    head_word = tagged[at][0].lower()
    start = _phrase_start(tagged, at)
    before = start - 1
    if before >= 1 and tagged[before][0].lower() == "and" and _head_number(*tagged[before - 1]):
        return PLURAL
    if before >= 1 and tagged[before][0].lower() in _PREPOSITIONS:
        outer = before - 1
        outer_number = _head_number(*tagged[outer])
        if tagged[outer][0].lower() in _EITHER_NUMBER:
            return None
        if outer_number is not None:
            counted = tagged[outer][0].lower() in _QUANTITY_HEADS
            return number if counted and tagged[before][0].lower() == "of" else outer_number
    return None if head_word in _QUANTITY_HEADS else number


def _head_number(word: str, tag: str) -> str | None:
    lower = word.lower()
    if tag in ("PRP", "DT", "CD", "JJ", "NN") and lower in _STANDALONE_NUMBER:
        return _STANDALONE_NUMBER[lower]
    return _NOUN_NUMBER.get(tag)


def _phrase_start(tagged: list[tuple[str, str]], head: int) -> int:
    """The first token of the noun phrase whose last token is `head`."""
    start = head
    while start > 0 and tagged[start - 1][1] in _MODIFIERS:
        start -= 1
    return start
