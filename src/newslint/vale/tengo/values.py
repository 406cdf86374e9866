"""Tengo's values in Python terms.

int, float, bool, string and bytes are Python's own; `undefined` is None; an array is a list
(an immutable one a tuple), a map a dict (an immutable one a `FrozenMap`); char, error and
functions have small classes. Strings are Python strings, but their lengths, offsets and slices
are counted in UTF-8 bytes, as Go counts them (a script's `begin`/`end` are byte offsets).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

Value = Any


class TengoError(Exception):
    """A script that does not compile or fails at run time."""


class FrozenMap(dict[str, Any]):
    pass


@dataclass(frozen=True)
class Char:
    value: str


@dataclass(frozen=True)
class ErrorValue:
    value: Value


@dataclass(eq=False)
class Closure:
    params: list[str]
    variadic: bool
    body: list[Any]
    scope: Any  # the defining Scope, captured


@dataclass(eq=False)
class Builtin:
    name: str
    function: Callable[..., Value]
    methods: dict[str, Builtin] = field(default_factory=dict)


def type_name(value: Value) -> str:
    names = [
        (bool, "bool"), (int, "int"), (float, "float"), (str, "string"), (bytes, "bytes"),
        (Char, "char"), (list, "array"), (tuple, "immutable-array"), (FrozenMap, "immutable-map"),
        (dict, "map"), (ErrorValue, "error"), (Closure, "compiled-function"),
        (Builtin, "builtin-function"),
    ]  # fmt: skip
    if value is None:
        return "undefined"
    return next((name for kind, name in names if isinstance(value, kind)), "object")


def is_falsy(value: Value) -> bool:
    if value is None or isinstance(value, ErrorValue):
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Char):
        return value.value == "\0"
    if isinstance(value, (bool, int, str, bytes, list, tuple, dict)):
        return not value
    return False


def to_string(value: Value) -> str:
    """A value as `string(x)` and string concatenation write it."""
    if isinstance(value, str):
        return value
    return inspect(value)


def inspect(value: Value) -> str:
    """A value as Tengo prints it inside a container (strings quoted)."""
    if value is None:
        return "<undefined>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _go_float(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, Char):
        return value.value
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(inspect(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {inspect(v)}" for k, v in value.items()) + "}"
    if isinstance(value, ErrorValue):
        return f"error: {inspect(value.value)}"
    if isinstance(value, (Closure, Builtin)):
        return "<function>"
    return str(value)


def _go_float(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if math.isnan(value):
        return "NaN"
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


@lru_cache(maxsize=8)
def _char_starts(text: str) -> tuple[int, ...] | None:
    """Byte offset of every character (and of the end), or None for ASCII text, where the two
    counts agree; built once per text so a script's many offsets cost no re-encoding."""
    if text.isascii():
        return None
    return (0, *accumulate(len(c.encode("utf-8")) for c in text))


def byte_length(text: str) -> int:
    starts = _char_starts(text)
    return len(text) if starts is None else starts[-1]


def byte_offset(text: str, char_offset: int) -> int:
    """The byte offset of a character offset (-1 stays -1)."""
    starts = _char_starts(text)
    if starts is None or char_offset < 0:
        return char_offset
    return starts[min(char_offset, len(text))]


def char_offset(text: str, byte_offset: int) -> int:
    """The character holding a byte offset (a byte inside a character counts as that one)."""
    starts = _char_starts(text)
    if starts is None:
        return max(0, min(byte_offset, len(text)))
    return max(0, bisect.bisect_right(starts, byte_offset) - 1)


def byte_slice(text: str, low: int, high: int) -> str:
    low, high = max(low, 0), max(high, low, 0)
    starts = _char_starts(text)
    if starts is None:
        return text[low:high]
    if starts[char_offset(text, low)] == low and starts[char_offset(text, high)] == high:
        return text[char_offset(text, low) : char_offset(text, high)]
    return text.encode("utf-8")[low:high].decode("utf-8", errors="replace")
