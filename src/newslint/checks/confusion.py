"""`confusion`: words that are real but may be the wrong choice, judged by the context model.

Keys: `pairs` (map of suspect word → list of alternatives, or → a map with `alternatives` and the
part-of-speech conditions on where the word is asked about, each a list of Penn Treebank tags:
`tag` (the suspect's own: "open" as a verb only), `next_tag`, `unless_next_tag`,
`unless_previous_tag`, and `looking_past`, the tags of words skipped before the next word is read,
so that "its European and Asian allies" is "its" before a noun), `margin` (nats by which an alternative
must beat the written word, default 2.0), `gate` (skip a suspect the model already finds at least
this probable, as a log-probability; default -1.0), `right_words` (how many words after the suspect
the comparison includes; the text before it is the paragraph so far), `agreement` (map of a
verb's singular form → its plural form: is → are, says → say; each is a suspect for the other, asked
only where the subject right before it has the other number, from part-of-speech tags), `swaps`
(map of word → word, each a suspect for the other), `unless_next_tag` (Penn Treebank tags: a
suspect followed by a word so tagged is not asked about), `budget` (model tokens judging a text's
suspects may cost, in text order; 0: no limit; `context_rule`). A condition that rules a suspect out
saves the model's pass over its context, the cost of judging (a possessive "its" before a noun
is never "it's"; "than" after a comparative is never "then"). The message
may use `{match}` and `{alternative}`. Needs `--context`.

Each occurrence of a suspect is scored with the text before it and the few words after it, once as
written and once with each alternative; the alternative is suggested (an unsafe fix) when the model
prefers it by `margin` nats. The document pass that gives every token's probability is shared with
the `surprisal` kind, so a suspect the model already expects costs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.checks import Option, compile_regex, finding, finditer, match_case, render
from newslint.checks.context_rule import BUDGET, JudgedInContext, words_after
from newslint.checks.subject_number import PLURAL, SINGULAR, subject_number
from newslint.checks.tagging import TagCondition, read_condition, tagged_around
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.rules import Rule

# Rules of this kind run only when the context model is asked for (`--context`).
NEEDS_CONTEXT = True

OPTIONS = {
    "pairs": Option((dict,), default={}, doc="suspect word -> list of alternatives"),
    "margin": Option((int, float), default=2.0, doc="nats an alternative must win by"),
    "gate": Option(
        (int, float), default=-1.0, doc="log-probability above which a suspect is trusted"
    ),
    "right_words": Option((int,), default=5),
    "unless_next_tag": Option(
        (list,), default=[], doc="Penn tags of a next word that rule the swap out"
    ),
    "swaps": Option((dict,), default={}, doc="word -> word, each judged as the other"),
    "agreement": Option(
        (dict,), default={}, doc="verb singular -> plural; judged where the subject disagrees"
    ),
    "budget": BUDGET,
    "model": Option((str,), doc="a Llama GGUF file; default: the packaged SmolLM2"),
}

# Tags of a verb that agrees with its subject (a base form after a noun is a present plural).
_FINITE_VERB = {"VBZ", "VBP", "VBD", "VB"}
# Words that make a following "were" subjunctive, whatever the subject's number.
_SUBJUNCTIVE = {"if", "though", "wish", "wished", "unless", "suppose", "imagine"}


class ConfusionCheck(JudgedInContext):
    defers = True  # a model-free rule that names the same word explains it without the model

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY):
        super().__init__(rule, vocabulary)
        self.pairs, self.conditions = _read_pairs(rule)
        self.verb_number = _read_agreement(rule, self.pairs)
        if not self.pairs:
            raise rule.error("no suspects: 'pairs', 'swaps' and 'agreement' are empty")
        words = "|".join(regex.escape(w) for w in sorted(self.pairs, key=len, reverse=True))
        self.pattern = compile_regex(
            rule, rf"(?<![\w'’-])(?:{words})(?![\w'’-])", "pairs", ignorecase=True
        )
        self.unless_next_tag = frozenset(rule.option("unless_next_tag"))
        self.margin = float(rule.option("margin"))
        self.gate = float(rule.option("gate"))
        self.budget = int(rule.option("budget"))

    def _suspects(self, doc: Document) -> Iterator[Any]:
        from newslint.context.layout import Suspect

        text = doc.text
        for match in finditer(self.pattern, text):
            start, end = match.span()
            if doc.is_masked(start, end):
                continue
            written = match.group()
            if not self._worth_asking(text, start, end):
                continue
            alternatives = tuple(match_case(written, a) for a in self.pairs[written.lower()])
            yield Suspect(
                start, end, alternatives, words_after(text, end, self.rule.option("right_words"))
            )

    def _worth_asking(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence's grammar leaves room for the swap: an agreement form only right
        after a subject of the other number; any suspect not before a word `unless_next_tag`
        names (a nationality adjective before a noun is an adjective: "Chinese officials")."""
        word = text[start:end].lower()
        condition = self.conditions.get(word)
        if word not in self.verb_number and not self.unless_next_tag and condition is None:
            return True
        tagged, at = self._tagged(text, start, end)
        next_tag = tagged[at + 1][1] if at + 1 < len(tagged) else None
        if next_tag in self.unless_next_tag:
            return False
        if condition is not None and not condition.allows(tagged, at):
            return False
        if word not in self.verb_number:
            return True
        if tagged[at][1] not in _FINITE_VERB:
            return False
        if word == "were" and _SUBJUNCTIVE & {w.lower() for w, _ in tagged[:at]}:
            return False  # "if someone were able", "as though it were": no agreement to judge
        number = subject_number(tagged, at)
        return number is not None and number != self.verb_number[word]

    def _tagged(self, text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
        """The suspect's sentence up to a few words after it, tagged, and the suspect's index."""
        return tagged_around(
            text, start, end, words_after(text, end, self.rule.option("right_words"))
        )

    def _report(self, text: str, verdict: Any) -> Iterator[Finding]:
        suspect = verdict.suspect
        best = max(range(len(suspect.alternatives)), key=lambda i: verdict.alternatives[i])
        if verdict.alternatives[best] - verdict.written < self.margin:
            return
        alternative = suspect.alternatives[best]
        written = text[suspect.start : suspect.end]
        message = render(self.rule.message, match=written, alternative=alternative)
        others = [a for a in suspect.alternatives if a != alternative]
        yield finding(
            self.rule,
            suspect.start,
            suspect.end,
            message,
            fix=alternative,
            suggestions=[alternative, *others],
            applicability="unsafe",
        )


def _read_pairs(rule: Rule) -> tuple[dict[str, tuple[str, ...]], dict[str, TagCondition]]:
    """`pairs` (a word and its alternatives, with the conditions on asking about it, if any) and
    `swaps` (two words, each the other's)."""
    pairs: dict[str, tuple[str, ...]] = {}
    conditions: dict[str, TagCondition] = {}
    for suspect, alternatives in rule.option("pairs").items():
        if isinstance(alternatives, dict) and isinstance(suspect, str):
            conditions[suspect.lower()] = read_condition(rule, suspect, alternatives)
            alternatives = alternatives.get("alternatives")
        if isinstance(alternatives, str):
            alternatives = [alternatives]
        if (
            not isinstance(suspect, str)
            or not isinstance(alternatives, list)
            or not all(isinstance(a, str) and a.strip() for a in alternatives)
        ):
            raise rule.error("'pairs' maps a word to a list of alternative words")
        pairs[suspect.lower()] = tuple(alternatives)
    for one, other in rule.option("swaps").items():
        if not isinstance(one, str) or not isinstance(other, str):
            raise rule.error("'swaps' maps a word to the word it is confused with")
        pairs.setdefault(one.lower(), (other,))
        pairs.setdefault(other.lower(), (one,))
    return pairs, conditions


def _read_agreement(rule: Rule, pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """`agreement` (a verb's singular and plural forms): adds both to `pairs`, and returns each
    form's number."""
    numbers: dict[str, str] = {}
    for singular, plural in rule.option("agreement").items():
        if not isinstance(singular, str) or not isinstance(plural, str):
            raise rule.error("'agreement' maps a verb's singular form to its plural form")
        pairs[singular.lower()] = (plural,)
        pairs[plural.lower()] = (singular,)
        numbers[singular.lower()] = SINGULAR
        numbers[plural.lower()] = PLURAL
    return numbers


def compile(rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> ConfusionCheck:
    return ConfusionCheck(rule, vocabulary)
