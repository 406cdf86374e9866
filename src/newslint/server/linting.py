"""What the server lints with: the same settings, linters and policy as `newslint check`.

One `WorkspaceLinter` per server. Linters are built once per settings file (and grammar choice)
and kept; a settings file that changes on disk, or a watched-files notice, drops them so the next
lint reads the new settings.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newslint.config import Settings, SettingsFinder
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding
from newslint.fix import fix_raw
from newslint.incremental import Incremental, LintCancelled
from newslint.linters import Choices, Linters
from newslint.rules import Rule
from newslint.runner import markup_for

GRAMMAR_CHOICES = ("harper", "languagetool", "off")


@dataclass
class Linted:
    """One document's last lint: the text it saw and what it found there."""

    path: str
    raw: str
    doc: Document
    findings: Sequence[Finding]
    settings: Settings
    rules: dict[str, Rule] = field(default_factory=dict)
    bom: str = ""  # a byte order mark the editor's text starts with, which `doc` leaves out

    def rule_of(self, rule_id: str) -> Rule | None:
        """The rule behind a finding id; run-time ids (`grammar.harper.AnA`) map to their rule."""
        while rule_id:
            if rule_id in self.rules:
                return self.rules[rule_id]
            rule_id = rule_id.rpartition(".")[0]
        return None


class WorkspaceLinter:
    """Settings per document and a linter per settings, as `check` builds them, kept warm."""

    def __init__(self, grammar: str | None = None):
        self.grammar = grammar
        self._finder = SettingsFinder()
        self._linters = Linters(Choices(grammar=grammar), freeze_built=False)
        self._stamps: dict[Path, tuple[int, int] | None] = {}
        self._editing: dict[str, Incremental] = {}  # path -> its linter across edits
        self._frozen = False

    def set_grammar(self, grammar: str | None) -> bool:
        """Choose the grammar engine for every document; True when that changes anything."""
        if grammar is not None and grammar not in GRAMMAR_CHOICES:
            raise ValueError(f"grammar must be one of {', '.join(GRAMMAR_CHOICES)}")
        if grammar == self.grammar:
            return False
        self.grammar = grammar
        self.reload()
        return True

    def reload(self) -> None:
        """Forget every settings file and linter: the next lint reads them afresh."""
        self._finder = SettingsFinder()
        self._linters = Linters(Choices(grammar=self.grammar), freeze_built=False)
        self._stamps.clear()
        self._editing.clear()

    def lint(self, path: str, raw: str, cancelled: Callable[[], bool] | None = None) -> Linted:
        """Findings for the text of `path` as the editor holds it (saved or not): a full lint's,
        though only what the last edit can have changed is checked again. `cancelled` is asked
        between the steps (LintCancelled when it says yes: a newer text is waiting)."""
        settings, linter = self._linter(path)
        bom = _bom(raw)
        doc = Document.from_raw(raw[len(bom) :], path, markup_for(path))
        if cancelled is not None and cancelled():
            raise LintCancelled
        editing = self._editing.get(path)
        if editing is not None and editing.linter is linter:
            findings = editing.lint(doc, cancelled)
        else:
            editing = self._editing[path] = Incremental(linter)
            findings = editing.lint(doc, cancelled)
            self._freeze_once()
        return Linted(path, raw, doc, findings, settings, linter.rules_by_id, bom)

    def _freeze_once(self) -> None:
        """After the first lint, rules, word tables and compiled patterns live as long as the
        server: kept out of the collector's sweeps, which otherwise walk them all on a keystroke
        now and then. Only once: a later freeze would also pin documents' state that a closed
        file or a settings reload should let go of."""
        if not self._frozen:
            gc.collect()
            gc.freeze()
            self._frozen = True

    def forget(self, path: str) -> None:
        """A document closed: its last lint is no longer worth keeping."""
        self._editing.pop(path, None)

    def fixed_text(self, path: str, raw: str) -> str:
        """What `newslint check --fix` would make of this text (safe fixes, to a fixpoint); a
        byte order mark stays, as `check --fix` keeps a file's."""
        _, linter = self._linter(path)
        bom = _bom(raw)
        return bom + fix_raw(raw[len(bom) :], path, linter.lint, markup=markup_for(path)).raw

    def _linter(self, path: str) -> tuple[Settings, Linter]:
        settings = self._finder.settings_for(path)
        if settings.source is not None and self._changed(settings.source):
            self.reload()
            settings = self._finder.settings_for(path)
        if settings.source is not None:
            self._stamps.setdefault(settings.source, _stamp(settings.source))
        return settings, self._linters.for_settings(settings)

    def _changed(self, source: Path) -> bool:
        """Re-stat the settings file, for clients that do not report file changes."""
        return source in self._stamps and self._stamps[source] != _stamp(source)


def _bom(raw: str) -> str:
    """The byte order mark a client kept at the start of a document's text (some send the
    file's bytes decoded as they are): `check` reads a file's mark as no text, not as an
    invisible character to report and delete, and so does the server."""
    return raw[:1] if raw.startswith("\ufeff") else ""


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
