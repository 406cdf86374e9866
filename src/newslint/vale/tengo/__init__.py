"""A small, safe interpreter for the Tengo scripts of Vale's `script` rules.

Tengo (github.com/d5/tengo) is a Go-like scripting language; Vale runs a rule's script with the
block's text in `scope`, the modules `text`, `fmt` and `math`, and reads the `matches` array it
leaves: maps with `begin` and `end` (UTF-8 byte offsets into `scope`) and an optional `message`.
This package implements the language (values, operators, statements, closures) and those modules;
scripts never reach Python objects, files or the network, and run under a step budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.vale.tengo.builtins import builtin_functions, fmt_module, math_module
from newslint.vale.tengo.interpreter import STEP_BUDGET, Interpreter
from newslint.vale.tengo.parser import Node, parse
from newslint.vale.tengo.text import text_module
from newslint.vale.tengo.values import TengoError, Value

__all__ = ["Match", "TengoError", "compile_script", "run", "run_script"]


@dataclass(frozen=True)
class Match:
    begin: int  # UTF-8 byte offsets into the scope text
    end: int
    message: str | None = None


def compile_script(source: str) -> list[Node]:
    return parse(source)


def run(program: list[Node], variables: dict[str, Value], budget: int = STEP_BUDGET) -> dict[str, Value]:  # fmt: skip
    """Runs a compiled script with the given globals; its globals afterwards."""
    modules = {"text": text_module(), "fmt": fmt_module(), "math": math_module()}
    interpreter = Interpreter(builtin_functions(), modules, budget)
    return interpreter.run(program, variables).names


def run_script(program: list[Node], scope: str) -> list[Match]:
    """Vale's contract: `scope` in, the `matches` array out."""
    # The budget grows with the text, so a script that walks a long document line by line
    # finishes, while one that never ends still stops.
    names = run(program, {"scope": scope}, STEP_BUDGET + 20 * len(scope))
    matches = names.get("matches")
    if not isinstance(matches, (list, tuple)):
        return []
    found = []
    for item in matches:
        if not isinstance(item, dict):
            raise TengoError("each match must be a map with begin and end")
        begin, end, message = item.get("begin"), item.get("end"), item.get("message")
        if not (isinstance(begin, int) and isinstance(end, int)) or isinstance(begin, bool):
            raise TengoError("a match's begin and end must be ints")
        found.append(Match(begin, end, message if isinstance(message, str) else None))
    return found
