"""`sentence-break`: two sentences run together with no full stop between them ("… appointed two
ministers The assembly met …", "… the deal Our envoys will …").

The rule's `pattern` keys are read as the `pattern` kind reads them (the clause openers a rule pack
names). Beside them the check judges any capitalised word between two lower-case words on the
evidence of English itself, not a list: a function word or a sentence adverb written with a
capital in mid-sentence can only open a sentence whose stop was lost (or be a slip of case, which
the same finding shows). The word is judged when

- its lower-case form is common in English (wordfreq, `min_zipf`) and the cased dictionary
  (Hunspell's en_US, which keeps case) knows it only in lower case, so it names no one ("Will",
  "May", "Rose" are left alone), or the tagger's training text had it only as a pronoun or a
  determiner ("it": the dictionary's "It" is a title);
- the part-of-speech tagger, reading the sentence with the word in lower case, gives it a
  closed-class or adverb tag (`tags`: determiner, pronoun, possessive, wh-word, modal, adverb):
  a content word with a capital is as often a house style's name for a body ("the Government
  said") as a slip;
- the word before it is in lower case and can end a clause: the tagger reads it as no
  preposition, determiner, possessive or conjunction, and it is no verb or noun that introduces
  a title ("a film called The dig", "the song Yesterday is"): after those a capital opens a
  title in sentence case. After a capitalised word nothing is judged;
- an adverb is not followed straight by a verb: there it is a subject, a name ("job site
  Indeed said");
- the word after the next is no capital ("Imagine Me and You" is a title) and the line is
  running text, not a title-case headline (`max_upper_share` of its words capitalised);
- after a noun, or when it is a wh-word, the capital opens a clause of its own: a finite verb
  follows in its sentence, and a word that can only be a wh-word is not straight before one. A
  noun may introduce a name ("the firm Which said", "the button Here to read", "choose Why not
  later").

A common noun with a capital (`subject_tags`) is judged as a clause's subject: after a word that
can end a clause (`clause_end_tags`), in a sentence with a finite verb before it, and heading a
noun phrase of at most `max_subject_words` words straight before a common finite verb ("property
crime Communities are now stronger"). A house style's capital stands inside a phrase ("senior
Government figures", "the Minister said"), after an adjective or an article.

A word the rule's patterns find is left alone in a title-case line that ends no sentence (a
headline: "Much Food Goes There to Die"); a headline run into its story's first sentence on one
line ends on that sentence's stop and is still judged.

Prepositions and conjunctions (tags IN, CC) are left to `capital-mid-sentence`, which names them.

The judgement itself lives in `newslint.clause_opener`, which the kind `comma-clause` shares.

Keys: those of `pattern`, and those of `newslint.clause_opener`: `min_zipf`, `tags`,
`subject_tags`, `clause_end_tags`, `clause_words` (how far each side the tagger reads),
`max_subject_words`, `max_upper_share`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property

import regex

from newslint.checks import finding, finditer, render
from newslint.checks.pattern import OPTIONS as PATTERN_OPTIONS
from newslint.checks.pattern import PatternCheck
from newslint.clause_opener import OPTIONS as JUDGE_OPTIONS
from newslint.clause_opener import ClauseJudge
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.literals import literal_condition
from newslint.necessary import Necessary
from newslint.regex_bounded import bounded
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = False
OPTIONS = {**PATTERN_OPTIONS, **JUDGE_OPTIONS}


# A capitalised word of two letters or more between two lower-case words on one line: a single
# capital is a grade, a class, a letter or "I". After a capitalised word ("on Monday It was") it
# is not judged: in old print and scraped pages the capital before is as often a heading or a
# title run in without its line break ("Mr. Vest, General Counsel There were presented").
_CANDIDATE = compile_pattern(
    r"(?<=(?:^|[\s(])(?P<before>\p{Ll}{2,})) (?P<word>\p{Lu}\p{Ll}+)(?= \p{Ll}{2,})"
)
# `_CANDIDATE`'s matches, in half the time: read from the space, whose word after it is looked at
# before the look-behind reads the word before it (`_CANDIDATE` tries its look-behind at every
# character). `_CANDIDATE` stays the gate's part, as it was relaxed.
_CANDIDATE_AT_SPACE = compile_pattern(
    r" (?=\p{Lu}\p{Ll}+ \p{Ll}{2,})(?<=(?:^|[\s(])(?P<before>\p{Ll}{2,}) )"
    r"(?P<word>\p{Lu}\p{Ll}+)(?= \p{Ll}{2,})"
)
# Words after which a capital opens a work's title, not a sentence: naming verbs and the nouns
# for works ("a film called The dig", "the song Yesterday").
_TITLE_BEFORE = compile_pattern(
    r"(?:titled|entitled|called|named|dubbed|song|single|track|album|film|movie|novel|book"
    r"|poem|play|show|series|programme|program|musical|painting|newspaper|magazine)"
)
# A capital again after the lower-case word: a title in title case with its short words in lower
# case ("the comedy Imagine Me and You"), not a sentence.
_TITLE_GOES_ON = compile_pattern(r" \p{Ll}+ \p{Lu}")
# What parts the sentence around a candidate from the text before and after it.
_SENTENCE_BOUNDARY = compile_pattern(r"[.!?;:\n\"“”]")
_ENDS_SENTENCE = compile_pattern(r"[.!?][\"”’)]*\s*$")


class SentenceBreakCheck(PatternCheck):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.judge = ClauseJudge(rule, vocabulary)

    def explained_by(self) -> frozenset[str]:
        """The second copy of a doubled word ("The The council") opens no sentence: the pack's
        patterns read its first copy's last letters as a lower-case word before it, and the
        doubling is `doubled-word`'s finding, which the policy shows alone."""
        return frozenset(("doubled-word",))

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [*self.patterns, _CANDIDATE]

    def necessary(self) -> Necessary | None:
        """A candidate needs no match of the patterns, nor `requires`: one gate pattern's
        literal."""
        return literal_condition(self.gate_patterns())

    @cached_property
    def line_local(self) -> bool:  # type: ignore[override]
        return False

    def run(self, doc: Document) -> Iterator[Finding]:
        return self.run_parts(doc, dict.fromkeys(range(len(self.patterns) + 1)))

    def run_parts(
        self,
        doc: Document,
        parts: Mapping[int, tuple[tuple[int, int], ...] | None],
        excused_in: tuple[int, int] | None = None,
    ) -> Iterator[Finding]:
        listed = {i: ranges for i, ranges in parts.items() if i < len(self.patterns)}
        text = doc.text
        found = [
            f
            for f in super().run_parts(doc, listed, excused_in)
            if not self._in_headline(text, f.start, f.end) and not _in_name(doc, f.start, f.end)
        ]
        yield from found
        if len(self.patterns) not in parts:
            return
        taken = {(f.start, f.end) for f in found}
        ranges = parts[len(self.patterns)]
        for start, end in ((0, len(text)),) if ranges is None else ranges:
            for match in finditer(
                _CANDIDATE_AT_SPACE, text, start, end, timed=not bounded(_CANDIDATE_AT_SPACE)
            ):
                span = match.span("word")
                if span not in taken and self._opens_sentence(text, match):
                    message = render(self.rule.message, word=match.group("word"))
                    yield finding(self.rule, span[0], span[1], message)

    def _opens_sentence(self, text: str, match: regex.Match[str]) -> bool:
        start, end = match.span("word")
        if _TITLE_BEFORE.fullmatch(match.group("before")) or _TITLE_GOES_ON.match(text, end):
            return False
        if not self.judge.may_open(match.group("word")):
            return False  # most capitals between lower-case words are names: no sentence read
        left, right = sentence_around(text, start, end)
        return self.judge.opens_clause(left, match.group("word"), right)

    def _in_headline(self, text: str, start: int, end: int) -> bool:
        """Whether the span stands in a title-case line that ends no sentence: a headline, whose
        capitals say nothing of where a sentence opens ("Much Food Goes There to Die"). A title
        run into its story's first sentence ends on the sentence's stop, and stays judged."""
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
        return _ENDS_SENTENCE.search(line) is None and self.judge.title_case(line)


def _in_name(doc: Document, start: int, end: int) -> bool:
    """ "State Representative Kaohly Her made history": a function word after a capitalised word
    is part of a name when the page writes the two together again (the headline's "Kaohly Her
    Makes History"); a sentence that lost its stop leaves its pair once."""
    before = _WORD_BEFORE.search(doc.text, max(0, start - _NAME_REACH), start)
    return before is not None and doc.names.evidence.in_written_pair(
        before.group(1), doc.text[start:end]
    )


_WORD_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) \Z")
_NAME_REACH = 40  # characters read back for the word before


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before `start` and after `end`, as far as a stop, a line break
    or a quotation mark."""
    left = _SENTENCE_BOUNDARY.split(text[max(0, start - 300) : start])[-1]
    right = _SENTENCE_BOUNDARY.split(text[end : end + 300])[0]
    return left, right


def compile(rule: Rule, vocabulary: Vocabulary) -> SentenceBreakCheck:
    return SentenceBreakCheck(rule, vocabulary)
