"""A relaxed pattern's tail cut to what the gate needs: the places where a match can start.

The gate asks of each relaxed pattern only whether it matches somewhere in a text (or a chunk),
never where a match ends. What a pattern may match after a point where a match is already
certain changes nothing of that: in `P X`, if X can match the empty string, `P X` matches
wherever P does, and `P X{m,n}` wherever `P X{m}` does. The rules' trailing context ("a
sentence of up to 120 more characters": `[^.!?\\n]{0,120}`) becomes, in RE2, a chain of 120
optional states in every copy: a third of the gate's build time and a heavier DFA, for nothing.

`trim_tail` removes, at the end of every branch a match can end on, each item that can match the
empty string, and reduces a repeat counted from m to exactly m (a lone copy then has its own
tail cut the same way). The set of positions where a match starts is exactly the same, so every
text, and every chunk of one, opens exactly the same parts. Anchors (`$`, `^`) and everything
else stay. Syntax it does not read leaves the pattern as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

# A repeat written out: "*", "+", "?", "{m}", "{m,}", "{m,n}", each maybe followed by "?".
_DIGITS = frozenset("0123456789")


class _Unread(Exception):
    """Syntax this module does not read: the pattern is left whole."""


@dataclass
class _Item:
    atom: str  # the atom as written, or a group's opening ("(?:", "(?i:", "(")
    low: int = 1  # the least copies its repeat allows (1: no repeat)
    repeat: str = ""  # the repeat as written
    branches: list[list[_Item]] | None = None  # a group's branches
    nullable_atom: bool = False  # the atom alone may match the empty string anywhere

    def text(self) -> str:
        if self.branches is None:
            return self.atom + self.repeat
        inner = "|".join("".join(item.text() for item in branch) for branch in self.branches)
        return self.atom + inner + ")" + self.repeat

    def nullable(self) -> bool:
        """Whether it matches the empty string at every position (an anchor does not)."""
        if self.low == 0 or self.nullable_atom:
            return True
        if self.branches is None:
            return False
        return any(all(item.nullable() for item in branch) for branch in self.branches)


@dataclass
class _Reader:
    source: str
    at: int = 0
    items: list[_Item] = field(default_factory=list)

    def branches(self) -> list[list[_Item]]:
        """Branches up to an unmatched ')' or the end (the ')' left for the caller)."""
        found: list[list[_Item]] = [[]]
        while self.at < len(self.source) and self.source[self.at] != ")":
            if self.source[self.at] == "|":
                self.at += 1
                found.append([])
                continue
            item = self.atom()
            self.repeat(item)
            found[-1].append(item)
        return found

    def atom(self) -> _Item:
        source, start = self.source, self.at
        char = source[start]
        if char == "(":
            return self.group()
        if char == "[":
            self.at = self.class_end(start)
            return _Item(source[start : self.at])
        if char == "\\":
            self.at = self.escape_end(start)
            return _Item(source[start : self.at])  # an assertion ("\\b") is not nullable either
        if char in "*+?{":
            raise _Unread(f"a repeat with nothing to repeat at {start}")
        self.at += 1
        return _Item(char)  # a literal, ".", or an anchor ("^", "$": not nullable)

    def group(self) -> _Item:
        source, start = self.source, self.at
        if source.startswith("(?", start):
            end = start + 2
            while end < len(source) and (source[end].isalpha() or source[end] == "-"):
                end += 1
            if source.startswith("P<", start + 2):
                end = source.find(">", start) + 1
                if end <= 0:
                    raise _Unread("unterminated group name")
            elif end < len(source) and source[end] == ")":
                self.at = end + 1  # "(?i)": flags for what follows, matching nothing itself
                return _Item(source[start : self.at], nullable_atom=True)
            elif end >= len(source) or source[end] != ":":
                raise _Unread(f"unknown group syntax at {start}")
            else:
                end += 1
        else:
            end = start + 1
        self.at = end
        branches = self.branches()
        if self.at >= len(source):
            raise _Unread("unterminated group")
        self.at += 1
        return _Item(source[start:end], branches=branches)

    def class_end(self, start: int) -> int:
        source = self.source
        at = start + 1
        if source.startswith("^", at):
            at += 1
        if source.startswith("]", at):
            at += 1  # a "]" first is a member
        while at < len(source):
            char = source[at]
            if char == "\\":
                at = self.escape_end(at)
                continue
            if char == "[":
                raise _Unread("a class inside a class")
            if char == "]":
                return at + 1
            at += 1
        raise _Unread("unterminated class")

    def escape_end(self, start: int) -> int:
        source = self.source
        if start + 1 >= len(source):
            raise _Unread("a pattern ending in a backslash")
        char = source[start + 1]
        if char in "xpP" and source.startswith("{", start + 2):
            end = source.find("}", start + 2)
            if end < 0:
                raise _Unread("unterminated escape")
            return end + 1
        if char == "x":
            return start + 4
        if char in "pP":
            return start + 3
        if char == "Q":
            raise _Unread("a quoted run")
        return start + 2

    def repeat(self, item: _Item) -> None:
        source, start = self.source, self.at
        if start >= len(source):
            return
        char = source[start]
        if char in "*?":
            item.low, self.at = 0, start + 1
        elif char == "+":
            item.low, self.at = 1, start + 1
        elif char == "{":
            end = source.find("}", start)
            inner = source[start + 1 : end] if end > 0 else ""
            low, _, high = inner.partition(",")
            if not low or not set(low) <= _DIGITS or not set(high) <= _DIGITS:
                raise _Unread(f"a brace that is no repeat at {start}")  # RE2: a literal
            item.low, self.at = int(low), end + 1
        else:
            return
        if self.at < len(source) and source[self.at] in "?+":
            self.at += 1
        if self.at < len(source) and source[self.at] in "*+?{":
            raise _Unread(f"a repeat repeated at {self.at}")
        item.repeat = source[start : self.at]


def _cut(branch: list[_Item]) -> None:
    """Cut a branch's tail in place (the positions where it can match from stay the same)."""
    while branch:
        last = branch[-1]
        if last.nullable():
            branch.pop()
            continue
        if last.repeat:
            if last.low > 1:
                last.repeat = f"{{{last.low}}}"
                return
            last.repeat = ""  # one copy exactly
        if last.branches is not None:
            for inner in last.branches:
                _cut(inner)
        return


