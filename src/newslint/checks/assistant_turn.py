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
- it opens by handing text over ("Here's", "Below is") after an interjection or to "your" text,
- or the writer asks for the material it was to work on (one of `materials`: text, link,
  document), handed over by the requester (a verb of `gives` with "you" as its subject, or as the
  sentence's command: "Once you provide the text, I will:", "Drop the article and I'll break it
  down"), or lays out its plan for it ("Once I have the text, I will:", reported with the list
  of steps that follows it). A reporter's call for
  tips asks for information or documents, not the text a writer was to be given.

News reports people in the third person and quotes their questions; a column that speaks to its
reader about articles (a readers' editor, a newsletter, a writing clinic) is the genre nearest to
this, hence the pair of a text word and a dialogue role in one sentence, nothing reported inside
quotation marks, and what separates a turn from a column's aside:

- whose work it is: an assistant offers its own work on the requester's wish ("let me know if you
  *want*", "me to") and asks about it ("Would you *prefer*", "Shall I"); a column asks its reader
  to act ("let me know if you spot an error", "Can you shorten your intro?") and hands over advice
  ("Here is how to tighten yours"), not a text;
- whose voice: a newspaper speaks as "we"; an assistant as "I";
- where it sits: a turn stands at the edge of what the model returned (the page's first or last
  paragraph) or alone in its paragraph; a column's aside sits inside its prose. A plain-text
  column hard-wrapped at a width is read unwrapped: its paragraphs are what blank lines delimit,
  and its sentences run over the wraps (read line by line, a wrapped aside stood "alone").

Keys: `artifacts` (words) and `edits` (stems, matched with an inflection: "rewrit" reads
"rewrite", "rewritten", "rewriting"),
`interjections` (a reply's opening word: "Sure", "Certainly"), `materials` (words for what the
requester hands over) and `gives` (verbs of handing it over).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import re2
import regex

from newslint.assistant_voice import AssistantVoice, alternation
from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.utf8_text import utf8_readable

OPTIONS = {
    "artifacts": Option((list,), required=True, doc="nouns for the text being made"),
    "edits": Option((list,), required=True, doc="verbs of making or changing a text"),
    "interjections": Option((list,), required=True, doc="words a reply to a request opens on"),
    "materials": Option((list,), default=[], doc="words for what the requester hands over"),
    "gives": Option((list,), default=[], doc="verbs of handing the material over"),
    "capabilities": Option((list,), default=[], doc="what a model lacks: browsing, the web"),
    "knowledge": Option((list,), default=[], doc="words for what it lacks to write with"),
    "requests": Option((list,), default=[], doc="the requester's request, as 'your ...'"),
}
# Words a sign-off turns on, by which its sentence is found ("I look forward to helping you!").
_SIGN_OFF_WORDS = ("helping", "assisting", "feel free")

# A sentence's bounds: the closing marks before and after it, within a line.
_SENTENCE_AFTER = compile_pattern(r"[.!?]+|\n|$")
# How far a sentence is looked for around its text word (characters each way).
SENTENCE_REACH = 400
# Sentences holding a quotation are reported speech, and speech asks and offers by nature.
_QUOTE_MARK = compile_pattern(r"[\"“”‘]|(?<!\p{L})'|'(?!\p{L})")
# The writer offering to do something for the requester: a thank-you or a warning has an I and
# a you too. "I can" offers work only with an edit verb ("I can tell you the article ran").
_ME_TO = compile_pattern(r"\bme\s+to\b", regex.IGNORECASE)
_LET_ME_KNOW = compile_pattern(r"\blet\s+me\s+know\b", regex.IGNORECASE)
# The requester's wish, on which an assistant's offer or question turns; a column's reader is
# asked to act instead ("if you spot an error").
_WISH = compile_pattern(
    r"\b(?:like|likes|liked|want|wants|wanted|need|needs|prefer|prefers|preferred|wish|rather)\b",
    regex.IGNORECASE,
)
# The writer in the first person singular: a question to "you" without it asks the reader to act.
_WRITER = compile_pattern(r"\b(?:I|me|my)\b|\bI['’]", regex.IGNORECASE)
# A publication's voice: an assistant speaks for itself alone.
_PUBLICATION = compile_pattern(r"\b(?:we|us|our|ours)\b|\bwe['’]", regex.IGNORECASE)
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
# Handing a text over names it: "Here is how to tighten yours" hands over advice.
_HANDOVER = (
    r"^(?:(?:{interjections})[!,.]\s+)?(?:here['’]s|here\s+(?:is|are|you\s+go)|below\s+(?:is|are))\b"
    r"(?!\s+(?:how|why|what|where|when|who|which)\b)"
)
# The requester handing material over: "you" the subject of the verb ("Once you provide", "you
# can paste"), or the verb the sentence's command ("Drop the article", "Please share the text").
_GIVEN = (
    r"(?:\byou(?:['’]ve|\s+have)?\s+(?:\w+\s+)?"
    r"|^(?:(?:so|now|just|simply|then|first|alternatively),?\s+)?(?:please\s+)?)(?:{gives})\b"
)
# The writer's plan for the material, laid out in a list after a colon ("Once I have the text, I
# will:"): a sentence ending so is a preamble to its own steps.
_PLAN = compile_pattern(r"\bI(?:\s+will|['’]ll|\s+can|\s+would)(?:\s+\w+){0,2}\s*:$")
# The steps of that plan, listed on the lines after it ("1. Summarize the key points", "- Rewrite
# it as a news article"): the assistant's turn as much as the sentence that announces them.
_PLAN_STEPS = compile_pattern(r"(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+[^\n]+)+")
# How far before a sentence its opening interjection may stand (characters).
INTERJECTION_REACH = 40
# A sentence longer than this is prose, not a line of dialogue.
MAX_WORDS = 40
# A turn is alone in its paragraph when the paragraph's other sentences are turns or this short
# ("I hope this helps!"); a paragraph longer than this many characters is prose.
ASIDE_WORDS = 6
TURN_PARAGRAPH_CHARS = 1_000
_PARAGRAPH_SENTENCE = compile_pattern(r"[^.!?\n]+[.!?]*")


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


# Hard-wrapped text (a plain-text newsletter, an email, a typescript) breaks its lines at a column
# of at most this many characters and at least the shorter one; web copy runs a paragraph a line.
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40
# A wrapping program breaks a line only where the next word would not fit, so on a wrapped page
# nearly every line that goes on into another is filled to the column; lines of a page written a
# sentence or an item a line (web copy, a menu, a list) end anywhere.
FILLED_SHARE = 0.8
MIN_WRAPPED_LINES = 3
WRAP_WIDTH_QUANTILE = 0.8
_LINE = compile_pattern(r"(?<![^\n])[^\n]*")  # every line, blank ones too, once each
_FIRST_WORD = compile_pattern(r"[ \t]*\S*")


def unwrapped(text: str) -> str:
    """`text` with each line break of a hard-wrapped paragraph read as the space it stands for,
    so that a sentence runs over its wraps and a paragraph is what blank lines delimit. A break
    is a wrap when the next line's first word would not have fitted on the line (the page's
    column width measured on its lines that go on into another), on a page most of whose such
    lines are filled that way. Offsets are kept: one character replaces one."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    going_on: list[tuple[int, int]] = []  # (line's width, next line's first word) per line
    breaks: list[int] = []
    for (start, end), (after, _) in pairwise(lines):
        width = len(text[start:end].rstrip())
        word = _FIRST_WORD.match(text, after)
        following = len(word.group().strip()) if word else 0
        if width and following:
            going_on.append((width, following))
            breaks.append(end)
    if len(going_on) < MIN_WRAPPED_LINES:
        return text
    widths = sorted(width for width, _ in going_on)
    column = widths[min(len(widths) - 1, int(WRAP_WIDTH_QUANTILE * len(widths)))]
    if not MIN_WRAP_WIDTH <= column <= MAX_WRAP_WIDTH:
        return text
    filled = [width + 1 + following > column for width, following in going_on]
    if sum(filled) < FILLED_SHARE * len(filled):
        return text
    chars = list(text)
    for at, wrapped in zip(breaks, filled, strict=True):
        if wrapped:
            chars[at] = " "
    return "".join(chars)


class AssistantTurnCheck(Check):
    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        artifacts = alternation(rule.option("artifacts"))
        edits = alternation(rule.option("edits"))
        interjections = alternation(rule.option("interjections"))
        materials = alternation(rule.option("materials") or ["(?!)"])
        gives = alternation(rule.option("gives") or ["(?!)"])
        voiced = [
            *rule.option("capabilities"),
            *rule.option("knowledge"),
            *rule.option("requests"),
            *_SIGN_OFF_WORDS,
        ]
        # RE2: one linear pass over every document, ten times faster than `regex` here.
        options = re2.Options()
        options.case_sensitive = False
        self.about_text = re2.compile(
            rf"\b(?:{artifacts})\b|\b(?:{edits}){_EDIT_ENDING}\b", options
        )
        # What the sentences are found by: a text word, the requester's material, or what the
        # assistant says of itself.
        self.finder = re2.compile(
            rf"\b(?:{artifacts}|{materials}|{alternation(voiced)})\b"
            rf"|\b(?:{edits}){_EDIT_ENDING}\b",
            options,
        )
        # The material named on its own ("the text", "a link to the article"): "the text of your
        # speech" is a reader's, which a column may offer to print.
        self.material = compile_pattern(
            rf"\b(?:{artifacts}|{materials})\b(?!\s+of\b)", regex.IGNORECASE
        )
        self.given = compile_pattern(_GIVEN.format(gives=gives), regex.IGNORECASE)
        self.edit = compile_pattern(rf"\b(?:{edits}){_EDIT_ENDING}\b", regex.IGNORECASE)
        self.reported_edit = compile_pattern(
            _REPORTED_EDIT.format(edits=edits, ending=_EDIT_ENDING)
        )
        self.handover = compile_pattern(
            _HANDOVER.format(interjections=interjections), regex.IGNORECASE
        )
        self.interjection = compile_pattern(rf"^(?:{interjections})[!,.]", regex.IGNORECASE)
        self.voice = AssistantVoice.build(
            rule.option("capabilities"),
            rule.option("knowledge"),
            rule.option("requests"),
            compile_pattern(rf"\b(?:{artifacts}|{materials})\b", regex.IGNORECASE),
            self.edit,
        )

    def run(self, doc: Document) -> Iterator[Finding]:
        # Only sentences about the text are read: found by their text word, one pass over the
        # document, since most copy holds few of them.
        text = unwrapped(utf8_readable(doc.text))
        # The page's edges: its first and last paragraphs are what a model returned around the
        # text, or all of it. Found once, so a long page costs no search per sentence.
        first_end = text.find("\n", len(text) - len(text.lstrip()))
        edges = (len(text) if first_end < 0 else first_end, text.rfind("\n", 0, len(text.rstrip())))
        done = -1
        for hit in self.finder.finditer(text):
            if hit.start() < done:
                continue
            start, end = _sentence_around(text, hit.start(), hit.end())
            done = end
            sentence = text[start:end]
            if len(sentence.split()) > MAX_WORDS:
                continue
            opening = self._interjection_before(text, start)
            if self._is_turn(sentence, opening is not None) and self._stands_apart(
                text, start, end, edges
            ):
                start = start if opening is None else opening
                message = render(self.rule.message, match=text[start:end])
                yield finding(self.rule, start, end, message)
                steps = _PLAN_STEPS.match(text, end) if _PLAN.search(sentence) else None
                if steps is not None:
                    done = steps.end()
                    first = steps.start() + len(steps.group()) - len(steps.group().lstrip())
                    message = render(self.rule.message, match=text[first : steps.end()])
                    yield finding(self.rule, first, steps.end(), message)

    def _interjection_before(self, text: str, start: int) -> int | None:
        """Where a lone interjection ("Absolutely!") stands just before the sentence."""
        floor = max(0, start - INTERJECTION_REACH)
        floor = max(floor, text.rfind("\n", floor, start) + 1)
        before = text[floor:start].strip()
        if before and self.interjection.fullmatch(before):
            return floor + text[floor:start].index(before[0])
        return None

    def _stands_apart(self, text: str, start: int, end: int, edges: tuple[int, int]) -> bool:
        """Whether the sentence `text[start:end]` sits in the page's first or last paragraph, or
        alone in its own (its other sentences turns too, or asides of a few words)."""
        if start < edges[0] or end > edges[1]:
            return True
        # The paragraph is looked for within a bounded reach: a longer one is prose.
        begin = text.rfind("\n", max(0, start - TURN_PARAGRAPH_CHARS), start) + 1
        close = text.find("\n", end, end + TURN_PARAGRAPH_CHARS)
        if begin == 0 or close < 0 or close - begin > TURN_PARAGRAPH_CHARS:
            return False
        others = (
            other.group().strip()
            for other in _PARAGRAPH_SENTENCE.finditer(text, begin, close)
            if other.end() <= start or other.start() >= end
        )
        return all(len(o.split()) <= ASIDE_WORDS or self._is_turn(o, False) for o in others)

    def _is_turn(self, sentence: str, after_interjection: bool) -> bool:
        if _QUOTE_MARK.search(sentence) or _PUBLICATION.search(sentence):
            return False
        if self._asks_for_material(sentence) or self.voice.speaks_of_itself(sentence):
            return True
        if not self.about_text.search(sentence):
            return False
        addressee = _ADDRESSEE.search(sentence) is not None
        wish = _WISH.search(sentence) is not None
        if addressee and (_ME_TO.search(sentence) or (wish and _LET_ME_KNOW.search(sentence))):
            return True
        if addressee and _WILLING.search(sentence) and self.edit.search(sentence):
            return True
        if sentence.endswith("?") and self._asks_about_work(sentence, wish):
            return True
        if self.reported_edit.search(sentence):
            return True
        handover = self.handover.match(sentence)
        if handover is None:
            return False
        return addressee or after_interjection or self.interjection.match(sentence) is not None

    def _asks_for_material(self, sentence: str) -> bool:
        """The writer asks for the material it was to work on, handed over by the requester, or
        lays out what it will do with it: both name the material and speak as I."""
        if self.material.search(sentence) is None or _WRITER.search(sentence) is None:
            return False
        return self.given.search(sentence) is not None or _PLAN.search(sentence) is not None

    @staticmethod
    def _asks_about_work(question: str, wish: bool) -> bool:
        """A question about the writer's work: it opens on I ("Shall I"), or asks the requester's
        wish or involves the writer ("Would you prefer", "Can you tell me ... so I can")."""
        opening = _QUESTION_OPENING.match(question)
        if opening is None:
            return False
        if not _ADDRESSEE.search(opening.group()):
            return True
        return wish or _WRITER.search(question) is not None


def compile(rule: Rule) -> AssistantTurnCheck:
    return AssistantTurnCheck(rule)
