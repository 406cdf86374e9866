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
