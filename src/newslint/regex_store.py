"""Compiled regular expressions kept across runs.

The `regex` module parses a pattern in Python: compiling the built-in rules and newslint's own
patterns costs more CPU than linting an article does. A compiled pattern pickles as the arguments
of regex's C constructor (its code, groups and named lists), so calling it with them skips the
parser and yields the same pattern (pickling is regex's own, public way to store one). The store
keeps those arguments themselves, each entry marshalled apart and read back with `marshal` when
the pattern is asked for, and calls the constructor pickling names: going through `pickle` cost
twice what the constructor does, and reading every entry of a store a test suite or a Vale style
has filled cost more than the few hundred patterns an article needs.

`compile_pattern` looks a pattern up in a store read once per process from the user's cache
directory, and compiles what is missing; the store is written back (atomically, merged with what
other processes wrote meanwhile, its least recently used entries given up over `LIMIT`) when the
process ends. The file is keyed by the regex and Python
versions, so an upgrade starts a new one. A damaged, foreign or unreadable file only costs the
compiling; a read-only cache directory only means nothing is kept. The file ends with a CRC-32 of
what precedes it: regex's C constructor trusts the code it is given, and an entry damaged on disk
that still unmarshals crashed the process (a segmentation fault, no message) when it was built.

The store is per process, like regex's own cache: it decides nothing (a stored pattern is the
pattern its source compiles to), so it needs no owner.
"""

from __future__ import annotations

import atexit
import copyreg
import marshal
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, cast

import regex
from regex import _regex

from newslint.cache_dir import (
    cache_dir,
    evict_others,
    is_sealed,
    keyed_entry,
    private_bytes,
    sealed,
)
from newslint.digest import blake2b

FORMAT = 7
# What unpickling a pattern calls (regex's registered reduction names it, `_regex.compile`).
CONSTRUCTOR: Callable[..., regex.Pattern[str]] = _regex.compile  # type: ignore[attr-defined]
# Entries kept in all (user packs, Vale styles and test suites come and go): over it, the file
# gives up the entries used least recently, never those of the process that writes it. The
# built-in rules need ~1,600 for an article and ~1,950 with a megabyte's gate.
LIMIT = 4000

Key = tuple[str, int]
Arguments = bytes  # the constructor's arguments, marshalled
Branches = tuple[str, ...]
# How the gate relaxed a pattern (`newslint.gate`): its RE2 pattern, whether a match may cross
# lines, whether it is line-local; () when it could not be relaxed.
# (pattern, crosses lines, line-local, the pattern judging chunks or ""), or () for none.
Relaxation = tuple[str, bool, bool, str] | tuple[()]
Contents = tuple[
    dict[Key, Arguments], dict[Key, Branches], dict[Key, Relaxation], dict[Key, bool],
    dict[Key, Branches],
]  # fmt: skip


# The parts of a store after its compiled patterns (`Contents`), by index.
_SPLITS, _RELAXATIONS, _BOUNDED, _LITERALS = 1, 2, 3, 4


