"""Value classes written out: equality, hash, repr and immutability as `dataclasses` gives them.

A `@dataclass` writes its methods as source text and compiles each when its module is imported:
0.3-1.6 ms a class, paid by every run (43 of them on the path of a one-article `check`, about a
tenth of its CPU). The classes every run builds (findings, spans, options, the policy) derive
from these instead: their `__init__` is written in the class, the rest is shared here and reads
the field names the class lists in `FIELDS`.
"""

from __future__ import annotations

from typing import Any, ClassVar


class FrozenError(AttributeError):
    """Assigning to a field of a frozen value (what `dataclasses.FrozenInstanceError` says)."""


class Value:
    """Equal to another value of the same class whose `FIELDS` are equal; no hash (a mutable
    value, like a dataclass with `eq` and not `frozen`); repr lists `FIELDS` but `HIDDEN`."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    HIDDEN: ClassVar[tuple[str, ...]] = ()  # kept out of the repr (dataclass `repr=False`)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = (
            f"{name}={getattr(self, name)!r}" for name in self.FIELDS if name not in self.HIDDEN
        )
        return f"{type(self).__qualname__}({', '.join(shown)})"

    def replaced(self, **changes: Any) -> Any:
        """A copy with some fields changed (what `dataclasses.replace` gives): the class is
        called with every field by name, so its `__init__` takes each of `FIELDS`."""
        values = dict(zip(self.FIELDS, self._values(), strict=True))
        values.update(changes)
        return type(self)(**values)


class FrozenValue(Value):
    """A `Value` whose fields are set once, by `__init__` (through `object.__setattr__`), and
    that hashes by them."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"cannot delete field {name!r}")
