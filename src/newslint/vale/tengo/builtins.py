"""Tengo's builtin functions, and the `fmt` and `math` modules (printing goes nowhere: a rule's
output is its `matches`)."""

from __future__ import annotations

import copy as copying
import math
from collections.abc import Callable

import regex

from newslint.vale.tengo.values import (
    Builtin,
    Char,
    Closure,
    ErrorValue,
    FrozenMap,
    TengoError,
    Value,
    byte_length,
    inspect,
    is_falsy,
    to_string,
    type_name,
)


def builtin_functions() -> dict[str, Value]:
    checks: dict[str, Callable[[Value], bool]] = {
        "is_string": lambda v: isinstance(v, str), "is_int": _is_int,
        "is_float": lambda v: isinstance(v, float), "is_bool": lambda v: isinstance(v, bool),
        "is_char": lambda v: isinstance(v, Char), "is_bytes": lambda v: isinstance(v, bytes),
        "is_array": lambda v: isinstance(v, list), "is_immutable_array": lambda v: isinstance(v, tuple),
        "is_map": lambda v: isinstance(v, dict) and not isinstance(v, FrozenMap),
        "is_immutable_map": lambda v: isinstance(v, FrozenMap),
        "is_iterable": lambda v: isinstance(v, (list, tuple, dict, str, bytes)),
        "is_error": lambda v: isinstance(v, ErrorValue), "is_undefined": lambda v: v is None,
        "is_function": lambda v: isinstance(v, (Closure, Builtin)),
        "is_callable": lambda v: isinstance(v, (Closure, Builtin)), "is_time": lambda v: False,
    }  # fmt: skip
    functions: dict[str, Callable[..., Value]] = {
        "len": _len, "copy": copying.deepcopy, "append": _append, "delete": _delete,
        "splice": _splice, "string": _string, "int": _int, "float": _float, "bool": _bool,
        "char": _char, "bytes": _bytes, "type_name": type_name, "format": sprintf,
        "range": _range,
    }  # fmt: skip
    for name, check in checks.items():
        functions[name] = _one(check)
    return {name: Builtin(name, function) for name, function in functions.items()}


def _one(check: Callable[[Value], bool]) -> Callable[..., bool]:
    def checked(*args: Value) -> bool:
        _arity(args, 1)
        return check(args[0])

    return checked


def _arity(args: tuple[Value, ...], low: int, high: int | None = None) -> None:
    if not low <= len(args) <= (high if high is not None else low):
        raise TengoError(f"wrong number of arguments: {len(args)}")


def _is_int(value: Value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _len(*args: Value) -> int:
    _arity(args, 1)
    value = args[0]
    if isinstance(value, str):
        return byte_length(value)
    if isinstance(value, (list, tuple, dict, bytes)):
        return len(value)
    raise TengoError(f"invalid argument for len: {type_name(value)}")


def _append(array: Value, *items: Value) -> list[Value]:
    if array is not None and not isinstance(array, (list, tuple)):
        raise TengoError(f"invalid argument for append: {type_name(array)}")
    return [*(array or []), *items]


def _delete(mapping: Value, key: Value) -> None:
    if not isinstance(mapping, dict) or isinstance(mapping, FrozenMap):
        raise TengoError(f"invalid argument for delete: {type_name(mapping)}")
    mapping.pop(to_string(key), None)


def _splice(array: Value, start: Value = 0, count: Value = None, *items: Value) -> list[Value]:
    if not isinstance(array, list) or not _is_int(start):
        raise TengoError("invalid arguments for splice")
    if not 0 <= start <= len(array):
        raise TengoError("index out of bounds")
    end = len(array) if count is None else min(len(array), start + int(count))
    removed = array[start:end]
    array[start:end] = list(items)
    return removed


def _string(value: Value, default: Value = None) -> Value:
    return default if value is None else to_string(value)


def _int(value: Value, default: Value = None) -> Value:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, Char):
        return ord(value.value)
    if isinstance(value, str) and regex.fullmatch(r"[+-]?\d+", value):
        return int(value)
    return default


def _float(value: Value, default: Value = None) -> Value:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return default
    return default


