"""A rule's `scope:` against a block's scope, with Vale's rules for lists, `~` and `&`.

`scope: [heading.h1, heading.h2]` runs in either; `heading.h2` needs both parts in the block's
scope (`text.heading.h2.md`); `~blockquote` runs everywhere but block quotes (and never on the
sized scopes `raw` and `summary`); `~blockquote & ~heading` needs every part to hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.vale.blocks import Block


@dataclass(frozen=True)
class Selector:
    parts: frozenset[str]
    negated: bool


@dataclass(frozen=True)
class Scope:
    alternatives: tuple[tuple[Selector, ...], ...]

    @classmethod
    def parse(cls, value: object) -> Scope:
        entries = value if isinstance(value, list) else [value if value else "text"]
        alternatives = []
        for entry in entries:
            selectors = []
            for part in str(entry).split("&"):
                part = part.strip()
                negated = part.startswith("~")
                names = frozenset(p.strip() for p in part.lstrip("~").split(".") if p.strip())
                selectors.append(Selector(names, negated))
            alternatives.append(tuple(selectors))
        return cls(tuple(alternatives))

    @property
    def names(self) -> set[str]:
        return {name for option in self.alternatives for s in option for name in s.parts}

    def matches(self, block: Block) -> bool:
        target, parent = set(block.scope), set(block.parent)
        return any(self._all_hold(option, target, parent) for option in self.alternatives)

    @staticmethod
    def _all_hold(option: tuple[Selector, ...], target: set[str], parent: set[str]) -> bool:
        for selector in option:
            if selector.negated:
                if selector.parts <= parent or "raw" in target or "summary" in target:
                    return False
            elif not selector.parts <= target:
                return False
        return True
