"""What the context-model kinds (`confusion`, `surprisal`) share: how a rule reaches its engine,
and the budget that bounds what judging a text's suspects costs.

Not a kind itself (it exports no `compile`): the engine is loaded on first use and once per model
file per process, so a run without `--context` never imports numpy or reads the model.

A rule's `budget` (model tokens per text, 0: no limit) keeps the cost of judging bounded however
long the text is: its suspects are judged most suspicious first (in text order where the kind
knows no better) while their cost fits (`ContextEngine.judging_costs`, an upper bound), and a
text where the budget stopped judging gets one notice, an information-level finding at its start,
that says how many suspects were left unjudged (a scanned book would otherwise cost tens of
minutes of CPU time).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newslint.checks import Check, Option
from newslint.document import Document
from newslint.finding import UNFINISHED_RULE, Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

_WORD = compile_pattern(r"\S+")

BUDGET = Option((int,), default=0, doc="model tokens judging a text may cost (0: no limit)")


def context_engine(rule: Any) -> Any:
    from newslint.context.loading import ContextUnavailable, load_engine
    from newslint.errors import BackendUnavailable

    try:
        return load_engine(rule.option("model"))
    except ContextUnavailable as exc:
        # The engine reports an unavailable backend once and skips the rules that need it.
        raise BackendUnavailable(str(exc)) from None


def words_after(text: str, end: int, count: int) -> str:
    """The right context a suspect is judged with: up to `count` words after it, never past its
    paragraph."""
    tail = text[end : end + 200].split("\n", 1)[0]
    words = list(_WORD.finditer(tail))[:count]
    return tail[: words[-1].end()] if words else ""


def within_budget(
    engine: Any, text: str, ranked: Sequence[Any], budget: int
) -> tuple[list[Any], int]:
    """The suspects to judge, taken in the order given (most suspicious first) while what they
    cost fits in `budget` tokens (0: all of them), back in text order; and how many were left."""
    if budget <= 0 or not ranked:
        return list(ranked), 0
    spent = 0
    for taken, cost in enumerate(engine.judging_costs(text, ranked)):
        spent += cost
        if spent > budget:
            return sorted(ranked[:taken], key=lambda s: (s.start, s.end)), len(ranked) - taken
    return sorted(ranked, key=lambda s: (s.start, s.end)), 0


def budget_notice(
    rule: Rule, budget: int, judged: int, left: int, order: str = "the first in the text"
) -> Finding:
    """The notice, at the text's start, that the budget stopped a rule judging its suspects
    (`order`: which it judged first)."""
    message = (
        f"rule {rule.id} reached its budget of {budget:,} model tokens: it judged {judged:,} of "
        f"its {judged + left:,} suspect words in this text, {order}, and its findings among "
        f"the other {left:,} are missing (raise its `budget`, or 0 for no limit)"
    )
    return Finding(UNFINISHED_RULE, "info", message, 0, 0)


def judge_ahead(checks: Iterable[Any], doc: Any) -> None:
    """Judge the suspects of every context rule about to run on `doc` in one pair of batches
    (per model file); each rule's own run then finds its verdicts already computed. A rule
    whose backend is missing is left to report that when it runs."""
    from newslint.errors import BackendUnavailable

    by_model: dict[Any, tuple[Any, list[tuple[list[Any], float]]]] = {}
    for check in checks:
        ask = getattr(check, "context_request", None)
        if ask is None or doc.markup not in check.rule.markups:
            continue
        try:
            suspects, gate = ask(doc)
            if suspects:
                engine = context_engine(check.rule)
                by_model.setdefault(id(engine), (engine, []))[1].append((suspects, gate))
        except BackendUnavailable:
            continue
    for engine, requests in by_model.values():
        engine.judge_together(doc.text, requests)


class JudgedInContext(Check):
    """A context kind that finds its suspects in a text once, has the model judge them, and
    reports each verdict: the linter asks for the suspects before the rule runs (`judge_ahead`,
    every rule's in one batch), and the rule's own run then reads the same list."""

    gate: float
    budget: int = 0
    judged_first = "the first in the text"  # what a budget judges first, as its notice says
    # The text last asked about, its suspects within the budget, and how many were left out.
    _asked: tuple[str, list[Any], int] | None = None

    def run(self, doc: Document) -> Iterator[Finding]:
        suspects, gate = self.context_request(doc)
        if suspects:
            for verdict in context_engine(self.rule).judge(doc.text, suspects, gate):
                yield from self._report(doc.text, verdict)
        left = self._asked[2] if self._asked is not None else 0
        if left:
            yield budget_notice(self.rule, self.budget, len(suspects), left, self.judged_first)

    def context_request(self, doc: Document) -> tuple[list[Any], float]:
        """The suspects to judge in this text (those the budget holds, most suspicious first)
        and the gate, kept for the text."""
        if self._asked is not None and self._asked[0] is doc.text:
            return self._asked[1], self.gate
        found = list(self._suspects(doc))
        left = 0
        if self.budget > 0 and found:
            ranked = sorted(found, key=self._suspicion, reverse=True)  # stable: ties in text order
            found, left = within_budget(context_engine(self.rule), doc.text, ranked, self.budget)
        self._asked = (doc.text, found, left)
        return found, self.gate

    def _suspects(self, doc: Document) -> Iterable[Any]:
        raise NotImplementedError

    def _suspicion(self, suspect: Any) -> float:
        """How suspicious a suspect is before the model reads it (higher first); by default all
        alike, so a budget judges them in text order."""
        return 0.0

    def _report(self, text: str, verdict: Any) -> Iterator[Finding]:
        raise NotImplementedError