class PatternStore:
    """Compiled patterns by (source, flags), read from `path` on first use, how
    `newslint.branches` split each pattern it was asked about, how the gate relaxed each,
    whether each may run untimed (`newslint.regex_bounded`) and the literals one of which each
    match holds (`newslint.literals`)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._stored: Contents | None = None
        self._used: dict[Key, Arguments] = {}
        # What this process read or worked out of the other parts, by part (splits,
        # relaxations, verdicts on backtracking, literals): a memo each, kept on `save`.
        self._used_memos: tuple[dict[Key, Any], ...] = ({}, {}, {}, {})
        # One object per pattern in a process, as regex's own cache gives.
        self._compiled: dict[Key, regex.Pattern[str]] = {}
        self._flags_given: dict[int, int] = {}  # by id(pattern): what compile() was called with
        self._new = 0
        self._registered = False

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        key = (str(pattern), int(flags))  # plain types: marshal refuses a RegexFlag
        found = self._compiled.get(key)
        if found is not None:
            return found
        stored = self._contents()[0].get(key)
        if isinstance(stored, bytes):
            found = cast("regex.Pattern[str]", DeferredPattern(self, key, stored))
        else:
            found = regex.compile(pattern, flags)
            stored = _arguments(found)
            if stored is not None:
                self._added()
        if stored is not None:
            self._used[key] = stored
        self._compiled[key] = found
        self._flags_given[id(found)] = key[1]
        return found

    def _repair(self, key: Key, found: regex.Pattern[str]) -> None:
        """Store `found`'s arguments in place of a damaged entry of `key` (a `DeferredPattern`
        found it so when first used)."""
        stored = _arguments(found)
        if stored is not None:
            self._used[key] = stored
            self._added()

    def build_all(self) -> None:
        """Build every pattern handed out so far (`DeferredPattern`): before workers are forked,
        so that they share what the parent built instead of each building its own."""
        for found in self._compiled.values():
            if isinstance(found, DeferredPattern):
                found._built()

    def flags_given(self, pattern: regex.Pattern[str]) -> int:
        """The flags `compile` was given for `pattern` (its `flags` add those regex implies,
        and compiling its source with them may give another program), or its flags if it did
        not come from here."""
        given = self._flags_given.get(id(pattern))
        if given is not None and self._compiled.get((pattern.pattern, given)) is pattern:
            return given
        return pattern.flags

    def split(self, pattern: str, flags: int) -> Branches | None:
        """The sources of the pattern's branches as `remember_split` was told them (empty: not
        to be split), or None if it never was."""
        return self._recall(_SPLITS, (str(pattern), int(flags)), _is_strings)

    def remember_split(self, pattern: str, flags: int, branches: Branches) -> None:
        self._remember(_SPLITS, (str(pattern), int(flags)), branches)

    def relaxation(self, key: str, flags: int) -> Relaxation | None:
        """What `remember_relaxation` was told for `key` (the gate's: its code's stamp and the
        pattern's source) and `flags`, or None if it never was."""
        return self._recall(_RELAXATIONS, (key, flags), _is_relaxation)

    def remember_relaxation(self, key: str, flags: int, relaxation: Relaxation) -> None:
        self._remember(_RELAXATIONS, (key, flags), relaxation)

    def bounded(self, pattern: str, flags: int) -> bool | None:
        """What `remember_bounded` was told for the pattern, or None if it never was."""
        return self._recall(_BOUNDED, (str(pattern), int(flags)), _is_bool)

    def remember_bounded(self, pattern: str, flags: int, verdict: bool) -> None:
        self._remember(_BOUNDED, (str(pattern), int(flags)), verdict)

    def literals(self, pattern: str, flags: int) -> Branches | None:
        """What `remember_literals` was told for the pattern, or None if it never was."""
        return self._recall(_LITERALS, (str(pattern), int(flags)), _is_strings)

    def remember_literals(self, pattern: str, flags: int, literals: Branches) -> None:
        self._remember(_LITERALS, (str(pattern), int(flags)), literals)

    def _recall(self, part: int, key: Key, valid: Callable[[object], bool]) -> Any:
        """The value of `key` in store part `part`, this process's first, else the file's when
        it has the shape `valid` asks for (a damaged or foreign entry reads as never stored)."""
        used = self._used_memos[part - 1]
        found = used.get(key)
        if found is None:
            found = self._contents()[part].get(key)
            if found is None or not valid(found):
                return None
            used[key] = found
        return found

    def _remember(self, part: int, key: Key, value: object) -> None:
        self._used_memos[part - 1][key] = value
        self._added()

    def save(self) -> None:
        """Write what was met here, with what is already stored; never raises."""
        if not self._new or self.path is None:
            return
        stored: tuple[dict[Any, Any], ...] = _read(self.path)
        used: tuple[dict[Any, Any], ...] = (self._used, *self._used_memos)
        parts = [_used_last(old, new) for old, new in zip(stored, used, strict=True)]
        merged = _within_limit(parts, used)
        from newslint.wordtable import store_table

        contents = (FORMAT, *merged)
        if store_table(self.path, sealed(marshal.dumps(contents))):
            evict_others(self.path)
        self._new = 0

    def _added(self) -> None:
        self._new += 1
        if not self._registered and self.path is not None:
            self._registered = True
            atexit.register(self.save)

    def _contents(self) -> Contents:
        if self._stored is None:
            self._stored = _read(self.path) if self.path is not None else ({}, {}, {}, {}, {})
        return self._stored


def _read(path: Path) -> Contents:
    data = private_bytes(path)  # its entries are what a C constructor is called with
    if data is None or not is_sealed(data):
        return {}, {}, {}, {}, {}
    try:  # marshal reads one object and leaves the seal after it
        version, *parts = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}, {}, {}, {}, {}
    if version != FORMAT or len(parts) != 5 or not all(isinstance(d, dict) for d in parts):
        return {}, {}, {}, {}, {}
    entries, splits, relaxations, bounded, literals = parts
    return entries, splits, relaxations, bounded, literals


def _used_last(stored: dict[Any, Any], used: dict[Any, Any]) -> dict[Any, Any]:
    """`stored` updated with `used`, whose entries move to the end: a store's order is the
    order its entries were last used in, oldest first."""
    merged = {key: value for key, value in stored.items() if key not in used}
    merged.update(used)
    return merged


