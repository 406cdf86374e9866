"""What the context-model kinds (`confusion`, `surprisal`) share: how a rule reaches its engine.

Not a kind itself (it exports no `compile`): the engine is loaded on first use and once per model
file per process, so a run without `--context` never imports numpy or reads the model.
"""

from __future__ import annotations

from typing import Any


def context_engine(rule: Any) -> Any:
    from newslint.context.engine import ContextUnavailable, load_engine
    from newslint.grammar import BackendUnavailable

    try:
        return load_engine(rule.option("model"))
    except ContextUnavailable as exc:
        # The engine reports an unavailable backend once and skips the rules that need it.
        raise BackendUnavailable(str(exc)) from None
