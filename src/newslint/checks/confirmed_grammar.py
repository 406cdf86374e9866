"""`confirmed-grammar`: Harper's rules that are too noisy for news copy on their own, kept only where
the context model agrees with the correction.

Keys: `rules` (Harper rule names, e.g. ItsPossessive, TheirToTheyre), `margin` (nats by which the
corrected text must beat the text as written, default 1.5), `dialect`, `right_words`, `conditions`
(map of a Harper rule name → the part-of-speech conditions on judging its lints, as the `confusion`
kind reads them: "their two countries" is "their" before a noun, never "they're", and not worth
the model's pass over its context), `budget` (model tokens judging a text's lints may cost, in
text order; 0: no limit; `context_rule`). Finding ids
are `<rule id>.<HarperRule>`. Harper runs a paragraph at a time (its cost grows faster than linearly
with the text it is given) and the model judges each lint's first suggestion in the paragraph's own
context. Needs `--context`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from newslint.checks import Check, Option, render
from newslint.checks.context_rule import (
    BUDGET,
    budget_notice,
    context_engine,
    within_budget,
    words_after,
)
from newslint.checks.tagging import TagCondition, read_condition, tagged_around
from newslint.document import Document
from newslint.finding import Edit, Finding, Fix
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

# Rules of this kind run only when the context model is asked for (`--context`).
NEEDS_CONTEXT = True

OPTIONS = {
    "rules": Option((list,), required=True, doc="Harper rule names to confirm"),
    "margin": Option((int, float), default=1.5),
    "dialect": Option((str,), default="american"),
    "right_words": Option((int,), default=5),
    "conditions": Option(
        (dict,), default={}, doc="Harper rule -> tag conditions on judging its lints"
    ),
    "budget": BUDGET,
    "model": Option((str,), doc="a Llama GGUF file; default: the packaged SmolLM2"),
}

_PARAGRAPH = compile_pattern(r"[^\n]+(?:\n[^\n]+)*")


class ConfirmedGrammarCheck(Check):
    defers = True  # the artifact packs explain the same text better

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY):
        super().__init__(rule, vocabulary)
        names = rule.option("rules")
        if not names or not all(isinstance(n, str) for n in names):
            raise rule.error("'rules' lists Harper rule names")
        self.rules = frozenset(names)
        self.margin = float(rule.option("margin"))
        self.conditions = _read_conditions(rule, self.rules)
        self.budget = int(rule.option("budget"))
        self._linter: Any = None
        self._selects: Callable[[str], bool] | None = None
        # The text last asked about, its lints within the budget, and how many were left out.
        self._asked: tuple[str, list[Any], int] | None = None
        self._lints: dict[Any, tuple[str, str]] = {}

    def narrow(self, selects: Callable[[str], bool]) -> None:
        self._selects = selects
        self._linter = None

    def _harper(self) -> Any:
        if self._linter is None:
            import harper

            linter = harper.Linter(harper.Dialect[self.rule.option("dialect").upper()])
            config = linter.get_default_lint_config()
            unknown = self.rules - set(config)
            if unknown:
                raise self.rule.error(f"unknown Harper rule(s): {', '.join(sorted(unknown))}")
            # Rules whose findings the policy would drop are not run at all.
            selects, prefix = self._selects or (lambda _: True), self.rule.id
            run = {name for name in self.rules if selects(f"{prefix}.{name}")}
            linter.set_lint_config({name: name in run for name in config})
            self._linter = (harper, linter)
        return self._linter

    def run(self, doc: Document) -> Iterator[Finding]:
        suspects, gate = self.context_request(doc)
        if suspects:
            for verdict in context_engine(self.rule).judge(doc.text, suspects, gate):
                if verdict.alternatives[0] - verdict.written >= self.margin:
                    yield self._finding(verdict.suspect, *self._lints[verdict.suspect])
        left = self._asked[2] if self._asked is not None else 0
        if left:
            yield budget_notice(self.rule, self.budget, len(suspects), left)

    def context_request(self, doc: Document) -> tuple[list[Any], float]:
        """Harper's corrections to judge in this text, and the gate (none: every one is judged).
        Kept for the text: the linter asks before running the rule, to judge every rule's
        suspects in one batch. Under a budget, the first lints in the text that it holds."""
        if self._asked is not None and self._asked[0] is doc.text:
            return self._asked[1], 0.0
        from newslint.context.layout import Suspect

        harper, linter = self._harper()
        candidates = []
        for paragraph in _PARAGRAPH.finditer(doc.text):
            lints = linter.organized_lints(paragraph.group(), language=harper.Language.PLAINTEXT)
            for name, found in lints.items():
                for lint in found:
                    candidate = self._candidate(doc, paragraph, name, lint)
                    if candidate is not None:
                        candidates.append(candidate)
        reach = self.rule.option("right_words")
        self._lints = {Suspect(s, e, (fix,), words_after(doc.text, e, reach)): (name, message)
                       for s, e, fix, name, message in candidates}  # fmt: skip
        judged, left = list(self._lints), 0
        if self.budget > 0 and judged:
            engine = context_engine(self.rule)
            judged, left = within_budget(engine, doc.text, judged, self.budget)
        self._asked = (doc.text, judged, left)
        return judged, 0.0

    def _candidate(
        self, doc: Document, paragraph: Any, name: str, lint: Any
    ) -> tuple[int, int, str, str, str] | None:
        """A lint whose first suggestion replaces its span (deletions and insertions change the
        sentence too much for a like-for-like comparison)."""
        harper, _ = self._harper()
        if name not in self.rules or not lint.suggestions:
            return None
        start = paragraph.start() + lint.span.start
        end = paragraph.start() + lint.span.end
        suggestion = lint.suggestions[0]
        if doc.is_masked(start, end) or suggestion.kind != harper.SuggestionKind.REPLACE:
            return None
        replacement = suggestion.replacement_text
        if not replacement or replacement == doc.text[start:end] or _name_at(doc.text, start):
            return None
        condition = self.conditions.get(name)
        if condition is not None:
            tagged, at = tagged_around(
                doc.text, start, end, words_after(doc.text, end, self.rule.option("right_words"))
            )
            if not condition.allows(tagged, at):
                return None
        return start, end, replacement, name, lint.message

    def _finding(self, suspect: Any, name: str, message: str) -> Finding:
        (replacement,) = suspect.alternatives
        fix = Fix((Edit(suspect.start, suspect.end, replacement),), "unsafe")
        text = render(self.rule.message, message=message, fix=replacement)
        rule_id = f"{self.rule.id}.{name}"
        return Finding(
            rule_id, self.rule.severity, text, suspect.start, suspect.end, fix, (replacement,)
        )


def _read_conditions(rule: Rule, names: frozenset[str]) -> dict[str, TagCondition]:
    conditions = {}
    for name, entry in rule.option("conditions").items():
        if name not in names or not isinstance(entry, dict):
            raise rule.error(f"'conditions': {name!r} is not a rule it runs mapped to tag lists")
        conditions[name] = read_condition(rule, name, entry, also=())
    return conditions


def _name_at(text: str, start: int) -> bool:
    """A capitalised word inside a sentence is a name ("Simone Biles"), which Harper's rules
    for common words (mass nouns, its/it's) do not know."""
    before = text[:start].rstrip()
    return (
        text[start : start + 1].isupper()
        and bool(before)
        and (before[-1].isalnum() or before[-1] == ",")
    )


def compile(rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> ConfirmedGrammarCheck:
    return ConfirmedGrammarCheck(rule, vocabulary)
