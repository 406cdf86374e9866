"""`assistant-turn`: a chat assistant's side of the conversation, published with the text it was
asked for.

A model asked to write or rewrite an article answers in a turn of dialogue: it hands the text
over ("Absolutely! Here's a punchier version of your headline."), offers more work ("Shall I add
a short conclusion to the piece?", "Let me know if you'd like a version with more background")
or reports its edits ("I've tightened the introduction and cut the repetition"). The wording
varies without end, so the check reads the turn's shape, not its phrases. A sentence (outside
quotation marks) is such a turn when it is about the text as a thing being made (one of
`artifacts`: article, headline, version, tone, paragraph; or one of `edits`: rewrite, tighten,
shorten) and

- the writer offers the requester more work ("me to", "I can", "let me know" with you), or
- it asks a question of either of them ("Would you prefer a shorter headline?"), or
- the writer reports an edit ("I have preserved the key facts", "I simplified the opening"), or
- it opens by handing text over ("Here's", "Below is") after an interjection or to "your" text.

News reports people in the third person and quotes their questions; a column that speaks to its
reader about its own article is the genre nearest to this, hence the pair of a text word and a
dialogue role in one sentence, and nothing reported inside quotation marks.

Keys: `artifacts` (words) and `edits` (stems, matched with an inflection: "rewrit" reads
"rewrite", "rewritten", "rewriting"),
`interjections` (a reply's opening word: "Sure", "Certainly").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import re2
import regex

from newslint.checks import Check, Option, finding, render
from newslint.checks.generated_article import utf8_readable
from newslint.document import Document
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "artifacts": Option((list,), required=True, doc="nouns for the text being made"),
    "edits": Option((list,), required=True, doc="verbs of making or changing a text"),
    "interjections": Option((list,), required=True, doc="words a reply to a request opens on"),
}

# A sentence's bounds: the closing marks before and after it, within a line.
_SENTENCE_AFTER = compile_pattern(r"[.!?]+|\n|$")
# How far a sentence is looked for around its text word (characters each way).
SENTENCE_REACH = 400
# Sentences holding a quotation are reported speech, and speech asks and offers by nature.
_QUOTE_MARK = compile_pattern(r"[\"“”‘]|(?<!\p{L})'|'(?!\p{L})")
# The writer offering to do something for the requester: a thank-you or a warning has an I and
# a you too. "I can" offers work only with an edit verb ("I can tell you the article ran").
_ASKING_FOR_WORK = compile_pattern(r"\b(?:me\s+to|let\s+me\s+know)\b", regex.IGNORECASE)
_WILLING = compile_pattern(r"\bI\s+(?:can|could|will|would)(?:\s+also)?\b|\bI['’](?:d|ll)\b")
_ADDRESSEE = compile_pattern(r"\b(?:you|your|yours|you['’](?:d|ll|re|ve))\b", regex.IGNORECASE)
_QUESTION_OPENING = compile_pattern(
    r"^(?:(?:would|do|did|shall|should|can|could|will|want|need)\s+(?:you|I)\b|want\s+me\b)",
    regex.IGNORECASE,
)
# An edit verb is a stem ("rewrit", "simplif") with one of these endings ("rewritten",
# "simplified"); a list of whole words would miss the forms nobody listed.
_EDIT_ENDING = "(?:e|es|e?s|e?d|ied|ies|y|ing|ten)?"
_REPORTED_EDIT = r"\bI(?:['’]ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:{edits}){ending}\b"
_HANDOVER = r"^(?:(?:{interjections})[!,.]\s+)?(?:here['’]s|here\s+(?:is|are|you\s+go)|below\s+(?:is|are))\b"
# How far before a sentence its opening interjection may stand (characters).
INTERJECTION_REACH = 40
# A sentence longer than this is prose, not a line of dialogue.
MAX_WORDS = 40


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding `text[start:end]`, stripped of spaces."""
    floor = max(0, start - SENTENCE_REACH)
    first = max(floor, *(text.rfind(mark, floor, start) + 1 for mark in ".!?\n"))
    close = _SENTENCE_AFTER.search(text, end, min(len(text), end + SENTENCE_REACH))
    last = (
        close.end()
        if close is not None and close.group() != "\n"
        else (close.start() if close is not None else end)
    )
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


class AssistantTurnCheck(Check):
    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        artifacts = _alternation(rule.option("artifacts"))
        edits = _alternation(rule.option("edits"))
        interjections = _alternation(rule.option("interjections"))
        # RE2: one linear pass over every document, ten times faster than `regex` here.
        options = re2.Options()
        options.case_sensitive = False
        self.about_text = re2.compile(
            rf"\b(?:{artifacts})\b|\b(?:{edits}){_EDIT_ENDING}\b", options
        )
        self.edit = compile_pattern(rf"\b(?:{edits}){_EDIT_ENDING}\b", regex.IGNORECASE)
        self.reported_edit = compile_pattern(
            _REPORTED_EDIT.format(edits=edits, ending=_EDIT_ENDING)
        )
        self.handover = compile_pattern(
            _HANDOVER.format(interjections=interjections), regex.IGNORECASE
        )
        self.interjection = compile_pattern(rf"^(?:{interjections})[!,.]", regex.IGNORECASE)

    def run(self, doc: Document) -> Iterator[Finding]:
        # Only sentences about the text are read: found by their text word, one pass over the
        # document, since most copy holds few of them.
        text = utf8_readable(doc.text)
        done = -1
        for hit in self.about_text.finditer(text):
            if hit.start() < done:
                continue
            start, end = _sentence_around(text, hit.start(), hit.end())
            done = end
            sentence = text[start:end]
            if len(sentence.split()) > MAX_WORDS:
                continue
            opening = self._interjection_before(text, start)
            if self._is_turn(sentence, opening is not None):
                start = start if opening is None else opening
                message = render(self.rule.message, match=text[start:end])
                yield finding(self.rule, start, end, message)

    def _interjection_before(self, text: str, start: int) -> int | None:
        """Where a lone interjection ("Absolutely!") stands just before the sentence."""
        floor = max(0, start - INTERJECTION_REACH)
        floor = max(floor, text.rfind("\n", floor, start) + 1)
        before = text[floor:start].strip()
        if before and self.interjection.fullmatch(before):
            return floor + text[floor:start].index(before[0])
        return None

    def _is_turn(self, sentence: str, after_interjection: bool) -> bool:
        if _QUOTE_MARK.search(sentence) or not self.about_text.search(sentence):
            return False
        addressee = _ADDRESSEE.search(sentence) is not None
        if addressee and _ASKING_FOR_WORK.search(sentence):
            return True
        if addressee and _WILLING.search(sentence) and self.edit.search(sentence):
            return True
        if sentence.endswith("?") and _QUESTION_OPENING.match(sentence):
            return True
        if self.reported_edit.search(sentence):
            return True
        handover = self.handover.match(sentence)
        if handover is None:
            return False
        return addressee or after_interjection or self.interjection.match(sentence) is not None


def compile(rule: Rule) -> AssistantTurnCheck:
    return AssistantTurnCheck(rule)
