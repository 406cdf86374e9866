"""Findings as LSP diagnostics: rule id as the code, a link to the rule's page, severity mapped.

The link (`codeDescription.href`) is, in order: the `docsUrl` template from the editor's settings
(`https://newsroom.example/newslint/{rule}.html`), the rule's own `link`, or a `file:` URI of a
page written on first use from `newslint rules show` into the cache directory, so it always
describes the installed version and the project's own packs, offline.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lsprotocol import types

from newslint import __version__
from newslint.finding import Finding
from newslint.report import with_related
from newslint.rules import Rule
from newslint.server.linting import Linted
from newslint.server.positions import Positions

SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
SOURCE = "newslint"


class RuleDocs:
    """Where a rule's documentation lives, decided once per rule."""

    def __init__(self, template: str | None = None, directory: Path | None = None):
        self.template = template
        self._directory = directory
        self._urls: dict[str, str | None] = {}

    @property
    def directory(self) -> Path:
        if self._directory is None:
            from newslint.cache_dir import cache_dir

            self._directory = cache_dir() / "rules" / __version__
        return self._directory

    def url(self, rule_id: str, rule: Rule | None) -> str | None:
        if self.template:
            return self.template.replace("{rule}", rule_id)
        key = rule.id if rule else rule_id
        if key not in self._urls:
            self._urls[key] = self._resolve(rule)
        return self._urls[key]

    def _resolve(self, rule: Rule | None) -> str | None:
        if rule is None:
            return None
        if rule.link and rule.link.startswith(("http://", "https://")):
            return rule.link
        return self._page(rule)

    def _page(self, rule: Rule) -> str | None:
        from newslint.rule_commands import describe_rule

        text = f"# {rule.id}\n\n```text\n{describe_rule(rule)}\n```\n"
        # Rules from different packs may share an id; the content decides the file name.
        digest = hashlib.blake2b(text.encode(), digest_size=4).hexdigest()
        try:
            page = self.directory / f"{rule.id}-{digest}.md"
        except RuntimeError:  # no home directory to hold the pages: diagnostics without a link
            return None
        try:
            if not page.exists():
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(text, encoding="utf-8")
        except OSError:
            return None
        return page.as_uri()


def diagnostics(
    linted: Linted, positions: Positions, docs: RuleDocs, uri: str | None
) -> list[types.Diagnostic]:
    """The document's findings; `uri` names it in the places a finding also points at, None
    for a client that shows no related information (they are named in the message instead)."""
    return [diagnostic(finding, linted, positions, docs, uri) for finding in linted.findings]


def diagnostic(
    finding: Finding, linted: Linted, positions: Positions, docs: RuleDocs, uri: str | None
) -> types.Diagnostic:
    url = docs.url(finding.rule, linted.rule_of(finding.rule))
    return types.Diagnostic(
        range=positions.range(finding.start, finding.end),
        message=_message(finding, linted, uri is None),
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=url) if url else None,
        source=SOURCE,
        related_information=_related(finding, uri, positions) if finding.related and uri else None,
    )


def _related(
    finding: Finding, uri: str, positions: Positions
) -> list[types.DiagnosticRelatedInformation]:
    """The other places the finding points at, in the same document (`uri`)."""
    return [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=positions.range(r.start, r.end)),
            message=r.message,
        )
        for r in finding.related
    ]


def _message(finding: Finding, linted: Linted, related_in_message: bool) -> str:
    message = with_related(linted.doc, finding) if related_in_message else finding.message
    if finding.fix and finding.fix.applicability == "safe":
        shown = " / ".join(e.replacement or "delete" for e in finding.fix.edits)
        return f"{message} (fix: {shown})"
    if finding.suggestions:
        return f"{message} (suggestion: {' | '.join(finding.suggestions)})"
    return message
