"""Compiled regular expressions kept across runs.

The `regex` module parses a pattern in Python: compiling the built-in rules and newslint's own
patterns costs more CPU than linting an article does. A compiled pattern pickles as the arguments
of regex's C constructor (its code, groups and named lists), so calling it with them skips the
parser and yields the same pattern (pickling is regex's own, public way to store one). The store
keeps those arguments themselves, read back with `marshal`, and calls the constructor pickling
names: going through `pickle` cost twice what the constructor does.

`compile_pattern` looks a pattern up in a store read once per process from the user's cache
directory, and compiles what is missing; the store is written back (atomically, merged with what
other processes wrote meanwhile) when the process ends. The file is keyed by the regex and Python
versions, so an upgrade starts a new one. A damaged, foreign or unreadable file only costs the
compiling; a read-only cache directory only means nothing is kept.

The store is per process, like regex's own cache: it decides nothing (a stored pattern is the
pattern its source compiles to), so it needs no owner.
"""

from __future__ import annotations

import atexit
import copyreg
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex
from regex import _regex

from newslint.cache_dir import cache_dir, private_bytes

FORMAT = 2
# What unpickling a pattern calls (regex's registered reduction names it, `_regex.compile`).
CONSTRUCTOR: Callable[..., regex.Pattern[str]] = _regex.compile  # type: ignore[attr-defined]
# More distinct patterns than this (user packs and Vale styles come and go) and the file keeps
# only what the process that writes it used.
LIMIT = 4000

Key = tuple[str, int]
Arguments = tuple[Any, ...]


class PatternStore:
    """Compiled patterns by (source, flags), read from `path` on first use."""

    def __init__(self, path: Path | None):
        self.path = path
        self._stored: dict[Key, Arguments] | None = None
        self._used: dict[Key, Arguments] = {}
        # One object per pattern in a process, as regex's own cache gives.
        self._compiled: dict[Key, regex.Pattern[str]] = {}
        self._new = 0
        self._registered = False

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        key = (str(pattern), int(flags))  # plain types: marshal refuses a RegexFlag
        found = self._compiled.get(key)
        if found is not None:
            return found
        stored = self._entries().get(key)
        found = _constructed(stored, pattern) if stored is not None else None
        if found is None or stored is None:
            found = regex.compile(pattern, flags)
            stored = _arguments(found)
            if stored is None:
                self._compiled[key] = found
                return found
            self._new += 1
            if not self._registered and self.path is not None:
                self._registered = True
                atexit.register(self.save)
        self._used[key] = stored
        self._compiled[key] = found
        return found

    def save(self) -> None:
        """Write the patterns compiled here, with those already stored; never raises."""
        if not self._new or self.path is None:
            return
        entries = {**_read(self.path), **self._used}
        if len(entries) > LIMIT:
            entries = dict(self._used)
        from newslint.wordtable import store_table

        store_table(self.path, marshal.dumps((FORMAT, entries)))
        self._new = 0

    def _entries(self) -> dict[Key, Arguments]:
        if self._stored is None:
            self._stored = _read(self.path) if self.path is not None else {}
        return self._stored


def _read(path: Path) -> dict[Key, Arguments]:
    data = private_bytes(path)  # its entries are what a C constructor is called with
    if data is None:
        return {}
    try:
        version, entries = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    return entries if version == FORMAT and isinstance(entries, dict) else {}


def _arguments(pattern: regex.Pattern[str]) -> Arguments | None:
    """What unpickling `pattern` would call the constructor with, if marshal can store it."""
    reduce = copyreg.dispatch_table.get(type(pattern))
    if reduce is None:
        return None
    reduced: Any = reduce(pattern)
    constructor, arguments = reduced
    if constructor is not CONSTRUCTOR:
        return None
    try:
        marshal.dumps(arguments)
    except ValueError:
        return None
    return tuple(arguments)


def _constructed(stored: object, pattern: str) -> regex.Pattern[str] | None:
    try:
        found = CONSTRUCTOR(*stored)  # type: ignore[misc]
    except Exception:  # a damaged entry is compiled again
        return None
    if isinstance(found, regex.Pattern) and found.pattern == pattern:
        return found
    return None


def store_path() -> Path | None:
    try:
        folder = cache_dir()
    except RuntimeError:  # no home directory to hold a cache
        return None
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return folder / f"regex-{regex.__version__}-py{python}-f{FORMAT}.bin"


_STORE: PatternStore | None = None


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, read back from the store when it holds the pattern."""
    global _STORE
    if _STORE is None:
        _STORE = PatternStore(store_path())
    return _STORE.compile(pattern, flags)
