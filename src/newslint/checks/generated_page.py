"""`generated-page`: a page a language model wrote, judged from the roles its lines play.

Each sign below is ordinary somewhere: an explainer tells its reader what it will cover, a
column opens on a sweeping sentence, a story may keep a company anonymous, a long feature has an
"Introduction". What a newsroom's page also does is report: it says who said what. So every
sentence and line is first read for the role it plays, each role is weighed, and only a page
whose weight reaches `min_weight` and that reports next to nothing ("said", "told", quotations)
is judged generated; then, and only then, the lines playing a role are reported (not the page's
other section headings: on the open pages the one such line off a role was a "Read More" link).
The roles, each built
from the grammar of the role and a short list of the words that fill it (the rule's options):

- `self-introduction` (weight 2): the writer introduces the piece itself in the first person
  and promises to explore it ("In this essay, we will explore...", "Welcome to our latest
  article, where we bring you...", "So, let's dive right in"): a noun of `pieces` after "in
  this" or "welcome to our", with the writer's "we" and a promise or a stock verb (an
  explainer's present "we look at" is not read); or "let's" with a verb of `dives`;
- `list introduction` (1): a line that is one sentence announcing a list and ending in a colon
  ("Here are some of the trends:"), an answer's lead-in to its bullet points;
- `scene-setting opener` (1): the page's first sentence of prose names nothing (no name, figure
  or quotation) and sets a scene of continual change ("The world of X is constantly evolving",
  "As X continues to advance", "in today's fast-paced world"), a model's stock opening;
- `stand-in` (1, once): an actor counted or ranked but never named ("two countries", "a major
  tech company"), in a sentence that names nothing: where news names who acted, a model writing
  without facts invents a category;
- `scaffold heading` (1, once): a line of its own opening on an essay's section word
  ("Introduction", "Conclusion", "Key Takeaways"), the outline's skeleton, even as the page's
  first line (a title "Introduction to ..." is the outline's first part, not a headline);
- Markdown marks printed in the text (a bold pair, a heading's "#"): 1, evidence only (the
  Markdown rules report them).

`min_weight` defaults to 1: on the open pages every role found sat on a label and none was found
on a clean page that reports nothing, so one role on a page that reports nothing is enough.
The verdict is a finding on each line that played a role; `newslint.verdict` weighs `llm.*`
findings into the document's `llm` likelihood, so the page's verdict reaches `score()` and JSON.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newslint.assistant_voice import alternation
from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.filler_shape import names_something
from newslint.finding import Finding
from newslint.necessary import Necessary
from newslint.page_lines import (
    HEADING_MAX_WORDS,
    PROSE_LINE_WORDS,
    Line,
    opening,
    page_lines,
    prose_lines,
    reports_little,
    sentences,
)
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "pieces": Option((list,), required=True, doc="nouns for the piece speaking of itself"),
    "explores": Option((list,), required=True, doc="verbs a piece promises to explore with"),
    "dives": Option((list,), required=True, doc="verbs after let's that launch a piece"),
    "changes": Option((list,), required=True, doc="phrases of continual change or modern life"),
    "ranks": Option((list,), required=True, doc="adjectives that rank an unnamed actor"),
    "actors": Option((list,), required=True, doc="category nouns for an actor"),
    "scaffolds": Option((list,), required=True, doc="an essay outline's section words"),
    "min_weight": Option((int,), default=1, doc="weight of roles that makes a page generated"),
    "max_reporting": Option(
        (int, float), default=0.1, doc="reporting words per sentence a generated page may hold"
    ),
}

_COUNTED = r"(?:two|three|four|five|several|a\s+few|a\s+couple\s+of)"
# The most spaces before a sentence's "Welcome to our ...", and marks opening it ("**", "# ",
# a quotation mark), the intro pattern looks across. Unbounded, every position of a long run of
# spaces or punctuation ("!!!...", ". . .") scanned the rest of the run: 300,000 "!" took the
# check 20 minutes.
EDGE = 8
_LIST_INTRO = compile_pattern(
    r"here\s+(?:are|is)\s+(?:some|a\s+few|several|the|a\s+list\s+of)\b[^\n:.!?]{3,90}:",
    regex.IGNORECASE,
)

# A chat answer's own markup, printed: a bold pair or a heading's marks at a line's start.
_MARKDOWN = compile_pattern(r"\*\*[^*\n]{1,400}\*\*|^[ \t]*\#{1,6}[ \t]+\S", regex.MULTILINE)


class GeneratedPageCheck(Check):
    # The verdict reads roles other llm rules name more exactly (a stock preamble, a refusal): on
    # the same text their finding says what the sentence is, this one only whose page it is on.
    defers = True

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        pieces = alternation(sorted(rule.option("pieces"), key=len)[::-1])
        explores = alternation(rule.option("explores"))
        flags = regex.IGNORECASE
        # "In this essay, we will explore", "In today's edition we'll unpack": a promise (a
        # modal) or a stock verb of exploring; an explainer's present "we look at" is not read.
        self.intro = compile_pattern(
            rf"\b(?:in|throughout)\s+(?:this|today['’]s)\s+(?:\w+\s+){{0,2}}?(?:{pieces})\b,?"
            rf"\s+(?:we|i)(?:(?:\s+(?:will|shall|are\s+going\s+to|aim\s+to)|['’]ll)"
            rf"\s+(?:{explores})|\s+(?:{alternation(rule.option('dives'))}))\b|"
            rf"(?:^|(?<=[.!?\n][ \t]{{0,{EDGE}}}))[^\w\n]{{0,{EDGE}}}welcome\s+to\s+(?:our|this|my)\s+(?:[\w-]+\s+){{0,3}}?(?:{pieces})\b|"
            rf"\blet(?:['’]s|\s+us)\s+(?:{alternation(rule.option('dives'))})\b",
            flags | regex.MULTILINE,
        )
        self.change = compile_pattern(rf"\b(?:{alternation(rule.option('changes'))})\b", flags)
        ranks, actors = alternation(rule.option("ranks")), alternation(rule.option("actors"))
        # An actor ranked ("a major tech company") or counted ("two countries"), not named. A
        # possessive or a definite article points back at actors the reader knows ("our two
        # nations", "the two countries"): no stand-in.
        self.stand_in = compile_pattern(
            rf"(?<!\b(?:the|these|those|both|our|their|its|his|her|my|your)\s+)"
            rf"\b(?:(?:a|an|one|some|certain|{_COUNTED})\s+(?:[\w-]+\s+)?(?:{ranks})"
            rf"(?:\s+[\w-]+)?|{_COUNTED})\s+(?:{actors})\b",
            flags,
        )
        self.scaffold = compile_pattern(rf"(?:{alternation(rule.option('scaffolds'))})\b")
        self.min_weight = int(rule.option("min_weight"))
        self.max_reporting = float(rule.option("max_reporting"))

    def necessary(self) -> Necessary | None:
        """A page none of whose roles' patterns matches anywhere is refused by `_bound` (read
        over its opening, a prefix cut at a line end, where each match is one in the whole
        text: no pattern reads past a match's end but `\\b`); the scaffold word is asked
        anywhere, a superset of a line opening on it. The gate then spares most pages the five
        `regex` searches (a fortieth of a scan of clean copy). None when `min_weight` is below
        1: every page is weighed then."""
        if self.min_weight < 1:
            return None
        return Necessary(
            matches=(self.change, self.stand_in, _LIST_INTRO, _MARKDOWN, self.intro, self.scaffold)
        )

    def run(self, doc: Document) -> Iterator[Finding]:
        first = opening(doc.text)
        # Cheap refusal first: the weight the roles' patterns could reach over the whole opening
        # is an upper bound of the page's, and most copy holds none of them.
        if self._bound(first) < self.min_weight:
            return
        lines = page_lines(first)
        roles = list(self._roles(lines))
        weight = sum(2 if what == "self-introduction" else 1 for what, *_ in _once(roles))
        weight += 1 if _MARKDOWN.search(first) else 0  # the answer's own markup: evidence only
        if weight < self.min_weight or not reports_little(prose_lines(lines), self.max_reporting):
            return
        for what, start, body in roles:
            message = render(self.rule.message, what=what, match=body)
            yield finding(self.rule, start, start + len(body), message)

    def _bound(self, text: str) -> int:
        weak = (self.change, self.stand_in, _LIST_INTRO)
        found = sum(1 for pattern in weak if pattern.search(text))
        scaffold = any(self.scaffold.match(line.lstrip()) for line in text.split("\n"))
        markdown = 1 if _MARKDOWN.search(text) else 0
        return found + scaffold + markdown + (2 if self.intro.search(text) else 0)

    def _roles(self, lines: Sequence[Line]) -> Iterator[tuple[str, int, str]]:
        """Each line or sentence playing a role: (role, offset, text)."""
        opener_read = False
        for line in lines:
            text, start, words = line.text, line.start, line.words
            if words <= HEADING_MAX_WORDS and self._is_scaffold(text):
                yield "scaffold heading", start, text
                continue
            if _LIST_INTRO.fullmatch(text):
                yield "list introduction", start, text
                continue
            if words < PROSE_LINE_WORDS:
                continue
            for at, body in sentences(line):
                if self.intro.search(body):
                    yield "self-introduction", at, body
                elif names_something(body):
                    pass
                elif not opener_read and self.change.search(body):
                    yield "scene-setting opener", at, body
                elif self.stand_in.search(body):
                    yield "stand-in for a name", at, body
                opener_read = True

    def _is_scaffold(self, text: str) -> bool:
        return bool(self.scaffold.match(text)) and not text.endswith((".", "!", ",", ";"))


def _once(roles: Sequence[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """The roles a page's weight counts: every self-introduction, each other role once."""
    seen: set[str] = set()
    kept = []
    for role in roles:
        if role[0] == "self-introduction" or role[0] not in seen:
            kept.append(role)
            seen.add(role[0])
    return kept


def compile(rule: Rule) -> GeneratedPageCheck:
    return GeneratedPageCheck(rule)
