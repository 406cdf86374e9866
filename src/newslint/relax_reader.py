"""How `newslint.relax` reads a `regex` pattern: the cursor over it, and its escapes and character
classes, each turned into RE2 syntax (`\\w` and its kin as their ASCII members and what they may
match beyond ASCII)."""

from __future__ import annotations

import unicodedata

from newslint.relax_atoms import (
    Unrelaxable,
    admits_newline,
    ascii_members,
    beyond_ascii,
    literal,
)

ANY = "(?s:.*)"
ZERO_WIDTH_ESCAPES = set("bBAZzGK")
CONTROL_ESCAPES = {"n": 0x0A, "t": 0x09, "r": 0x0D, "f": 0x0C, "v": 0x0B, "a": 0x07, "e": 0x1B}


class PatternReader:
    """A cursor over a pattern (`at`), and what its escapes and classes read so far tell: whether a
    match may hold a newline, whether it reads where a line or the text starts or ends."""

    def __init__(self, pattern: str) -> None:
        self.source = pattern
        self.at = 0
        self.newline = False  # may a match contain "\n"?
        self.edge_sensitive = False  # reads past a line end, or where the text starts or ends

    def peek(self, count: int = 1) -> str:
        return self.source[self.at : self.at + count]

    def take(self, count: int = 1) -> str:
        text = self.peek(count)
        if len(text) < count:
            raise Unrelaxable("pattern ends early")
        self.at += count
        return text

    def name_until(self, end: str) -> str:
        """The text up to `end`, which is consumed."""
        stop = self.source.find(end, self.at)
        if stop < 0:
            raise Unrelaxable("unterminated name")
        name = self.source[self.at : stop]
        self.at = stop + 1
        return name

    def escape(self) -> str:
        self.take()
        char = self.take()
        if char in ZERO_WIDTH_ESCAPES:
            self.edge_sensitive |= char in "AZzG"
            return "(?:)"
        if char in "wdsWDSpP":
            escape = "\\" + char + (self.property_name() if char in "pP" else "")
            atom = "[" + ascii_members(escape) + beyond_ascii(escape) + "]"
            self.newline |= admits_newline(atom)
            return atom
        if char.isdigit() or char == "g":
            if char == "g":
                self.name_until(">")
            self.newline = True
            return ANY
        code = self.code_point(char)
        if code is not None:
            self.newline |= code == 0x0A
            return literal(chr(code))
        if char.isalnum():
            raise Unrelaxable(f"unknown escape \\{char}")
        if char == "\n":
            self.newline = True
        return literal(char)

    def code_point(self, char: str) -> int | None:
        if char in CONTROL_ESCAPES:
            return CONTROL_ESCAPES[char]
        if char == "x" and self.peek() == "{":
            return int(self.name_until("}")[1:], 16)
        digits = {"x": 2, "u": 4, "U": 8}.get(char)
        if digits:
            return int(self.take(digits), 16)
        if char == "N" and self.peek() == "{":
            self.take()
            try:
                return ord(unicodedata.lookup(self.name_until("}")))
            except KeyError as exc:
                raise Unrelaxable(str(exc)) from None
        return None

    def property_name(self) -> str:
        """The `{Name}` (or one letter) after `\\p`, as written."""
        if self.peek() == "{":
            self.take()
            return "{" + self.name_until("}") + "}"
        return self.take()

    def char_class(self) -> str:
        self.take()
        negated = self.peek() == "^"
        if negated:
            self.take()
        parts: list[str] = []
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                break
            first = False
            if char == "[":
                raise Unrelaxable("nested set in a class")
            if char in "-&|~" and self.peek() == char:
                raise Unrelaxable("set operation in a class")
            if char == "-":
                parts.append("-")  # a range, or a literal at either end: the same in RE2
            elif char == "\\":
                parts.append(self.class_escape(negated))
            else:
                parts.append(literal(char))
        body = "".join(parts)
        atom = ("[^" if negated else "[") + (body or r"\x{0}") + "]"
        self.newline |= admits_newline(atom)
        return atom

    def class_escape(self, negated: bool) -> str:
        """One escape inside a class, in RE2 syntax."""
        char = self.take()
        if char in "wdsWDSpP":
            # Its ASCII members exactly; beyond ASCII `beyond_ascii` in a class, nothing in a
            # negated one (so the negation too only grows).
            escape = "\\" + char + (self.property_name() if char in "pP" else "")
            return ascii_members(escape) + ("" if negated else beyond_ascii(escape))
        code = self.code_point(char)
        if code is not None:
            return literal(chr(code))
        if char == "b":
            return r"\x{8}"
        if char.isalnum():
            raise Unrelaxable(f"unknown escape \\{char} in a class")
        return literal(char)
