"""A pattern whose top level is an alternation, searched branch by branch with the same matches.

`regex` finds the first character of a match fast when every branch of an alternation starts
with a literal, and tries every position of the text when one of them does not: a rule with a
dozen kinds of markup residue, one of which starts with a look-behind, scans a megabyte of
clean copy four times slower than its branches each searched alone do. So each branch is
searched alone (keeping its own fast scan), and the leftmost-first matches of the whole pattern
are rebuilt from theirs: the next match starts where the earliest branch match starts, and the
whole pattern matched at that position gives the very match object a whole-text search gives
(the earlier branches fail there, or start there and win as they would).

A pattern is split only when that is certain: the top-level branches, each in a non-capturing
group, must compile to the pattern's own program, and the pattern must hold nothing that reads
where a search starts (`\\G`, `\\K`), refers across branches (back-references, subroutine calls,
conditionals) or changes what "leftmost" means (reverse, POSIX, fuzzy matching). A whole-pattern
search that would find an empty match (where `finditer`'s own rules for the next match apply)
is answered by the whole pattern instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.regex_store import code_stamp, compile_pattern, the_store

_LEADING_FLAGS = compile_pattern(r"(?:\(\?[a-zA-Z]*(?:-[a-zA-Z]+)?\))*")
# Syntax that reads where the search started, refers to a group of another branch, or makes
# matching anything but leftmost-first; its patterns are never split.
_UNSAFE = compile_pattern(
    r"\\[GK1-9g]|\(\?(?:P[=>]|[&(R|]|[+-]?\d)|\(\?[a-zA-Z]*[rpbe][a-zA-Z]*[:)]|\{[^}]*[eisd][<=]"
)
_UNSAFE_FLAGS = regex.REVERSE | regex.POSIX | regex.BESTMATCH | regex.ENHANCEMATCH
_VERBOSE_FLAG = compile_pattern(r"\(\?[a-zA-Z]*x[a-zA-Z]*(?:-[a-zA-Z]+)?\)")


def split_alternation(pattern: regex.Pattern[str]) -> list[regex.Pattern[str]] | None:
    """The top-level branches of `pattern`, each compiled alone, when searching them is
    certain to find its matches and likely to be faster; else None."""
    if _required(pattern):
        return None  # regex scans for its literal already (asked first: splitting compiles)
    branches = top_level_branches(pattern)
    if branches is None or not worth_splitting(pattern, branches):
        return None
    return branches


def top_level_branches(pattern: regex.Pattern[str]) -> list[regex.Pattern[str]] | None:
    """The top-level branches of `pattern`, each compiled alone, or None if it has one branch
    or splitting it is not certain to keep its matches. Worked out once and kept in the pattern
    store: finding it out may compile the pattern twice, more than most rules cost to run."""
    store = the_store()
    key = f"{code_stamp(__file__)}\0{pattern.pattern}"  # a split older code decided is not read
    sources = store.split(key, pattern.flags)
    if sources is None:
        sources = tuple(_branch_sources(pattern) or ())
        store.remember_split(key, pattern.flags, sources)
    if not sources:
        return None
    return [compile_pattern(source, pattern.flags) for source in sources]


def _branch_sources(pattern: regex.Pattern[str]) -> list[str] | None:
    """The sources `top_level_branches` compiles, or None."""
    source = pattern.pattern
    if pattern.flags & _UNSAFE_FLAGS or _UNSAFE.search(source):
        return None
    prefix = _LEADING_FLAGS.match(source).group()  # type: ignore[union-attr]
    verbose = bool(pattern.flags & regex.VERBOSE) or bool(_VERBOSE_FLAG.search(prefix))
    body = source[len(prefix) :]
    branches = _top_level(body, verbose)
    grouped = False
    if branches is not None and len(branches) == 1:
        inner = _group_body(body, verbose)
        branches = _top_level(inner, verbose) if inner is not None else None
        grouped = True
    if branches is None or len(branches) < 2:
        return None
    end = "\n" if verbose else ""  # a comment in the last branch must not hide the ")"
    joined = "|".join(f"(?:{branch}{end})" for branch in branches)
    rebuilt = prefix + (f"(?:{joined})" if grouped else joined)
    alone = [f"{prefix}(?:{branch}{end})" for branch in branches]
    try:
        for branch in alone:
            compile_pattern(branch, pattern.flags)
        same = _same_program(rebuilt, pattern)
    except regex.error:
        return None
    return alone if same else None


def _same_program(rebuilt: str, pattern: regex.Pattern[str]) -> bool:
    """Whether `rebuilt` compiles to `pattern`'s program, read from the pattern store first (no
    parsing in a warm run). A program lists some character sets and string sets in a set's
    order, which differs between processes, so an entry stored by another run may differ by
    that order alone: then both are compiled here, the pattern with the flags it was compiled
    with, and compared again."""
    if _program(compile_pattern(rebuilt, pattern.flags)) == _program(pattern):
        return True
    fresh = regex.compile(pattern.pattern, the_store().flags_given(pattern))
    return _program(regex.compile(rebuilt, pattern.flags)) == _program(fresh)


def worth_splitting(pattern: regex.Pattern[str], branches: list[regex.Pattern[str]]) -> bool:
    """Whether most branches have a literal `regex` scans for and the whole pattern has none (a
    branch without one, or with only white space, is tried at every position either way)."""
    literal_led = sum(1 for branch in branches if _required(branch).strip())
    return not _required(pattern) and literal_led * 2 > len(branches)


def _required(pattern: regex.Pattern[str]) -> str:
    """The string every match of the pattern contains, as `regex` found it ("" if none)."""
    codes = pattern._pickled_data[8]  # type: ignore[attr-defined]
    return "".join(map(chr, codes))


def _program(pattern: regex.Pattern[str]) -> tuple[Any, ...]:
    """What `regex` runs for the pattern (its flags and code, without its source text)."""
    data = pattern._pickled_data  # type: ignore[attr-defined]
    return tuple(data[1:])


def _top_level(body: str, verbose: bool) -> list[str] | None:
    """`body` cut at the bars outside any group, class or comment; None if it does not parse."""
    branches: list[str] = []
    depth = 0
    start = 0
    at = 0
    while at < len(body):
        char = body[at]
        if char == "\\":
            if body[at + 1 : at + 2] in ("Q", ""):
                return None
            at += 2
            continue
        if char == "[":
            end = _class_end(body, at)
            if end is None:
                return None
            at = end
            continue
        if char == "(" and body.startswith("(?#", at):
            close = body.find(")", at)
            if close < 0:
                return None
            at = close + 1
            continue
        if char == "#" and verbose:
            newline = body.find("\n", at)
            at = len(body) if newline < 0 else newline + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(body[start:at])
            start = at + 1
        at += 1
    if depth != 0:
        return None
    branches.append(body[start:])
    return branches


def _class_end(body: str, at: int) -> int | None:
    """Where the character class opening at `at` ends (sets nest in VERSION1)."""
    depth = 0
    index = at
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1
            index += 1
            if body.startswith("^", index):
                index += 1
            if body.startswith("]", index):
                return None  # a literal "]" first: read differently by the versions; not split
            continue
        if char == "]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _group_body(body: str, verbose: bool) -> str | None:
    """The inside of `(?:...)` when that group is the whole body (white space around it allowed
    in verbose mode), else None."""
    stripped = body.strip() if verbose else body
    if not (stripped.startswith("(?:") and stripped.endswith(")")):
        return None
    inner = stripped[3:-1]
    return inner if _top_level(inner, verbose) is not None else None


def branch_matches(
    pattern: regex.Pattern[str],
    branches: list[regex.Pattern[str]],
    text: str,
    pos: int,
    endpos: int,
    timeout: float | None,
) -> Iterator[Any]:
    """`pattern.finditer(text, pos, endpos)`'s matches, found by searching each branch alone
    (`timeout`: each search's, None for a pattern that needs none)."""
    found = _rebuilt(pattern, branches, text, pos, endpos, timeout)
    if found is None:
        return pattern.finditer(text, pos, endpos, timeout=timeout)  # type: ignore[no-any-return]
    return iter(found)


def _rebuilt(
    pattern: regex.Pattern[str],
    branches: list[regex.Pattern[str]],
    text: str,
    pos: int,
    endpos: int,
    timeout: float | None,
) -> list[Any] | None:
    """The matches in order, or None where an empty match makes `finditer`'s rules apply."""
    nexts = [branch.search(text, pos, endpos, timeout=timeout) for branch in branches]
    matches: list[Any] = []
    while True:
        starts = [m.start() for m in nexts if m is not None]
        if not starts:
            return matches
        at = min(starts)
        match = pattern.match(text, at, endpos, timeout=timeout)
        if match is None or match.end() == at:
            return None  # an empty match (or a branch that needs context the whole lacks)
        matches.append(match)
        after = match.end()
        for index, found in enumerate(nexts):
            if found is not None and found.start() < after:
                nexts[index] = branches[index].search(text, after, endpos, timeout=timeout)
