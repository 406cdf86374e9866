"""`vale`: a Vale rule, run the way Vale runs it (vale.sh/docs "Checks", "Scoping").

For each document: whether the configuration runs the rule on this file (section globs,
`BasedOnStyles`, switches), then each block whose scope the rule's `scope:` matches, in file
order; in-text `<!-- vale ... -->` switches and ignore patterns drop what they cover. The kind
itself (newslint/vale/kinds.py and neighbours) finds hits in a block's text. Findings are
reported once per place, at most `limit` per file. An `action` becomes a fix, safe only when it
is one certain replacement that writes no pattern token.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from newslint.checks import Check, Option
from newslint.document import Document
from newslint.finding import Finding, Fix
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.rules import Rule
from newslint.vale.blocks import Block
from newslint.vale.context import ValeContext
from newslint.vale.kinds import Base, Hit, KindError, strings
from newslint.vale.scope import Scope
from newslint.vale.script import ActionScript
from newslint.vale.text import reported_start

# Kinds whose scope Vale sets itself, whatever the rule says.
_FIXED_SCOPE = {"metric": "summary", "readability": "summary", "sequence": "sentence"}
OPTIONS = {name: Option((object,)) for name in ("extends", "definition", "vale", "folder")}


def _kinds() -> dict[str, type[Base]]:
    from newslint.vale.capitalization import Capitalization
    from newslint.vale.counting import Conditional, Consistency, Occurrence, Repetition
    from newslint.vale.kinds import Existence, Substitution
    from newslint.vale.measures import Metric, Readability, Spelling
    from newslint.vale.script import Script
    from newslint.vale.sequence import Sequence

    return {"existence": Existence, "substitution": Substitution, "occurrence": Occurrence,
            "repetition": Repetition, "consistency": Consistency, "conditional": Conditional,
            "capitalization": Capitalization, "spelling": Spelling, "metric": Metric,
            "readability": Readability, "sequence": Sequence,
            "script": Script}  # fmt: skip


class ValeCheck(Check):
    # Vale decides where a rule looks (scopes, `raw`), so the engine's prose mask does not
    # filter these findings a second time.
    reads_markup = True
    reads_source = True

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY):
        super().__init__(rule, vocabulary)
        self.data: dict[str, Any] = dict(rule.option("definition") or {})
        self.context: ValeContext = rule.option("vale") or ValeContext()
        self.scope = Scope.parse(
            _FIXED_SCOPE.get(str(rule.option("extends")), self.data.get("scope"))
        )
        kind = _kinds().get(str(rule.option("extends")))
        if kind is None:
            raise rule.error(f"unsupported Vale kind {rule.option('extends')!r}")
        config = self.context.config
        try:
            self.kind = kind(
                self.data, self.context.accept, config.word_template if config else None
            )
            self.kind.configure(rule.option("folder"), config.styles_path if config else None)
            self.suggester = _action_script(self.data, config.styles_path if config else None)
        except KindError as exc:
            raise rule.error(str(exc)) from None
        self.limit = int(self.data.get("limit") or 0)

    def run(self, doc: Document) -> Iterator[Finding]:
        if not self.context.runs(self.rule.id, doc.path):
            return
        view = self.context.view(doc)
        seen: dict[str, Any] = {"blocks": view.blocks, "tagged": view.tagged}
        reported: set[int] = set()
        for block in view.blocks:
            if not self.scope.matches(block):
                continue
            sized = "raw" in block.scope or "summary" in block.scope
            if view.switches.disabled(self.rule.id, block.end, rules_too=not sized):
                continue
            text, offsets = view.text_of(doc, block)
            for hit in self.kind.run(text, seen):
                start, end = _place(offsets, hit, block)
                if start in reported or (end > start and view.is_ignored(start, end)):
                    continue
                reported.add(start)
                matched = text[hit.start : hit.end]
                finding = self._finding(start, end, hit, matched)
                shown = reported_start(doc, block, start, end, matched)
                if shown != start:
                    finding = finding.replaced(start=shown)  # a fix keeps the match's own span
                if finding.fix is not None and not block.raw and doc.is_masked(start, end):
                    finding = finding.replaced(fix=None)  # a fix never rewrites markup
                yield finding
                if self.limit and len(reported) >= self.limit:
                    return

    def _finding(self, start: int, end: int, hit: Hit, matched: str) -> Finding:
        fix, suggestions, safe = self._action(hit, matched)
        edit = (
            Fix.replace(start, end, fix, "safe" if safe else "unsafe") if fix is not None else None
        )
        return Finding(self.rule.id, self.rule.severity, hit.message, start, end, edit, suggestions)

    def _action(self, hit: Hit, matched: str) -> tuple[str | None, tuple[str, ...], bool]:
        action = self.data.get("action")
        if hit.fix is not None or not isinstance(action, dict):
            return _certain(hit.fix, hit.suggestions, hit.safe)
        name, params = action.get("name"), strings(action.get("params"))
        if name == "replace" and params:
            return _certain(params[0], tuple(params), len(params) == 1)
        if name == "remove":
            return "", (), True
        if name == "edit":
            edited = _edit(matched, params)
            return _certain(edited, (edited,) if edited is not None else (), edited is not None)
        if name == "suggest" and self.suggester is not None:
            return None, self.suggester.suggestions(matched), False
        if name == "suggest" and params and params != ["spellings"]:
            return None, tuple(params), False
        return None, hit.suggestions, False


def _action_script(data: dict[str, Any], styles: Path | None) -> ActionScript | None:
    """Vale's `suggest` action computed by a Tengo script (`params: [Name.tengo]`)."""
    action = data.get("action")
    if not isinstance(action, dict) or action.get("name") != "suggest":
        return None
    params = strings(action.get("params"))
    return ActionScript(params[0], styles) if params and params[0].endswith(".tengo") else None


def _certain(fix: str | None, suggestions: tuple[str, ...], safe: bool) -> tuple[str | None, tuple[str, ...], bool]:  # fmt: skip
    """A fix that would write a pattern token (`$1`, `\\1`) into the text is no fix at all."""
    if fix is not None and regex.search(r"\$\d|\\\d|\$\{", fix):
        return None, tuple(s for s in suggestions if s != fix), False
    return fix, suggestions, safe


def _place(offsets: list[int], hit: Hit, block: Block) -> tuple[int, int]:
    if not offsets or hit.end <= hit.start == 0:
        return block.start, block.start
    start = offsets[min(hit.start, len(offsets) - 1)]
    end = offsets[hit.end - 1] + 1 if hit.end > hit.start else start
    return start, max(start, end)


def _edit(text: str, params: list[str]) -> str | None:
    """Vale's `edit` action: regex, trim_left, trim_right, trim, truncate."""
    verb, rest = (params[0], params[1:]) if params else ("", [])
    if verb == "regex" and len(rest) == 2:
        try:
            return regex.sub(rest[0], regex.sub(r"\$(\d+)", r"\\g<\1>", rest[1]), text)
        except regex.error:
            return None
    strip = {"trim_left": str.lstrip, "trim_right": str.rstrip, "trim": str.strip}.get(verb)
    if strip is not None:
        return strip(text, rest[0] if rest else None)
    if verb == "truncate" and rest:
        return text.split(rest[0])[0]
    return None


def blocks_of(doc: Document, rule: Rule) -> list[Block]:
    """The blocks a rule's scope selects in a document (for tests and `rules show`)."""
    check = ValeCheck(rule)
    return [b for b in check.context.view(doc).blocks if check.scope.matches(b)]


def compile(rule: Rule, vocabulary: Vocabulary) -> ValeCheck:
    return ValeCheck(rule, vocabulary)
