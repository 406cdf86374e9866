"""The gate: one RE2 pass over a document says which checks (and which of their patterns) may find
something there; the rest do not run.

A check offers its gate as a list of `regex` patterns ("parts"): it can find something only where
one of them matches, and given the parts that matched it runs only those. Each part is relaxed
into an RE2 pattern that matches wherever the original does (`newslint.relax`), all of them go
into one `re2.Set`, and a document is scanned once for all. A part that cannot be relaxed always
counts as matched, so the gate never changes a finding, only what is spent finding none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import re2
import regex

from newslint.relax import Unrelaxable, relax

# The DFA of a set of long alternations needs room; if it still runs out, Match reports nothing,
# which the sentinel (a pattern matching everywhere) tells apart from "nothing matched".
MAX_MEMORY = 256 << 20
SENTINEL = 0


class Gate:
    def __init__(self, checks: Sequence[Any]):
        options = re2.Options()
        options.max_mem = MAX_MEMORY
        options.log_errors = False
        self._set = re2.Set.SearchSet(options)
        self._set.Add("")
        self._owner: dict[int, tuple[Any, int]] = {}  # set index -> (check, part)
        self._singles: list[tuple[Any, int, Any]] = []  # parts RE2 holds one by one
        self.parts: dict[int, int] = {}  # id(check) -> how many parts it has
        self._open: dict[int, frozenset[int]] = {}  # id(check) -> parts that always run
        for check in checks:
            patterns = check.gate_patterns()
            if patterns is None:
                continue
            self.parts[id(check)] = len(patterns)
            always = set()
            for part, pattern in enumerate(patterns):
                relaxed = _relaxed(pattern)
                if relaxed is None:
                    always.add(part)
                    continue
                self._owner[self._set.Add(relaxed)] = (check, part)
                self._singles.append((check, part, re2.compile(relaxed, options)))
            self._open[id(check)] = frozenset(always)
        self._set.Compile()

    def open_parts(self, text: str) -> dict[int, frozenset[int]]:
        """For each gated check (by id), the parts that may match in `text`."""
        fired: dict[int, set[int]] = {key: set(parts) for key, parts in self._open.items()}
        result: Any = self._set.Match(text)  # a list of indexes, or None
        matched: list[int] = result or []
        if SENTINEL in matched:
            for index in matched:
                if index != SENTINEL:
                    check, part = self._owner[index]
                    fired[id(check)].add(part)
        else:  # the set's DFA gave up: ask each pattern alone (RE2 then falls back to its NFA)
            for check, part, single in self._singles:
                if single.search(text) is not None:
                    fired[id(check)].add(part)
        return {key: frozenset(parts) for key, parts in fired.items()}


def _relaxed(pattern: regex.Pattern[str]) -> str | None:
    try:
        relaxed = relax(pattern.pattern, bool(pattern.flags & regex.IGNORECASE)).pattern
        re2.compile(relaxed)
    except (Unrelaxable, re2.error):
        return None
    return relaxed
