"""Tengo's `text` module: Go's strings and regexp functions, offsets in UTF-8 bytes.

Patterns are Go regular expressions (RE2): read by the `regex` module with ASCII classes
(`\\w`, `\\b`, `\\d` are ASCII in Go); replacement templates use Go's `$1`, `${name}`, `$$`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from newslint.vale.styles import vale_regex
from newslint.vale.tengo.values import (
    Builtin,
    FrozenMap,
    TengoError,
    Value,
    byte_length,
    byte_offset,
    byte_slice,
    to_string,
)


@cache
def go_regex(pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(vale_regex(pattern), regex.ASCII | regex.VERSION0)
    except regex.error as exc:
        raise TengoError(f"regex {pattern!r} does not compile: {exc}") from None


_TEMPLATE = regex.compile(r"\$(?:\$|\{(\w+)\}|(\w+))")


def go_expand(template: str, match: regex.Match[str]) -> str:
    """Go's Regexp.Expand: `$name` takes the longest run of word characters (`$1x` is the group
    named `1x`, which does not exist, so it is empty)."""

    def group(ref: regex.Match[str]) -> str:
        if ref.group() == "$$":
            return "$"
        name = ref.group(1) or ref.group(2)
        try:
            value = match.group(int(name) if name.isdigit() else name)
        except (IndexError, regex.error):
            return ""
        return value or ""

    return _TEMPLATE.sub(group, template)


def re_find(pattern: Value, text: Value, count: Value = None) -> Value:
    source = to_string(text)
    compiled = go_regex(to_string(pattern))
    limit = 1 if count is None else int(count)
    found: list[list[FrozenMap]] = []
    for match in compiled.finditer(source):
        if 0 <= limit <= len(found):
            break
        groups = []
        for index in range(len(match.groups()) + 1):
            start, end = match.span(index)
            if start >= 0:
                groups.append(FrozenMap(
                    text=match.group(index), begin=byte_offset(source, start),
                    end=byte_offset(source, end),
                ))  # fmt: skip
        found.append(groups)
    return found or None


def re_replace(pattern: Value, text: Value, replacement: Value) -> str:
    template = to_string(replacement)
    return go_regex(to_string(pattern)).sub(lambda m: go_expand(template, m), to_string(text))


def re_split(pattern: Value, text: Value, count: Value = -1) -> list[str]:
    source, limit = to_string(text), int(count)
    if limit == 0:
        return []
    parts: list[str] = []
    last = 0
    for match in go_regex(to_string(pattern)).finditer(source):
        if 0 < limit <= len(parts) + 1:
            break
        if match.end() == 0 and match.start() == 0:
            continue
        parts.append(source[last : match.start()])
        last = match.end()
    parts.append(source[last:])
    return parts


def re_compile(pattern: Value) -> FrozenMap:
    source = to_string(pattern)
    go_regex(source)
    methods: dict[str, Callable[..., Value]] = {
        "match": lambda text: go_regex(source).search(to_string(text)) is not None,
        "find": lambda text, count=None: re_find(source, text, count),
        "replace": lambda text, replacement: re_replace(source, text, replacement),
        "split": lambda text, count=-1: re_split(source, text, count),
    }
    return FrozenMap({name: Builtin(name, f) for name, f in methods.items()})


def _split(text: Value, separator: Value, count: Value = -1, after: bool = False) -> list[str]:
    source, sep, limit = to_string(text), to_string(separator), int(count)
    if limit == 0:
        return []
    if sep == "":
        pieces = list(source)
        if limit > 0 and len(pieces) > limit:
            pieces = [*pieces[: limit - 1], "".join(pieces[limit - 1 :])]
        return pieces
    pieces = source.split(sep, limit - 1 if limit > 0 else -1)
    if after:
        pieces = [piece + sep for piece in pieces[:-1]] + pieces[-1:]
    return pieces


def _index(text: Value, sub: Value, last: bool = False) -> int:
    source = to_string(text)
    found = source.rfind(to_string(sub)) if last else source.find(to_string(sub))
    return byte_offset(source, found)


def _index_any(text: Value, chars: Value, last: bool = False) -> int:
    source, wanted = to_string(text), set(to_string(chars))
    positions = [i for i, c in enumerate(source) if c in wanted]
    if not positions:
        return -1
    return byte_offset(source, positions[-1] if last else positions[0])


def _substr(text: Value, lower: Value, upper: Value = None) -> str:
    source = to_string(text)
    size = byte_length(source)
    low, high = int(lower), size if upper is None else int(upper)
    if low > high:
        raise TengoError("invalid index")
    return byte_slice(source, max(0, min(low, size)), max(0, min(high, size)))


def _title(text: Value) -> str:
    return regex.sub(r"(?<![\p{L}\p{N}_'])\p{L}", lambda m: m.group().upper(), to_string(text))


def _pad(text: Value, width: Value, pad: Value = " ", left: bool = True) -> str:
    source, filler, size = to_string(text), to_string(pad), int(width)
    missing = size - byte_length(source)
    if missing <= 0 or not filler:
        return source
    padding = (filler * (missing // len(filler) + 1))[:missing]
    return padding + source if left else source + padding


def _parse_bool(text: Value) -> Value:
    value = to_string(text)
    if value in ("1", "t", "T", "TRUE", "true", "True"):
        return True
    if value in ("0", "f", "F", "FALSE", "false", "False"):
        return False
    raise TengoError(f"parse_bool: invalid syntax {value!r}")


def _parse_int(text: Value, base: Value = 10, _bits: Value = 64) -> int:
    try:
        return int(to_string(text), int(base))
    except ValueError:
        raise TengoError(f"parse_int: invalid syntax {to_string(text)!r}") from None


def _format_int(value: Value, base: Value = 10) -> str:
    number, radix = int(value), int(base)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if not 2 <= radix <= 36:
        raise TengoError("format_int: base out of range")
    text, rest = "", abs(number)
    while True:
        rest, digit = divmod(rest, radix)
        text = digits[digit] + text
        if rest == 0:
            return ("-" if number < 0 else "") + text


def text_module() -> FrozenMap:
    s = to_string
    functions: dict[str, Callable[..., Value]] = {
        "re_match": lambda p, t: go_regex(s(p)).search(s(t)) is not None,
        "re_find": re_find, "re_replace": re_replace, "re_split": re_split,
        "re_compile": re_compile,
        "compare": lambda a, b: (s(a) > s(b)) - (s(a) < s(b)),
        "contains": lambda t, sub: s(sub) in s(t),
        "contains_any": lambda t, chars: any(c in s(t) for c in s(chars)),
        "count": lambda t, sub: s(t).count(s(sub)),
        "equal_fold": lambda a, b: s(a).casefold() == s(b).casefold(),
        "fields": lambda t: s(t).split(),
        "has_prefix": lambda t, p: s(t).startswith(s(p)),
        "has_suffix": lambda t, p: s(t).endswith(s(p)),
        "index": _index, "last_index": lambda t, sub: _index(t, sub, last=True),
        "index_any": _index_any, "last_index_any": lambda t, c: _index_any(t, c, last=True),
        "join": lambda items, sep: s(sep).join(s(item) for item in items),
        "repeat": lambda t, n: s(t) * max(0, int(n)),
        "replace": lambda t, old, new, n: s(t).replace(s(old), s(new), int(n) if int(n) >= 0 else -1),
        "substr": _substr,
        "split": lambda t, sep: _split(t, sep),
        "split_n": lambda t, sep, n: _split(t, sep, n),
        "split_after": lambda t, sep: _split(t, sep, after=True),
        "split_after_n": lambda t, sep, n: _split(t, sep, n, after=True),
        "title": _title, "to_lower": lambda t: s(t).lower(), "to_upper": lambda t: s(t).upper(),
        "to_title": lambda t: s(t).upper(),
        "pad_left": _pad, "pad_right": lambda t, w, p=" ": _pad(t, w, p, left=False),
        "trim": lambda t, cut: s(t).strip(s(cut)),
        "trim_left": lambda t, cut: s(t).lstrip(s(cut)),
        "trim_right": lambda t, cut: s(t).rstrip(s(cut)),
        "trim_prefix": lambda t, p: s(t).removeprefix(s(p)),
        "trim_suffix": lambda t, p: s(t).removesuffix(s(p)),
        "trim_space": lambda t: s(t).strip(),
        "atoi": lambda t: _parse_int(t), "itoa": lambda n: str(int(n)),
        "format_bool": lambda b: "true" if b else "false", "format_int": _format_int,
        "format_float": lambda f, fmt="g", prec=-1, bits=64: (
            repr(float(f)) if int(prec) < 0 else format(float(f), f".{int(prec)}{s(fmt)}")
        ),
        "parse_bool": _parse_bool, "parse_int": _parse_int,
        "parse_float": lambda t, bits=64: float(s(t)),
        "quote": lambda t: '"' + s(t).replace("\\", "\\\\").replace('"', '\\"') + '"',
        "unquote": lambda t: s(t)[1:-1] if len(s(t)) >= 2 and s(t)[0] == s(t)[-1] else s(t),
    }  # fmt: skip
    return FrozenMap({name: Builtin(name, f) for name, f in functions.items()})
