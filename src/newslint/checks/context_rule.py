"""What the context-model kinds (`confusion`, `surprisal`) share: how a rule reaches its engine.

Not a kind itself (it exports no `compile`): the engine is loaded on first use and once per model
file per process, so a run without `--context` never imports numpy or reads the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def context_engine(rule: Any) -> Any:
    from newslint.context.loading import ContextUnavailable, load_engine
    from newslint.errors import BackendUnavailable

    try:
        return load_engine(rule.option("model"))
    except ContextUnavailable as exc:
        # The engine reports an unavailable backend once and skips the rules that need it.
        raise BackendUnavailable(str(exc)) from None


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
