"""Which of newslint's own regular expressions may run without the `regex` module's timeout.

A search given a timeout makes the `regex` module keep count of its steps and read the process's
clock as it goes: the built-in rules' scans cost 17 % more CPU with one than without (every
pattern the checks scanned the clean megabyte with, each over the whole text). The timeout is
there for a pattern that backtracks without end: one that can try exponentially many ways
to match a text. Such a pattern repeats something that can match the same text in more than
one way: a repeat inside an unbounded repeat ("(a+)+"), an alternation inside one ("(a|ab)*"),
or it asks what no finite program settles in linear steps (a backreference, a call to a group,
recursion, fuzzy matching, a conditional). A pattern with none of these tries at most a few
ways per place a repeat can stop, so the work of a search grows with the text times its longest
run of characters one repeat takes, not exponentially.

`bounded` decides it from the parsed pattern, as the `regex` module's own compiler parses and
optimises it (so "(?:a|b)+", which it makes a set, is bounded); anything the walk does not know,
or a pattern it cannot parse, is not. The verdict is stored with the compiled pattern (the store
is keyed by the `regex` version). Only the built-in packs' rules and newslint's own patterns run
untimed (`untimed`): a user's pack keeps the timeout for every pattern, since a pattern bounded
this way can still be slow (several unbounded repeats over one long run of letters).
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

import regex

from newslint.regex_store import code_stamp, compile_pattern, the_store

# The `regex` module's own parser (private, untyped): a change in it makes every verdict False.
core: Any = importlib.import_module("regex._regex_core")

# Leaves: a character, a class, a string or a place. None repeats anything.
_LEAVES = (
    core.Any,
    core.Character,
    core.Property,
    core.Range,
    core.SetBase,
    core.String,
    core.ZeroWidthBase,
)
# Hold one subpattern, searched as it is: a group, an atomic group, a look-around.
_WRAPPERS = (core.Group, core.Atomic, core.LookAround)


def bounded(pattern: regex.Pattern[str]) -> bool:
    """Whether `pattern` has no nested or alternating unbounded repeat, no backreference and
    nothing else that can backtrack exponentially (see the module's note); remembered."""
    store = the_store()
    flags = store.flags_given(pattern)
    key = f"{code_stamp(__file__)}\0{pattern.pattern}"  # a verdict of older code is not read
    known = store.bounded(key, flags)
    if known is None:
        known = _bounded_source(pattern.pattern, flags)
        store.remember_bounded(key, flags, known)
    return known


def untimed(patterns: list[regex.Pattern[str]], source: str) -> frozenset[regex.Pattern[str]]:
    """Those of a rule's `patterns` that may run without a timeout: bounded ones of a built-in
    pack (`source`: the pack's path)."""
    if not builtin_source(source):
        return frozenset()
    return frozenset(p for p in patterns if bounded(p))


@cache
def builtin_source(source: str) -> bool:
    """Whether a pack read from `source` is one of the built-in packs (read from the built-in
    directory's own path: resolving each rule's path cost an article's run 9 ms)."""
    return Path(source).parent == _builtin_dir()


@cache
def _builtin_dir() -> Path:
    from newslint.rules import builtin_rules_dir

    return builtin_rules_dir()


def _bounded_source(source: str, flags: int) -> bool:
    try:
        parsed = _parsed(source, flags)
    except Exception:  # the private parser changed, or refuses: keep the timeout
        return False
    try:
        return _walk(parsed, in_repeat=False, in_unbounded=False)
    except RecursionError:
        return False


def _parsed(source: str, flags: int) -> Any:
    """The pattern as `regex.compile` parses and optimises it before building its program."""
    global_flags = flags
    while True:
        text = core.Source(source)
        info = core.Info(global_flags, text.char_type, {})
        info.guess_encoding = core.UNICODE
        text.ignore_space = bool(info.flags & core.VERBOSE)
        text.use_unicode_space(bool(info.flags & core.VERSION1))
        try:
            parsed = core._parse_pattern(text, info)
            break
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
    reverse = bool(info.flags & core.REVERSE)
    parsed.fix_groups(source, reverse, False)
    return parsed.optimise(info, reverse)


def _walk(node: Any, in_repeat: bool, in_unbounded: bool) -> bool:
    if isinstance(node, core.GreedyRepeat):  # lazy and possessive repeats are its subclasses
        if node.max_count is not None and node.max_count <= 1:
            return _walk(node.subpattern, in_repeat, in_unbounded)
        if in_repeat:
            return False  # a repeat inside a repeat
        unbounded = node.max_count is None or node.max_count >= core.UNLIMITED
        return _walk(node.subpattern, True, unbounded)
    if isinstance(node, core.Branch):  # alternatives, and a named list of strings
        if in_unbounded:
            return False
        if isinstance(node, core.StringSet):
            return True
        return all(_walk(branch, in_repeat, in_unbounded) for branch in node.branches)
    if isinstance(node, core.Sequence):
        return all(_walk(item, in_repeat, in_unbounded) for item in node.items)
    if isinstance(node, _WRAPPERS):
        return _walk(node.subpattern, in_repeat, in_unbounded)
    if isinstance(node, core.Grapheme):  # \X: a repeat of its own
        return not in_repeat
    # (checked after the classes above: no repeat, branch or wrapper is one of them)
    return isinstance(node, _LEAVES) and not isinstance(node, core.Fuzzy)


# The `regex` module writes a repeat out once for each time it must match when it compiles a
# pattern: "x{1000000}" took 290 MB and 0.4 s, and "x{1000000000}" in a user's pack took all the
# memory of the machine before the run was killed. No pattern for prose needs more than this.
MAX_COMPILED_SIZE = 100_000
# Only a counted repeat can grow a program this way. Read from the store, as every pattern of a
# run is: compiled here, it was parsed again in every run that imported this module.
_COUNTED = compile_pattern(r"\{\s*\d")
_CHILDREN = ("subpattern", "items", "branches", "yes_item", "no_item")


def too_large(source: str, flags: int) -> bool:
    """Whether compiling `source` would write out more than MAX_COMPILED_SIZE items (a pattern
    that does not parse is left to the compiler, which says why)."""
    if not _COUNTED.search(source):
        return False
    try:
        return _size(_parsed(source, flags)) > MAX_COMPILED_SIZE
    except RecursionError:
        return True
    except Exception:  # refused by the parser, or the private parser changed
        return False


def _size(node: Any) -> int:
    """About how many items the compiled program of `node` holds: a repeat holds its body once
    for each match its minimum asks for, and once more for the rest."""
    if isinstance(node, core.String):
        return len(node.characters)
    size = 0
    for name in _CHILDREN:
        child = getattr(node, name, None)
        for item in child if isinstance(child, list) else [child] if child is not None else []:
            size += _size(item)
    if isinstance(node, core.GreedyRepeat):
        body = max(size, 1)
        return body * max(node.min_count, 1) + (body if node.max_count != node.min_count else 0)
    return max(size, 1)
