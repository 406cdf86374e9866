"""Dataclasses' generated methods, compiled once and kept across runs of the command.

`dataclasses` writes each class's `__init__`, `__repr__`, `__eq__` ... as source text and compiles
that text as the class is created: a one-article check creates some forty dataclasses and spent
27-33 ms (a ninth of its CPU) in those 207 compiles. The text alone decides the code (what
`exec(text)` compiles, with the compiler flags of the frame that calls it), so the command keeps
the code objects, marshalled, in the user's cache, keyed by the interpreter's bytecode magic
number, and dataclasses then run the stored code: the same functions, without the compiling.

Installed by the command's entry point only (`install`), a process newslint owns: a library
import must not change how its host's dataclasses are built. The store decides nothing (a stored
code object is what compiling its text gives), and only an entry nobody else could have written
is read (as for the other caches: code from it runs).
"""

from __future__ import annotations
import __future__

import builtins
import marshal
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

# The compiler flags `exec` passes on from its caller's code: its __future__ features (the
# interpreter's PyCF_MASK; not nested_scopes, whose flag is every nested function's CO_NESTED).
_FUTURE_FLAGS = 0
for _feature in (
    "division", "absolute_import", "with_statement", "print_function", "unicode_literals",
    "barry_as_FLUFL", "generator_stop", "annotations",
):  # fmt: skip
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag
# More texts than this (other programs' dataclasses do not come here, so only newslint's own
# versions add up) and the file keeps only what the process that writes it used.
LIMIT = 2000

Key = tuple[str, int]


class CodeStore:
    """Code objects by (source text, compiler flags), read from `path` on first use."""

    def __init__(self, path: Path | None):
        self.path = path
        self._stored: dict[Key, CodeType] | None = None
        self._used: dict[Key, CodeType] = {}
        self._new = 0

    def code(self, source: str, flags: int) -> CodeType:
        key = (source, flags)
        found = self._used.get(key)
        if found is None:
            found = self._contents().get(key)
            if found is None:
                found = compile(source, "<string>", "exec", flags=flags, dont_inherit=True)
                self._new += 1
            self._used[key] = found
        return found

    def save(self) -> None:
        """Write what was compiled here, with what is already stored; never raises."""
        if not self._new or self.path is None:
            return
        entries = {**_read(self.path), **self._used}
        if len(entries) > LIMIT:
            entries = dict(self._used)
        from newslint.cache_dir import evict_others
        from newslint.wordtable import store_table

        if store_table(self.path, marshal.dumps(entries)):
            evict_others(self.path)
        self._new = 0

    def _contents(self) -> dict[Key, CodeType]:
        if self._stored is None:
            self._stored = _read(self.path) if self.path is not None else {}
        return self._stored


def _read(path: Path) -> dict[Key, CodeType]:
    from newslint.cache_dir import private_bytes

    data = private_bytes(path)  # its entries are code that runs
    if data is None:
        return {}
    try:
        entries = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {
        key: code
        for key, code in entries.items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(code, CodeType)
    }


def store_path() -> Path | None:
    from newslint.cache_dir import cache_dir, keyed_entry

    try:
        folder = cache_dir()
    except RuntimeError:  # no home directory to hold a cache
        return None
    return keyed_entry(folder, "dataclass-code", f"{MAGIC_NUMBER.hex()}.bin")


def install() -> None:
    """From now on, dataclasses in this process run stored code for the texts they compile."""
    import atexit
    import dataclasses

    if isinstance(vars(dataclasses).get("exec"), _Exec):
        return
    store = CodeStore(store_path())
    vars(dataclasses)["exec"] = _Exec(store)  # the module's calls of `exec` find it first
    atexit.register(store.save)


class _Exec:
    """`exec` as `dataclasses` calls it (a source text, globals, a namespace), with the text's
    code from the store; anything else goes to the built-in as it is."""

    def __init__(self, store: CodeStore):
        self.store = store

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if not isinstance(source, str):
            builtins.exec(source, globals, locals)
            return
        caller = sys._getframe(1)
        code = self.store.code(source, caller.f_code.co_flags & _FUTURE_FLAGS)
        if globals is None:  # as the built-in: the caller's namespaces
            globals = caller.f_globals
            locals = caller.f_locals if locals is None else locals
        builtins.exec(code, globals, locals)
