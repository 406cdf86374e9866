"""Code actions: a finding's fix or suggestions as quick fixes, fix-all, ignore on this line,
and accepting a word into the vocabulary."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from newslint.finding import DELETE, Edit, Finding, Fix
from newslint.fix import RuleFix
from newslint.fix_guard import Guard
from newslint.line_diff import line_opcodes
from newslint.selftest import changed_region
from newslint.server.linting import Linted
from newslint.server.positions import Positions

FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.newslint"
ADD_WORD_COMMAND = "newslint.addToVocabulary"
# Rules that judge a word against the vocabulary: accepting the word silences them.
VOCABULARY_KINDS = ("lexicon", "grammar")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}'’-]*")


class ActionBuilder:
    """The actions for one document's last lint.

    `version`, when the client takes versioned edits, is the document version the lint saw:
    every edit names it, so a client whose text has moved on refuses the edit rather than
    applying it to the wrong characters (bare `changes` carry no version)."""

    def __init__(self, uri: str, linted: Linted, positions: Positions, version: int | None = None):  # fmt: skip
        self.uri, self.linted, self.positions = uri, linted, positions
        self.version = version
        self.newline = linted.doc.newline
        self.guard = Guard(markup=linted.doc.markup)

    def workspace_edit(self, edits: Sequence[types.TextEdit]) -> types.WorkspaceEdit:
        if self.version is None:
            return types.WorkspaceEdit(changes={self.uri: list(edits)})
        document = types.OptionalVersionedTextDocumentIdentifier(self.uri, self.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(document, list(edits))])

    def for_range(self, start: int, end: int, diagnostics: Sequence[types.Diagnostic]) -> list[types.CodeAction]:  # fmt: skip
        actions: list[types.CodeAction] = []
        touched = [f for f in self.linted.findings if _touches(f, start, end)]
        for finding in touched:
            related = [d for d in diagnostics if d.code == finding.rule]
            actions += self.fixes(finding, related)
            actions += self.suppression(finding, related)
            actions += self.vocabulary(finding, related)
        return actions

    def fixes(self, finding: Finding, related: list[types.Diagnostic]) -> list[types.CodeAction]:
        actions = []
        fixed_by = ""
        if finding.fix:
            safe = finding.fix.applicability == "safe"
            fixed_by = finding.fix.edits[0].replacement if len(finding.fix.edits) == 1 else ""
            shown = " / ".join(_shown(e.replacement) for e in finding.fix.edits)
            title = f"Fix: {shown}" if safe else f"Fix (check it): {shown}"
            actions.append(self._quick_fix(title, finding.fix.edits, related, preferred=safe))
        for suggestion in finding.suggestions:
            replacement = "" if suggestion == DELETE else suggestion
            edit = Edit(finding.start, finding.end, replacement)
            if (replacement != fixed_by or not finding.fix) and self._harmless(finding, (edit,)):
                actions.append(
                    self._quick_fix(f"Replace with {_shown(replacement)}", [edit], related)
                )
        return actions

    def _harmless(self, finding: Finding, edits: tuple[Edit, ...]) -> bool:
        """Whether `--fix` would apply these edits: a suggestion replaces the finding's whole
        span, which in Markdown or HTML may hold markup ("council <b>s</b>", "said *said*");
        replaced, the editor's document lost a tag or an emphasis mark. Such a suggestion is not
        offered, as --fix refuses such a fix: the finding stays for a person to mend."""
        fix = Fix(edits)
        if not self.guard.admits(self.linted.doc, finding, fix):
            return False
        if self.linted.doc.markup == "plain":
            return True
        kept = self.guard.keep_structure(
            self.linted.raw, self.linted.doc, [RuleFix(finding.rule, fix)]
        )
        return bool(kept[1])

    def suppression(self, finding: Finding, related: list[types.Diagnostic]) -> list[types.CodeAction]:  # fmt: skip
        edit = suppression_edit(self.linted, finding)
        title = f"Ignore {finding.rule} on this line"
        return [self._quick_fix(title, [edit], related)] if edit else []

    def vocabulary(self, finding: Finding, related: list[types.Diagnostic]) -> list[types.CodeAction]:  # fmt: skip
        word = vocabulary_word(self.linted, finding)
        if word is None:
            return []
        return [
            types.CodeAction(
                title=f"Add “{word}” to the vocabulary",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=related or None,
                command=types.Command(title=f"Add “{word}” to the vocabulary", command=ADD_WORD_COMMAND, arguments=[self.uri, word]),
            )
        ]  # fmt: skip

    def fix_all(self, fixed_raw: str, codec: PositionCodec, kind: str) -> types.CodeAction | None:
        """One edit turning the text into what `newslint check --fix` would write."""
        edits = minimal_edits(self.linted.raw, fixed_raw, codec)
        if not edits:
            return None
        return types.CodeAction(
            title="Fix all safe problems in this file",
            kind=kind,
            edit=self.workspace_edit(edits),
        )

    def _quick_fix(self, title: str, edits: Sequence[Edit], related: list[types.Diagnostic],
                   preferred: bool = False) -> types.CodeAction:  # fmt: skip
        text_edits = [self._text_edit(e) for e in edits]
        return types.CodeAction(
            title=title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=related or None,
            is_preferred=preferred or None,
            edit=self.workspace_edit(text_edits),
        )

    def _text_edit(self, edit: Edit) -> types.TextEdit:
        return types.TextEdit(
            range=self.positions.range(edit.start, edit.end),
            new_text=edit.replacement.replace("\n", self.newline),
        )


def _touches(finding: Finding, start: int, end: int) -> bool:
    """Whether a finding is under the range an editor asks about: a cursor (an empty range) or an
    insertion point touches what begins or ends at it, but a range with text in it only what it
    shares text with. An editor asks with a diagnostic's range: a finding ending where that one
    begins ("\u200bSir.") offered its own fix first, marked preferred too, so the shortcut that
    applies the preferred fix deleted the wrong thing."""
    if start == end or finding.start == finding.end:
        return finding.start <= end and start <= finding.end
    return finding.start < end and start < finding.end


def _shown(replacement: str) -> str:
    if not replacement:
        return "delete"
    return f"“{replacement}”"


def suppression_edit(linted: Linted, finding: Finding) -> Edit | None:
    """The directive that turns this rule off for the finding's line, in the markup's syntax.

    A Markdown line inside a paragraph gets the comment at the end of the line before it: a
    comment on a line of its own would split the paragraph in two when rendered.
    """
    doc = linted.doc
    line, _ = doc.position(finding.start)
    text = doc.display_line(line)
    indent = text[: len(text) - len(text.lstrip())]
    line_start = doc.line_starts[line - 1]
    if doc.markup == "plain":
        return Edit(line_start, line_start, f"{indent}newslint-disable-next-line {finding.rule}\n")
    comment = f"<!-- newslint-disable-next-line {finding.rule} -->"
    if doc.markup == "markdown" and line > 1 and doc.display_line(line - 1).strip():
        end_of_previous = line_start - 1
        return Edit(end_of_previous, end_of_previous, f" {comment}")
    return Edit(line_start, line_start, f"{indent}{comment}\n")


def vocabulary_word(linted: Linted, finding: Finding) -> str | None:
    """The flagged word, when the finding is about one word that the vocabulary could accept."""
    rule = linted.rule_of(finding.rule)
    if rule is None or rule.kind not in VOCABULARY_KINDS:
        return None
    word = linted.doc.text[finding.start : finding.end]
    return word if _WORD.fullmatch(word) else None


def minimal_edits(before: str, after: str, codec: PositionCodec) -> list[types.TextEdit]:
    """Edits turning `before` into `after`, one per changed run of lines, each trimmed to the
    characters that differ (so the editor keeps the cursor and undo steps where nothing moved)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    starts = [0, *itertools.accumulate(len(line) for line in old)]
    edits = []
    for tag, i1, i2, j1, j2 in line_opcodes(old, new):
        if tag == "equal":
            continue
        start, end, text = _changed_span("".join(old[i1:i2]), "".join(new[j1:j2]))
        base = starts[i1]
        edits.append(
            types.TextEdit(
                range=types.Range(raw_position(before, base + start, codec), raw_position(before, base + end, codec)),
                new_text=text,
            )
        )  # fmt: skip
    return edits


def _changed_span(before: str, after: str) -> tuple[int, int, str]:
    """The span of `before` that differs from `after`, and what replaces it."""
    prefix, end = changed_region(before, after)
    suffix = len(before) - end
    # Never cut a CRLF in two: positions are counted in lines.
    if 0 < prefix < len(before) and before[prefix - 1] == "\r" and before[prefix] == "\n":
        prefix -= 1
    end = len(before) - suffix
    if 0 < end < len(before) and before[end - 1] == "\r" and before[end] == "\n":
        end += 1
        suffix -= 1
    return prefix, end, after[prefix : len(after) - suffix]


def raw_position(raw: str, offset: int, codec: PositionCodec) -> types.Position:
    """The LSP position of an offset in text whose lines may end in LF, CRLF or CR."""
    head = raw[:offset]
    line = head.count("\n") + head.count("\r") - head.count("\r\n")
    line_start = max(head.rfind("\n"), head.rfind("\r")) + 1
    return types.Position(line, codec.client_num_units(head[line_start:]))
