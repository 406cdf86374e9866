"""Findings built for a rule: the span, the message filled in, the fix offered (shared by the
kinds; `newslint.checks` re-exports them, where the kinds import them from)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from newslint.finding import Finding, Fix, Related
from newslint.rules import Rule


def finding(
    rule: Rule,
    start: int,
    end: int,
    message: str | None = None,
    *,
    fix: str | None = None,
    suggestions: Iterable[str] = (),
    applicability: str | None = None,
    related: tuple[Related, ...] = (),
) -> Finding:
    """A Finding for `rule` over [start, end), optionally replacing that span with `fix`, and
    pointing at the `related` places too."""
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        message=message or rule.message,
        start=start,
        end=end,
        fix=None
        if fix is None
        else Fix.replace(start, end, fix, applicability or rule.applicability),
        suggestions=tuple(suggestions),
        related=related,
    )


def capitalised(
    rule: Rule,
    match: regex.Match[str],
    applicability: str | None = None,
    /,
    **fields: str,
) -> Finding:
    """A finding over the `word` group of `match`, a word that lost its capital, offering it
    capitalised (the message may name `word`, `fixed` and any of `fields`)."""
    word = match.group("word")
    fixed = word[0].upper() + word[1:]
    return finding(
        rule,
        match.start("word"),
        match.end("word"),
        render(rule.message, word=word, fixed=fixed, **fields),
        fix=fixed,
        suggestions=[fixed],
        applicability=applicability,
    )


class _KeepUnknown(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **fields: Any) -> str:
    """Fill `{name}` fields in a rule message; unknown fields stay as written."""
    if "{" not in template:
        return template
    try:
        return template.format_map(_KeepUnknown(fields))
    except (ValueError, IndexError, AttributeError):
        return template  # a message with stray braces is shown as written


def match_case(model: str, replacement: str) -> str:
    """Give `replacement` the capitalisation pattern of `model` (UPPER, Title or as written)."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
