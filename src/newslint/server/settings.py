"""What the editor may set for the server (initializationOptions, or the `newslint` section of
the workspace configuration). Project settings stay in `.newslint.yaml` / `pyproject.toml`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from newslint.server.linting import GRAMMAR_CHOICES

DEFAULT_DEBOUNCE_MS = 250


@dataclass(frozen=True)
class EditorSettings:
    grammar: str | None = None  # None: as each document's settings file says
    debounce: float = DEFAULT_DEBOUNCE_MS / 1000  # seconds after the last keystroke
    docs_url: str | None = None  # e.g. "https://newsroom.example/newslint/{rule}.html"

    def updated(self, values: Any) -> EditorSettings:
        """These settings with the recognised keys of `values` applied; other keys are ignored
        (editors send whole sections)."""
        if not isinstance(values, dict):
            return self
        changes: dict[str, Any] = {}
        if "grammar" in values:
            changes["grammar"] = _grammar(values["grammar"])
        if "debounce" in values:
            changes["debounce"] = _debounce(values["debounce"])
        if "docsUrl" in values:
            url = values["docsUrl"]
            if url is not None and not (isinstance(url, str) and "{rule}" in url):
                raise ValueError("docsUrl must be a URL template containing {rule}")
            changes["docs_url"] = url or None
        return replace(self, **changes)


def _grammar(value: Any) -> str | None:
    """`true` leaves it to the settings file, `false` turns grammar off, or name an engine."""
    if value is None or value is True:
        return None
    if value is False:
        return "off"
    if value in GRAMMAR_CHOICES:
        return str(value)
    raise ValueError(f"grammar must be true, false or one of {', '.join(GRAMMAR_CHOICES)}")


def _debounce(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10_000:
        raise ValueError("debounce must be a number of milliseconds between 0 and 10000")
    return value / 1000
