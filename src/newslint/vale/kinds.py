"""Vale's check kinds over one block of text (vale.sh/docs "Checks").

Each kind turns a rule definition into `run(text, seen) -> hits`, offsets relative to the
block; `seen` is what earlier blocks of the same file left behind (the terms a `conditional`
rule saw defined, the variants a `consistency` rule saw). Matches are word-bounded unless
`nonword: true`; `exceptions` and the Vocab's accepted terms excuse a match containing them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from newslint.checks import finditer
from newslint.regex_bounded import too_large
from newslint.vale.styles import vale_regex
from newslint.yaml_written import yaml_written

TIMEOUT = 2.0


@dataclass
class Hit:
    start: int
    end: int
    message: str
    fix: str | None = None
    suggestions: tuple[str, ...] = ()
    safe: bool = False


def strings(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


_VERB = regex.compile(r"%%|%(?:\[(\d+)\])?[sv]")


def vale_message(template: str, *values: str) -> str:
    """Go's Sprintf as Vale uses it: `%s` takes the next value, `%[n]s` the n-th (and the next
    `%s` the one after it); extra values are ignored, a verb with no value is left as written."""
    following = 0

    def fill(verb: regex.Match[str]) -> str:
        nonlocal following
        if verb.group() == "%%":
            return "%"
        index = int(verb.group(1)) - 1 if verb.group(1) else following
        following = index + 1
        return values[index] if 0 <= index < len(values) else verb.group()

    return _VERB.sub(fill, template)


class KindError(Exception):
    pass


def user_regex(source: str, flags: int, what: str) -> regex.Pattern[str]:
    """A pattern from a style (already in the `regex` module's dialect), compiled; a KindError
    naming `what` when it does not compile or would fill memory compiling (`x{1000000000}`)."""
    if too_large(source, flags):
        raise KindError(f"{what} repeats too much to compile")
    try:
        return regex.compile(source, flags)
    except (regex.error, TypeError) as exc:
        raise KindError(f"{what} does not compile: {exc}") from None


@dataclass
class Base:
    data: dict[str, Any]
    accept: list[str] = field(default_factory=list)
    word_template: str | None = None

    def __post_init__(self) -> None:
        self.ignorecase = bool(self.data.get("ignorecase"))
        self.message = str(self.data.get("message", ""))
        self.exceptions = self._exceptions()
        self.prepare()

    def prepare(self) -> None:
        pass

    def configure(self, folder: str | None, styles: Path | None) -> None:
        """Where the rule's files resolve from: its own folder and the StylesPath."""

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        raise NotImplementedError

    def compile(self, pattern: str, ignorecase: bool | None = None) -> regex.Pattern[str]:
        folded = self.ignorecase if ignorecase is None else ignorecase
        flags = regex.VERSION1 | regex.MULTILINE | (regex.IGNORECASE if folded else 0)
        return user_regex(vale_regex(pattern), flags, f"Vale regex {yaml_written(pattern)}")

    def bounded(self, body: str, word: bool = True) -> str:
        if not word:
            return f"(?:{body})"
        if self.word_template:
            return self.word_template.replace("%s", body)
        return rf"\b(?:{body})\b"

    def _exceptions(self) -> regex.Pattern[str] | None:
        terms = strings(self.data.get("exceptions"))
        if self.data.get("vocab", True):
            terms += self.accept
        if not terms:
            return None
        terms = sorted(terms, key=len, reverse=True)
        body = "|".join(t if t.startswith("(?i)") else f"(?-i:{t})" for t in terms)
        # Vale refuses a rule whose exceptions (with the Vocab's terms) do not compile.
        return user_regex(
            vale_regex(rf"\b(?:{body})\b"), regex.VERSION1 | regex.MULTILINE, "'exceptions'"
        )

    def excused(self, observed: str) -> bool:
        return bool(self.exceptions and self.exceptions.search(observed.strip(), timeout=TIMEOUT))

    def matches(self, pattern: regex.Pattern[str], text: str) -> Iterator[Any]:
        return finditer(pattern, text)  # the budget is the regex's own time, as for any rule


class Existence(Base):
    def prepare(self) -> None:
        tokens = [t for t in strings(self.data.get("tokens")) if t.strip()]
        raw = "".join(strings(self.data.get("raw")))
        if not tokens and not raw:
            raise KindError("an existence rule needs tokens or raw")
        word = not self.data.get("nonword") and bool(tokens)
        body = self.bounded("|".join(tokens), word) if tokens else ""
        self.pattern = self.compile(body + raw if self.data.get("append") or not tokens else body)
        if tokens and raw and not self.data.get("append"):
            self.pattern = self.compile(raw + body)

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        for match in self.matches(self.pattern, text):
            if match.end() > match.start() and not self.excused(match.group()):
                yield Hit(match.start(), match.end(), vale_message(self.message, match.group()))


class Substitution(Base):
    def prepare(self) -> None:
        swap = self.data.get("swap")
        if not isinstance(swap, dict):
            raise KindError("a substitution rule needs a 'swap' map")
        self.terms = sorted((str(k) for k in swap), key=len, reverse=True)
        self.replacements = [str(swap[k]) if swap[k] is not None else "" for k in swap]
        self.replacement_of = {str(k): str(v) if v is not None else "" for k, v in swap.items()}
        groups = "|".join(f"({_no_captures(term)})" for term in self.terms)
        self.pattern = self.compile(self.bounded(groups, not self.data.get("nonword")))
        self.term_patterns = [self.compile(term) for term in self.terms]

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        for match in self.matches(self.pattern, text):
            index = next((i for i in range(len(self.terms)) if match.group(i + 1) is not None), -1)
            if index < 0:
                continue
            start, end = match.span(index + 1)
            observed = text[start:end].strip()
            expected = self._expected(index, observed)
            if _same(expected, observed) or self.excused(observed):
                continue
            options = [o.strip() for o in expected.split("|")] if "|" in expected else [expected]
            shown = " or ".join(f"'{o}'" for o in options) if len(options) > 1 else expected
            message = _substitution_message(self.message, shown, observed, len(options) > 1)
            safe = len(options) == 1 and not regex.search(r"\$\d", options[0])
            fix = options[0] if not regex.search(r"\$\d", options[0]) else None
            yield Hit(start, end, message, fix, tuple(o for o in options if "$" not in o), safe)

    def _expected(self, index: int, observed: str) -> str:
        expected = self.replacement_of[self.terms[index]]
        if self.data.get("capitalize") and observed[:1].isupper():
            expected = expected[:1].upper() + expected[1:]
        if not regex.search(r"\$\d", expected):
            return expected
        template = regex.sub(r"\$(\d+)", r"\\g<\1>", expected)
        try:
            return self.term_patterns[index].sub(template, observed, count=1)
        except (regex.error, IndexError):
            return expected


def _no_captures(term: str) -> str:
    """Capture groups become non-capturing so the term's own group says which term matched."""
    return regex.sub(r"(?<!\\)\((?!\?)", "(?:", term)


def _same(expected: str, observed: str) -> bool:
    """Vale compares the replacement as a pattern over the whole match, or as text if a phrase."""
    if all(c.isalnum() or c in " -" for c in expected):
        return expected == observed
    try:
        return regex.fullmatch(vale_regex(expected), observed, regex.VERSION1) is not None
    except regex.error:
        return expected == observed


def _substitution_message(template: str, expected: str, observed: str, several: bool) -> str:
    if several:
        for quoted in ("'%s'", '"%s"'):
            if template.count(quoted) == 2:
                template = template.replace(quoted, "%s", 1)
    return vale_message(template, expected, observed)
