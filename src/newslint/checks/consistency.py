"""`consistency`: two ways of writing one thing inside one document (`Mr`/`Mr.`, `US`/`U.S.`).

Keys: `variants` (name -> regex), `fix` (name -> template turning a match of that variant into the
winner's form), `prefer` (dialect -> variant that wins in a document spelled that way), `default`
(the winner on a tie), `require_dialect` (only judge documents spelled this way), `min_ratio` (the winner must
outnumber the rest this many times, or the mix is taken as deliberate), `unless`,
`unless_unpaired` (pairs `{pattern, pair}` of regexes with the same named groups: a match of
`pattern` is excused unless `pair` matches somewhere in the document with the same groups, so
"US Open" is a name unless the article also writes "U.S. Open"; one pass over the text each,
where a look-around over the rest of the document per match would be quadratic),
`tally` (variant -> regex: the variant's weight is the number of matches of this pattern
instead of its own, so quotation marks are weighed by the quotations they open), `ignorecase`, `report` (the variants that may be reported; a document mostly written in
another one is left alone), `tie_break` (a regex tried at each match: on a tie, the variant with
more matches it also matches at wins before `default`, so spoken quotations outvote a title's),
`unless_scanned` (true: a page the OCR signal reads as scanned is left alone, its marks being the
scanner's guesses), `skip_headlines` (true: a headline, the first line or a short line standing alone with no
closing mark, is excused, as `unless` would excuse it), `candidates` (a regex at whose matches' starts every match of `variants`, `unless` and
`unless_unpaired` starts, ending inside it: the text is searched once, for it, and those patterns
are tried only at its matches' starts, which finds what a search of the whole text for each finds;
`consistency.ise-ize` searches six word patterns whose stems back up through every word).
A document that uses one variant throughout is never reported. In a mixed document the variant
its dialect prefers wins, otherwise the more frequent one. Each finding points at the first
place the winning form is written (a related location): the message quotes that form, and the
reader sees where the page writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import regex

from newslint import dialect
from newslint.checks import (
    Check,
    Option,
    SpanIndex,
    compile_regex,
    finding,
    finditer,
    occurs,
    regex_timeout,
    render,
)
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.related_places import OtherForm
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal
from newslint.values import FrozenValue

# A variant's ranges: where the gate opened it, None for everywhere, () for nowhere.
Ranges = tuple[tuple[int, int], ...]

# When only the house's form wins and the article never writes it, there is no "elsewhere in
# this article" to point at: the message names the house style instead.
HOUSE_MESSAGE = "“{match}” here; the house style writes “{house}”"
OPTIONS = {
    "variants": Option((dict,), required=True),
    "fix": Option((dict,), default={}),
    "prefer": Option((dict,), default={}),
    "default": Option((str,)),
    "require_dialect": Option((str,), choices=(dialect.AMERICAN, dialect.BRITISH)),
    "unless": Option((str, list), default=[]),
    "unless_unpaired": Option((list,), default=[], doc="[{pattern, pair}]: excused when unpaired"),
    "skip_headlines": Option(
        (bool,), default=False, doc="a headline (`HEADLINE_LINES`) sets its own style: excused"
    ),
    "ignorecase": Option((bool,), default=False),
    "min_ratio": Option((int, float), default=0),
    "unless_scanned": Option(
        (bool,),
        default=False,
        doc="a page that reads as scanned text (the OCR signal) is left alone: its variants are"
        " the scanner's guesses, not a writer's choice",
    ),
    "report": Option((list,), default=[], doc="only these variants are ever reported"),
    "house": Option((str,), doc="a house style's variant: it always wins, even alone"),
    "dialect": Option((str,), choices=(dialect.AMERICAN, dialect.BRITISH), doc="the house dialect"),
    "tie_break": Option((str,), doc="a regex tried at each match: more such matches win a tie"),
    "tally": Option((dict,), default={}, doc="variant -> regex whose matches weigh the variant"),
    "candidates": Option((str,), doc="a regex: the other patterns are tried only at its starts"),
}


# A headline or subheading: the first line, or a short line standing alone, with no closing mark.
# Desks write it in their own style whatever the story's body does ("US" unpointed, "Aug 5").
# A quotation mark closes a sentence only after the sentence's own stop or comma ("…, he said
# 'no'." / "… 'no.'"): a headline ends on a quoted word with none ("… saying 'no'").
# The length test comes first: a scan of a long line for its closing mark is quadratic.
HEADLINE_LINES = (
    r'\A(?=[^\n]{1,160}(?:\n|\Z))(?![^\n]*(?:[.!?:;)]|[.!?,:;]["”’]+)[ \t]*(?:\n|\Z))'
    r"[^\n]{1,160}(?=\n|\Z)",
    r'(?m)^(?=[^\n]{1,160}$)(?![^\n]*(?:[.!?:;)]|[.!?,:;]["”’]+)[ \t]*$)[^\n]{1,160}$'
    r"(?=\n[ \t]*\n|\n?\Z)",
)


class ConsistencyCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        ignorecase = rule.option("ignorecase")
        variants = rule.option("variants")
        if len(variants) < 2:
            raise rule.error("'variants' needs at least two entries")
        self.variants = {
            str(name): compile_regex(rule, str(p), f"variants.{name}", ignorecase=ignorecase)
            for name, p in variants.items()
        }
        unless = rule.option("unless")
        unless = [unless] if isinstance(unless, str) else list(unless)
        if rule.option("skip_headlines"):
            unless.extend(HEADLINE_LINES)
        self.exceptions = [compile_regex(rule, p, "unless", ignorecase=ignorecase) for p in unless]
        self.unpaired = [
            _unpaired_exception(rule, entry, ignorecase) for entry in rule.option("unless_unpaired")
        ]
        self.fixes = {str(k): str(v) for k, v in rule.option("fix").items()}
        self.prefer = {str(k): str(v) for k, v in rule.option("prefer").items()}
        self.tallies = {
            str(name): compile_regex(rule, str(p), f"tally.{name}", ignorecase=ignorecase)
            for name, p in rule.option("tally").items()
        }
        tie_break = rule.option("tie_break")
        self.tie_break = compile_regex(rule, tie_break, "tie_break") if tie_break else None
        candidates = rule.option("candidates")
        self.candidates = (
            compile_regex(rule, candidates, "candidates", ignorecase=ignorecase)
            if candidates
            else None
        )
        named = [rule.option("default"), rule.option("house"), *map(str, rule.option("report"))]
        for name in [*self.fixes, *self.tallies, *self.prefer.values(), *(n for n in named if n)]:
            if name not in self.variants:
                raise rule.error(f"{name!r} is not one of the variants")

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        """The variants: a document is reported only where two of them match (with a house
        style, one other than the house's), and one of `report` among them."""
        return list(self.variants.values())

    def run_parts(self, doc: Document, parts: Mapping[int, Ranges | None]) -> Iterable[Finding]:
        opened = {name for index, name in enumerate(self.variants) if index in parts}
        house = self.rule.option("house")
        mixed = bool(opened - {house}) if house else len(opened) >= 2
        reportable = {str(name) for name in self.rule.option("report")}
        if not mixed or (reportable and not opened & reportable):
            return ()  # too few variants can match here for the document to be mixed
        # Each variant is searched only where the gate opened it: the gate opens a part
        # wherever it can match, and a line-local part's matches in a run of whole lines are
        # those a search of the whole text finds there (as the pattern kind reads its parts).
        return self._found(doc, {name: parts.get(i, ()) for i, name in enumerate(self.variants)})

    def run(self, doc: Document) -> Iterator[Finding]:
        return self._found(doc, dict.fromkeys(self.variants))

    def _found(self, doc: Document, where: Mapping[str, Ranges | None]) -> Iterator[Finding]:
        """The findings, each variant searched in its ranges of `where` (None: everywhere)."""
        reportable = self.rule.option("report")
        if reportable and not any(
            occurs_in(self.variants[str(n)], doc.text, where[str(n)]) for n in reportable
        ):
            return  # nothing here could be reported: skip counting the common variants
        matches = self._matches(doc.text, where)
        present = [name for name, found in matches.items() if found]
        house = self.rule.option("house")
        if len(present) < 2 and not (house and present and present != [house]):
            return
        if self.rule.option("unless_scanned") and self._scanned(doc.text):
            return
        spelling = self.rule.option("dialect") or doc.dialect
        required = self.rule.option("require_dialect")
        if required and spelling != required:
            return
        weights = self._weights(doc.text, matches, present)
        winner = house or self._winner(matches, weights, present, spelling)
        losers = sum(weights[name] for name in present if name != winner)
        if not house and weights[winner] < self.rule.option("min_ratio") * losers:
            return  # mixed on purpose (e.g. logical quotation), not by accident
        example = matches[winner][0].group() if matches[winner] else None
        reportable = self.rule.option("report") or present
        # One place the page writes the winning form: the message already quotes it.
        usual = OtherForm(
            ((*m.span(), f"written “{m.group()}” here") for m in matches[winner][:3]), 1
        )
        for name in present:
            if name == winner or name not in reportable:
                continue
            for match in matches[name]:
                fix = match.expand(self.fixes[name]) if name in self.fixes else None
                message = (
                    render(
                        self.rule.message,
                        match=match.group(),
                        winner=example,
                        count=len(matches[name]),
                        winner_count=len(matches[winner]),
                    )
                    if example is not None
                    else HOUSE_MESSAGE.format(match=match.group(), house=self._house_form(fix))
                )
                yield finding(
                    self.rule,
                    match.start(),
                    match.end(),
                    message,
                    fix=fix,
                    suggestions=[fix] if fix else [],
                    related=usual.related(*match.span()),
                )

    def _scanned(self, text: str) -> bool:
        return ocr_signal(text, self.vocabulary.zipf).looks_scanned(*DEFAULT_GATE)

    def _house_form(self, fix: str | None) -> str:
        """The house's form, which the article never writes: as this finding's fix writes it,
        else as the settings name it (`house_style`'s choice), else the variant's name."""
        if fix:
            return fix
        house = self.rule.option("house")
        style = self.rule.house_style
        named = [key for key, value in style.choices.items() if value == house] if style else []
        return named[0] if named else str(house)

    def _matches(self, text: str, where: Mapping[str, Ranges | None]) -> dict[str, list[Any]]:
        search = self._searcher(text)
        found = {
            name: [] if where[name] == () else list(search(pattern, where[name]))
            for name, pattern in self.variants.items()
        }
        if not any(found.values()):
            return found  # the exceptions only ever excuse a variant's match
        excused = SpanIndex(
            [
                *(m.span() for p in self.exceptions for m in search(p, None)),
                *(span for exception in self.unpaired for span in exception.spans(search)),
            ]
        )
        return {
            name: [m for m in matches if not excused.covers(m.start(), m.end())]
            for name, matches in found.items()
        }

    def _searcher(self, text: str) -> Callable[[regex.Pattern[str], Ranges | None], Iterable[Any]]:
        """How a pattern's matches in `text` are found: a search of the given ranges (None: the
        whole text), or, with `candidates`, a match tried at each candidate's start (the
        candidates do not overlap and each holds the whole of any match starting at it, so the
        next match a search would find after one is at a later candidate); the candidates are
        found in the whole text, once, whatever the ranges."""
        candidates = self.candidates
        if candidates is None:
            return lambda pattern, ranges: searched_in(pattern, text, ranges)
        starts: list[int] | None = None

        def tried(pattern: regex.Pattern[str], ranges: Ranges | None) -> list[Any]:
            nonlocal starts
            if starts is None:
                starts = [m.start() for m in finditer(candidates, text)]
            timeout = regex_timeout()
            found = (pattern.match(text, start, timeout=timeout) for start in starts)
            return [m for m in found if m is not None]

        return tried

    def _weights(
        self, text: str, matches: dict[str, list[Any]], present: list[str]
    ) -> dict[str, int]:
        """Each present variant's weight: its matches, or those of its `tally` pattern."""
        return {
            name: (
                sum(1 for _ in finditer(self.tallies[name], text))
                if name in self.tallies
                else len(matches[name])
            )
            for name in present
        }

    def _winner(
        self,
        matches: dict[str, list[Any]],
        counts: dict[str, int],
        present: list[str],
        spelling: str | None,
    ) -> str:
        preferred = self.prefer.get(spelling or "")
        if preferred in present:
            return preferred
        top = max(counts.values())
        leaders = [name for name in present if counts[name] == top]
        if self.tie_break is not None and len(leaders) > 1:
            leaders = self._tie_broken(matches, leaders)
        default = self.rule.option("default")
        return default if default in leaders else leaders[0]

    def _tie_broken(self, matches: dict[str, list[Any]], leaders: list[str]) -> list[str]:
        """The tied variants with most matches the tie-break pattern also matches at."""
        pattern = self.tie_break
        assert pattern is not None
        weight = {
            name: sum(1 for m in matches[name] if pattern.match(m.string, m.start()))
            for name in leaders
        }
        top = max(weight.values())
        return [name for name in leaders if weight[name] == top]


class UnpairedException(FrozenValue):
    """Matches of `pattern` excused unless `pair` matches with the same named groups."""

    FIELDS = ("pattern", "pair")
    pattern: regex.Pattern[str]
    pair: regex.Pattern[str]

    def __init__(self, pattern: regex.Pattern[str], pair: regex.Pattern[str]):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "pattern", pattern)
        setter(self, "pair", pair)

    def spans(
        self, search: Callable[[regex.Pattern[str], Ranges | None], Iterable[Any]]
    ) -> Iterator[tuple[int, int]]:
        """The spans of the unpaired matches, each pattern's matches found by `search` in the
        whole text."""
        paired = {_groups(m) for m in search(self.pair, None)}
        for match in search(self.pattern, None):
            if _groups(match) not in paired:
                yield match.span()


