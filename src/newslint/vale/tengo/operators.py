"""Tengo's binary operators: Go's integer arithmetic (truncating division, 64-bit wrap), int and
float mixing, string concatenation with any value, char arithmetic, array concatenation, and
equality that never equates values of different types (`1 == 1.0` is false)."""

from __future__ import annotations

import operator
from collections.abc import Callable

from newslint.vale.tengo.values import Char, TengoError, Value, to_string, type_name

_COMPARE: dict[str, Callable[[Value, Value], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip


def binary(op: str, left: Value, right: Value) -> Value:
    if op == "==":
        return equal(left, right)
    if op == "!=":
        return not equal(left, right)
    if _is_int(left) and _is_int(right):
        return _integers(op, left, right)
    if _is_number(left) and _is_number(right):
        return _floats(op, float(left), float(right))
    if isinstance(left, str):
        if op == "+":
            return left + to_string(right)
        if op in _COMPARE and isinstance(right, str):
            return _COMPARE[op](left, right)
    if isinstance(left, Char):
        return _chars(op, left, right)
    if isinstance(left, list | tuple) and isinstance(right, list | tuple) and op == "+":
        return [*left, *right]
    raise TengoError(f"invalid operation: {type_name(left)} {op} {type_name(right)}")


def equal(left: Value, right: Value) -> bool:
    if type(left) is not type(right):
        both_arrays = isinstance(left, list | tuple) and isinstance(right, list | tuple)
        both_maps = isinstance(left, dict) and isinstance(right, dict)
        if not (both_arrays or both_maps):
            return False
        return list(left) == list(right) if both_arrays else dict(left) == dict(right)
    return bool(left == right)


def _is_int(value: Value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Value) -> bool:
    return _is_int(value) or isinstance(value, float)


def _wrap(value: int) -> int:
    """Go's int64 overflow."""
    return (value + 2**63) % 2**64 - 2**63


def _integers(op: str, left: int, right: int) -> Value:
    if op in _COMPARE:
        return _COMPARE[op](left, right)
    if op in ("/", "%") and right == 0:
        raise TengoError("division by zero")
    if op == "/":
        quotient = abs(left) // abs(right)
        return _wrap(quotient if (left < 0) == (right < 0) else -quotient)
    if op == "%":
        remainder = abs(left) % abs(right)
        return remainder if left >= 0 else -remainder
    if op in ("<<", ">>") and right < 0:
        raise TengoError("negative shift count")
    results: dict[str, Callable[[int, int], int]] = {
        "+": operator.add, "-": operator.sub, "*": operator.mul, "&": operator.and_,
        "|": operator.or_, "^": operator.xor, "&^": lambda a, b: a & ~b,
        "<<": lambda a, b: a << min(b, 64), ">>": lambda a, b: a >> min(b, 64),
    }  # fmt: skip
    if op not in results:
        raise TengoError(f"invalid operation: int {op} int")
    return _wrap(results[op](left, right))


def _floats(op: str, left: float, right: float) -> Value:
    if op in _COMPARE:
        return _COMPARE[op](left, right)
    if op == "/":
        if right == 0:
            raise TengoError("division by zero")
        return left / right
    results: dict[str, Callable[[float, float], float]] = {
        "+": operator.add, "-": operator.sub, "*": operator.mul,
    }  # fmt: skip
    if op not in results:
        raise TengoError(f"invalid operation: float {op} float")
    return results[op](left, right)


def _chars(op: str, left: Char, right: Value) -> Value:
    code = ord(left.value)
    other = ord(right.value) if isinstance(right, Char) else right if _is_int(right) else None
    if other is None:
        raise TengoError(f"invalid operation: char {op} {type_name(right)}")
    if op in _COMPARE:
        return _COMPARE[op](code, other)
    if op in ("+", "-"):
        result = code + other if op == "+" else code - other
        if 0 <= result <= 0x10FFFF:
            return Char(chr(result))
    raise TengoError(f"invalid operation: char {op} {type_name(right)}")
