"""The literals one of which every match of a pattern holds: a necessary condition read off
`regex`'s own parse of the pattern, tested on a document with a few substring searches.

Most pattern rules find nothing on most pages, and most of them cannot match without some
literal ("(", a digit's neighbour "%", "As an AI"): a page without any of a rule's literals is
passed over before its regexes run (`checks.pattern`, through `newslint.necessary`). The
literals come from the pattern's parse tree, never from what pages usually hold:

- a character or string matches itself; a small set of characters, one of them;
- a sequence's match holds each item's match, side by side: runs of items that match one
  of a few strings give those strings joined, and any item's literals will do (the most
  selective is kept);
- a branch's match is one branch's: the union of every branch's literals, or nothing known
  when one branch has none;
- a group or an atomic group holds its content's; a repeat of at least once its content's,
  or when that is exact its first few copies joined;
- anything else (a class like `\\w`, a lookaround, a back-reference, fuzzy matching, full case
  folding) is taken to need nothing.

Literals are compared on the document's text as `folded` gives it: lower case, with the
letters `regex` matches as an ASCII letter when ignoring case but whose lower case is not it
(`İ`, `ı`, `ſ`) written as that letter. A character is used only when every character the
pattern would match in its place folds to the same single character; any other breaks the
literal there. So a document that lacks every literal cannot hold a match.

Parsing costs more than searching, so what a pattern needs is kept in the pattern store
(`newslint.regex_store`) with its compiled form, under a stamp of this module's code: a
literal read by older code is never used.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import product
from typing import TYPE_CHECKING, Any

import regex

from newslint.necessary import DocumentFeature, Necessary
from newslint.regex_store import code_stamp, the_store

if TYPE_CHECKING:
    from newslint.document import Document

# Letters whose lower case is not the ASCII letter `regex` matches them with, ignoring case.
_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# Sigma's lower case depends on its neighbours: never part of a literal.
_SIGMAS = frozenset("Σσς")
# Alternatives a literal may have before it is too vague to be worth testing.
MOST_ALTERNATIVES = 24
# Copies of a repeated literal joined ("  " for ` {2,}`); more add nothing a page tells apart.
MOST_COPIES = 4

Literals = frozenset[str]


def folded(text: str) -> str:
    """The text as literals are compared with it (the module docstring)."""
    # str.translate looks every character up in the table once the text is not ASCII (one curly
    # quote does it): ~60 us a 1 KB page, fifteen times lower()'s cost. The three letters it
    # folds are rare, and three substring tests find them at C speed.
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_FOLDS)
    return text.lower()


def required_literals(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of `pattern` holds, folded; () when none is known."""
    store = the_store()
    flags = store.flags_given(pattern)
    key = f"{code_stamp(__file__)}\0{pattern.pattern}"
    known = store.literals(key, flags)
    if known is None:
        try:
            found = _Reader().required(_parsed(pattern.pattern, flags))
        except Exception:  # `regex`'s parser is private: if it changed, nothing is assumed
            found = None
        known = _shortest(found) if found else ()
        store.remember_literals(key, flags, known)
    return known


def literal_condition(
    patterns: Iterable[regex.Pattern[str]], requires: regex.Pattern[str] | None = None
) -> Necessary | None:
    """What a document must hold for one of `patterns` to match in it, and `requires` too: a
    literal of one of them, and one of `requires`' (None: nothing known)."""
    wanted = []
    found = [required_literals(pattern) for pattern in patterns]
    if found and all(found):
        wanted.append(tuple(sorted(set().union(*found))))
    needed = required_literals(requires) if requires is not None else ()
    if needed:
        wanted.append(needed)
    if not wanted:
        return None
    test = partial(_holds_each, tuple(wanted))
    return Necessary(feature=DocumentFeature("a literal every match holds", test))


def _holds_each(wanted: tuple[tuple[str, ...], ...], doc: Document) -> bool:
    """Whether the document holds one literal of each of `wanted`."""
    text = doc.folded
    return all(any(literal in text for literal in literals) for literals in wanted)


def _parsed(pattern: str, flags: int) -> Any:
    """The parse tree `regex.compile(pattern, flags)` builds, before its optimisations."""
    core: Any = importlib.import_module("regex._regex_core")
    scoped = flags
    while True:
        source = core.Source(pattern)
        info = core.Info(scoped, source.char_type, {})
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        source.use_unicode_space(bool(info.flags & regex.VERSION1))
        try:
            return core._parse_pattern(source, info)
        except core._UnscopedFlagSet:  # a global flag inside: parsed again with it (as regex)
            scoped = info.global_flags


