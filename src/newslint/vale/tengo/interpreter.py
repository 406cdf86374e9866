"""Runs a parsed Tengo script: scopes, operators, calls, with a budget of steps.

Nothing in a script reaches Python: names resolve only to the script's own variables, the
builtins and the modules `text`, `fmt` and `math` (the ones Vale allows); there is no attribute
access to Python objects, no file or network access, and loops and calls share a step budget,
so a runaway script stops with an error instead of hanging the lint.
"""

from __future__ import annotations

from newslint.vale.tengo.operators import binary
from newslint.vale.tengo.parser import Node
from newslint.vale.tengo.values import (
    Builtin,
    Char,
    Closure,
    ErrorValue,
    FrozenMap,
    TengoError,
    Value,
    byte_length,
    byte_slice,
    is_falsy,
    type_name,
)

STEP_BUDGET = 2_000_000
DEPTH_LIMIT = 200


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Return(Exception):
    def __init__(self, value: Value):
        self.value = value


class Scope:
    def __init__(self, parent: Scope | None = None):
        self.names: dict[str, Value] = {}
        self.parent = parent

    def find(self, name: str) -> Scope | None:
        scope: Scope | None = self
        while scope is not None and name not in scope.names:
            scope = scope.parent
        return scope


class Interpreter:
    def __init__(self, builtins: dict[str, Value], modules: dict[str, Value],
                 budget: int = STEP_BUDGET):  # fmt: skip
        self.globals = Scope(Scope())
        assert self.globals.parent is not None
        self.globals.parent.names.update(builtins)
        self.modules = modules
        self.budget = budget
        self.depth = 0

    def run(self, program: list[Node], variables: dict[str, Value]) -> Scope:
        self.globals.names.update(variables)
        try:
            self.statements(program, self.globals)
        except _Return:
            pass  # `return` in the main module ends it
        except (_Break, _Continue):
            raise TengoError("break or continue outside a loop") from None
        except RecursionError:
            raise TengoError("the script nests too deeply") from None
        return self.globals

    def tick(self) -> None:
        self.budget -= 1
        if self.budget < 0:
            raise TengoError("the script ran too long (step budget exhausted)")

    # -- statements --
    def statements(self, body: list[Node], scope: Scope) -> None:
        for node in body:
            self.statement(node, scope)

    def statement(self, node: Node, scope: Scope) -> None:
        self.tick()
        kind = node[0]
        if kind == "expr":
            self.value(node[1], scope)
        elif kind == "define":
            if node[1] in scope.names:
                raise TengoError(f"line {node[3]}: '{node[1]}' redeclared in this block")
            scope.names[node[1]] = self.value(node[2], scope)
        elif kind == "assign":
            self.assign(node, scope)
        elif kind == "incdec":
            step = ("binary", "+" if node[1] == "++" else "-", node[2], ("int", 1))
            self.store(node[2], self.value(step, scope), scope, node[3])
        elif kind == "if":
            self.if_statement(node, Scope(scope))
        elif kind == "for":
            self.for_loop(node, Scope(scope))
        elif kind == "forin":
            self.for_in(node, scope)
        elif kind == "block":
            self.statements(node[1], Scope(scope))
        elif kind == "break":
            raise _Break
        elif kind == "continue":
            raise _Continue
        elif kind == "return":
            raise _Return(self.value(node[1], scope) if node[1] is not None else None)
        elif kind == "export":
            pass  # ignored in the main module, as Tengo does
        else:
            raise TengoError(f"unknown statement {kind}")

    def assign(self, node: Node, scope: Scope) -> None:
        _, op, target, expression, line = node
        value = self.value(expression, scope)
        if op != "=":
            value = self.binary(op[:-1], self.value(target, scope), value)
        self.store(target, value, scope, line)

    def store(self, target: Node, value: Value, scope: Scope, line: int) -> None:
        if target[0] == "ident":
            owner = scope.find(target[1])
            if owner is None or owner is self.globals.parent:
                raise TengoError(f"line {line}: unresolved reference '{target[1]}'")
            owner.names[target[1]] = value
            return
        if target[0] not in ("index", "select"):
            raise TengoError(f"line {line}: cannot assign to {target[0]}")
        container = self.value(target[1], scope)
        key = self.value(target[2], scope) if target[0] == "index" else target[2]
        if isinstance(container, list) and isinstance(key, int) and not isinstance(key, bool):
            if not 0 <= key < len(container):
                raise TengoError(f"line {line}: index out of bounds")
            container[key] = value
        elif isinstance(container, dict) and not isinstance(container, FrozenMap):
            if not isinstance(key, str):
                raise TengoError(f"line {line}: a map key must be a string")
            container[key] = value
        else:
            raise TengoError(f"line {line}: cannot assign into {type_name(container)}")

    def if_statement(self, node: Node, scope: Scope) -> None:
        _, init, condition, body, orelse = node
        if init is not None:
            self.statement(init, scope)
        if not is_falsy(self.value(condition, scope)):
            self.statements(body, Scope(scope))
        else:
            self.statements(orelse, Scope(scope))

    def for_loop(self, node: Node, scope: Scope) -> None:
        _, init, condition, post, body = node
        if init is not None:
            self.statement(init, scope)
        while condition is None or not is_falsy(self.value(condition, scope)):
            if self._iteration(body, Scope(scope)):
                break
            if post is not None:
                self.statement(post, scope)

    def for_in(self, node: Node, scope: Scope) -> None:
        _, key_name, value_name, iterable, body = node
        for key, value in _pairs(self.value(iterable, scope)):
            inner = Scope(scope)
            for name, item in ((key_name, key), (value_name, value)):
                if name != "_":
                    inner.names[name] = item
            if self._iteration(body, inner):
                break

    def _iteration(self, body: list[Node], scope: Scope) -> bool:
        """Runs a loop body once; True when it breaks."""
        self.tick()
        try:
            self.statements(body, scope)
        except _Break:
            return True
        except _Continue:
            pass
        return False

    # -- expressions --
    def value(self, node: Node, scope: Scope) -> Value:
        kind = node[0]
        if kind in ("int", "float", "string", "const"):
            return node[1]
        if kind == "char":
            return Char(node[1])
        if kind == "ident":
            owner = scope.find(node[1])
            if owner is None:
                raise TengoError(f"unresolved reference '{node[1]}'")
            return owner.names[node[1]]
        if kind == "binary":
            return self.logical_or_binary(node, scope)
        if kind == "unary":
            return _unary(node[1], self.value(node[2], scope))
        if kind == "cond":
            chosen = node[2] if not is_falsy(self.value(node[1], scope)) else node[3]
            return self.value(chosen, scope)
        if kind == "array":
            return [self.value(item, scope) for item in node[1]]
        if kind == "map":
            return {key: self.value(item, scope) for key, item in node[1]}
        if kind == "func":
            return Closure(node[1], node[2], node[3], scope)
        if kind == "call":
            return self.call(node, scope)
        if kind in ("index", "select"):
            container = self.value(node[1], scope)
            key = self.value(node[2], scope) if kind == "index" else node[2]
            return _index(container, key)
        if kind == "slice":
            return self.slice(node, scope)
        if kind == "import":
            name = self.value(node[1], scope)
            if name not in self.modules:
                raise TengoError(f"module '{name}' is not available")
            return self.modules[name]
        if kind == "error":
            return ErrorValue(self.value(node[1], scope))
        if kind == "immutable":
            inner = self.value(node[1], scope)
            if isinstance(inner, list):
                return tuple(inner)
            return FrozenMap(inner) if isinstance(inner, dict) else inner
        raise TengoError(f"unknown expression {kind}")

    def logical_or_binary(self, node: Node, scope: Scope) -> Value:
        _, op, left_node, right_node = node
        left = self.value(left_node, scope)
        if op == "&&":
            return self.value(right_node, scope) if not is_falsy(left) else left
        if op == "||":
            return left if not is_falsy(left) else self.value(right_node, scope)
        return self.binary(op, left, self.value(right_node, scope))

    def binary(self, op: str, left: Value, right: Value) -> Value:
        return binary(op, left, right)

    def slice(self, node: Node, scope: Scope) -> Value:
        container = self.value(node[1], scope)
        if not isinstance(container, (str, list, tuple, bytes)):
            raise TengoError(f"cannot slice {type_name(container)}")
        size = byte_length(container) if isinstance(container, str) else len(container)
        low = self.value(node[2], scope) if node[2] is not None else 0
        high = self.value(node[3], scope) if node[3] is not None else size
        if not (_is_int(low) and _is_int(high)) or low > high:
            raise TengoError(f"invalid slice [{low}:{high}] of {type_name(container)}")
        low, high = min(max(low, 0), size), min(max(high, 0), size)  # Tengo clamps, Go would not
        if isinstance(container, str):
            return byte_slice(container, low, high)
        if isinstance(container, bytes):
            return container[low:high]
        return list(container[low:high])

    def call(self, node: Node, scope: Scope) -> Value:
        _, function_node, arg_nodes, spread = node
        function = self.value(function_node, scope)
        args = [self.value(arg, scope) for arg in arg_nodes]
        if spread:
            if not args or not isinstance(args[-1], (list, tuple)):
                raise TengoError("... needs an array")
            args = args[:-1] + list(args[-1])
        return self.invoke(function, args)

    def invoke(self, function: Value, args: list[Value]) -> Value:
        self.tick()
        if isinstance(function, Builtin):
            try:
                return function.function(*args)
            except TengoError:
                raise
            except (TypeError, ValueError, OverflowError, ArithmeticError, LookupError) as exc:
                raise TengoError(f"{function.name}: {exc}") from None
        if not isinstance(function, Closure):
            raise TengoError(f"not callable: {type_name(function)}")
        fixed = len(function.params) - (1 if function.variadic else 0)
        if len(args) != fixed and not (function.variadic and len(args) >= fixed):
            raise TengoError(f"wrong number of arguments: want={fixed}, got={len(args)}")
        local = Scope(function.scope)
        local.names.update(zip(function.params[:fixed], args[:fixed], strict=True))
        if function.variadic:
            local.names[function.params[-1]] = list(args[fixed:])
        self.depth += 1
        if self.depth > DEPTH_LIMIT:
            raise TengoError("the script nests too deeply")
        try:
            self.statements(function.body, local)
        except _Return as returned:
            return returned.value
        finally:
            self.depth -= 1
        return None


