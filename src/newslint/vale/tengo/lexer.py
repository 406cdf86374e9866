"""Tengo source to tokens, with Go's automatic semicolons at line ends."""

from __future__ import annotations

import ast
from dataclasses import dataclass

import regex

from newslint.vale.tengo.values import TengoError

KEYWORDS = frozenset({
    "break", "continue", "else", "for", "func", "error", "immutable", "if", "return", "export",
    "true", "false", "in", "undefined", "import",
})  # fmt: skip
# Operators, longest first so `<<=` is not read as `<` `<=`.
OPERATORS = sorted(
    """... <<= >>= &^= && || ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^
    + - * / % & | ^ < > = ! ( ) [ ] { } , ; : . ?""".split(),
    key=len,
    reverse=True,
)
_TOKEN = regex.compile(
    r"""(?P<space>[ \t\r]+)
    |(?P<newline>\n)
    |(?P<comment>//[^\n]*|/\*.*?\*/)
    |(?P<float>(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)
    |(?P<int>0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|\d+)
    |(?P<ident>[\p{L}_][\p{L}\p{N}_]*)
    |(?P<string>"(?:[^"\\\n]|\\.)*")
    |(?P<raw>`[^`]*`)
    |(?P<char>'(?:[^'\\\n]|\\.[^']*)')
    |(?P<op>"""
    + "|".join(regex.escape(op) for op in OPERATORS)
    + ")",
    regex.VERSION1 | regex.VERBOSE | regex.DOTALL,
)
# A line ending after one of these ends the statement (Go's rule).
_ENDS_STATEMENT = {"ident", "int", "float", "string", "char", ")", "]", "}", "++", "--"}
_ENDING_KEYWORDS = {"break", "continue", "return", "true", "false", "undefined"}


@dataclass(frozen=True)
class Token:
    kind: str  # ident, keyword, int, float, string, char, op text, ";" or "eof"
    value: object
    line: int


def tokens(source: str) -> list[Token]:
    found: list[Token] = []
    line, at = 1, 0
    while at < len(source):
        match = _TOKEN.match(source, at)
        if match is None:
            raise TengoError(f"line {line}: unexpected character {source[at]!r}")
        kind, text = match.lastgroup or "", match.group()
        at = match.end()
        if kind == "newline" or (kind == "comment" and "\n" in text):
            if found and _ends_statement(found[-1]):
                found.append(Token(";", "\n", line))
            line += text.count("\n")
        elif kind not in ("space", "comment"):
            found.append(_token(kind, text, line))
    if found and _ends_statement(found[-1]):
        found.append(Token(";", "\n", line))
    found.append(Token("eof", None, line))
    return found


def _ends_statement(token: Token) -> bool:
    if token.kind == "keyword":
        return token.value in _ENDING_KEYWORDS
    return token.kind in _ENDS_STATEMENT


def _token(kind: str, text: str, line: int) -> Token:
    if kind == "ident":
        return Token("keyword" if text in KEYWORDS else "ident", text, line)
    if kind == "int":
        return Token("int", int(text, 0) if not regex.fullmatch(r"0\d+", text) else int(text, 8), line)  # fmt: skip
    if kind == "float":
        return Token("float", float(text), line)
    if kind == "raw":
        return Token("string", text[1:-1].replace("\r", ""), line)
    if kind in ("string", "char"):
        try:
            value = ast.literal_eval(text)  # Go's escapes are Python's
        except (ValueError, SyntaxError):
            raise TengoError(f"line {line}: bad literal {text}") from None
        if kind == "char" and len(value) != 1:
            raise TengoError(f"line {line}: bad character literal {text}")
        return Token(kind, value, line)
    return Token(text, text, line)
