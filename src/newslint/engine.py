"""Run compiled checks over documents, then the policy: what the report and the fixer both see."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from newslint.checks import Check, compile_rule
from newslint.collector import collector_paused
from newslint.deferred_findings import deferred_kept
from newslint.document import Document, Span
from newslint.errors import BackendUnavailable, RuleError
from newslint.features import Features, Needs
from newslint.finding import UNFINISHED_RULE, Finding, in_text_order, shifted
from newslint.finding_list import FindingList
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.markup.block_lines import run_in_blocks
from newslint.markup.written import written_fixes
from newslint.one_finding import explaining_checks, merging_of
from newslint.policy import Policy
from newslint.rules import Rule
from newslint.text_windows import is_windowed, windows

if TYPE_CHECKING:
    from newslint.gate import Gate, OpenParts

Warn = Callable[[str], None]
RunCheck = Callable[[Check, Document, "OpenParts | None"], list[Finding]]
# A check as `_lint_whole` meets it, with its key and gates looked up once per linter (`_reading`).
Planned = tuple[Check, int, "Needs | None", "Callable[[Document], bool] | None"]


# Text a linter lints before it builds its gate: building it costs what the gate saves on about
# this much copy, so a one-article run never pays for it and a corpus pays once.
GATE_AFTER_CHARS = 200_000


class Linter:
    """The selected rules, compiled once, applied to any number of documents.

    A linter owns everything that decides its results: the rules (with the settings' options),
    the accepted vocabulary its checks consult, and the policy that decides which findings
    survive. Two settings files make two linters that share nothing.
    """

    def __init__(
        self,
        rules: Iterable[Rule],
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        warn: Warn | None = None,
        *,
        policy: Policy | None = None,
        vocabulary: Vocabulary = NO_VOCABULARY,
        gated: bool = True,
        gate_after: int = GATE_AFTER_CHARS,
    ):
        self.policy = policy or Policy.of(select, ignore)
        self.vocabulary = vocabulary
        rules = list(rules)
        self.rules = [self._configured(r) for r in rules if self.policy.runs(r)]
        self.checks: list[Check] = [compile_rule(r, vocabulary) for r in self.rules]
        unrun = (r for r in rules if not self.policy.runs(r))
        compiled = partial(compile_rule, vocabulary=vocabulary)
        self.checks += explaining_checks(unrun, self.checks, self.policy.selects, compiled)
        self.policy = self.policy.with_merging(merging_of(self.checks))
        if self.policy.select or self.policy.ignore:
            for check in self.checks:
                check.narrow(self.policy.selects)
        # Kept wherever they are: findings of kinds that read markup themselves, and the notice
        # of a rule that could not finish (placed at the start of what it could not check).
        self._own_scoping = {c.rule.id for c in self.checks if c.reads_markup} | {UNFINISHED_RULE}
        # Context-model rules have their suspects judged together before any of them runs.
        self._judges_context = any(hasattr(c, "context_request") for c in self.checks)
        # Gated and ungated linters find the same; the gate only skips checks that cannot match.
        self.gated = gated
        self._gate: Gate | None = None
        self._gate_after = gate_after
        self._ungated_chars = 0  # text linted before the gate was built
        # The feature gates (`newslint.features`): read from the text itself, so they cost
        # nothing to build and apply from the first document on.
        self._needs = {id(c): n for c in self.checks if (n := c.feature_needs()) is not None}
        # Necessary conditions no gate above evaluates (literals, document features): tested
        # just before the check would run (`newslint.necessary`).
        self._prefilters = {
            id(c): declared.prefilter
            for c in self.checks
            if (declared := c.necessary()) is not None and declared.prefilters
        }
        self.rules_by_id = {r.id: r for r in self.rules}
        self._warn = warn or (lambda message: None)
        self._unavailable: set[str] = set()  # engines that could not start, each said once
        # Each markup's checks (all, or those reading the prose or the source), keyed.
        self._by_markup: dict[tuple[str, str], list[Planned]] = {}

    @property
    def gate(self) -> Gate:
        """The checks' gate, built on first use (a linter that lints nothing never needs it)."""
        if self._gate is None:
            from newslint.gate import Gate  # RE2 is imported only by a run that builds the gate

            self._gate = Gate(self.checks)
        return self._gate

    def _open_parts(self, text: str) -> dict[int, OpenParts]:
        """What the gate lets run; everything until this linter has linted enough text to repay
        building the gate (about half a second: more than one article takes to lint)."""
        if not self.gated:
            return {}
        if self._gate is None:
            self._ungated_chars += len(text)
            if self._ungated_chars < self._gate_after:
                return {}
        return self.gate.open_parts(text)

    def rule_of(self, finding_id: str) -> Rule | None:
        """The rule a finding comes from (`grammar.harper` for `grammar.harper.AnA`)."""
        return self.rules_by_id.get(finding_id) or self.rules_by_id.get(
            finding_id.rsplit(".", 1)[0]
        )

    def _configured(self, rule: Rule) -> Rule:
        severity = self.policy.severity_of(rule.id, rule.severity)
        return rule if severity == rule.severity else rule.replaced(severity=severity)

    def warm_up(self) -> None:
        """Load what the checks need (word table, grammar engine) once, before forking workers."""
        self.lint(Document("Warm up: the U.S. officials said. Mr. Blinken agreed."))

    def lint(self, doc: Document, run: RunCheck | None = None) -> Sequence[Finding]:
        """The findings the policy keeps, in text order: what is reported and what is fixed.
        A very large document's come as a compact `FindingList` (memory follows its windows,
        not its findings); any other document's as a list. `run` (default `run_check`) is how
        one check runs, so an editor's linter can reuse what a check found before an edit; a
        windowed document always runs every check afresh."""
        if self.is_windowed(doc):
            return self._lint_windowed(doc)
        return self._lint_gated(doc, self._open_parts(doc.prose.text), run)

    def lint_all(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Sequence[Finding]]]:
        """Each document with what `lint` finds in it, the gate's pass over all of them made
        first: its RE2 sets scan a batch of short documents several times faster back to back
        than one at a time between the checks, whose work evicts the sets' DFA from the CPU
        caches. A document is let go once yielded (what the checks worked out about it with it)."""
        batch = list(docs)
        texts = [doc.prose.text for doc in batch if not self.is_windowed(doc)]
        if self.gated and self._gate is not None:  # set by set over the batch (`open_parts_many`)
            opened = iter(self.gate.open_parts_many(texts))
        else:
            opened = iter([self._open_parts(text) for text in texts])
        pending = deque((doc, None if self.is_windowed(doc) else next(opened)) for doc in batch)
        del batch, texts  # the queue alone holds the documents, each let go once yielded
        while pending:
            doc, open_parts = pending.popleft()
            yield doc, self.lint(doc) if open_parts is None else self._lint_gated(doc, open_parts)

    def _lint_gated(
        self, doc: Document, open_parts: dict[int, OpenParts], run: RunCheck | None = None
    ) -> list[Finding]:
        with collector_paused():
            return self.policy.apply(doc, self._found_in_prose(doc, run, open_parts))

    def found(self, doc: Document) -> list[Finding]:
        """Everything the checks find in prose, before the policy has its say."""
        if self.is_windowed(doc):
            return list(self._found_by_window(doc))
        return self._found_in_prose(doc)

    def _found_in_prose(
        self,
        doc: Document,
        run: RunCheck | None = None,
        open_parts: dict[int, OpenParts] | None = None,
    ) -> list[Finding]:
        """The checks' findings in prose, at their places in `doc`. In markup with inline tags
        the checks read `doc.prose`, the text without them, and what they find is mapped back
        (`newslint.markup.prose`); the kinds that read the source themselves (Vale's scopes,
        jusText) read `doc`, ungated (the gate read the prose). A fix's text is written as the
        markup writes those characters (`newslint.markup.written`)."""
        prose = doc.prose
        offsets = prose.source_map
        if offsets is None:
            return written_fixes(self._in_prose(doc, self._lint_whole(doc, run, open_parts)), doc)
        in_view = self._in_prose(prose, self._lint_whole(prose, run, open_parts, "prose"))
        from_source = self._in_prose(doc, self._lint_whole(doc, run, {}, "source"))
        return written_fixes([offsets.finding(f, prose.text) for f in in_view] + from_source, doc)

    @staticmethod
    def is_windowed(doc: Document) -> bool:
        """Whether `doc` is linted a window at a time (`text_windows`)."""
        return is_windowed(doc)

    def _lint_windowed(self, doc: Document) -> FindingList:
        keeps = self.policy.rule_judge(doc)
        if keeps is None:  # directives, a baseline or severities: the policy reads each finding
            return FindingList(self.policy.kept(doc, self._found_by_window(doc)))
        # The policy judges by rule id alone here, so each window's findings are stored at the
        # window's offset as they are, never rebuilt at their place in the document first.
        kept = FindingList()
        for offset, in_order in self._windows_found(doc):
            kept.extend(self.policy.judged(keeps, in_order), offset)
        return kept

    def _found_by_window(self, doc: Document) -> Iterator[Finding]:
        """The findings of a very large document, a window at a time, in text order (windows
        do not overlap, so each window's sorted findings follow the last window's)."""
        for offset, in_order in self._windows_found(doc):
            yield from (shifted(f, offset) for f in in_order)

    def _windows_found(self, doc: Document) -> Iterator[tuple[int, list[Finding]]]:
        """Each window's start and its findings in prose, in text order, with offsets into the
        window (a check compares parts of a document, repetition or consistency, within one
        window only; memory stays bounded by the window)."""
        from newslint.signals import forget_documents

        for window in windows(doc.text):
            part = Document(doc.text[window.start : window.end], doc.path, doc.markup)
            with collector_paused():  # each window's, so that the collector runs between them
                in_prose = self._in_prose(doc, self._lint_whole(part), window.start)
                in_order = sorted(in_prose, key=in_text_order)
            del part
            forget_documents()  # what the checks remembered of this window's text
            yield window.start, in_order

    def _in_prose(self, doc: Document, findings: list[Finding], offset: int = 0) -> list[Finding]:
        """The findings outside markup and inside their rule's scope, by their place in `doc`:
        their own offsets plus `offset` (a window's findings are judged where the window lies)."""
        own_scoping = self._own_scoping
        return [
            f
            for f in set(findings)
            if (f.rule in own_scoping or not doc.is_masked(f.start + offset, f.end + offset))
            and self._in_scope(f, doc, offset)
        ]

    def _lint_whole(
        self,
        doc: Document,
        run: RunCheck | None = None,
        open_parts: dict[int, OpenParts] | None = None,
        reading: str = "all",
    ) -> list[Finding]:
        """Every check's findings, deferring ones after the rest; `run` (default `run_check`) is
        how one check runs; `open_parts`, what the gate lets run (asked here if not given);
        `reading`, which checks run (`_reading`)."""
        run = run or self.run_check
        findings: list[Finding] = []
        deferred: list[tuple[Check, list[Finding]]] = []  # per deferring rule, in rule order
        in_pack: list[tuple[Check, list[Finding]]] = []  # the same, for `defers_in_pack` kinds
        if open_parts is None:
            open_parts = self._open_parts(doc.text)
        if self._judges_context and reading != "source":
            from newslint.checks.context_rule import judge_ahead

            judge_ahead(self.checks, doc)
        needs = self._needs if self.gated else {}
        features = Features(doc.text if needs else "")  # read only if a check needs it
        opened = open_parts.get  # asked ~150 times a document
        page = doc.markup == "html"  # its text blocks are the lines of a rule reading lines
        for check, key, need, prefilter in self._reading(doc.markup, reading):
            in_blocks = page and check.reads_lines
            parts = None if in_blocks else opened(key)
            if parts is not None and not parts:
                continue  # the gate says none of its patterns can match here
            if need is not None and not need.met_by(features):
                continue  # the text holds none of the characters it needs
            if prefilter is not None and not prefilter(doc):
                continue  # the document lacks what the check's necessary condition names
            found = run_in_blocks(run, check, doc) if in_blocks else run(check, doc, parts)
            if check.defers:
                (in_pack if check.defers_in_pack else deferred).append((check, list(found)))
            else:
                findings.extend(found)
        if in_pack:  # settled first: to the other deferring kinds, these stand as primary
            findings.extend(deferred_kept(findings, in_pack, doc, self.policy.selects))
        if deferred:
            findings.extend(deferred_kept(findings, deferred, doc, self.policy.selects))
        return findings

    def _reading(self, markup: str, reading: str = "all") -> list[Planned]:
        """The checks that read `markup`, in rule order, each with its key in the gate's map
        (its id), its feature gate and its prefilter (None: none, or an ungated linter): all of
        them, those that read the prose view ("prose") or those that read the source themselves
        ("source", `Check.reads_source`). Sorted out once per markup, not for every document
        (a list `run_check` replaces, never changes, when it drops a check)."""
        found = self._by_markup.get((markup, reading))
        if found is None:
            wanted = {"all": (False, True), "prose": (False,), "source": (True,)}[reading]
            needs = self._needs if self.gated else {}
            prefilters = self._prefilters if self.gated else {}
            found = self._by_markup[(markup, reading)] = [
                (c, id(c), needs.get(id(c)), prefilters.get(id(c)))
                for c in self.checks
                if markup in c.rule.markups and c.reads_source in wanted
            ]
        return found

    def _in_scope(self, finding: Finding, doc: Document, offset: int = 0) -> bool:
        rule = self.rules_by_id.get(finding.rule)
        return (
            rule is None or rule.scope is None or doc.in_block(finding.start + offset, rule.scope)
        )

    def run_check(
        self, check: Check, doc: Document, parts: OpenParts | None, lines: Span | None = None
    ) -> list[Finding]:
        """One check's findings (only those in `lines`, runs of whole lines, if given, from a
        line-local check); a check that cannot run is reported once and then left out."""
        try:
            if lines is not None:
                return list(check.run_lines(doc, lines.start, lines.end))
            return list(check.run(doc) if parts is None else check.run_parts(doc, parts))
        except TimeoutError:
            return self._unfinished(check, doc, lines or Span(0, len(doc.text)))
        except RuleError as exc:
            # A rule that fails on this document (a Vale script's run-time error) says so once.
            self._warn(f"{doc.path}: rule {check.rule.id}: {exc.problem}; skipped")
        except BackendUnavailable as exc:
            # Several rules share one engine (the context model): its failure is said once.
            if str(exc) not in self._unavailable:
                self._unavailable.add(str(exc))
                self._warn(f"{check.rule.id}: {exc}; the rules that need it are skipped")
            self.checks.remove(check)
            self._by_markup.clear()
        return []

    def _unfinished(self, check: Check, doc: Document, region: Span) -> list[Finding]:
        """What a check that ran out of time on `region` (whole lines) still finds, and a notice
        for each stretch it could not check: a line-local check is run again a paragraph at a
        time (`newslint.rerun`); any other, or a region of one paragraph, is given up whole."""
        from newslint.rerun import paragraphs, part_notice, rerun_by_paragraph, whole_notice

        if not check.line_local or next(paragraphs(doc.text, region), region) == region:
            notice = whole_notice(check, region.start)
            self._warn(f"{doc.path}: {notice.message.replace(' from this document', '')}")
            return [notice]
        rerun = rerun_by_paragraph(check, doc, region)
        notices = [part_notice(check, doc, part) for part in rerun.unchecked]
        if notices:
            chars = sum(part.end - part.start for part in rerun.unchecked)
            self._warn(
                f"{doc.path}: rule {check.rule.id} timed out; run again a paragraph at a time, it "
                f"could not check {chars:,} characters in {len(notices)} place(s): its findings "
                "there are missing"
            )
        return [*rerun.found, *notices]
