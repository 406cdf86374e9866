"""`lexicon`: tokens judged against word frequencies and the document's own vocabulary.

Keys: `detect`, one of
- `glued`: an unknown token that splits into a known word and a function word ("Russiahad",
  "withthe", "RussiaWhen");
- `hyphen-break`: a line-end hyphen left inside a word ("infor- mation", "govern-\\nment");
- `split-word`: a word broken by a space into fragments ("cou nterpart");
- `confusion`: OCR letter confusions ("govemment", "wi1l", "tbe", "lraq").
Frequencies are wordfreq's Zipf scale; `min_zipf` is how common a repaired word must be. Every
other threshold and word list the detectors use is an option too, with its default and meaning in
`Tuning` below (`newslint rules show mt.glued-words` prints them), so a pack can tune a detector
without touching code.
Names survive because a token is judged only when it is unknown (or far rarer than its repair),
and a capitalised token that recurs in the document is taken as a name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from itertools import pairwise
from typing import Any

import regex

from newslint.checks import Check, Option, finding, render
from newslint.checks.confusable_tokens import confusable, confusable_tokens
from newslint.checks.glue_compounds import judged_compounds
from newslint.checks.glue_split import (
    DETERMINERS,
    content_split,
    cuts,
    function_pair,
    name_inside_sentence,
    non_word_half,
    unseen_zipf,
)
from newslint.checks.lexicon_tuning import Confusions, Tuning
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document, Run
from newslint.finding import Finding
from newslint.lexicon import MEMO_LIMIT, Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import ocr_signal

FIXES = True  # its findings carry fixes (see the rule's `applicability`)

# The hyphen of a printed line break, or the sign "¬" that OCR engines (ABBYY's, in the
# full texts of digitised books and papers) write for it; a text view that sets its printed
# lines a blank line apart puts one inside the break too ("per-\n\niod").
_HYPHEN_BREAK = compile_pattern(
    r"(?<![\p{L}-])(?P<left>\p{L}+)[-¬](?P<gap>[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?P<right>\p{Ll}+)\b"
)
# Where a `_HYPHEN_BREAK` can start: the letters before a hyphen that a space or line end follows.
_BREAK_HYPHEN = compile_pattern(r"(?<=\p{L})[-¬][ \t\n]")
_LETTERS_BEFORE = compile_pattern(r"\p{L}+", regex.REVERSE)
_CAPITALISABLE = compile_pattern(r"\p{L}\p{Ll}*")
# A capitalised word and a space right before a token, inside a sentence: the token follows a
# given name ("operations boss Mark Carne"). Searched backwards from the token only.
_AFTER_GIVEN_NAME = compile_pattern(r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}+ \Z")
NAME_REACH = 40  # characters looked back for the given name
_LOWER_CASE = compile_pattern(r"\p{Ll}+")
SCANNED_GATE = (0.015, 3)  # ocr-noise's defaults: min_ocr_share, min_ocr_marks

# Closed classes of English, not tunable: function words that are also word endings
# ("assignor"); verbs that follow a name ("Tasmaniawas"). Determiners: see glue_split.
WORD_ENDINGS = frozenset("or on an us as is in at it".split())
AUXILIARIES = frozenset("was were had has have will would said says".split())
# Penn tags of the verbs a name is the subject of: past tense, third person, modal.
_FINITE_VERB_TAGS = frozenset(("VBD", "VBZ", "MD"))


def hyphen_breaks(text: str) -> Iterator[regex.Match[str]]:
    """`_HYPHEN_BREAK.finditer(text)`, tried only where a match can start: its left word is the
    whole run of letters before a hyphen that a space, tab or line end follows. Its letters lead,
    so the regex module tried it at every letter of the text (0.23 s a megabyte)."""
    searched = 0  # where the last match ended: finditer's matches do not overlap
    for hyphen in _BREAK_HYPHEN.finditer(text):
        start = _LETTERS_BEFORE.match(text, 0, hyphen.start()).start()  # type: ignore[union-attr]
        match = _HYPHEN_BREAK.match(text, start) if start >= searched else None
        if match is not None:
            yield match
            searched = match.end()


def _option(spec: Any) -> Option:
    if isinstance(spec.default, frozenset):
        return Option((list,), default=sorted(spec.default), doc=spec.metadata["doc"])
    if isinstance(spec.default, tuple):
        return Option(
            (list,), default=[list(pair) for pair in spec.default], doc=spec.metadata["doc"]
        )
    if isinstance(spec.default, int) and not isinstance(spec.default, float):
        return Option((int,), default=spec.default, doc=spec.metadata["doc"])
    return Option((float, int), default=spec.default, doc=spec.metadata["doc"])


OPTIONS = {
    "detect": Option(
        (str,), required=True, choices=("glued", "hyphen-break", "split-word", "confusion")
    ),
    "min_zipf": Option((float, int), default=3.0, doc="how common a repaired word must be"),
    **{spec.name: _option(spec) for spec in fields(Tuning)},
}


class LexiconCheck(Check):
    """Each detector judges every distinct token (or pair) once, then finds where the bad ones are.
    Word frequencies come from the linter's vocabulary: its accepted words count as common."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.detect = rule.option("detect")
        self.min_zipf = float(rule.option("min_zipf"))
        self.tuning = Tuning.of(rule)
        self._verdicts: dict[str, tuple[str, bool] | None] = {}
        self._splits: dict[str, tuple[str, str] | None] = {}
        self._verbs: dict[str, bool] = {}

    def run(self, doc: Document) -> Iterator[Finding]:
        detector = {
            "glued": self._glued,
            "hyphen-break": self._hyphen_breaks,
            "split-word": self._split_words,
            "confusion": self._confusions,
        }[self.detect]
        return detector(doc)

    def _report(self, start: int, end: int, found: str, fix: str, safe: bool = True) -> Finding:
        message = render(self.rule.message, match=found, fix=fix)
        applicability = self.rule.applicability if safe else "unsafe"
        return finding(
            self.rule, start, end, message, fix=fix, suggestions=[fix], applicability=applicability
        )

    def _report_tokens(
        self, text: str, pattern: regex.Pattern[str], repairs: dict[str, tuple[str, bool]]
    ) -> Iterator[Finding]:
        """Report every occurrence of the tokens in `repairs` (token -> (fix, safe))."""
        if not repairs:
            return
        for match in pattern.finditer(text):
            repair = repairs.get(match.group())
            if repair:
                yield self._report(match.start(), match.end(), match.group(), *repair)

    def _glued(self, doc: Document) -> Iterator[Finding]:
        counts = doc.word_counts
        repairs = {}
        for token, count in counts.items():
            if len(token) < 5 or token.isupper():
                continue
            # A token the document repeats may be a name built like a compound; two function
            # words run together ("ofthe" on every line of a page glued throughout) never are.
            split = (
                self._split_remembered(token, counts) if count == 1 else self._function_words(token)
            )
            if split:
                repairs[token] = (f"{split[0]} {split[1]}", True)
        candidates = [
            (word.start, word.end, word.text, repair)
            for word in (doc.words if repairs else ())
            if (repair := repairs.get(word.text))
            and not name_inside_sentence(doc.text, word.start, repair[0])
        ]
        for start, end, found, (fix, safe), compound in judged_compounds(doc.text, candidates):
            # A closed compound is offered, never applied: the document's other glues make
            # this one likely lost space, not certain.
            yield self._report(start, end, found, fix, safe and not compound)

    def _split_remembered(self, token: str, counts: Counter[str]) -> tuple[str, str] | None:
        """`_split`, remembered for a lower-case token wordfreq knows: only a capitalised half or
        an unseen token asks what else the document holds, so its split is the same in every
        document (a corpus scan meets the same words in document after document)."""
        if not token.islower():
            return self._split(token, counts)
        if token in self._splits:
            return self._splits[token]
        split = self._split(token, counts)
        if self.zipf(token) > unseen_zipf(token, self.tuning):
            if len(self._splits) > MEMO_LIMIT:
                self._splits.clear()
            self._splits[token] = split
        return split

    def _split(self, token: str, counts: Counter[str]) -> tuple[str, str] | None:
        rarity = self.zipf(token)
        if rarity <= self.tuning.glued_max_zipf and (split := self._best_split(token, counts)):
            return split
        if rarity < self.tuning.function_pair_max_zipf and (
            split := function_pair(self.zipf, token, self.tuning, self.vocabulary.longest)
        ):
            return split
        return content_split(
            self.zipf, token, counts, self.tuning, self._follows_a_subject, self.vocabulary.longest
        )

    def _follows_a_subject(self, word: str) -> bool:
        """Whether `word` reads as a finite verb (said, told, wants, will) in a frame where a
        noun or a verb could stand; judged once per word (the answer depends on the word only)."""
        judged = self._verbs.get(word)
        if judged is None:
            from newslint.grammar import BackendUnavailable  # only if a name takes a glue

            try:
                tag = part_of_speech_tagger().tag(["The", "man", word, "."])[2][1]
            except BackendUnavailable:
                tag = ""  # no tagger: no verb, so no name is split
            if len(self._verbs) > MEMO_LIMIT:
                self._verbs.clear()
            judged = self._verbs[word] = tag in _FINITE_VERB_TAGS
        return judged

    def _function_words(self, token: str) -> tuple[str, str] | None:
        """Two function words with the space between them lost ("ofthe"), however often."""
        if self.zipf(token) >= self.tuning.function_pair_max_zipf:
            return None
        return function_pair(self.zipf, token, self.tuning, self.vocabulary.longest)

    def _best_split(self, token: str, counts: Counter[str]) -> tuple[str, str] | None:
        best: tuple[float, str, str] | None = None
        for cut in cuts(token, 2, 1, self.vocabulary.longest):
            left, right = token[:cut], token[cut:]
            if right[0].isupper() and right[1:].islower():
                right_ok = is_function_word(right)
            elif right.islower():
                right_ok = True
            else:
                continue
            if not right_ok or not (
                is_function_word(right) or (is_function_word(left) and right.lower() in DETERMINERS)
            ):
                continue
            if right in WORD_ENDINGS and token.islower() and self.zipf(token) > 0:
                continue  # "assignor", "bailor": a known word that merely ends like one
            if self._known_left(left, right, counts) and self.zipf(right) >= self.min_zipf:
                score = min(self.zipf(left), self.zipf(right))
                if best is None or score > best[0]:
                    best = (score, left, right)
        return (best[1], best[2]) if best else None

    def _known_left(self, left: str, right: str, counts: Counter[str]) -> bool:
        """A capitalised left part must be a common word or a name used elsewhere in the document:
        many names end in a function word ("Beghe", "Nilan"), though hardly any in an auxiliary
        verb, so before one a fairly common name will do ("Tasmaniawas")."""
        if left[0].isupper():
            if len(left) <= 2 and not is_function_word(left.lower()):
                return False  # "Da than" from "Dathan": a name's first syllable, not a word
            tuning = self.tuning
            needed = (
                tuning.auxiliary_left_min_zipf
                if right in AUXILIARIES
                else tuning.capitalised_left_min_zipf
            )
            return counts[left] > 0 or self.zipf(left) >= needed
        return self.zipf(left) >= self.min_zipf

    def _hyphen_breaks(self, doc: Document) -> Iterator[Finding]:
        for match in hyphen_breaks(doc.text):
            left, right = match.group("left"), match.group("right")
            joined = left + right
            if self.zipf(joined) < self.min_zipf or is_function_word(right):
                continue
            both_words = self.zipf(left) >= self.min_zipf and self.zipf(right) >= self.min_zipf
            yield self._report(
                match.start(), match.end(), match.group(), joined, safe=not both_words
            )

    def _split_words(self, doc: Document) -> Iterator[Finding]:
        # Only pairs with a fragment can be split words: find those fragments first, then walk the
        # document's tokens once for a fragment beside another token, one space apart.
        fragments = {
            w
            for w in doc.word_counts
            if w.islower()
            and (w in self.tuning.suffixes or self.zipf(w) < self.tuning.weak_fragment_max_zipf)
        }
        if not fragments:
            return
        text = doc.text
        for left, right in _spaced_pairs(text, doc.runs, fragments):
            joined = left.text + right.text
            if len(joined) < 6 or not self._is_split(left.text, right.text, joined):
                continue
            if (is_function_word(left.text) or is_function_word(right.text)) and not non_word_half(
                self.zipf, left.text, right.text
            ):
                continue
            yield self._report(left.start, right.end, text[left.start : right.end], joined)

    def _is_split(self, left: str, right: str, joined: str) -> bool:
        """Whether "left right" is one word broken by a space rather than two words."""
        weakest, common = min(self.zipf(left), self.zipf(right)), self.zipf(joined)
        if weakest == 0:  # half of it is no word at all ("nonprolifera tion")
            return common >= self.tuning.non_word_join_min_zipf
        if right in self.tuning.suffixes or weakest < self.tuning.fragment_max_zipf:
            return common >= self.min_zipf
        # Two uncommon words that make a much commoner one ("mig rants").
        return (
            common >= self.tuning.common_join_min_zipf
            and common >= max(self.zipf(left), self.zipf(right)) + 0.5
        )

    def _confusions(self, doc: Document) -> Iterator[Finding]:
        # Only a token of three letters or more that English hardly uses can be repaired (see
        # `_judge_confusion`): the document's other tokens are never looked for, nor any but
        # confusable ones looked up (a figure's lookup would load wordfreq itself).
        ceiling = self.tuning.confusion_max_zipf
        suspects = {
            token
            for token in {run[2] for run in doc.runs}
            if len(token) >= 3 and confusable(token) and self.zipf(token) < ceiling
        }
        tokens = confusable_tokens(doc.text, doc.runs, suspects) if suspects else []
        counts = Counter(token for _, _, token in tokens)
        named = {
            token
            for start, _, token in tokens
            if _AFTER_GIVEN_NAME.search(doc.text, max(0, start - NAME_REACH), start)
        }
        repairs = {}
        scanned: bool | None = None
        for token, count in counts.items():
            if token[0].isupper() and count > 1:
                continue  # a recurring capitalised token is a name
            if token[0].isupper() and (
                len(token) <= self.tuning.short_name_length or token in named
            ):
                # "Oli", "Duc", "Flt": short names and abbreviations, and a surname after its
                # given name ("Mark Carne", no "Mark Came"), unless the page is scanned
                if scanned is None:
                    scanned = ocr_signal(doc.text, self.zipf).looks_scanned(*SCANNED_GATE)
                if not scanned:
                    continue
            if token not in self._verdicts:
                self._verdicts[token] = self._judge_confusion(token)
            verdict = self._verdicts[token]
            if verdict:
                repairs[token] = verdict
        for start, end, token in tokens if repairs else ():
            repair = repairs.get(token)
            if repair:
                yield self._report(start, end, token, *repair)

    def _judge_confusion(self, token: str) -> tuple[str, bool] | None:
        """(repair, safe) for a token that looks like an OCR misreading; the same for any document."""
        if len(token) > 2 * self.vocabulary.longest:
            return None  # undoing a confusion changes a letter or two: never a word
        rarity = self.zipf(token)
        if len(token) < 3 or rarity >= self.tuning.confusion_max_zipf:
            return None
        has_digit = any(c.isdigit() for c in token)
        if rarity > 0 and has_digit:
            return None
        candidate = self._repair(token, rarity, has_digit)
        return (candidate, rarity == 0) if candidate else None

    def _repair(self, token: str, rarity: float, has_digit: bool) -> str | None:
        needed = max(
            self.min_zipf - (1.0 if has_digit else 0.0), rarity + self.tuning.repair_margin_zipf
        )
        best: tuple[float, str] | None = None
        for candidate in _variants(token, self.tuning.confusions):
            score = self.zipf(candidate)
            if score >= needed and (best is None or score > best[0]):
                best = (score, candidate)
        return best[1] if best else None


