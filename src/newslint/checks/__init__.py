"""Check kinds: one module per kind, found by name.

A kind `foo-bar` lives in `newslint/checks/foo_bar.py` (or is registered by a third party under the
`newslint.checks` entry point, naming a module) and exports:

- `OPTIONS: dict[str, Option]`: the rule keys it accepts besides the common ones;
- `compile(rule: Rule, vocabulary: Vocabulary) -> Check`: usually the constructor of a `Check`
  subclass, which receives the validated `Rule` (its options filled in) and the linter's accepted
  words, and implements `run(doc) -> Iterable[Finding]`. A kind with no use for the vocabulary
  may define `compile(rule)`.

Adding a kind is adding a module; nothing else needs to change.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from types import FunctionType
from typing import Any, ClassVar

import regex

from newslint.checks.build import capitalised as capitalised  # the kinds import these from here
from newslint.checks.build import finding as finding
from newslint.checks.build import match_case as match_case
from newslint.checks.build import render as render
from newslint.document import Document
from newslint.errors import RuleError
from newslint.features import Needs
from newslint.finding import Finding
from newslint.kinds import Option as Option  # kinds declare their OPTIONS with it
from newslint.kinds import kind_module
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.necessary import Necessary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.span_index import FindingIndex as FindingIndex  # were here: kinds may import them
from newslint.span_index import SpanIndex as SpanIndex

# A user regex gets this long per document before it is abandoned with a warning.
REGEX_TIMEOUT_SECONDS = 2.0

# The budget of the regex work in progress, when not REGEX_TIMEOUT_SECONDS: a rule re-run a
# paragraph at a time (`newslint.rerun`) gives each paragraph a share of it, so that one stalled
# paragraph cannot spend it all. A context variable, since the budget belongs to the call in
# progress (of this thread), not to the check, which every document shares.
_BUDGET: ContextVar[float | None] = ContextVar("regex_budget", default=None)


def regex_timeout() -> float:
    """The seconds of matching a regex search started now may take."""
    budget = _BUDGET.get()
    return REGEX_TIMEOUT_SECONDS if budget is None else budget


@contextmanager
def regex_budget(seconds: float) -> Iterator[None]:
    """Regex searches started inside the block get `seconds` each, not REGEX_TIMEOUT_SECONDS."""
    token = _BUDGET.set(seconds)
    try:
        yield
    finally:
        _BUDGET.reset(token)


class Check(ABC):
    """A rule compiled for one kind: built once per linter, then run on any number of documents.

    `defers`: findings of this kind give way to any other rule's finding on the same text (page
    furniture defers to the curated boilerplate pattern; a grammar engine to the artifact packs).
    """

    defers: ClassVar[bool] = False
    # `defers_in_pack`: a deferring kind whose findings give way only among its own pack (one
    # scanned token, one OCR finding): weighed before the other deferring kinds, to which its
    # kept findings stand as primary ones, as they would if it did not defer.
    defers_in_pack: ClassVar[bool] = False
    # `reads_markup`: the kind decides itself which markup it reads (Vale's scopes, `scope:
    # raw`), so its findings are not dropped for touching text the prose mask blanks.
    reads_markup: ClassVar[bool] = False
    # `reads_source`: the kind reads the document's markup source itself (Vale's views, jusText
    # on the page), so it runs on the document as written, never on the prose view the other
    # kinds read, where inline markup is removed (`newslint.markup.prose`).
    reads_source: ClassVar[bool] = False
    # `reads_lines`: the rule judges each line alone, a whole line (page furniture): in HTML it
    # reads the page's text blocks as lines (`newslint.markup.block_lines`).
    reads_lines: bool = False
    # `LINE_LOCAL`: the kind's findings in any run of whole lines are the same whether it reads
    # the whole document or those lines alone (it consults no count, signal or neighbour beyond
    # the line). An editor then re-runs it only on the lines a keystroke changed; any other check
    # is re-run on the whole document. A kind whose rules differ says so per rule (`line_local`).
    LINE_LOCAL: ClassVar[bool] = False

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> None:
        self.rule = rule
        self.vocabulary = vocabulary

    @abstractmethod
    def run(self, doc: Document) -> Iterable[Finding]:
        """The findings of this rule in `doc` (offsets into `doc.text`), in any order."""

    def cause(self) -> str | None:
        """What this rule's findings report, when other rules report it too ("repeated-text"):
        the policy shows one of overlapping findings with one cause. None: a cause of its own."""
        return None

    def explained_by(self) -> frozenset[str]:
        """The causes (`cause`) whose finding, when it is one of this rule's spans written twice
        ("The The"), explains it: the policy then drops this rule's finding, whether or not the
        other is shown (one problem, one finding), so the rule need not know when another rule
        reports its span. Empty: no other cause explains it. The causes are reported by rules of
        this rule's own pack (those run for it when the user leaves them unrun)."""
        return frozenset()

    def narrow(self, selects: Callable[[str], bool]) -> None:
        """Told which finding ids the policy keeps (`selects`), when the user selects or ignores
        any: a kind that makes up ids at run time (an engine's rules) can leave the others unrun
        instead of running them for the policy to drop. By default nothing changes."""
        return None

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        """Whether a finding of a deferring kind gives way to the other rules' findings that
        overlap it (`inside`: those, every one starting within it; None when one starts before
        it) in `doc`, the document both were found in. By default it gives way to any."""
        return True

    @property
    def line_local(self) -> bool:
        """Whether `run_lines` finds in a run of lines what `run` finds there."""
        return self.LINE_LOCAL

    def run_lines(self, doc: Document, start: int, end: int) -> Iterable[Finding]:
        """The findings of a line-local check in `doc.text[start:end]` (whole lines): by default
        the check run on those lines as a document of their own."""
        from newslint.finding import shifted

        lines = Document(doc.text[start:end], doc.path, doc.markup)
        return [shifted(f, start) for f in self.run(lines)]

    def necessary(self) -> Necessary | None:
        """What a document must hold for this check to find anything in it (`newslint.necessary`),
        or None (nothing declared: always run). Asked once per linter. By default its `matches`
        are the check's gate patterns and its `characters` its feature needs; a kind that gives
        those itself declares no necessary condition."""
        return None

    def feature_needs(self) -> Needs | None:
        """The characters without one of which this check finds nothing in a text (its feature
        gate, `newslint.features`), or None (no such gate: always run). Asked once per linter;
        the engine skips the check on a document that holds none of them."""
        necessary = self.necessary()
        return None if necessary is None else necessary.characters

    def gate_patterns(self) -> Sequence[regex.Pattern[str]] | None:
        """Patterns ("parts") at least one of which matches wherever this check finds something,
        or None (no gate: always run). The engine scans each document once for every check's
        parts (`newslint.gate`) and runs `run_parts` with those that matched, if any did."""
        necessary = self.necessary()
        return list(necessary.matches) if necessary is not None and necessary.matches else None

    def run_parts(
        self, doc: Document, parts: Mapping[int, tuple[tuple[int, int], ...] | None]
    ) -> Iterable[Finding]:
        """The findings that need one of `parts` to match: indexes into `gate_patterns()`, each
        with the (start, end) ranges where it may match (None: anywhere)."""
        return self.run(doc)