def _within_limit(merged: list[dict[Any, Any]], used: tuple[dict[Any, Any], ...]) -> list[Any]:
    """Every part of the store within `LIMIT` entries in all: what this process used, and of the
    rest the most recently used, each part giving up its share of the excess, oldest first.
    Keeping only this process's entries (as before) made a one-article run drop what a
    megabyte's gate or a test suite had stored, and the next such run compile it all again."""
    total = sum(map(len, merged))
    if total <= LIMIT:
        return merged
    stale = [len(part) - len(own) for part, own in zip(merged, used, strict=True)]
    room = max(0, LIMIT - sum(map(len, used)))
    kept = []
    for part, old in zip(merged, stale, strict=True):
        keep = room * old // max(1, sum(stale))
        kept.append(dict(list(part.items())[old - keep :]))
    return kept


def _is_strings(found: object) -> bool:
    return isinstance(found, tuple) and all(isinstance(part, str) for part in found)


def _is_bool(found: object) -> bool:
    return isinstance(found, bool)


def _is_relaxation(found: object) -> bool:
    return found == () or (
        isinstance(found, tuple)
        and len(found) == 4
        and isinstance(found[0], str)
        and isinstance(found[1], bool)
        and isinstance(found[2], bool)
        and isinstance(found[3], str)
    )


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
        return marshal.dumps(tuple(arguments))
    except ValueError:
        return None


class _Kept:
    """An attribute of the built pattern that never changes (a method, a number): read once
    through here, then kept in the stand-in's own dict, which Python reads before a non-data
    descriptor like this one, so later reads cost what the pattern's own do."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, stand_in: DeferredPattern | None, owner: type | None = None) -> Any:
        if stand_in is None:
            return self
        value = getattr(stand_in._built(), self.name)
        stand_in.__dict__[self.name] = value
        return value


class DeferredPattern:
    """A stored pattern, built from its stored arguments when first used.

    Building one costs regex's C constructor 12-20 us, and a one-article run asked the store for
    some 1,200 patterns (module constants, the rules' patterns and their branches) but searched
    only about 700: the other 530 cost it 7 ms. So the store hands out this stand-in, built on
    the first read of any attribute but `pattern` (its source). The store holds only patterns
    that compiled, so no compile error is put off; a damaged entry is compiled from its source.
    Like any stored pattern it is one object per (source, flags) in a process and compares and
    hashes by identity; `match.re` is the built pattern."""

    search = _Kept()
    match = _Kept()
    fullmatch = _Kept()
    finditer = _Kept()
    findall = _Kept()
    sub = _Kept()
    subn = _Kept()
    split = _Kept()
    splititer = _Kept()
    scanner = _Kept()
    flags = _Kept()
    groups = _Kept()

    def __init__(self, store: PatternStore, key: Key, stored: Arguments):
        self.pattern = key[0]
        self._deferred = (store, key, stored)

    def __getattr__(self, name: str) -> Any:
        """Any other attribute of the built pattern (`groupindex`: a fresh dict each read)."""
        if name.startswith("__") or name == "_deferred":
            raise AttributeError(name)  # not a pattern's (copy and pickle probe for these)
        return getattr(self._built(), name)

    def _built(self) -> regex.Pattern[str]:
        found: regex.Pattern[str] | None = self.__dict__.get("_built_pattern")
        if found is None:
            store, key, stored = self._deferred
            found = _constructed(stored, key[0])
            if found is None:
                found = regex.compile(*key)
                store._repair(key, found)
            self.__dict__["_built_pattern"] = found
        return found

    def __repr__(self) -> str:
        return repr(self._built())

    def __reduce__(self) -> tuple[Callable[..., regex.Pattern[str]], Key]:
        return compile_pattern, self._deferred[1]


def _constructed(stored: object, pattern: str) -> regex.Pattern[str] | None:
    try:
        found = CONSTRUCTOR(*marshal.loads(stored))  # type: ignore[arg-type]
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
    return keyed_entry(folder, "regex", f"{regex.__version__}-py{python}-f{FORMAT}.bin")


@cache
def code_stamp(module_file: str) -> str:
    """A stamp of the code in `module_file`, to key what that code worked out about a pattern
    (a split, a verdict on backtracking, a literal): the store's file is one per `regex` and
    Python version only, so a decision an older newslint stored is never read by newer code."""
    return blake2b(Path(module_file).read_bytes(), digest_size=8).hexdigest()


_STORE: PatternStore | None = None


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, read back from the store when it holds the pattern."""
    return the_store().compile(pattern, flags)


def the_store() -> PatternStore:
    """The process's store, in the user's cache directory."""
    global _STORE
    if _STORE is None:
        _STORE = PatternStore(store_path())
    return _STORE