def _pairs(iterable: Value) -> list[tuple[Value, Value]]:
    if iterable is None:
        return []
    if isinstance(iterable, (list, tuple)):
        return list(enumerate(iterable))
    if isinstance(iterable, dict):
        return list(iterable.items())
    if isinstance(iterable, str):
        pairs, at = [], 0
        for character in iterable:  # byte offset and character, as Go ranges over a string
            pairs.append((at, Char(character)))
            at += byte_length(character)
        return pairs
    if isinstance(iterable, bytes):
        return list(enumerate(iterable))
    raise TengoError(f"cannot iterate over {type_name(iterable)}")


def _index(container: Value, key: Value) -> Value:
    if isinstance(container, dict):
        return container.get(key) if isinstance(key, str) else None
    if isinstance(container, ErrorValue):
        return container.value if key == "value" else None
    if isinstance(key, bool) or not isinstance(key, int):
        if container is None:
            return None
        raise TengoError(f"invalid index type {type_name(key)} for {type_name(container)}")
    if isinstance(container, str):
        runes = list(container)
        return Char(runes[key]) if 0 <= key < len(runes) else None
    if isinstance(container, (list, tuple, bytes)):
        return container[key] if 0 <= key < len(container) else None
    if container is None:
        return None
    raise TengoError(f"cannot index {type_name(container)}")


def _unary(op: str, value: Value) -> Value:
    if op == "!":
        return is_falsy(value)
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    if op == "-" and numeric:
        return -value
    if op == "+" and numeric:
        return value
    if op == "^" and isinstance(value, int) and not isinstance(value, bool):
        return ~value
    raise TengoError(f"invalid operation: {op}{type_name(value)}")


def _is_int(value: Value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
