"""`source-talk`: a generated article that talks about its own input and its own making.

A pipeline that writes "news" from a document it was handed (a meeting transcript, a press
excerpt, a scraped page) leaves the model's account of that document in the copy: "The
transcript does not record who moved the motion", "Because the excerpt omitted the vote, this
article records the outcome as approved", "The provided text does not specify the date". A
reporter names the document too ("the court transcript shows"), so no single word decides. Each
sentence (read with its quotations blanked out) is scored by the roles it holds, not by phrases:

- `source`: the input named by its genre word as a definite phrase ("the transcript", "the
  minutes"; a head of `sources`, after "the" and at most two modifiers, and not "the text of
  ...", which is a document a reporter quotes): 1, a weak sign, whatever it is said to record,
  since a reporter writes "the transcript does not record the judge's words" too;
- `meta`: the phrase marks the text as the pipeline's input (a head of `input_heads`: excerpt,
  snippet, prompt, source text; or a mark of `input_marks`: provided, supplied, pasted): 2,
  and 3 when it is the subject of a verb of recording or leaving out (`records`: record,
  mention, specify, omit, negated or not): "the provided text does not specify";
- `self`: the text speaks of itself as the writer ("this article records", "this summary
  treats": a noun of `selves` after "this" with a verb of `records` or `treats`): 1 more;
- `advice`: a closing advisory that sends the reader to the official record ("should be
  confirmed with the clerk's office"): an assistant's sign-off, 1, weak alone.

A sentence scoring `strong` or more is strong. A page reads as source talk when it holds
`min_strong` strong sentences, or one holding every role (`strong + 2`: an input's phrase,
what it records and the text's own treatment of it); only then are its strong sentences
reported, with those scoring 1 (a weak sign beside strong ones: "the transcript does not
record who moved", the advisory). A story on a court transcript or a book's excerpt, which may
say twice what the document leaves out, names no input and no text of its own: it stays silent.
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
    "sources": Option((list,), required=True, doc="genre words for the input document"),
    "input_heads": Option((list,), required=True, doc="heads that name a text as an input"),
    "input_marks": Option((list,), required=True, doc="modifiers that mark a text as an input"),
    "records": Option((list,), required=True, doc="stems of verbs of recording or leaving out"),
    "selves": Option((list,), required=True, doc="nouns for the text speaking of itself"),
    "treats": Option((list,), default=[], doc="stems of verbs of the text's own treatment"),
    "advisories": Option((list,), default=[], doc="verbs of checking with the official record"),
    "strong": Option((int,), default=2, doc="the score that makes a sentence strong"),
    "min_strong": Option((int,), default=2, doc="strong sentences that make a page source talk"),
}

# Quotations are blanked out (same length, so offsets hold): a transcript quoted as evidence
# ends sentences with its own question marks, and a quoted person may say "the transcript".
_QUOTATION = compile_pattern(r"“[^”\n]{0,400}”|\"[^\"\n]{0,400}\"|‘[^’\n]{0,120}’")
_SENTENCE = compile_pattern(r"[^.!?\s][^.!?\n]*(?:[.!?]+|(?=\n)|$)")
# A verb stem takes any ending ("record" reads records, recorded, recording; "omit" omitted).
_ENDING = r"(?:s|es|ed|d|ted|ting|ing)?"
_NEGATION = r"(?:(?:does|do|did|is|was|were|has|have|had)(?:\s+not|n['’]t)\s+)?"
_ADVERB = r"(?:(?:also|only|further|clearly|explicitly|therefore|then)\s+)?"
_MODIFIER = r"(?:[\w-]+\s+)"


class SourceTalkCheck(Check):
    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        # Longest first, so "source text" is read as one head, not "source" and a word after it.
        every_head = sorted([*rule.option("sources"), *rule.option("input_heads")], key=len)
        heads = alternation(every_head[::-1])
        marks = alternation(sorted(rule.option("input_marks"), key=len)[::-1])
        records = alternation(rule.option("records"))
        treats = alternation([*rule.option("records"), *rule.option("treats")])
        # The input as a definite phrase: "the", up to two modifiers, a head ("the recorded
        # meeting excerpt"); "the text of the bill" is a document, not the input.
        self.source = compile_pattern(
            rf"\bthe\s+(?P<mods>{_MODIFIER}{{0,2}}?)(?P<head>{heads})\b(?!\s+of\b)"
            rf"(?P<after>\s+(?:{marks})\b)?",
            regex.IGNORECASE,
        )
        # A page reads as source talk only through a strong sentence, and each names its input
        # by one of these words: a page without any is passed over before its quotations are
        # blanked and its sentences cut (most pages have none).
        self.any_head = compile_pattern(rf"\b(?:{heads})\b", regex.IGNORECASE)
        self.input_head = compile_pattern(
            rf"^(?:{alternation(rule.option('input_heads'))})$", regex.IGNORECASE
        )
        self.input_mark = compile_pattern(rf"\b(?:{marks})\b", regex.IGNORECASE)
        self.records = compile_pattern(
            rf"\s*(?:(?:{heads})\s+)?{_ADVERB}{_NEGATION}{_ADVERB}(?:{records}){_ENDING}\b",
            regex.IGNORECASE,
        )
        self.self_ref = compile_pattern(
            rf"\bthis\s+(?:{alternation(rule.option('selves'))})\s+{_ADVERB}{_NEGATION}"
            rf"(?:{treats}){_ENDING}\b",
            regex.IGNORECASE,
        )
        advisories = rule.option("advisories")
        self.advice = (
            compile_pattern(
                rf"\bshould\s+be\s+(?:{alternation(advisories)})\s+(?:with|against|by)\b",
                regex.IGNORECASE,
            )
            if advisories
            else None
        )
        self.strong = int(rule.option("strong"))
        self.min_strong = int(rule.option("min_strong"))

    def necessary(self) -> Necessary:
        """A page no head noun of a source phrase occurs in is refused first (`run`): the gate
        (RE2) tells it with the other checks' patterns, before the `regex` search."""
        return Necessary(matches=(self.any_head,))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.any_head.search(text):
            return
        blank = _QUOTATION.sub(lambda m: "_" * len(m.group()), text)
        scored = [(m.start(), m.end(), self.score(m.group())) for m in _SENTENCE.finditer(blank)]
        strong = [score for _, _, score in scored if score >= self.strong]
        if len(strong) < self.min_strong and not any(s >= self.strong + 2 for s in strong):
            return
        for start, end, score in scored:
            if score > 0:
                yield finding(
                    self.rule, start, end, render(self.rule.message, match=text[start:end])
                )

    def score(self, sentence: str) -> int:
        """The roles the sentence holds (module docstring): 0 to 4."""
        score = 0
        for phrase in self.source.finditer(sentence):
            meta = bool(
                self.input_head.match(phrase.group("head"))
                or self.input_mark.search(phrase.group("mods"))
                or phrase.group("after")
            )
            recorded = bool(self.records.match(sentence, phrase.end()))
            score = max(score, 2 + recorded if meta else 1)
        if self.self_ref.search(sentence):
            score += 1
        if score == 0 and self.advice is not None and self.advice.search(sentence):
            score = 1
        return score


def compile(rule: Rule) -> SourceTalkCheck:
    return SourceTalkCheck(rule)
