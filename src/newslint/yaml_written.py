"""A rule's value printed as YAML would write it, so that a user who copies it into a pack gets
the same value back. Python's repr doubles every backslash ('\\bvery'), which in single-quoted
YAML, where rule patterns are written, is a different regex."""

from __future__ import annotations

from collections.abc import Mapping

_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def yaml_written(value: object) -> str:
    """`value` in YAML's flow form on one line: text single-quoted (backslashes as written), or
    double-quoted with escapes when it holds a line break or a character that prints as nothing."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        pairs = (f"{yaml_written(key)}: {yaml_written(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, (set, frozenset)):
        return "[" + ", ".join(sorted(map(yaml_written, value))) + "]"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(yaml_written, value)) + "]"
    return str(value)


def _text(text: str) -> str:
    if all(char.isprintable() for char in text):
        return "'" + text.replace("'", "''") + "'"
    return '"' + "".join(_escaped(char) for char in text) + '"'


def _escaped(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char.isprintable():
        return char
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
