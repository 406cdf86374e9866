"""`restrictive-comma`: a comma before a relative clause opened by "that" ("The Bundeswehr is a
great force, that keeps our country safe").

"That" opens only a restrictive relative clause, which takes no comma: the comma is left by
machine translation from languages that set one before every relative clause (German "eine
große Kraft, die unser Land schützt"). The shape is a noun, the comma, "that" and a lexical finite
verb whose subject "that" is ("keeps", "made"). Left alone: "that is," and "that is to say"
introducing a restatement; "that" + an auxiliary or "be" ("the game, that was clear"), which is
more often a demonstrative opening a spliced clause; a comma closing an aside opened earlier in
the clause ("in Washington, including this one, that could"), and a comma pair after "that"
("the plan, that has, in short, failed"), either of which may make the comma one of a pair. The
tagger, reading the clause without the comma, must find a common noun before it, "that" as a
relative word and a finite verb after it. No fix is applied: deleting the comma is right, but "which" may be what was meant.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.verb_forms import AUXILIARIES

FIXES = False
OPTIONS: dict[str, object] = {}

# A comma after a word of letters, then "that" and a lower-case word: the only place looked at,
# so the tagger reads few sentences.
_CANDIDATE = compile_pattern(r"(?<=\p{Ll}), that (?P<verb>\p{Ll}+)\b(?![’'])")
# Where the clause holding the comma starts: its sentence's start, or a colon, semicolon, dash
# or bracket before it. A comma between that start and the candidate closes or lists something.
_CLAUSE_MARKS = compile_pattern(r"[:;–—(\[]|\s-\s")
_NOUN = frozenset({"NN", "NNS"})
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_CLAUSE_WORDS = 8  # a comma this soon after "that" may close a pair the first comma opened


class RestrictiveCommaCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for sentence in doc.sentences:
            for found in _CANDIDATE.finditer(text, sentence.start, sentence.end):
                # After "be", "have", "do" or a modal, "that" reads as often as a demonstrative.
                if found.group("verb") in AUXILIARIES:
                    continue
                comma = found.start()
                if self._restricts(text, sentence.start, comma, found.end(), sentence.end):
                    yield finding(self.rule, comma, comma + 1)

    def _restricts(self, text: str, start: int, comma: int, verb_end: int, end: int) -> bool:
        from newslint.vale.tagger import treebank_words

        marks = list(_CLAUSE_MARKS.finditer(text, start, comma))
        clause = marks[-1].end() if marks else start
        if "," in text[clause:comma]:
            return False  # the comma may close an aside or end a list item
        after = text[verb_end:end].split()[:_CLAUSE_WORDS]
        if any(word.endswith(",") for word in after):
            return False  # "that has, in short, failed": an aside of its own
        before = treebank_words(text[clause:comma].replace("’", "'"))
        verb = text[comma + 7 : verb_end]
        if len(before) < 2:
            return False
        # Read as the clause would stand without the comma: the greedy tagger takes "that" after a
        # comma for a conjunction, and the verb after it for a plural noun ("plan, that cuts").
        tags = [tag for _, tag in part_of_speech_tagger().tag([*before, "that", verb, *after[:2]])]
        at = len(before)
        return tags[at - 1] in _NOUN and tags[at] == "WDT" and tags[at + 1] in _FINITE


def compile(rule: Rule, vocabulary: Vocabulary) -> RestrictiveCommaCheck:
    return RestrictiveCommaCheck(rule, vocabulary)
