"""The gate: an RE2 pass over a document says which checks (and which of their patterns) may find
something, and where; the rest do not run.

A check offers its gate as a list of `regex` patterns ("parts"): it can find something only where
one of them matches, and given the parts that matched it runs only those. Each part is relaxed
into an RE2 pattern that matches wherever the original does (`newslint.relax`) and all go into
`re2.Set`s, so a document is scanned once for all of them. A part whose matches stay inside a
line is judged chunk by chunk (runs of whole lines) in a long document and its regex runs only
over the chunks where it may match; so is a part whose look-behinds alone read back across a
line start (`Relaxed.lines_bound`), judged whole as well, since `regex` reads a look-behind
from the text before the chunk. A part that cannot be relaxed always counts as matched, so
the gate never changes a finding, only what is spent finding none.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from functools import cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

import re2
import regex

from newslint.digest import blake2b
from newslint.regex_store import the_store
from newslint.relax import Relaxed, Unrelaxable, relax
from newslint.relax_trim import trim_tail, widen_counts

# The DFA of a set of long alternations needs room; if it still runs out, Match reports nothing,
# which the sentinel (a pattern matching everywhere) tells apart from "nothing matched".
MAX_MEMORY = 256 << 20
SENTINEL = 0
# A document longer than this is judged in chunks of about this size for line-local parts.
CHUNK_CHARS = 8192
# A run counted from at least this many characters ("[^.!?]{15,120}", "[^\n]{60}") keeps a thread
# alive for every position it may have started at: in a set shared with other patterns, the
# DFA's states multiply until its cache thrashes (one such pattern took a megabyte's scan from
# 0.03 s to 1.5 s). So does a run of any characters across lines ("(?s:.*)", a relaxed
# look-behind's): llm.citation-residue's and llm.generated-outline's parts (an exact count of 60)
# in one set of eight built 0.17 s of states over the clean megabyte, 0.02 s apart. Such a
# whole-text part is scanned in a set of its own. A hex escape's braces ("\x{20}") are no count.
_LONG_COUNT = regex.compile(r"(?<!\\)(?<!\\x)\{(\d+)(?:,\d*)?\}")
LONG_COUNT_MIN = 10
_ANY_RUN = "(?s:.*)"
# A set's DFA state is the set of live threads of all its patterns, and on varied copy their
# combinations multiply: over 0.8 MB of distinct copy one set of 81 line-local parts built
# 0.30 s of states and one of 29 whole-text parts 0.31 s, where sets of 4-8 built 0.04-0.06 s in
# all (a warm pass costs a little more: 0.06 s for both, against 0.04). Parts go into sets of at
# most this many.
SET_SIZE = 8
# A short document (judged whole, never in chunks) gives a set's DFA only ~1 KB to build states
# over, and there the count of re2 calls weighs more: its line-local parts are matched in sets of
# this many (on 600 distinct ~1 KB documents: 23 sets of 8, ~230 us a document; 8 sets of 24,
# ~160; 5 of 40, ~160; one of all, ~300, its states rebuilt for every new text). A long text keeps
# sets of SET_SIZE: over 0.44 MB of distinct copy, sets of 24 built 0.03 s more states.
SHORT_SET_SIZE = 24
# A repeat counted up to this many copies or more is left open in a part's relaxation
# (`relax_trim.widen_counts`): RE2 builds a state per copy, and the gate asks only whether a
# part can match, which an open repeat still answers where the counted one does.
WIDE_COUNT = 100

Ranges = tuple[tuple[int, int], ...]
Owner = tuple[int, int]
# For one check: the parts that may match, each with the ranges to search (None: everywhere).
OpenParts = Mapping[int, Ranges | None]


class _Set:
    """Relaxed patterns in one re2.Set, each owned by (check, part)."""

    def __init__(self, options: Any):
        self.set = re2.Set.SearchSet(options)
        self.set.Add("")
        self.owners: dict[int, tuple[int, int, str]] = {}
        self.options = options

    def add(self, pattern: str, owner: tuple[int, int]) -> None:
        self.owners[self.set.Add(pattern)] = (*owner, pattern)

    def matched(self, data: bytes) -> set[tuple[int, int]]:
        """The owners of the patterns that match `data` (text in UTF-8, as RE2 reads it)."""
        result: Any = self.set.Match(data)  # a list of indexes, or None
        found: list[int] = result or []
        if SENTINEL in found:
            return {self.owners[i][:2] for i in found if i != SENTINEL}
        # The set's DFA gave up: ask each pattern alone (RE2 then falls back to its NFA).
        text = data.decode()
        return {
            (key, part)
            for key, part, pattern in self.owners.values()
            if re2.compile(pattern, self.options).search(text)
        }


class _Sets:
    """Relaxed patterns in consecutive sets of at most `size` (default SET_SIZE), matched one
    after another."""

    def __init__(self, options: Any, size: int | None = None):
        self.sets: list[_Set] = []
        self.options = options
        self.size = size

    def add(self, pattern: str, owner: tuple[int, int]) -> None:
        if not self.sets or len(self.sets[-1].owners) >= (self.size or SET_SIZE):
            self.sets.append(_Set(self.options))
        self.sets[-1].add(pattern, owner)

    def matched(self, data: bytes) -> set[tuple[int, int]]:
        return set().union(*(each.matched(data) for each in self.sets))


class Gate:
    def __init__(self, checks: Sequence[Any]):
        options = re2.Options()
        options.max_mem = MAX_MEMORY
        options.log_errors = False
        self._whole = _Sets(options)  # parts judged over the whole text
        self._alone: list[_Set] = []  # whole-text parts with a long counted run, one per set
        self._local = _Sets(options)  # parts judged chunk by chunk
        self._short = _Sets(options, SHORT_SET_SIZE)  # the same parts, for a text judged whole
        # Whole-text parts whose matches stay inside a line, read back (look-behinds) aside:
        # in a long document judged chunk by chunk as well, without that context, each in a
        # set of its own, matched only if the whole text opened the part (on the clean
        # megabyte most are closed, and sets of eight cost its gate a third more).
        self._bound: list[_Set] = []
        self._always: dict[int, set[int]] = {}  # id(check) -> parts never gated
        for check in checks:
            patterns = check.gate_patterns()
            if patterns is None:
                continue
            always = self._always.setdefault(id(check), set())
            for part, pattern in enumerate(patterns):
                relaxed = _relaxed(pattern, options)
                try:
                    if relaxed is None:
                        always.add(part)
                    else:
                        self._add(relaxed, (id(check), part), options)
                except re2.error:  # a damaged stored relaxation: the part is never gated
                    always.add(part)
        sets = (*self._whole.sets, *self._local.sets, *self._short.sets)
        for each in (*sets, *self._alone, *self._bound):
            each.set.Compile()
        # Every gated check with no part open, copied for each document at C speed; the few
        # checks with parts never gated get theirs on top (building a dict per check for every
        # document was a sixth of the gate's time on ~1 KB documents).
        self._none_open = dict.fromkeys(self._always, _NONE_OPEN)
        self._always_open = {key: parts for key, parts in self._always.items() if parts}

    def _add(self, relaxed: Relaxed, owner: Owner, options: Any) -> None:
        if relaxed.line_local:
            self._local.add(relaxed.pattern, owner)
            self._short.add(relaxed.pattern, owner)
            return
        if relaxed.lines_bound and relaxed.chunked:  # first: a damaged one leaves it ungated
            bound = _Set(options)
            bound.add(relaxed.chunked, owner)
            self._bound.append(bound)
        if _counts_long(relaxed.pattern):
            self._alone.append(_Set(options))
            self._alone[-1].add(relaxed.pattern, owner)
        else:
            self._whole.add(relaxed.pattern, owner)

    def open_parts(self, text: str) -> dict[int, OpenParts]:
        """For each gated check (by id), the parts that may match in `text`, and where."""
        opened: dict[int, Mapping[int, Ranges | None]] = self._none_open.copy()
        for key, parts in self._always_open.items():
            opened[key] = dict.fromkeys(parts)
        try:
            data = text.encode()  # RE2 reads UTF-8: encoded once for all the sets
        except UnicodeEncodeError:
            # A lone surrogate (a JSON "\ud800" escape in scraped copy given to score()) has no
            # UTF-8 form: every check runs, as ungated (a stand-in character could close a
            # part whose regex matches the surrogate itself).
            return {}
        for whole in (*self._whole.sets, *self._alone):
            for key, part in whole.matched(data):
                _open(opened, key)[part] = None
        if len(text) <= CHUNK_CHARS * 2:
            for key, part in self._short.matched(data):
                _open(opened, key)[part] = None
            return opened
        spans: dict[Owner, list[tuple[int, int]]] = {}
        bound: dict[Owner, list[tuple[int, int]]] = {}
        narrowed = [each for each in self._bound if _opened_in(opened, each)]
        for start, end in chunks(text):
            data = text[start:end].encode()
            for owner in self._local.matched(data):
                _add_chunk(spans.setdefault(owner, []), start, end)
            for each in narrowed:
                for owner in each.matched(data):
                    _add_chunk(bound.setdefault(owner, []), start, end)
        for (key, part), ranges in spans.items():
            _open(opened, key)[part] = tuple(ranges)
        for each in narrowed:
            _narrow(opened, each, bound)
        return opened

    def open_parts_many(self, texts: Sequence[str]) -> list[dict[int, OpenParts]]:
        """`open_parts` of each text. The short ones are matched a set at a time over all of
        them: a set's DFA then stays in the CPU caches from one text to the next, where one
        text's pass through every set evicts each set's states before the next text needs them
        (24 sets over 1,500 ~1 KB texts: 228 us a text one text at a time, ~140 set by set).
        Each text gets what `open_parts` gives it, made in the same order."""
        results: list[dict[int, OpenParts] | None] = [None] * len(texts)
        short: list[tuple[int, bytes]] = []
        for index, text in enumerate(texts):
            if len(text) > CHUNK_CHARS * 2:
                results[index] = self.open_parts(text)
                continue
            try:
                short.append((index, text.encode()))
            except UnicodeEncodeError:
                results[index] = {}  # as `open_parts`: every check runs, as ungated
        whole = (*self._whole.sets, *self._alone)
        matched = [[each.matched(data) for _, data in short] for each in whole]
        local = [[each.matched(data) for _, data in short] for each in self._short.sets]
        for at, (index, _) in enumerate(short):
            opened: dict[int, Mapping[int, Ranges | None]] = self._none_open.copy()
            for key, parts in self._always_open.items():
                opened[key] = dict.fromkeys(parts)
            for found in matched:
                for key, part in found[at]:
                    _open(opened, key)[part] = None
            for key, part in set().union(*(found[at] for found in local)):
                _open(opened, key)[part] = None
            results[index] = opened
        return [opened if opened is not None else {} for opened in results]


def _opened_in(opened: Mapping[int, OpenParts], bound: _Set) -> bool:
    """Whether the whole text opened the part of a set of one lines-bound part."""
    ((key, part, _),) = bound.owners.values()
    return part in opened.get(key, _NONE_OPEN)


def _narrow(
    opened: dict[int, OpenParts], bound: _Set, found: dict[Owner, list[tuple[int, int]]]
) -> None:
    """The set's lines-bound part, which the whole text opened, narrowed to the chunks where it
    may match (none: closed)."""
    ((key, part, _),) = bound.owners.values()
    ranges = found.get((key, part))
    mine = _open(opened, key)
    if ranges:
        mine[part] = tuple(ranges)
    else:
        del mine[part]


def _add_chunk(found: list[tuple[int, int]], start: int, end: int) -> None:
    if found and found[-1][1] == start:
        found[-1] = (found[-1][0], end)  # consecutive chunks: one search
    else:
        found.append((start, end))


# The parts open to a check none of whose parts may match: shared by all such checks, read only.
_NONE_OPEN: Mapping[int, Ranges | None] = MappingProxyType({})


def _open(opened: dict[int, Mapping[int, Ranges | None]], key: int) -> dict[int, Ranges | None]:
    """The check's own dict of open parts in `opened`, made in place of the shared empty one."""
    parts = opened[key]
    if parts is _NONE_OPEN:
        parts = opened[key] = {}
    return parts  # type: ignore[return-value]


