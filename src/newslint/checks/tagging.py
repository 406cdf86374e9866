"""The part-of-speech tagger the checks that read grammar share, and the tag conditions on where
a suspect word is worth the context model's time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

if TYPE_CHECKING:
    from newslint.rules import Rule
    from newslint.vale.tagger import Tagger

# Where the sentence a word stands in begins: its grammar never reaches before it.
_SENTENCE_START = compile_pattern(r"[.!?;:\n][\"”’)\]]*\s+|[\"“”]")

# Where a clause reported after a verb of saying or "that" starts: it has a subject of its own
# ("said the Immigration Office, has given", "noted that Chief Minister of Goa, Pramod Sawant
# had"). Only verbs that seldom take a noun object: "reported a profit on strong sales, helped
# by" has no reported clause. `comma` is the comma before the verb, if any.
REPORTED_CLAUSE = compile_pattern(r"(?<=\p{L}(?P<comma>,?) )(?:that|said|says|stated|added)[ \t]+")

CONDITION_KEYS = ("tag", "next_tag", "unless_next_tag", "unless_previous_tag", "looking_past")


def part_of_speech_tagger() -> Tagger:
    """The installed model's tagger, imported and loaded on the first question a check asks: a
    run whose text never needs grammar never reads the model. Without the model the backend is
    unavailable, which the linter says once for every rule that needs it."""
    from newslint.vale.tagger import shared_tagger

    return shared_tagger()


def tagged_around(text: str, start: int, end: int, right: str) -> tuple[list[tuple[str, str]], int]:
    """The sentence of the span `start:end` up to `right` (the words after it), tagged, and the
    span's index (the span is one token, as the suspect word it is: "it's")."""
    from newslint.vale.tagger import treebank_words

    left = _SENTENCE_START.split(text[max(0, start - 300) : start])[-1]
    before = treebank_words(left) if left.strip() else []
    after = treebank_words(right) if right.strip() else []
    return part_of_speech_tagger().tag([*before, text[start:end], *after]), len(before)


class TagCondition(FrozenValue):
    """Where in a sentence a suspect is worth the model's time, by its neighbours' tags: `tag`
    (its own), `next_tag`/`unless_next_tag` (the next word's, read past the tags in
    `looking_past`: "its European and Asian allies" is "its" before a noun), and
    `unless_previous_tag`. A condition that rules a suspect out saves the model's pass over its
    context."""

    FIELDS = ("tag", "next_tag", "unless_next_tag", "unless_previous_tag", "looking_past")
    tag: frozenset[str] | None
    next_tag: frozenset[str] | None
    unless_next_tag: frozenset[str]
    unless_previous_tag: frozenset[str]
    looking_past: frozenset[str]

    def __init__(
        self,
        tag: frozenset[str] | None,
        next_tag: frozenset[str] | None,
        unless_next_tag: frozenset[str],
        unless_previous_tag: frozenset[str],
        looking_past: frozenset[str],
    ):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "tag", tag)
        setter(self, "next_tag", next_tag)
        setter(self, "unless_next_tag", unless_next_tag)
        setter(self, "unless_previous_tag", unless_previous_tag)
        setter(self, "looking_past", looking_past)

    def allows(self, tagged: list[tuple[str, str]], at: int) -> bool:
        if self.tag is not None and tagged[at][1] not in self.tag:
            return False
        following = self._next_tag(tagged, at)
        previous = tagged[at - 1][1] if at > 0 else None
        if self.next_tag is not None and following not in self.next_tag:
            return False
        return following not in self.unless_next_tag and previous not in self.unless_previous_tag

    def _next_tag(self, tagged: list[tuple[str, str]], at: int) -> str | None:
        for _, tag in tagged[at + 1 :]:
            if tag not in self.looking_past:
                return tag
        return None


def read_condition(
    rule: Rule, key: str, entry: dict[str, Any], also: tuple[str, ...] = ("alternatives",)
) -> TagCondition:
    """The condition in a rule's entry for `key`: lists of Penn Treebank tags under the
    CONDITION_KEYS (the entry may also hold the keys in `also`)."""
    unknown = set(entry) - {*also, *CONDITION_KEYS}
    tags = {name: entry.get(name, []) for name in CONDITION_KEYS}
    if unknown or not all(
        isinstance(t, list) and all(isinstance(x, str) for x in t) for t in tags.values()
    ):
        allowed = ", ".join([*also, *CONDITION_KEYS])
        raise rule.error(f"{key!r} maps to tag lists ({allowed})")
    return TagCondition(
        frozenset(tags["tag"]) if "tag" in entry else None,
        frozenset(tags["next_tag"]) if "next_tag" in entry else None,
        frozenset(tags["unless_next_tag"]),
        frozenset(tags["unless_previous_tag"]),
        frozenset(tags["looking_past"]),
    )