CompileCheck = Callable[[Rule, Vocabulary], Check]


def compile_rule(rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> Check:
    module = kind_module(rule.kind)
    if module is None:
        raise rule.error(f"unknown kind {rule.kind!r}")
    try:
        if _takes_vocabulary(module.compile):
            return module.compile(rule, vocabulary)
        return module.compile(rule)
    except RuleError as exc:
        raise exc.located(source=rule.source, rule_id=rule.id) from None


# Code flags of a function with *args and with **kwargs (`inspect.CO_VARARGS`, `CO_VARKEYWORDS`).
CO_VARARGS, CO_VARKEYWORDS = 0x04, 0x08


@cache
def _takes_vocabulary(compile_check: Callable[..., Check]) -> bool:
    """A kind that has no use for the vocabulary may take the rule alone: `compile(rule)`. A
    plain function's parameters are counted from its code (`inspect`, which costs a run 5 ms of
    imports, is asked only about other callables)."""
    if isinstance(compile_check, FunctionType):
        code = compile_check.__code__
        starred = bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
        return code.co_argcount + code.co_kwonlyargcount + starred >= 2
    import inspect

    try:
        return len(inspect.signature(compile_check).parameters) >= 2
    except (TypeError, ValueError):
        return True


# A rule's regex flags as plain ints: OR-ing regex's flag enums runs enum's Python code (~4 us
# a pair), and a one-article run compiles some 360 rule regexes. The store keys by int anyway.
_RULE_FLAGS = int(regex.VERSION1 | regex.MULTILINE)
_RULE_FLAGS_FOLDED = int(regex.VERSION1 | regex.MULTILINE | regex.IGNORECASE)


def compile_regex(
    rule: Rule, pattern: str, key: str, *, ignorecase: bool = False
) -> regex.Pattern[str]:
    flags = _RULE_FLAGS_FOLDED if ignorecase else _RULE_FLAGS
    if ignorecase:
        # Simple case folding: VERSION1 otherwise folds fully ("ß" = "ss"), which English copy
        # never needs and which doubles the compile time of a long pattern (paid on every run).
        pattern = f"(?-f){pattern}"
    from newslint.regex_bounded import MAX_COMPILED_SIZE, builtin_source, too_large

    if isinstance(pattern, str) and not builtin_source(rule.source) and too_large(pattern, flags):
        raise rule.error(
            f"{key!r} does not compile: its counted repeats would write out over "
            f"{MAX_COMPILED_SIZE:,} items (the regex module copies a repeat's body once per count)"
        )
    try:
        return compile_pattern(pattern, flags)
    except (regex.error, TypeError) as exc:
        raise rule.error(f"{key!r} does not compile: {exc}") from None


# Matches taken from one scanner before the check sees them (see `finditer`).
MATCH_BATCH = 1024
# As a plain int: `flags & regex.REVERSE` goes through the Python code of enum's `__rand__`
# (3-4 us, more than a search of a short text; `finditer` is called ~126 times a document).
_REVERSE = int(regex.REVERSE)


def finditer(
    pattern: regex.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    timed: bool = True,
) -> Iterator[Any]:
    """The pattern's matches, abandoned (TimeoutError) once the regex itself has spent
    REGEX_TIMEOUT_SECONDS on them. The `regex` module's timeout runs on the process's CPU clock
    from the scanner's start, so it also counts what the check does between two matches: a rule
    with 200,000 matches in 1.4 MB timed out and lost every finding although its regex took
    0.15 s. Matches are therefore taken a batch at a time from a fresh scanner, each given what
    the regex has left of the budget; a scanner restarted where the last match ended finds
    what the first would have found next (lookbehind and anchors read from there, and a batch
    ends only after a match that is not empty, which the next scanner cannot find again).
    `timed=False`: a built-in pattern that cannot backtrack without end (`newslint.regex_bounded`)
    is searched without a timeout, which costs the search a sixth more."""
    end = len(text) if endpos is None else endpos
    if not timed:
        return pattern.finditer(text, pos, end)  # type: ignore[no-any-return]
    return _timed_matches(pattern, text, pos, end)


def _timed_matches(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> Iterator[Any]:
    if pattern.flags & _REVERSE:  # such a scanner runs backwards: no batches
        yield from pattern.finditer(text, pos, end, timeout=regex_timeout())
        return
    budget = regex_timeout()
    while True:
        if budget <= 0:
            raise TimeoutError("regex time out")
        started = time.process_time()
        batch, more = _batch(pattern.finditer(text, pos, end, timeout=budget))
        if not more:  # the last batch: what it spent is asked of no later one
            yield from batch
            return
        budget -= time.process_time() - started
        yield from batch
        pos = batch[-1].end()


def _batch(scanner: Iterator[Any]) -> tuple[list[Any], bool]:
    """Up to about MATCH_BATCH matches of `scanner`, and whether it may have more."""
    batch = []
    for match in scanner:
        batch.append(match)
        if len(batch) >= MATCH_BATCH and match.end() > match.start():
            return batch, True
    return batch, False


def occurs(pattern: regex.Pattern[str], text: str, *, timed: bool = True) -> bool:
    """Whether the pattern matches anywhere (under the same timeout as every user regex, unless
    not `timed`: see `finditer`)."""
    return pattern.search(text, timeout=regex_timeout() if timed else None) is not None


class Excused(SpanIndex):
    """Spans matched by a rule's `unless` patterns (within `span` only, for line-local ones)."""

    def __init__(
        self,
        text: str,
        patterns: Iterable[regex.Pattern[str]],
        span: tuple[int, int] | None = None,
    ):
        start, end = span or (0, len(text))
        super().__init__(m.span() for p in patterns for m in finditer(p, text, start, end))


class LinesExcused:
    """`Excused` over a whole long text, asked about a few spans: a line-local pattern (the
    gate's `line_local`: its matches in a run of whole lines are the ones it finds there alone)
    is searched only on the lines of each span asked about, since a match that overlaps a span
    lies on one of them; the other patterns are searched over the whole text as before."""

    def __init__(self, text: str, local: list[regex.Pattern[str]], other: list[regex.Pattern[str]]):
        self.text = text
        self.local = local
        self.other = Excused(text, other) if other else None
        # The lines last searched: a rule's findings come in text order, many to a line, and a
        # page of one long line would otherwise be searched whole (and its line ends looked for
        # from the span) once per finding.
        self._lines = (0, -1)
        self._lines_excused: Excused | None = None

    def covers(self, start: int, end: int) -> bool:
        if self.other is not None and self.other.covers(start, end):
            return True
        if not self.local:
            return False
        return self._on_lines_of(start, end).covers(start, end)

    def _on_lines_of(self, start: int, end: int) -> Excused:
        """The local patterns' matches on lines holding [start, end): those last searched if they
        do (a match on the other lines among them cannot overlap the span: it is line-local)."""
        first, last = self._lines
        if self._lines_excused is None or not (first <= start and end <= last):
            first = self.text.rfind("\n", 0, start) + 1
            found = self.text.find("\n", end)
            last = len(self.text) if found < 0 else found
            self._lines = (first, last)
            self._lines_excused = Excused(self.text, self.local, self._lines)
        return self._lines_excused