def searched_in(pattern: regex.Pattern[str], text: str, ranges: Ranges | None) -> Iterator[Any]:
    """The pattern's matches in `text`, or in `ranges` of it (in order, not overlapping)."""
    for start, end in ((0, len(text)),) if ranges is None else ranges:
        yield from finditer(pattern, text, start, end)


def occurs_in(pattern: regex.Pattern[str], text: str, ranges: Ranges | None) -> bool:
    """Whether the pattern matches in `text`, or in one of `ranges` of it."""
    if ranges is None:
        return occurs(pattern, text)
    timeout = regex_timeout()
    return any(pattern.search(text, start, end, timeout=timeout) for start, end in ranges)


def _groups(match: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(match.groupdict().items()))


def _unpaired_exception(rule: Rule, entry: Any, ignorecase: bool) -> UnpairedException:
    if not isinstance(entry, dict) or set(entry) != {"pattern", "pair"}:
        raise rule.error("each 'unless_unpaired' entry needs exactly 'pattern' and 'pair'")
    pattern = compile_regex(rule, str(entry["pattern"]), "unless_unpaired", ignorecase=ignorecase)
    pair = compile_regex(rule, str(entry["pair"]), "unless_unpaired", ignorecase=ignorecase)
    if set(pattern.groupindex) != set(pair.groupindex):
        raise rule.error("'unless_unpaired': 'pattern' and 'pair' need the same named groups")
    return UnpairedException(pattern, pair)


def compile(rule: Rule, vocabulary: Vocabulary) -> ConsistencyCheck:
    return ConsistencyCheck(rule, vocabulary)
