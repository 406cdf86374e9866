"""Front matter: the YAML (`---`) or TOML (`+++`) block a static site generator reads atop a page,
Markdown or HTML alike (Jekyll, Hugo and Eleventy templates carry it above their HTML)."""

from __future__ import annotations

import regex

from newslint.regex_store import compile_pattern

_FRONT_MATTER = compile_pattern(
    r"\A(?:---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)|\+\+\+[ \t]*\n.*?\n\+\+\+[ \t]*(?:\n|\Z))",
    regex.DOTALL,
)


def front_matter_end(text: str) -> int:
    """Where the body starts after YAML/TOML front matter (0 when there is none)."""
    front = _FRONT_MATTER.match(text)
    return front.end() if front else 0