def _rewrite(pattern: str, edit: Callable[[list[_Item]], None]) -> str:
    """`pattern` with `edit` applied to each top-level branch in place; unchanged when this reader
    cannot read it (an RE2 construct it does not know is left to RE2 as written)."""
    try:
        reader = _Reader(pattern)
        branches = reader.branches()
        if reader.at != len(pattern):
            raise _Unread("unbalanced ')'")
    except _Unread:
        return pattern
    for branch in branches:
        edit(branch)
    return "|".join("".join(item.text() for item in branch) for branch in branches)


def trim_tail(pattern: str) -> str:
    """`pattern` (RE2 syntax) matching from exactly the same positions, its tails cut."""
    return _rewrite(pattern, _cut)


def widen_counts(pattern: str, bound: int) -> str:
    """`pattern` (RE2 syntax) with each repeat counted up to `bound` copies or more left open
    ("{0,300}" as "{0,}"): it matches wherever the pattern did, and perhaps more, so a gate that
    reads it still opens every part the pattern opens. RE2 builds one state per counted copy, and
    in a set with other patterns a DFA state for each combination of copies alive: a few such
    runs made most of what the gate spent on its first pass over a clean megabyte."""
    return _rewrite(pattern, partial(_widen, bound=bound))


def _widen(branch: list[_Item], bound: int) -> None:
    for item in branch:
        if item.repeat.startswith("{"):
            close = item.repeat.index("}")
            low, comma, high = item.repeat[1:close].partition(",")
            if comma and high and int(high) >= bound:
                item.repeat = f"{{{low},}}{item.repeat[close + 1 :]}"
        for inner in item.branches or ():
            _widen(inner, bound)
