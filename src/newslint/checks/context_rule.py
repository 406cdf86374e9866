"""What the context-model kinds (`confusion`, `surprisal`) share: how a rule reaches its engine.

Not a kind itself (it exports no `compile`): the engine is loaded on first use and once per model
file per process, so a run without `--context` never imports numpy or reads the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newslint.checks import Check
from newslint.document import Document
from newslint.finding import Finding
from newslint.regex_store import compile_pattern

_WORD = compile_pattern(r"\S+")


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
    _asked: tuple[str, list[Any]] | None = None

    def run(self, doc: Document) -> Iterator[Finding]:
        suspects, gate = self.context_request(doc)
        if not suspects:
            return
        for verdict in context_engine(self.rule).judge(doc.text, suspects, gate):
            yield from self._report(doc.text, verdict)

    def context_request(self, doc: Document) -> tuple[list[Any], float]:
        """The suspects to judge in this text and the gate, kept for the text."""
        if self._asked is not None and self._asked[0] is doc.text:
            return self._asked[1], self.gate
        suspects = list(self._suspects(doc))
        self._asked = (doc.text, suspects)
        return suspects, self.gate

    def _suspects(self, doc: Document) -> Iterable[Any]:
        raise NotImplementedError

    def _report(self, text: str, verdict: Any) -> Iterator[Finding]:
        raise NotImplementedError
