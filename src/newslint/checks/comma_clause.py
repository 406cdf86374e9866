"""`comma-clause`: a sentence spliced on after a comma or a semicolon, its first word keeping the
capital of the full stop it replaced ("... flew to Kyiv, Officials there met ...", "the talks
were long; Both sides left").

Judged on the evidence of English, not a list (`newslint.clause_opener`, the statistics
`sentence-break` uses): the capitalised word's lower-case form is common and names no one, the
line is not in title case, and the tagger, reading the sentence with the word in lower case, gives
it an opener's tag (`tags`: here prepositions, "to" and conjunctions too, since after a comma
they open a clause: "In my talks", "To reach the goal") or reads it as the subject of a finite
verb straight after it. Only between two lower-case words: a name or a title goes on in
capitals, as a work's title in title case does to the next mark ("Her novel, Where the Crawdads
Sing, sold"). Not in a scanned page: old print capitalises after a comma where verse has lost its
line breaks ("lifted in its stalwart hands, At the threshold"), and a scanner reads a stop as a
comma (which the OCR rules report). The kind defers: where a listed pattern (`capital-after-comma`) or any other rule
already reports the word, this finding gives way.

Keys: those of `newslint.clause_opener`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import regex

from newslint.checks import Check, finding, finditer, render
from newslint.checks.sentence_break import sentence_around
from newslint.clause_opener import OPTIONS as JUDGE_OPTIONS
from newslint.clause_opener import ClauseJudge
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_bounded import bounded
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal

FIXES = False
OPTIONS = dict(JUDGE_OPTIONS)

# A capitalised word of two letters or more after a comma or semicolon that follows a lower-case
# word, and before a lower-case word.
_CANDIDATE = compile_pattern(
    r"(?<=(?:^|[\s(])\p{Ll}{2,})(?P<mark>[,;]) (?P<word>\p{Lu}\p{Ll}+)(?= \p{Ll}{2,})"
)


# A work's title in title case set off after the comma: capitalised words and the small words
# titles keep in lower case, at least one more capital, up to the next mark ("Her novel, Where
# the Crawdads Sing, sold"); a clause spliced on goes on in lower case ("Kyiv, Where the talks
# were held").
_TITLE_RUN = compile_pattern(
    r"(?=[^,.;:!?\n]{0,60}? \p{Lu})(?: (?:\p{Lu}[\p{L}'’-]*|(?:the|a|an|of|in|on|at|to|for|and|or"
    r"|nor|with|from|by|into|is|are|was|my|your|it|me|you)\b)){1,8}(?:[,(:;!?]|$| [-–—(])",
    regex.M,
)


class CommaClauseCheck(Check):
    defers = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.judge = ClauseJudge(rule, vocabulary)

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [_CANDIDATE]

    def run(self, doc: Document) -> Iterator[Finding]:
        return iter(self.run_parts(doc, {0: None}))

    def run_parts(
        self, doc: Document, parts: Mapping[int, tuple[tuple[int, int], ...] | None]
    ) -> Iterable[Finding]:
        if 0 not in parts:
            return []
        text = doc.text
        ranges = parts[0]
        found = []
        scanned: bool | None = None  # asked at the first candidate the judge accepts
        for start, end in ((0, len(text)),) if ranges is None else ranges:
            for match in finditer(_CANDIDATE, text, start, end, timed=not bounded(_CANDIDATE)):
                word = match.group("word")
                if _TITLE_RUN.match(text, match.end("word")):
                    continue  # a title set off by commas, not a clause
                if not self.judge.may_open(word):
                    continue  # the judge's first test, on the word alone: no sentence read
                # The mark joins the clauses as a comma does; the tagger reads it as one.
                left, right = sentence_around(text, match.start("mark"), match.end("word"))
                if not self.judge.opens_clause(left + ",", word, right):
                    continue
                if scanned is None:
                    scanned = ocr_signal(text, self.vocabulary.zipf).looks_scanned(*DEFAULT_GATE)
                if scanned:
                    return []
                start_word, end_word = match.span("word")
                message = render(self.rule.message, word=word)
                found.append(finding(self.rule, start_word, end_word, message))
        return found


def compile(rule: Rule, vocabulary: Vocabulary) -> CommaClauseCheck:
    return CommaClauseCheck(rule, vocabulary)