def _bool(value: Value) -> bool:
    return not is_falsy(value)


def _char(value: Value, default: Value = None) -> Value:
    if _is_int(value) and 0 <= value <= 0x10FFFF:
        return Char(chr(value))
    if isinstance(value, Char):
        return value
    if isinstance(value, str) and len(value) == 1:
        return Char(value)
    return default


def _bytes(value: Value, default: Value = None) -> Value:
    if isinstance(value, str):
        return value.encode("utf-8")
    if _is_int(value):
        return bytes(value)
    return value if isinstance(value, bytes) else default


def _range(start: Value, stop: Value, step: Value = 1) -> list[int]:
    if not (_is_int(start) and _is_int(stop) and _is_int(step)) or step <= 0:
        raise TengoError("invalid arguments for range")
    return list(range(start, stop, step if stop >= start else -step))


_VERB = regex.compile(r"%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])")


def sprintf(template: Value, *values: Value) -> str:
    """Go's fmt verbs: %s %v %d %f %e %g %q %t %c %x %X %o %b %T, with width and precision."""
    if not isinstance(template, str):
        raise TengoError("format needs a string")
    queue = list(values)

    def fill(match: regex.Match[str]) -> str:
        flags, width, precision, verb = match.groups()
        if verb == "%":
            return "%"
        if not queue:
            return f"%!{verb}(MISSING)"
        text = _formatted(verb, queue.pop(0), precision)
        return _padded(text, flags, int(width) if width else 0)

    return _VERB.sub(fill, template)


def _formatted(verb: str, value: Value, precision: str | None) -> str:
    if verb in "fFeEgG" and isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = precision if precision is not None else ("6" if verb in "fFeE" else "")
        return format(float(value), f".{digits}{verb}" if digits else verb.lower())
    if verb in "dxXob" and _is_int(value):
        return format(value, {"d": "d", "x": "x", "X": "X", "o": "o", "b": "b"}[verb])
    if verb == "q":
        return inspect(to_string(value))
    if verb == "c" and _is_int(value):
        return chr(value)
    if verb == "T":
        return type_name(value)
    text = to_string(value)
    return text[: int(precision)] if precision is not None and verb == "s" else text


def _padded(text: str, flags: str, width: int) -> str:
    if len(text) >= width:
        return text
    if "-" in flags:
        return text.ljust(width)
    return text.rjust(width, "0" if "0" in flags else " ")


def fmt_module() -> dict[str, Value]:
    def quiet(*_args: Value) -> None:
        return None

    functions: dict[str, Callable[..., Value]] = {
        "print": quiet,
        "printf": quiet,
        "println": quiet,
        "sprintf": sprintf,
    }
    return FrozenMap({name: Builtin(name, f) for name, f in functions.items()})


def math_module() -> dict[str, Value]:
    def unary(function: Callable[[float], float]) -> Callable[..., Value]:
        return lambda x: function(float(x))

    same = ("ceil", "floor", "sqrt", "exp", "log", "log10", "log2", "trunc", "sin", "cos", "tan")
    functions: dict[str, Callable[..., Value]] = {name: unary(getattr(math, name)) for name in same}
    functions["abs"] = unary(math.fabs)
    functions.update({
        "pow": lambda x, y: math.pow(float(x), float(y)),
        "max": lambda x, y: max(float(x), float(y)),
        "min": lambda x, y: min(float(x), float(y)),
        "mod": lambda x, y: math.fmod(float(x), float(y)),
        "round": lambda x: float(math.floor(abs(float(x)) + 0.5) * (1 if float(x) >= 0 else -1)),
        "is_nan": lambda x: math.isnan(float(x)), "is_inf": lambda x, s: math.isinf(float(x)),
        "inf": lambda s: math.inf if int(s) >= 0 else -math.inf, "nan": lambda: math.nan,
    })  # fmt: skip
    module: dict[str, Value] = {name: Builtin(name, f) for name, f in functions.items()}
    module.update({"e": math.e, "pi": math.pi, "sqrt2": math.sqrt(2), "ln2": math.log(2)})
    return FrozenMap(module)
