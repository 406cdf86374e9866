"""Work counted as lines of Python run, never timed: independent of the machine's speed and load
(the growth tests of issue 15 compare two counts)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import CodeType, FrameType
from typing import Any


def lines_run(counted: Callable[[CodeType], bool], function: Callable[..., Any], *args: Any) -> int:
    """How many lines of the code objects `counted` accepts run while `function(*args)` is called
    (a generator it returns is drained)."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if not counted(frame.f_code):
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        result = function(*args)
        if hasattr(result, "__next__"):
            list(result)
    finally:
        sys.settrace(None)
    return count


def own_code(code: CodeType) -> set[CodeType]:
    """A function's code and that of the comprehensions and closures written inside it."""
    return {code}.union(*(own_code(c) for c in code.co_consts if isinstance(c, CodeType)))
