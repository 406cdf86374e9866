"""Vale's `script` kind: a Tengo script (inline, or a `.tengo` file in StylesPath's
`config/scripts`) that reads the block's text in `scope` and leaves `matches`.

A match's `begin`/`end` are UTF-8 byte offsets into the block. Vale then places each alert by
searching the block for the matched text (the first word-bounded occurrence not already reported
by the rule, near the match when the block is short), not at the offsets themselves: we place it
the same way, so a script written for Vale reports where Vale does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from newslint.errors import RuleError
from newslint.vale.kinds import Base, Hit, KindError, vale_message
from newslint.vale.tengo import TengoError, compile_script, run, run_script
from newslint.vale.tengo.values import byte_length, byte_slice, char_offset

SHORT_BLOCK = 1000  # bytes: below this Vale narrows the search to the match's neighbourhood


class Script(Base):
    def prepare(self) -> None:
        self.source = str(self.data.get("script") or "")
        if not self.source.strip():
            raise KindError("a script rule needs a script")
        self.program: list[Any] | None = None
        if not self.source.endswith(".tengo"):
            self.program = _compiled(self.source)

    def configure(self, folder: str | None, styles: Path | None) -> None:
        if self.program is not None:
            return
        self.program = _script_program(styles, "scripts", self.source, "script")

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        if self.program is None:
            return
        try:
            matches = run_script(self.program, text)
        except TengoError as exc:
            raise RuleError(f"script failed: {exc}") from None
        context = text
        for match in matches:
            matched = byte_slice(text, match.begin, match.end)
            if not matched:
                continue
            start = _vale_place(context, matched, char_offset(text, match.begin))
            context = _blanked(context, matched)
            message = match.message if match.message is not None else self.message
            yield Hit(start, start + len(matched), vale_message(message, matched))


def _compiled(source: str) -> list[Any]:
    try:
        return compile_script(source)
    except TengoError as exc:
        raise KindError(f"the Tengo script does not compile: {exc}") from None


def _vale_place(context: str, matched: str, own: int) -> int:
    """Where Vale reports a match: the first occurrence bounded by a word boundary, `_` or the
    text's ends, passing over ones that touch a backtick or hyphen; in a short block the words
    before the match are masked first so the search lands near it."""
    if byte_length(context) < SHORT_BLOCK and context.count(matched) > 1:
        for word in context[:own].split():
            context = _blanked(context, word, "@")
    bounded = regex.compile(r"(?:\A|\b|_)" + regex.escape(matched) + r"(?:_|\b|\Z)", regex.ASCII)
    found = [m.span() for m in bounded.finditer(context)]
    if not found:
        at = context.find(matched)
        return at if at >= 0 else own
    at = found[0][0]
    for start, end in found:
        before, after = start - 1, end + 1
        if before > 0 and context[before] in "`-":
            continue
        if after < len(context) and context[after] in "`-":
            continue
        at = start
        break
    return at + 1 if context.startswith("_", at) else at


def _blanked(context: str, part: str, mark: str = "#") -> str:
    """The first occurrence of `part` masked (newlines kept), as Vale masks what it reported."""
    at = context.find(part)
    if at < 0:
        return context
    masked = "".join(c if c == "\n" else mark for c in part)
    return context[:at] + masked + context[at + len(part) :]


class ActionScript:
    """An `action: {name: suggest, params: [X.tengo]}` script (StylesPath's `config/actions`):
    run with the matched text in `match`, its `suggestions` array is the suggestions."""

    def __init__(self, name: str, styles: Path | None):
        self.program = _script_program(styles, "actions", name, "action script")

    def suggestions(self, matched: str) -> tuple[str, ...]:
        try:
            names = run(self.program, {"match": matched})
        except TengoError:
            return ()  # a failing suggestion script leaves the finding without suggestions
        found = names.get("suggestions")
        return tuple(s for s in found if isinstance(s, str)) if isinstance(found, list) else ()


def _script_program(styles: Path | None, folder: str, name: str, what: str) -> list[Any]:
    """The compiled Tengo program of StylesPath's config/<folder>/<name>, or a KindError."""
    path = styles / "config" / folder / name if styles else None
    if path is None or not path.is_file():
        raise KindError(f"{what} {name!r} not found in StylesPath's config/{folder}")
    try:
        return _compiled(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise KindError(f"cannot read {path}: {exc}") from None
