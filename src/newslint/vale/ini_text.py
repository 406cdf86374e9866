"""How go-ini (Vale's reader) reads `.vale.ini` text: its lines, values and section globs."""

from __future__ import annotations

from pathlib import Path

import regex

from newslint.errors import RuleError

# go-ini's name for the keys above the first section: a `[DEFAULT]` header opens that one again.
DEFAULT_SECTION = "DEFAULT"


def glob_pattern(glob: str) -> regex.Pattern[str]:
    """A Vale section glob as a regex: `*` and `**` cross folders, `{a,b}` alternates."""
    out: list[str] = []
    index = 0
    depth = 0
    while index < len(glob):
        char = glob[index]
        if char == "*":
            out.append(".*")
            while index + 1 < len(glob) and glob[index + 1] == "*":
                index += 1
        elif char == "?":
            out.append(".")
        elif char == "{":
            out.append("(?:")
            depth += 1
        elif char == "}" and depth:
            out.append(")")
            depth -= 1
        elif char == "," and depth:
            out.append("|")
        elif char == "[":
            close = glob.find("]", index)
            if close < 0:
                out.append(r"\[")
            else:
                body = glob[index + 1 : close].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                index = close
        else:
            out.append(regex.escape(char))
        index += 1
    try:
        return regex.compile("".join(out) + ")" * depth)
    except regex.error:
        return regex.compile(regex.escape(glob))


def read_ini(path: Path) -> list[tuple[str, str, str, int]]:
    """(section, key, value, line) entries, read as go-ini (Vale's reader) reads them: `#`/`;`
    comment lines, backslash continuations, inline comments, quotes (`_value`). The keys above
    the first section (and under `[DEFAULT]`) are in section ""."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read Vale configuration: {exc}", source=str(path)) from None
    entries: list[tuple[str, str, str, int]] = []
    section = ""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        number, line = index + 1, lines[index].strip()
        index += 1
        continued = False
        # go-ini joins a continued value's lines as they are, trimmed; a blank line ends it.
        while line.endswith("\\") and index < len(lines):
            following = lines[index].strip()
            index += 1
            line, continued = line[:-1] + following, True
            if not following:
                break
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            section = "" if section == DEFAULT_SECTION else section
            continue
        key, equals, value = line.partition("=")
        if not equals:
            raise RuleError(f"line {number}: expected 'key = value'", source=str(path))
        entries.append((section, key.strip(), _value(value.strip(), continued), number))
    return entries


def _value(value: str, continued: bool) -> str:
    """A value as go-ini gives it: one opened by a backquote or three double quotes runs to the
    last such quote; a continued one is taken whole; any other loses an inline comment (from
    " #" or " ;", as Vale's loader is set) and then quotes around it ("YES # on" is YES)."""
    for quote in ('"""', "`"):
        if value.startswith(quote) and len(value) > len(quote):
            end = value.rfind(quote, len(quote))
            if end >= 0:
                return value[len(quote) : end]
    if continued:
        return value
    cut = value.find(" #")
    if cut < 0:
        cut = value.find(" ;")
    if cut >= 0:
        value = value[:cut].strip()
    if (
        len(value) > 1
        and value[0] == value[-1]
        and value[0] in "\"'"
        and value.count(value[0]) == 2
    ):
        return value[1:-1]
    return value