class _Reader:
    """Reads a parse tree (`regex._regex_core`'s nodes) for its literals."""

    def __init__(self) -> None:
        self.core: Any = importlib.import_module("regex._regex_core")
        core = self.core
        self.cases = importlib.import_module("regex._regex").get_all_cases
        # Nodes that match without consuming: transparent inside a run of literals.
        self.empty = (core.ZeroWidthBase, core.LookAround)

    def required(self, node: Any, frugal: bool = False) -> Literals | None:
        """Strings one of which every match of `node` holds (None: not known): the longest
        a sequence offers, or when `frugal` the fewest (`_in_sequence`)."""
        core = self.core
        exact = self.exact(node)
        if exact is not None:
            return None if "" in exact else exact
        kind = type(node)
        if kind is core.Sequence:
            return self._in_sequence(node.items, frugal)
        if kind is core.Branch:
            return self._in_branches(node.branches, frugal)
        if kind in (core.Group, core.Atomic):
            return self.required(node.subpattern, frugal)
        if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
            if node.min_count < 1:
                return None
            copies = self._copies(node.subpattern, node.min_count)
            return copies if copies is not None else self.required(node.subpattern, frugal)
        return None

    def _in_branches(self, branches: Sequence[Any], frugal: bool) -> Literals | None:
        """Every branch's literals together; if they make too many, each branch's fewest."""
        for fewest in dict.fromkeys((frugal, True)):
            found = [self.required(branch, fewest) for branch in branches]
            if any(f is None for f in found):
                return None
            united = _bounded(frozenset().union(*found))  # type: ignore[arg-type]
            if united is not None:
                return united
        return None

    def exact(self, node: Any) -> Literals | None:
        """Every string `node` can match, when they are a few known ones (None otherwise)."""
        core = self.core
        kind = type(node)
        if isinstance(node, self.empty):
            return frozenset({""})
        if kind is core.Character:
            return self._character(node.value, node.case_flags, node.positive, node.zerowidth)
        if kind is core.String:
            return self._joined([self._character(c, node.case_flags) for c in node.characters])
        if kind is core.SetUnion and node.positive and not node.zerowidth:
            return self._set(node)
        if kind is core.Sequence:
            return self._joined([self.exact(item) for item in node.items])
        if kind is core.Branch:
            found = [self.exact(branch) for branch in node.branches]
            if any(f is None for f in found):
                return None
            return _bounded(frozenset().union(*found))  # type: ignore[arg-type]
        if kind in (core.Group, core.Atomic):
            return self.exact(node.subpattern)
        repeats = (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)
        if kind in repeats and node.min_count == node.max_count:
            return self._copies(node.subpattern, node.min_count)
        return None

    def _copies(self, node: Any, count: int) -> Literals | None:
        """What `count` copies of `node` side by side match, if exact (a few copies at most:
        the first few of a longer repeat are as good)."""
        exact = self.exact(node)
        if exact is None or count < 1:
            return None
        return self._joined([exact] * min(count, MOST_COPIES))

    def _in_sequence(self, items: Sequence[Any], frugal: bool) -> Literals | None:
        """The literals of a sequence (a run of exact items joined, a stretch of it, or one
        item's own) whose shortest is longest, or when `frugal` that are fewest."""
        candidates: list[Literals] = []
        run: list[Literals] = []
        for item in [*items, None]:
            exact = None if item is None else self.exact(item)
            if exact is not None:
                run.append(exact)
                continue
            candidates += self._of_run(run)
            run = []
            if item is not None and (inner := self.required(item, frugal)) is not None:
                candidates.append(inner)
        usable = [c for c in candidates if "" not in c]
        return max(usable, key=_fewest if frugal else _longest, default=None)

    def _of_run(self, run: list[Literals]) -> list[Literals]:
        """What a run of exact items offers: the run joined (or each item, if that makes too
        many), and each stretch of it that matches one string only."""
        joined = self._joined(run)
        offered = [joined] if joined is not None else list(run)
        single: list[Literals] = []
        for part in [*run, None]:
            if part is not None and len(part) == 1:
                single.append(part)
                continue
            if single and (one := self._joined(single)) is not None:
                offered.append(one)
            single = []
        return offered

    def _character(
        self, value: int, case_flags: int, positive: bool = True, zerowidth: bool = False
    ) -> Literals | None:
        """What one character matches, folded: None unless every form of it folds to one."""
        core = self.core
        if not positive or zerowidth or case_flags & core.FULLCASE:
            return None
        character = chr(value)
        forms = [character]
        if case_flags & core.IGNORECASE:
            forms = [chr(c) for c in self.cases(core.IGNORECASE | core.UNICODE, value)]
        folds = {folded(form) for form in forms}
        if len(folds) != 1 or any(len(f) != 1 or f in _SIGMAS for f in folds):
            return None
        return frozenset(folds)

    def _set(self, node: Any) -> Literals | None:
        """A set of plain characters and small ranges: each of its characters."""
        core = self.core
        found: set[str] = set()
        for item in node.items:
            if type(item) is core.Character:
                values: Iterable[int] = [item.value]
            elif type(item) is core.Range and item.upper - item.lower < MOST_ALTERNATIVES:
                values = range(item.lower, item.upper + 1)
            else:
                return None
            for value in values:
                one = self._character(value, node.case_flags | item.case_flags, item.positive)
                if one is None:
                    return None
                found |= one
        return _bounded(frozenset(found))

    @staticmethod
    def _joined(parts: Sequence[Literals | None]) -> Literals | None:
        """Every way to write the parts one after another (None if any is unknown or they
        are too many)."""
        known = [part for part in parts if part is not None]
        total = 1
        for part in known:
            total *= len(part)
        if len(known) < len(parts) or total > MOST_ALTERNATIVES:
            return None
        return frozenset("".join(p) for p in product(*known))


def _shortest(literals: Literals) -> tuple[str, ...]:
    """The literals less those holding another (a text holding "mrs" holds "mr")."""
    return tuple(sorted(a for a in literals if not any(b != a and b in a for b in literals)))


def _bounded(literals: Literals) -> Literals | None:
    return literals if len(literals) <= MOST_ALTERNATIVES else None


def _longest(literals: Literals) -> tuple[int, int]:
    """Longer shortest literals first, then fewer of them: the rarer on a page."""
    return min(map(len, literals)), -len(literals)


def _fewest(literals: Literals) -> tuple[int, int, int]:
    """Fewer literals first (a branch unites its branches') among those of a few characters
    or more, then longer ones."""
    shortest = min(map(len, literals))
    return min(shortest, MOST_COPIES), -len(literals), shortest
