"""Vale's kinds that count or compare: occurrence, repetition, consistency, conditional."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.vale.kinds import Base, Hit, KindError, strings, vale_message


class Occurrence(Base):
    """Too many (`max`) or too few (`min`) matches of `token` in one block."""

    def prepare(self) -> None:
        self.pattern = self.compile(f"(?:{self.data.get('token', '')})")
        self.high = int(self.data.get("max") or 0)
        self.low = int(self.data.get("min") or 0)

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        found = list(self.matches(self.pattern, text))
        count = len(found)
        if not ((self.high > 0 and count > self.high) or (self.low > 0 and count < self.low)):
            return
        message = vale_message(self.message, str(count))
        if count == 0:
            yield Hit(0, 0, message)
            return
        for match in found:
            if match.group().strip() and not _looks_like_code(match.group()):
                yield Hit(match.start(), match.end(), message)
                return


def _looks_like_code(text: str) -> bool:
    """Inline code, as written or as the `*`s a block's text shows for it."""
    return bool(regex.fullmatch(r"\s*(?:`[^`]*`|\*+)\s*", text))


class Repetition(Base):
    """A token written twice in a row (`the the`)."""

    def prepare(self) -> None:
        self.pattern = self.compile("(" + "|".join(strings(self.data.get("tokens"))) + ")")
        self.most = int(self.data.get("max") or 0)

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        previous: Any = None
        count = 0
        for match in self.matches(self.pattern, text):
            current = match.group().strip()
            earlier = previous.group().strip() if previous is not None else ""
            same = current.lower() == earlier.lower() if self.ignorecase else current == earlier
            hit = same and current != "" and (not self.data.get("alpha") or current.isalpha())
            count += hit
            if hit and count > self.most:
                span = text[previous.start() : match.end()]
                if "\n" not in span and not self.excused(span):
                    # Deleting the second word is a fix only when nothing but space lies between.
                    gap = text[previous.end() : match.start()]
                    fix = previous.group() if not gap.strip() else None
                    yield Hit(previous.start(), match.end(), vale_message(self.message, current),
                              fix, (fix,) if fix else (), safe=False)  # fmt: skip
                    count = 0
            previous = match


class Consistency(Base):
    """Both variants of a pair in one file: each block that uses one, once both were seen."""

    def prepare(self) -> None:
        either = self.data.get("either")
        if not isinstance(either, dict) or not either:
            raise KindError("a consistency rule needs an 'either' map")
        word = not self.data.get("nonword")
        self.steps = []
        for index, (first, second) in enumerate(either.items()):
            body = f"(?P<a{index}>{first})|(?P<b{index}>{second})"
            self.steps.append((index, self.compile(self.bounded(body, word))))

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        variants = seen.setdefault("variants", set())
        for index, pattern in self.steps:
            found = list(self.matches(pattern, text))
            for match in found:
                variants.add(("a" if match.group(f"a{index}") is not None else "b", index))
            if found and {("a", index), ("b", index)} <= variants:
                last = found[-1]
                yield Hit(last.start(), last.end(), vale_message(self.message, last.group()))


class Conditional(Base):
    """`first` needs `second` somewhere before it (an acronym its definition); every capture
    group of `second` defines a term."""

    def prepare(self) -> None:
        self.first = self.compile(str(self.data.get("first", "")), ignorecase=False)
        self.second = self.compile(str(self.data.get("second", "")), ignorecase=False)

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        defined = seen.setdefault("defined", set())
        for match in self.matches(self.second, text):
            defined.update(group for group in match.groups() if group)
        for match in self.matches(self.first, text):
            term = match.group()
            if term not in defined and not self.excused(term):
                yield Hit(match.start(), match.end(), vale_message(self.message, term))
