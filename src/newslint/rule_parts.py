"""A rule's parts that carry its own data: its examples (text to flag, with the fixed form or the
span, and text to leave alone) and its house-style key, each validated as the pack is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newslint.values import FrozenValue


class Example(FrozenValue):
    """A rule's example: text it must flag (and its fixed form) or must leave alone."""

    FIELDS = ("text", "bad", "fixed", "span", "options")
    text: str
    bad: bool
    fixed: str | None
    span: str | None
    options: tuple[tuple[str, Any], ...]  # rule options for this example (e.g. a staff list)

    def __init__(
        self,
        text: str,
        bad: bool,
        fixed: str | None = None,
        span: str | None = None,
        options: tuple[tuple[str, Any], ...] = (),
    ):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "text", text)
        setter(self, "bad", bad)
        setter(self, "fixed", fixed)
        setter(self, "span", span)
        setter(self, "options", options)


class HouseStyle(FrozenValue):
    """How a settings file's `house_style.<key>` sets one of this rule's options: the value the
    editor writes (`Mr.`) is translated through `choices` into the option's value (`with-period`).
    Declared in the rule's YAML, so a pack can add house-style keys of its own."""

    FIELDS = ("key", "option", "choices")
    key: str
    option: str
    choices: Mapping[str, Any]

    def __init__(self, key: str, option: str, choices: Mapping[str, Any]):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "key", key)
        setter(self, "option", option)
        setter(self, "choices", choices)


def parse_house_style(raw: Any, options_schema: Mapping[str, Any], fail: Any) -> HouseStyle | None:
    """`house_style: {key: honorific, option: house, choices: {"Mr.": with-period, ...}}`."""
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or set(raw) != {"key", "option", "choices"}:
        raise fail("'house_style' is a mapping of 'key', 'option' and 'choices'")
    key, option, choices = raw["key"], raw["option"], raw["choices"]
    if not isinstance(key, str) or not key.isidentifier():
        raise fail("'house_style.key' must be a settings key such as 'honorific'")
    if option not in options_schema:
        raise fail(f"'house_style.option' {option!r} is not an option of this kind")
    if not isinstance(choices, Mapping) or not choices or not all(map(_is_text, choices)):
        raise fail("'house_style.choices' maps what an editor writes (text) to the option's value")
    spec = options_schema[option]
    checked = {
        str(written): spec.validate(value, fail, f"house_style.choices.{written}")
        for written, value in choices.items()
    }
    return HouseStyle(key, option, checked)


def parse_examples(raw: Any, fail: Any) -> list[Example]:
    if not isinstance(raw, list) or not raw:
        raise fail("missing 'examples' (every rule needs bad and good examples)")
    examples = []
    for item in raw:
        if not isinstance(item, Mapping) or not ({"bad", "good"} & set(item)):
            raise fail("each example is {bad: ..., fixed: ...} or {good: ...}")
        unknown = set(item) - {"bad", "good", "fixed", "span", "options"}
        if unknown or ("bad" in item and "good" in item):
            raise fail(f"bad example keys {sorted(item)}")
        options = item.get("options", {})
        if not isinstance(options, Mapping):
            raise fail("example 'options' must be a mapping of rule options")
        frozen = tuple(sorted(options.items()))
        if "good" in item:
            examples.append(Example(text=_text(item["good"], fail), bad=False, options=frozen))
            continue
        if "fixed" not in item and "span" not in item:
            raise fail("a bad example needs 'fixed' (text after the fix) or 'span' (text flagged)")
        examples.append(
            Example(
                text=_text(item["bad"], fail),
                bad=True,
                fixed=_text(item["fixed"], fail) if "fixed" in item else None,
                span=_text(item["span"], fail) if "span" in item else None,
                options=frozen,
            )
        )
    if not any(e.bad for e in examples) or all(e.bad for e in examples):
        raise fail("'examples' needs at least one bad and one good example")
    return examples


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _text(value: Any, fail: Any) -> str:
    if not isinstance(value, str):
        raise fail("example text must be a string")
    return value


# A rule's `link` goes where a URL must stand: SARIF's helpUri, LSP's codeDescription.href.
LINK_SCHEMES = ("http", "https", "file")


def web_link(value: Any) -> str | None:
    """`value` when it is an absolute URL of a scheme an editor or a code-scanning page opens,
    else None (a list, a number, a relative path or a `javascript:` address)."""
    if not isinstance(value, str):
        return None
    scheme, colon, rest = value.strip().partition(":")
    return value.strip() if colon and scheme.lower() in LINK_SCHEMES and rest else None