def _spaced_pairs(text: str, runs: list[Run], fragments: set[str]) -> Iterator[tuple[Run, Run]]:
    """(left, right) token pairs one space apart where one is a fragment: a capitalisable word and
    a fragment, else a fragment and a lower-case word; neither glued to an apostrophe or hyphen,
    the left one not after a full stop (a web address or abbreviation)."""
    for left, right in pairwise(runs):
        if right.start != left.end + 1 or text[left.end] != " ":
            continue
        if left.text not in fragments and right.text not in fragments:
            continue
        before, after = text[left.start - 1 : left.start], text[right.end : right.end + 1]
        if (before and before in "'’.-") or (after and after in "'’-"):
            continue
        if (right.text in fragments and _CAPITALISABLE.fullmatch(left.text)) or (
            left.text in fragments and _LOWER_CASE.fullmatch(right.text)
        ):
            yield left, right


def _variants(token: str, confusions: Confusions) -> Iterator[str]:
    """Every spelling reachable by undoing one OCR confusion (two when digits are involved)."""
    firsts = list(dict.fromkeys(_one_step(token, confusions)))
    if token.startswith("l") and len(token) > 1 and token[1] not in "aeiouy":
        firsts.insert(0, "I" + token[1:])  # "lraq": a capital I read as l, before "iraq"
    yield from firsts
    if any(c.isdigit() for c in token):
        for first in firsts:
            yield from _one_step(first, confusions)


def _one_step(token: str, confusions: Confusions) -> Iterator[str]:
    for wrong, right in confusions:
        start = token.find(wrong)
        while start != -1:
            yield token[:start] + right + token[start + len(wrong) :]
            start = token.find(wrong, start + 1)


def compile(rule: Rule, vocabulary: Vocabulary) -> LexiconCheck:
    return LexiconCheck(rule, vocabulary)
