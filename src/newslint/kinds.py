"""Check kinds by name: the module that implements a kind, and the rule keys (options) it accepts.

A kind `foo-bar` is the module `newslint.checks.foo_bar`, or a module a third party registers under
the `newslint.checks` entry point. Rule packs are validated against a kind's `OPTIONS` here, before
any check is compiled (see `newslint.checks` for the `Check` contract a kind implements).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import Any

from newslint.errors import RuleError
from newslint.values import FrozenValue


class Option(FrozenValue):
    """A rule key a kind accepts: its types, whether it is required, its default, and for a
    number the least value it may take (`minimum`: a count that groups things, where 0 would
    ask the check to read an empty group)."""

    FIELDS = ("types", "required", "default", "doc", "choices", "minimum")
    __slots__ = FIELDS
    types: tuple[type, ...]
    required: bool
    default: Any
    doc: str
    choices: tuple[Any, ...]
    minimum: float | None

    def __init__(
        self,
        types: tuple[type, ...],
        required: bool = False,
        default: Any = None,
        doc: str = "",
        choices: tuple[Any, ...] = (),
        minimum: float | None = None,
    ):
        setter = object.__setattr__
        setter(self, "types", types)
        setter(self, "required", required)
        setter(self, "default", default)
        setter(self, "doc", doc)
        setter(self, "choices", choices)
        setter(self, "minimum", minimum)

    def __reduce__(self) -> tuple[type[Option], tuple[Any, ...]]:
        return Option, self._values()

    def validate(self, value: Any, fail: Callable[[str], RuleError], key: str) -> Any:
        if not isinstance(value, self.types) or (
            isinstance(value, bool) and bool not in self.types
        ):
            names = " or ".join(t.__name__ for t in self.types)
            raise fail(f"{key!r} must be {names}")
        if self.choices and value not in self.choices:
            raise fail(f"{key!r} must be one of {', '.join(map(str, self.choices))}")
        below = isinstance(value, int | float) and self.minimum is not None and value < self.minimum
        if below:
            raise fail(f"{key!r} must be at least {self.minimum}")
        return value


@cache
def kind_module(kind: str) -> ModuleType | None:
    if not kind.replace("-", "_").isidentifier():
        return None
    try:
        module = importlib.import_module(f"newslint.checks.{kind.replace('-', '_')}")
    except ModuleNotFoundError as exc:
        if exc.name != f"newslint.checks.{kind.replace('-', '_')}":
            raise
    else:
        # checks/ also holds the kinds' shared helpers (`build`, `lexicon_tuning`): a module
        # that compiles no check is no kind (it ended the run in an AttributeError).
        if hasattr(module, "compile"):
            return module
    return _entry_point_kind(kind)


def _entry_point_kind(kind: str) -> ModuleType | None:
    from importlib.metadata import entry_points

    for point in entry_points(group="newslint.checks"):
        if point.name == kind:
            return point.load()
    return None


def kind_options(kind: str, fail: Callable[[str], RuleError]) -> dict[str, Option]:
    module = kind_module(kind)
    if module is None:
        raise fail(f"unknown kind {kind!r}")
    return dict(getattr(module, "OPTIONS", {}))
