"""A rule pack's or a settings file's YAML read safely: a pack may come from anyone (`--rules`, a
settings file's `packs`), so its events are checked before it is built, with libyaml's loader when
present. Both refuse a key given twice in one mapping: YAML loaders keep the last silently, so a
pack's second `fix:` (or a settings file's second `ignore:`) quietly replaced the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Packs are a few levels deep; libyaml's constructor overflows the C stack on deep nesting.
MAX_YAML_DEPTH = 64
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"  # `<<: *base` merges a mapping in: not a key of its own


def safe_yaml(text: str) -> Any:
    """Parse a pack after checking its events: no aliases (a pack never needs them and they allow
    exponential 'billion laughs' documents), no absurd nesting (which crashes libyaml) and no key
    given twice in one mapping."""
    return _checked_load(text, aliases=False)


def settings_yaml(text: str) -> Any:
    """A settings file's YAML: as a pack's, but aliases and merges (`<<: *base`) are allowed, as
    they always were in settings files."""
    return _checked_load(text, aliases=True)


def _checked_load(text: str, aliases: bool) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    check_events(yaml.parse(text, Loader=loader), aliases=aliases)
    return yaml.load(text, Loader=loader)  # a safe loader: CSafeLoader or SafeLoader


class _Mapping:
    """An open mapping while its events are read: its keys so far (each with its line), and
    whether the next node is a key or a value. (A plain class: `dataclasses` imports `inspect`,
    which a plain check's start must not pay, and rules.py imports this module.)"""

    __slots__ = ("at_key", "keys")

    def __init__(self) -> None:
        self.keys: dict[Any, object] = {}
        self.at_key = True


def check_events(events: Iterable[Any], aliases: bool) -> None:
    """Raise yaml.YAMLError on the first alias (unless allowed), nesting past MAX_YAML_DEPTH or
    key given twice in one mapping, naming its line."""
    import yaml

    keys = _KeyReader()
    open_nodes: list[_Mapping | None] = []  # None for a sequence
    for event in events:
        if isinstance(event, yaml.AliasEvent) and not aliases:
            raise yaml.YAMLError(
                f"YAML aliases are not allowed in rule packs (line {_line(event)})"
            )
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            open_nodes.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue  # stream and document events
        parent = open_nodes[-1] if open_nodes else None
        if parent is not None:
            if parent.at_key and isinstance(event, yaml.ScalarEvent):
                _note_key(parent, keys.value(event), event)
            parent.at_key = not parent.at_key
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_nodes) >= MAX_YAML_DEPTH:
                raise yaml.YAMLError(
                    f"nested more than {MAX_YAML_DEPTH} levels deep (line {_line(event)})"
                )
            open_nodes.append(_Mapping() if isinstance(event, yaml.MappingStartEvent) else None)


def _note_key(mapping: _Mapping, key: object, event: Any) -> None:
    import yaml

    if key is _KeyReader.NOT_A_KEY:
        return
    line = _line(event)
    if key in mapping.keys:
        first = mapping.keys[key]
        where = f"lines {first} and {line}" if first != line else f"both on line {line}"
        raise yaml.YAMLError(f"key {event.value!r} is given twice ({where})")
    mapping.keys[key] = line


class _KeyReader:
    """A plain scalar key read as the loader will read it, so `1` and `1.0`, `yes` and `true`
    are the same key, and `"1"` and `1` are not."""

    NOT_A_KEY = object()

    def __init__(self) -> None:
        import yaml

        self._resolver = yaml.resolver.Resolver()  # type: ignore[no-untyped-call]
        self._constructor = yaml.constructor.SafeConstructor()  # type: ignore[no-untyped-call]

    def value(self, event: Any) -> object:
        import yaml

        tag = event.tag
        if tag is None or tag == "!":
            tag = self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _MERGE:
            return self.NOT_A_KEY
        if tag == _STR:
            return event.value
        try:
            node = yaml.ScalarNode(tag, event.value)
            return self._constructor.construct_object(node)  # type: ignore[no-untyped-call]
        except (yaml.YAMLError, ValueError, TypeError):
            return (tag, event.value)  # a tag of its own: the same text is the same key


def _line(event: Any) -> object:
    return event.start_mark.line + 1 if event.start_mark else "?"
