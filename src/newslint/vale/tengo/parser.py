"""Tengo tokens to a syntax tree of tuples: `(kind, ...)`.

Statements: define, assign (with its operator), incdec, expr, if, for, forin, block, break,
continue, return, export. Expressions: literals, ident, unary, binary, cond (`a ? b : c`), call,
index, slice, select, array, map, func, import, error, immutable. A map literal may not open a
control clause (`for x in m {`), as in Go.
"""

from __future__ import annotations

from typing import Any

from newslint.vale.tengo.lexer import Token, tokens
from newslint.vale.tengo.values import TengoError

Node = tuple[Any, ...]

BINARY = {
    "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
    "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}  # fmt: skip
ASSIGNING = {"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="}


def parse(source: str) -> list[Node]:
    return Parser(tokens(source)).program()


class Parser:
    def __init__(self, found: list[Token]):
        self.found = found
        self.at = 0
        self.in_clause = False  # a `{` there opens the body, not a map

    # -- tokens --
    @property
    def token(self) -> Token:
        return self.found[self.at]

    def peek(self, *kinds: str) -> bool:
        token = self.token
        return token.kind in kinds or (token.kind == "keyword" and token.value in kinds)

    def take(self, *kinds: str) -> Token:
        if not self.peek(*kinds):
            shown = self.token.value if self.token.kind != "eof" else "end of script"
            raise TengoError(f"line {self.token.line}: expected {' or '.join(kinds)}, found {shown!r}")  # fmt: skip
        token = self.token
        self.at += 1
        return token

    def skip(self, *kinds: str) -> bool:
        if self.peek(*kinds):
            self.at += 1
            return True
        return False

    # -- statements --
    def program(self) -> list[Node]:
        body = []
        while not self.peek("eof"):
            if not self.skip(";"):
                body.append(self.statement())
                if not self.peek("eof", "}"):
                    self.take(";")
        return body

    def block(self) -> list[Node]:
        self.take("{")
        saved, self.in_clause = self.in_clause, False
        body = []
        while not self.peek("}"):
            if not self.skip(";"):
                body.append(self.statement())
                if not self.peek("}"):
                    self.take(";")
        self.take("}")
        self.in_clause = saved
        return body

    def statement(self) -> Node:
        line = self.token.line
        if self.skip("if"):
            return self.if_statement()
        if self.skip("for"):
            return self.for_statement()
        if self.peek("{"):
            return ("block", self.block())
        if self.skip("break"):
            return ("break",)
        if self.skip("continue"):
            return ("continue",)
        for keyword in ("return", "export"):
            if self.skip(keyword):
                value = None if self.peek(";", "}") else self.expression()
                return (keyword, value, line)
        return self.simple()

    def simple(self) -> Node:
        line = self.token.line
        target = self.expression()
        if self.skip(":="):
            if target[0] != "ident":
                raise TengoError(f"line {line}: cannot define {target[0]}")
            return ("define", target[1], self.expression(), line)
        if self.peek(*ASSIGNING):
            operator = self.take(*ASSIGNING).kind
            return ("assign", operator, target, self.expression(), line)
        if self.peek("++", "--"):
            return ("incdec", self.take("++", "--").kind, target, line)
        return ("expr", target, line)

    def if_statement(self) -> Node:
        saved, self.in_clause = self.in_clause, True
        init, condition = None, self.simple()
        if self.skip(";"):
            init, condition = condition, self.simple()
        self.in_clause = saved
        if condition[0] != "expr":
            raise TengoError("if needs a condition")
        body = self.block()
        orelse: list[Node] = []
        if self.skip("else"):
            orelse = [self.statement()] if self.peek("if") else self.block()
        return ("if", init, condition[1], body, orelse)

    def for_statement(self) -> Node:
        saved, self.in_clause = self.in_clause, True
        try:
            if self.peek("{"):
                return ("for", None, None, None, self._body(saved))
            if self.peek("ident") and self.found[self.at + 1].kind in (",", "keyword"):
                names = [self.take("ident").value]
                if self.skip(","):
                    names.append(self.take("ident").value)
                self.take("in")
                iterable = self.expression()
                key, value = (names[0], names[1]) if len(names) == 2 else ("_", names[0])
                return ("forin", key, value, iterable, self._body(saved))
            first = None if self.peek(";") else self.simple()
            if not self.skip(";"):
                if first is None or first[0] != "expr":
                    raise TengoError("for needs a condition")
                return ("for", None, first[1], None, self._body(saved))
            condition = None if self.peek(";") else self.expression()
            self.take(";")
            post = None if self.peek("{") else self.simple()
            return ("for", first, condition, post, self._body(saved))
        finally:
            self.in_clause = saved

    def _body(self, saved: bool) -> list[Node]:
        self.in_clause = saved
        return self.block()

    # -- expressions --
    def expression(self) -> Node:
        condition = self.binary(1)
        if self.skip("?"):
            yes = self.expression()
            self.take(":")
            return ("cond", condition, yes, self.expression())
        return condition

    def binary(self, level: int) -> Node:
        left = self.unary()
        while self.token.kind in BINARY and BINARY[self.token.kind] >= level:
            operator = self.take(self.token.kind).kind
            left = ("binary", operator, left, self.binary(BINARY[operator] + 1))
        return left

    def unary(self) -> Node:
        if self.peek("-", "+", "!", "^"):
            return ("unary", self.take("-", "+", "!", "^").kind, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node: Node) -> Node:
        while True:
            if self.skip("."):
                node = ("select", node, self.take("ident", "keyword").value)
            elif self.peek("("):
                node = self.call(node)
            elif self.skip("["):
                node = self.index(node)
            else:
                return node

    def call(self, function: Node) -> Node:
        self.take("(")
        args, spread = self.listed(")")
        return ("call", function, args, spread)

    def index(self, node: Node) -> Node:
        saved, self.in_clause = self.in_clause, False
        low = None if self.peek(":") else self.expression()
        if self.skip(":"):
            high = None if self.peek("]") else self.expression()
            node = ("slice", node, low, high)
        elif low is None:
            raise TengoError(f"line {self.token.line}: empty index")
        else:
            node = ("index", node, low)
        self.take("]")
        self.in_clause = saved
        return node

    def listed(self, closing: str) -> tuple[list[Node], bool]:
        saved, self.in_clause = self.in_clause, False
        items, spread = [], False
        while not self.peek(closing):
            items.append(self.expression())
            if self.skip("..."):
                spread = True
            if not self.skip(","):
                break
            self.skip(";")
        self.skip(";")
        self.take(closing)
        self.in_clause = saved
        return items, spread

    def primary(self) -> Node:
        token = self.token
        if token.kind in ("int", "float", "string", "char"):
            self.at += 1
            return (token.kind, token.value)
        if token.kind == "ident":
            self.at += 1
            return ("ident", token.value)
        if self.skip("("):
            saved, self.in_clause = self.in_clause, False
            inner = self.expression()
            self.take(")")
            self.in_clause = saved
            return inner
        if self.skip("["):
            return ("array", self.listed("]")[0])
        if self.peek("{") and not self.in_clause:
            return self.map_literal()
        for constant, value in (("true", True), ("false", False), ("undefined", None)):
            if self.skip(constant):
                return ("const", value)
        if self.skip("func"):
            return self.function()
        for wrapper in ("import", "error", "immutable"):
            if self.skip(wrapper):
                self.take("(")
                inner = self.expression()
                self.take(")")
                return (wrapper, inner)
        shown = token.value if token.kind != "eof" else "end of script"
        raise TengoError(f"line {token.line}: unexpected {shown!r}")

    def map_literal(self) -> Node:
        self.take("{")
        saved, self.in_clause = self.in_clause, False
        entries = []
        while not self.skip("}"):
            key = self.take("ident", "string", "keyword").value
            self.take(":")
            entries.append((key, self.expression()))
            if not self.skip(","):
                self.skip(";")
                self.take("}")
                break
            self.skip(";")
        self.in_clause = saved
        return ("map", entries)

    def function(self) -> Node:
        self.take("(")
        params, variadic = [], False
        while not self.peek(")"):
            if self.skip("..."):
                variadic = True
            params.append(self.take("ident").value)
            if not self.skip(","):
                break
        self.take(")")
        return ("func", params, variadic, self.block())
