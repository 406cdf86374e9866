"""LanguageTool through language-tool-python: a remote server URL, a local install, or a download.

Modes, in order: `url` (a running LanguageTool server, e.g. http://localhost:8081), an install
named by the LTP_JAR_DIR_PATH environment variable, or language-tool-python's own download of
LanguageTool (needs Java >= 17 and network access on first use).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from typing import Any

from newslint.grammar import BackendUnavailable, GrammarMatch, plausible_misspelling

SPELLING_CATEGORY = "TYPOS"


def matches_from_json(payload: dict[str, Any], text: str, **news: Any) -> list[GrammarMatch]:
    """GrammarMatches from a documented `/v2/check` response (as language-tool-python parses it)."""
    from language_tool_python.match import Match

    return convert([Match(dict(m), text) for m in payload.get("matches", [])], text, **news)


def convert(matches: list[Any], text: str, *, profile: str = "news", disable: tuple[str, ...] = (),
            disable_categories: tuple[str, ...] = (), news_off: tuple[str, ...] = (),
            news_off_kinds: tuple[str, ...] = ()) -> list[GrammarMatch]:  # fmt: skip
    """`news_off` and `news_off_kinds`: the LanguageTool rules and categories the news profile
    leaves out (the grammar rule's options, listed in its YAML)."""
    news = profile == "news"
    off_rules = set(disable) | (set(news_off) if news else set())
    off_categories = set(disable_categories) | (set(news_off_kinds) if news else set())
    converted = []
    for match in matches:
        if match.rule_id in off_rules or match.category in off_categories:
            continue
        start, end = match.offset, match.offset + match.error_length
        replacements = tuple(match.replacements[:5])
        spelling = match.category == SPELLING_CATEGORY or match.rule_issue_type == "misspelling"
        if (
            spelling
            and profile == "news"
            and not plausible_misspelling(text, start, end, replacements)
        ):
            continue
        converted.append(
            GrammarMatch(
                start, end, match.rule_id, match.category, match.message, replacements, spelling
            )
        )
    return converted


class LanguageToolBackend:
    name = "languagetool"

    def __init__(self, url: str | None = None, language: str = "en-US", profile: str = "news",
                 disable: tuple[str, ...] = (), disable_categories: tuple[str, ...] = (),
                 news_off: tuple[str, ...] = (), news_off_kinds: tuple[str, ...] = ()):  # fmt: skip
        try:
            import language_tool_python
        except ImportError:
            raise BackendUnavailable(
                "language-tool-python is not installed (pip install 'newslint[languagetool]')"
            ) from None
        url = url or os.environ.get("NEWSLINT_LANGUAGETOOL_URL") or None
        if not url and shutil.which("java") is None:
            raise BackendUnavailable(
                "no Java runtime found (LanguageTool needs Java >= 17), and no --languagetool-url given"
            )
        self.profile = profile
        self.disable = tuple(disable)
        self.disable_categories = tuple(disable_categories)
        self.news_off, self.news_off_kinds = tuple(news_off), tuple(news_off_kinds)
        try:
            self.tool = (
                language_tool_python.LanguageTool(language, remote_server=url)
                if url
                else language_tool_python.LanguageTool(language)
            )
        except Exception as exc:  # the library raises many kinds; all mean "cannot start"
            where = (
                f"server {url}"
                if url
                else os.environ.get("LTP_JAR_DIR_PATH") or "a downloaded LanguageTool"
            )
            raise BackendUnavailable(
                f"could not start LanguageTool ({where}): {' '.join(str(exc).split())[:200]}"
            ) from None
        self.description = f"LanguageTool {'at ' + url if url else 'local'} ({language})"

    def check(
        self, text: str, keep: Callable[[GrammarMatch], bool] | None = None
    ) -> list[GrammarMatch]:
        try:
            matches = self.tool.check(text)
        except Exception as exc:  # a failed check means the server went away
            raise BackendUnavailable(
                f"LanguageTool check failed: {' '.join(str(exc).split())[:200]}"
            ) from None
        converted = convert(
            matches,
            text,
            profile=self.profile,
            disable=self.disable,
            disable_categories=self.disable_categories,
            news_off=self.news_off,
            news_off_kinds=self.news_off_kinds,
        )
        return converted if keep is None else [m for m in converted if keep(m)]
