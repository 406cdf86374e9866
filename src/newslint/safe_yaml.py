"""A rule pack's YAML read safely: a pack may come from anyone (`--rules`, a settings file's
`packs`), so its events are checked before it is built, with libyaml's loader when present.
"""

from __future__ import annotations

from typing import Any

# Packs are a few levels deep; libyaml's constructor overflows the C stack on deep nesting.
MAX_YAML_DEPTH = 64


def safe_yaml(text: str) -> Any:
    """Parse a pack after checking its events: no aliases (a pack never needs them and they allow
    exponential 'billion laughs' documents) and no absurd nesting (which crashes libyaml)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.YAMLError(
                f"YAML aliases are not allowed in rule packs (line {_line(event)})"
            )
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise yaml.YAMLError(
                    f"nested more than {MAX_YAML_DEPTH} levels deep (line {_line(event)})"
                )
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return yaml.load(text, Loader=loader)  # a safe loader: CSafeLoader or SafeLoader


def _line(event: Any) -> object:
    return event.start_mark.line + 1 if event.start_mark else "?"


def settings_yaml(text: str) -> Any:
    """A settings file's YAML, refusing a key given twice in one mapping: YAML loaders keep the
    last silently, so `ignore: [grammar]` then, lines later, `ignore: [mt]` lost the first."""
    import yaml

    class UniqueKeys(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Any:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *base` merges a mapping in; construct_mapping does that
            key = loader.construct_object(key_node, deep=True)  # type: ignore[no-untyped-call]
            line = key_node.start_mark.line + 1
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise yaml.YAMLError(f"key {key!r} is given twice (lines {seen[key]} and {line})")
            if isinstance(key, (str, int, float, bool)):
                seen[key] = line
        return loader.construct_mapping(node, deep=True)

    UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return yaml.load(text, Loader=UniqueKeys)  # a SafeLoader, keys checked
