"""Rule packs as parsed before: a pack whose file and whose kinds' code have not changed is read
from the user's cache instead of being parsed and validated again.

Parsing the built-in packs (importing PyYAML, checking every YAML event, validating each rule)
costs more than linting an article; reading them back costs under 2 ms. The key is the pack
file's path (as given and resolved), size and modification time, the newslint version, and the
newest modification time of newslint's modules (any of them may hold a kind's default), so a
changed default reaches the rules at once. A pack that fails to parse is never stored (its error
is raised on every run), and neither is one whose rules use a third party's kind (its options
may change without newslint knowing).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newslint import __version__
from newslint.cache_dir import (
    evict_others,
    file_entry_parts,
    is_sealed,
    keyed_entry,
    private_bytes,
    sealed,
)
from newslint.digest import blake2b

try:  # what pickle.loads is: importing pickle (for writing only) cost 3 ms of a one-article run
    from _pickle import loads
except ImportError:  # an interpreter without the C unpickler
    from pickle import loads

if TYPE_CHECKING:
    from newslint.rules import Pack

FORMAT = 3  # (pack without examples, its rules' examples pickled), sealed
BUILTIN_KIND_PREFIX = "newslint.checks."
# Each pack file ever linted (in each install, at each of its versions) has an entry; the newest
# this many stay (some 30 KB each): a few installs' built-in packs and a user's own many times over.
PACKS_KEPT = 512


def cached_pack(path: Path, parse: Callable[[Path], Pack]) -> Pack:
    entry = _entry(path)
    stored = private_bytes(entry) if entry is not None else None
    if stored is not None and is_sealed(stored):  # a pickle changed on disk may still load
        try:
            pack, examples = loads(stored)  # it stops before the seal
            if pack.__class__.__name__ == "Pack" and isinstance(examples, bytes):
                from newslint.rules import StoredExamples

                StoredExamples(examples).attach(pack.rules)
                return pack  # type: ignore[no-any-return]
        except Exception:  # a damaged or foreign entry only costs a parse
            pass
    pack = parse(path)
    if entry is not None and _only_builtin_kinds(pack):
        from newslint.wordtable import store_table

        if store_table(entry, sealed(_pickled(pack))):
            evict_others(entry, PACKS_KEPT, owns_folder=True)
    return pack


def _pickled(pack: Pack) -> bytes:
    """The pack with its rules' examples pickled apart, as bytes inside the entry: reading it
    back unpickles them only when a rule's are asked for (`rules.StoredExamples`)."""
    import pickle

    from newslint.rules import Pack

    examples = pickle.dumps([rule.examples for rule in pack.rules], pickle.HIGHEST_PROTOCOL)
    bare = Pack(
        pack.name, pack.source, pack.description, [r.without_examples() for r in pack.rules]
    )
    return pickle.dumps((bare, examples), protocol=pickle.HIGHEST_PROTOCOL)


def _entry(path: Path) -> Path | None:
    parts = file_entry_parts(path)
    if parts is None:
        return None
    folder, identity = parts
    # The path as given too: rules carry it as their source, for messages.
    where = f"{path}\0{identity}"
    key = f"{FORMAT}\0{__version__}\0{_code_stamp()}\0{where}"
    digest = blake2b(key.encode(), digest_size=16).hexdigest()
    return keyed_entry(folder / "packs", "pack", f"{digest}.pickle")


@cache
def _code_stamp() -> int:
    """The newest modification time of newslint's own modules: a kind's defaults may come from
    any of them (a threshold kept beside the detector that uses it)."""
    return newest_module(str(Path(__file__).resolve().parent))


def newest_module(folder: str, suffixes: tuple[str, ...] = (".py",)) -> int:
    """The newest modification time of the files named with `suffixes` (.py) in `folder` and
    below (not __pycache__), read from `os.scandir`'s entries: os.walk and a path join per file
    cost twice as much."""
    newest = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(suffixes):
                newest = max(newest, entry.stat().st_mtime_ns)
            elif entry.name != "__pycache__" and entry.is_dir(follow_symlinks=False):
                newest = max(newest, newest_module(entry.path, suffixes))
    return newest


def _only_builtin_kinds(pack: Pack) -> bool:
    from newslint.kinds import kind_module

    for rule in pack.rules:
        module = kind_module(rule.kind)
        if module is None or not module.__name__.startswith(BUILTIN_KIND_PREFIX):
            return False
    return True
