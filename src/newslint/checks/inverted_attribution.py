"""`inverted-attribution`: an attribution set after what was said with no comma before its verb
("…facing numbers of difficulties and challenges said Chief Minister U Nyi Pu during a meeting",
"But we were unable to finish it yet said the Chief Minister.").

English sets an attribution that follows the words it attributes off with a comma ("…, said the
minister"); machine translation and hasty editing drop it, and the verb then reads as if the
clause before it were its subject. The part-of-speech tagger decides the two readings apart, never
a list of words:

- the stretch before the verb (from the sentence's start or its last comma, colon, semicolon,
  dash or quotation mark) is a clause of its own: it holds a finite verb with a word before it,
  and no relative word or "that" before that verb ("Residents who were evacuated said" has its
  verb inside the subject);
- what follows the verb is the speaker, not a reported clause: it opens on "the", a capital or
  "he"/"she", no finite verb follows to the sentence's end ("said the minister was wrong"
  reports a clause), no possessive is in its first words ("stated China's position" names an
  object), and it is no time word ("officials said Monday");
- the sentence is a statement ended by a full stop (a headline has none).

The verb and the word before it are reported. The fix inserts the comma; it is offered, not
applied.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import regex

from newslint.checks import Check, finding, render
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True
OPTIONS: dict[str, object] = {}

# A verb of saying straight after a word, then "the", a capital or a pronoun: where an inverted
# attribution lost its comma. Verbs that also take a noun object in news ("stated the position",
# "reported a profit") are in too: the speaker test below tells the two apart. The verbs are found
# by str.find (a regex tried at every position cost 0.04 s a megabyte) and the match is tried there.
# "says" is left out: press-release copy sets a speaker's present-tense attribution without the
# comma ("…is welcomed by beekeepers says John Hartnell", on a clean page of the dev half).
_VERBS = (
    "said", "added", "stated", "noted", "stressed", "explained", "emphasized",
    "emphasised", "affirmed", "reports", "reported", "wrote", "remarked", "asserted", "insisted",
)  # fmt: skip
_CANDIDATE = compile_pattern(r" (?P<verb>\p{Ll}+)[ \t]+(?=(?:the[ \t]+)?\p{Lu}|(?:he|she)\b)")
# Where the clause before the verb starts inside its sentence.
_CLAUSE_MARK = compile_pattern(r"[,:;–—“”\"(]\s*|\s-\s")
_WORD_BEFORE = compile_pattern(r"[\p{L}\p{N}'’-]+$")
# English's closed class of time words: "officials said Monday" dates the saying.
_TIME = compile_pattern(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Today"
    r"|Yesterday|Tonight|Tomorrow|Last|Next|Earlier|Later|This)\b"
)
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_RELATIVE = frozenset({"WDT", "WP", "WP$", "WRB"})
_PROSE_ENDS = (".", ".”", '."', ".’")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
MIN_CLAUSE_WORDS = 3


class InvertedAttributionCheck(Check):
    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        candidates = sorted(_candidates(text), key=lambda m: m.start())
        if not candidates:
            return  # most documents: the sentences are never looked up
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        for found in candidates:
            at = bisect_right(starts, found.start()) - 1
            if at < 0 or sentences[at].end <= found.end():
                continue
            sentence = sentences[at]
            if not text[sentence.start : sentence.end].rstrip().endswith(_PROSE_ENDS):
                continue
            if self._inverted(text, sentence.start, sentence.end, found.start(), found.end()):
                word = _WORD_BEFORE.search(text, sentence.start, found.start())
                start = word.start() if word else found.start()
                verb = found.group("verb")
                yield finding(
                    self.rule,
                    start,
                    found.start() + 1 + len(verb),
                    render(self.rule.message, verb=verb),
                    fix=text[start : found.start()] + ", " + verb,
                    applicability="unsafe",
                )

    @staticmethod
    def _inverted(text: str, start: int, end: int, verb_start: int, verb_end: int) -> bool:
        from newslint.vale.tagger import treebank_words

        marks = list(_CLAUSE_MARK.finditer(text, start, verb_start))
        clause = text[marks[-1].end() if marks else start : verb_start]
        speaker = text[verb_end:end]
        before = treebank_words(clause)
        after = treebank_words(speaker)
        if len(before) < MIN_CLAUSE_WORDS or not after:
            return False
        first = after[1] if after[0] == "the" and len(after) > 1 else after[0]
        if _TIME.match(first) or any(w.endswith(_POSSESSIVE) for w in after[:6]):
            return False
        verb = text[verb_start + 1 : verb_end].split()[0]
        tags = [tag for _, tag in part_of_speech_tagger().iter_tags([*before, verb, *after])]
        if any(tag in _FINITE for tag in tags[len(before) + 1 :]):
            return False  # "said the minister was wrong": a reported clause
        for i, tag in enumerate(tags[: len(before)]):
            if tag in _RELATIVE or before[i].casefold() == "that":
                return False
            if tag in _FINITE:
                return i > 0
        return False


def _candidates(text: str) -> Iterator[regex.Match[str]]:
    """Each verb of saying after a letter and a space, with "the", a capital or "he"/"she" next."""
    for verb in _VERBS:
        needle = f" {verb} "
        at = text.find(needle)
        while at >= 0:
            if at and text[at - 1].isalpha():
                found = _CANDIDATE.match(text, at)
                if found is not None:
                    yield found
            at = text.find(needle, at + 1)


def compile(rule: Rule, vocabulary: Vocabulary) -> InvertedAttributionCheck:
    return InvertedAttributionCheck(rule, vocabulary)