def _counts_long(pattern: str) -> bool:
    """Whether the relaxed pattern holds a long counted run or a run of any characters."""
    if _ANY_RUN in pattern:
        return True
    return any(int(low) >= LONG_COUNT_MIN for low in _LONG_COUNT.findall(pattern))


def chunks(text: str) -> list[tuple[int, int]]:
    """Runs of whole lines of about CHUNK_CHARS (a longer line is a chunk of its own)."""
    spans = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + CHUNK_CHARS)
        end = len(text) if cut < 0 else cut + 1
        spans.append((start, end))
        start = end
    return spans


def line_local(pattern: regex.Pattern[str]) -> bool:
    """Whether the gate judges `pattern` line by line: its matches in a run of whole lines are
    the same when it runs on those lines alone (pos/endpos), so an editor may re-run it on the
    lines a keystroke changed."""
    options = re2.Options()
    options.log_errors = False
    relaxed = _relaxed(pattern, options)
    return relaxed is not None and relaxed.line_local


def _relaxed(pattern: regex.Pattern[str], options: Any) -> Relaxed | None:
    """The pattern's relaxation, or None if it has none; read from the pattern store when this
    code (`relaxation_stamp`) relaxed it before: relaxing the rules' ~150 patterns in Python
    and compiling each alone to check it cost 0.3-0.4 s of CPU, every run that built a gate."""
    key = f"{relaxation_stamp()}\0{options.max_mem}\0{pattern.pattern}"
    store = the_store()
    known = store.relaxation(key, int(pattern.flags))
    if known is not None:
        if not known:
            return None
        text, crosses, local, chunked = known
        return Relaxed(text, crosses, local, lines_bound=local or bool(chunked), chunked=chunked)
    relaxed = _relax_anew(pattern, options)
    if relaxed is not None and relaxed.lines_bound and not relaxed.line_local:
        # Judged by chunk without the look-behinds, which may read before the chunk.
        behind_free = _relax_anew(pattern, options, keep_behind=False)
        bound = behind_free is not None and behind_free.lines_bound
        relaxed = Relaxed(
            relaxed.pattern,
            relaxed.crosses_lines,
            relaxed.line_local,
            lines_bound=bound,
            chunked=behind_free.pattern if bound and behind_free is not None else "",
        )
    store.remember_relaxation(
        key,
        int(pattern.flags),
        ()
        if relaxed is None
        else (relaxed.pattern, relaxed.crosses_lines, relaxed.line_local, relaxed.chunked),
    )
    return relaxed


