"""What one Vale configuration sees of one document: blocks, in-text switches, ignored spans.

In-text comments (vale.sh/docs "Comments"): `<!-- vale off -->` / `<!-- vale on -->` switch every
rule, `<!-- vale Style.Rule = NO -->` (or `YES`) one rule or, without a rule name, one style,
from the comment on. A block is judged by the switches in force where it ends, as Vale updates
them while it walks the file. `TokenIgnores` and `BlockIgnores` patterns mark spans no rule
reports in.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from newslint.document import Document
from newslint.vale.blocks import Block, Layout, Needs, Skips, document_layout, in_summary
from newslint.vale.ini import ValeConfig
from newslint.vale.text import block_text

_COMMENT = regex.compile(r"<!--\s*vale\s+(.*?)\s*-->", regex.DOTALL)
_SWITCH = regex.compile(r"([\w.-]+)\s*=\s*(YES|NO)")


@dataclass
class Switches:
    """In-text switches in document order: (offset, name or "off", disabled)."""

    events: list[tuple[int, str, bool]] = field(default_factory=list)

    @classmethod
    def read(cls, doc: Document) -> Switches:
        if doc.markup == "plain":
            return cls()
        events = []
        for match in _COMMENT.finditer(doc.original):
            body = match.group(1).strip()
            if body in ("off", "on"):
                events.append((match.end(), "off", body == "off"))
                continue
            for name, value in _SWITCH.findall(body):
                events.append((match.end(), name, value == "NO"))
        return cls(events)

    def disabled(self, rule_id: str, offset: int, rules_too: bool = True) -> bool:
        off = False
        named: dict[str, bool] = {}
        style = rule_id.split(".")[0]
        for at, name, value in self.events:
            if at > offset:
                break
            if name == "off":
                off = value
            else:
                named[name] = value
        if off or not rules_too:
            return off
        return named.get(rule_id, named.get(style, False))


@dataclass
class View:
    layout: Layout
    switches: Switches
    ignored: list[tuple[int, int]]
    _starts: list[int] = field(default_factory=list)
    _texts: dict[tuple[int, int, bool], tuple[str, list[int]]] = field(default_factory=dict)
    # Words and tags of a sentence, computed once for all the sequence rules that read it.
    tagged: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.ignored):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.ignored = merged
        self._starts = [start for start, _ in merged]

    def text_of(self, doc: Document, block: Block) -> tuple[str, list[int]]:
        """A block's text as Vale reads it, and each character's offset in the document."""
        key = (block.start, block.end, block.raw)
        if key not in self._texts:
            if "summary" in block.scope:
                self._texts[key] = self._summary(doc)
            else:
                self._texts[key] = block_text(doc, block, self.layout)
        return self._texts[key]

    def _summary(self, doc: Document) -> tuple[str, list[int]]:
        parts: list[str] = []
        offsets: list[int] = []
        for block in self.layout.blocks:
            if in_summary(block):
                text, places = block_text(doc, block, self.layout)
                parts.append(text + "\n\n")
                offsets += places + [places[-1] if places else block.start] * 2
        return "".join(parts), offsets

    @property
    def blocks(self) -> list[Block]:
        return self.layout.blocks

    def is_ignored(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        return index >= 0 and self.ignored[index][1] > start


def build_view(doc: Document, config: ValeConfig | None, needs: Needs) -> View:
    skips = Skips()
    if config is not None:
        skips = Skips(frozenset(config.skipped_scopes), frozenset(config.ignored_classes),
                      frozenset(config.ignored_scopes))  # fmt: skip
    layout = document_layout(doc, needs, skips)
    ignored: list[tuple[int, int]] = []
    if config is not None:
        block_patterns, token_patterns = config.ignores(doc.path)
        for pattern in [*block_patterns, *token_patterns]:
            ignored += _spans(pattern, doc.original)
    return View(layout, Switches.read(doc), ignored)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    from newslint.vale.ini import IGNORE_FLAGS
    from newslint.vale.styles import vale_regex

    try:
        compiled = regex.compile(vale_regex(pattern), IGNORE_FLAGS)
    except regex.error:
        return []
    spans = []
    for match in compiled.finditer(text, timeout=2.0):
        group = 1 if compiled.groups and match.group(1) is not None else 0
        spans.append(match.span(group))
    return [s for s in spans if s[1] > s[0]]
