"""`reasoning-trace`: a reasoning model's thinking about the text it was asked for, published in
place of (or before) the text.

A model that thinks aloud before it answers plans its piece in the first person ("I need to make
sure the post is engaging", "I should open with the result"), talks to itself ("Wait, since it's
for a blog...", "Hmm, maybe add a quote") and speaks of its requester in the third person ("The
user wants a neutral tone"). A pipeline that keeps the thinking publishes it. The check reads a
paragraph (a line of web copy, or what blank lines delimit) as such a trace when enough of its
sentences plan the writing (`min_plans`), or one does and another is the model's talk to itself:

- a plan: the writer (I, or "let me") with a verb of intent (need to, should, will, must, have to,
  want to) in a sentence about the writing (one of `writing`: post, headline, tone, readers,
  subheadings), or a self-addressed suggestion ("Maybe add subheadings") about it;
- talk to itself: a sentence that opens on a thinking word (one of `cues`: wait, hmm, alternatively)
  or speaks of "the user".

A trace runs over several paragraphs, and not all of them say "I": the paragraphs next to a
trace that give a step of the plan as a command ("Start with an introduction that hooks the
reader") are reported with it.

A columnist who writes about writing plans in the first person too, but in prose among other
sentences, and does not say "Wait," or "the user"; a writing guide tells its reader what to do
("Use subheadings") without an I. Sentences with quotation marks are not read as plans: the
trace quotes what it might write, and a column quotes people.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.assistant_voice import alternation
from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.necessary import Necessary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "writing": Option((list,), required=True, doc="words for the text being planned"),
    "cues": Option((list,), required=True, doc="words a model's talk to itself opens on"),
    "min_plans": Option((int,), default=3, doc="plans that make a paragraph a trace alone"),
}

_PARAGRAPH = compile_pattern(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENTENCE = compile_pattern(r"[^.!?\s][^.!?]*(?:[.!?]+|$)")
_QUOTE_MARK = compile_pattern(r"[\"“”‘]|(?<!\p{L})'|'(?!\p{L})")
# The writer's intent: "I need to", "I should", "I'll", "let me".
_INTENT = compile_pattern(
    r"\bI(?:\s+(?:need|have|want|ought)\s+to|\s+(?:should|must|will|shall|could|might)"
    r"|['’](?:ll|d\s+better))\b|\blet\s+me\b",
    regex.IGNORECASE,
)
# A suggestion the model makes to itself, without a subject ("Maybe add a quote").
_SELF_SUGGESTION = compile_pattern(
    r"^(?:(?:but|and|so|also|then),?\s+)?(?:maybe|perhaps|probably)\s+(?:I\s+)?"
    r"(?:add|use|include|start|open|end|mention|keep|avoid|highlight|structure|focus|put|make)\b",
    regex.IGNORECASE,
)
# What a paragraph must hold for one of its sentences to plan (`_INTENT` or the word a
# `_SELF_SUGGESTION` turns on): a paragraph without it is no trace and, beside none, no step.
_MAY_PLAN = compile_pattern(rf"{_INTENT.pattern}|\b(?:maybe|perhaps|probably)\b", regex.IGNORECASE)
_THE_USER = compile_pattern(r"\bthe\s+user(?:['’]s)?\b", regex.IGNORECASE)
# A newsroom speaks as we: its plans are a publication's, not a model's.
_PUBLICATION = compile_pattern(r"\b(?:we|us|our)\b|\bwe['’]", regex.IGNORECASE)


# A command to the writer about the piece, which a trace lists as its plan's steps.
_STEP = compile_pattern(
    r"^(?:(?:also|then|and|so|next|first|finally),?\s+)?(?:use|start|open|begin|end|close|wrap"
    r"|avoid|include|add|keep|make|mention|highlight|structure|focus|conclude|balance|explain)\b",
    regex.IGNORECASE,
)


def _spread(traced: list[bool], steps: list[bool]) -> list[int]:
    """The traced paragraphs and the run of paragraphs on each side of them that hold a step of
    the plan: a trace runs over several paragraphs, not all of which say "I"."""
    keep = list(traced)
    for order in (range(len(keep)), range(len(keep) - 1, -1, -1)):
        previous = None
        for index in order:
            if previous is not None and keep[previous] and steps[index]:
                keep[index] = True
            previous = index
    return [index for index, kept in enumerate(keep) if kept]


def _sentences(paragraph: str) -> list[str]:
    return [s.group().strip() for s in _SENTENCE.finditer(paragraph)]


class ReasoningTraceCheck(Check):
    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self.writing = compile_pattern(
            rf"\b(?:{alternation(rule.option('writing'))})\b", regex.IGNORECASE
        )
        self.cue = compile_pattern(
            rf"^(?:(?:but|and|oh|okay|ok|so),?\s+)?(?:{alternation(rule.option('cues'))})\b",
            regex.IGNORECASE,
        )
        self.min_plans = int(rule.option("min_plans"))

    def necessary(self) -> Necessary | None:
        """Only a paragraph that may plan (`_MAY_PLAN`) is traced (`run`), unless `min_plans`
        is 0, which makes any paragraph a trace."""
        return None if self.min_plans < 1 else Necessary(matches=(_MAY_PLAN,))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
        # Only a paragraph that may plan (`_MAY_PLAN`) is read whole: no other is traced, and
        # the steps of the rest matter only beside a traced one (most pages have none). At
        # `min_plans` 0 a paragraph without a plan is a trace too: every one is read.
        every = self.min_plans < 1
        readings = {
            index: self._read(text[start:end])
            for index, (start, end) in enumerate(paragraphs)
            if every or _MAY_PLAN.search(text[start:end])
        }
        traced = [False] * len(paragraphs)
        for index, (plans, talks, _) in readings.items():
            traced[index] = plans >= self.min_plans or (plans > 0 and talks)
        if not any(traced):
            return
        steps = [
            readings[index][2] if index in readings else self._steps(text[start:end])
            for index, (start, end) in enumerate(paragraphs)
        ]
        for index in _spread(traced, steps):
            start, end = paragraphs[index]
            yield finding(self.rule, start, end, render(self.rule.message, match=text[start:end]))

    def _read(self, paragraph: str) -> tuple[int, bool, bool]:
        """How many of the paragraph's sentences plan the writing, whether one talks to itself,
        and whether one instructs the writer (a plan, or a step: "Use subheadings")."""
        sentences = _sentences(paragraph)
        plans = sum(1 for s in sentences if self._plans(s))
        talks = any(self._talks_to_itself(s) for s in sentences)
        steps = plans > 0 or any(self._step(s) for s in sentences)
        return plans, talks, steps

    def _steps(self, paragraph: str) -> bool:
        """Whether one of the sentences of a paragraph that plans nothing is a step."""
        return any(self._step(s) for s in _sentences(paragraph))

    def _plans(self, sentence: str) -> bool:
        """A sentence planning the writing: the writer's intent, or a suggestion to itself."""
        if _QUOTE_MARK.search(sentence) or _PUBLICATION.search(sentence):
            return False
        if self.writing.search(sentence) is None:
            return False
        return bool(_INTENT.search(sentence) or _SELF_SUGGESTION.search(sentence))

    def _step(self, sentence: str) -> bool:
        """A step of the plan as a command to the writer ("Start with an introduction that hooks
        the reader"): a writing guide's too, so read only beside a paragraph of trace."""
        return bool(
            _STEP.search(sentence)
            and self.writing.search(sentence)
            and not _QUOTE_MARK.search(sentence)
        )

    def _talks_to_itself(self, sentence: str) -> bool:
        return bool(self.cue.search(sentence) or _THE_USER.search(sentence))


def compile(rule: Rule) -> ReasoningTraceCheck:
    return ReasoningTraceCheck(rule)