def _relax_anew(
    pattern: regex.Pattern[str], options: Any, keep_behind: bool = True
) -> Relaxed | None:
    try:
        relaxed = relax(
            pattern.pattern, bool(pattern.flags & regex.IGNORECASE), keep_behind=keep_behind
        )
        compiled = re2.compile(relaxed.pattern, options)
    except (Unrelaxable, re2.error):
        return None
    # The gate asks only whether a part can match, never where a match ends: a tail that
    # cannot change that is cut (a third of the sets' compile time was trailing context).
    # Counted repeats are then left open (`WIDE_COUNT`); each rewrite is kept only if RE2 takes it.
    for rewrite in (trim_tail, partial(widen_counts, bound=WIDE_COUNT)):
        rewritten = rewrite(relaxed.pattern)
        if rewritten != relaxed.pattern:
            try:
                compiled = re2.compile(rewritten, options)
                relaxed = Relaxed(
                    rewritten, relaxed.crosses_lines, relaxed.line_local, relaxed.lines_bound
                )
            except re2.error:
                pass
    if relaxed.lines_bound and compiled.fullmatch("") is not None:
        # An empty match at a chunk's edge would be found twice, or where the text does not end.
        return Relaxed(relaxed.pattern, relaxed.crosses_lines)
    return relaxed


@cache
def relaxation_stamp() -> str:
    """What a stored relaxation depends on: the relaxing code itself (its modules' bytes), and
    the `regex`, RE2 and Unicode versions it read class members and validity from."""
    import unicodedata

    from newslint import relax as relax_module
    from newslint import relax_atoms, relax_context, relax_folds, relax_reader, relax_trim

    digest = blake2b(digest_size=16)
    modules = (relax_module, relax_atoms, relax_context, relax_folds, relax_reader, relax_trim)
    for module in (*modules, sys.modules[__name__]):
        digest.update(Path(str(module.__file__)).read_bytes())
    engine = os.stat(sys.modules["re2._re2"].__file__ or "")
    versions = (regex.__version__, engine.st_size, engine.st_mtime_ns, unicodedata.unidata_version)
    digest.update(repr(versions).encode())
    return digest.hexdigest()
