"""`.vale.ini` as Vale reads it (vale.sh/docs "Configuration"): which rules run on which file.

Global keys come before the first section; every other section is a glob over the file's path
(`[*]`, `[*.md]`, `[*.{md,txt}]`, `[docs/**.md]`), except `[formats]`. For a file, the last
matching section that names `BasedOnStyles` gives its styles (else the global ones), and rule
switches (`Style.Rule = YES`, `NO` or a level) of every matching section apply in order, over the
global switches. A level set anywhere is the rule's level; `MinAlertLevel` hides rules below it.
Paths in the file resolve against its folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

from newslint.errors import RuleError

LEVELS = ("suggestion", "warning", "error")
SEVERITY = {"suggestion": "info", "warning": "warning", "error": "error"}
# Keys whose values are comma-separated lists.
LIST_KEYS = {"BasedOnStyles", "Vocab", "SkippedScopes", "IgnoredScopes", "IgnoredClasses",
             "BlockIgnores", "TokenIgnores", "Packages"}  # fmt: skip
# List keys whose every copy in a section Vale reads, items merged in order (`mergeValues`).
MERGED_KEYS = frozenset(LIST_KEYS - {"Packages"})
# Vale's built-in style: always present, never a folder on StylesPath.
BUILTIN_STYLE = "Vale"
# How BlockIgnores and TokenIgnores patterns are compiled (vale/view.py searches with them).
IGNORE_FLAGS = regex.VERSION1 | regex.MULTILINE


@dataclass
class Section:
    name: str
    pattern: regex.Pattern[str]
    styles: list[str] | None = None  # BasedOnStyles, if the section names it
    switches: dict[str, str] = field(default_factory=dict)  # rule id -> YES | NO | level
    block_ignores: list[str] = field(default_factory=list)
    token_ignores: list[str] = field(default_factory=list)

    def matches(self, path: str) -> bool:
        return self.pattern.fullmatch(path) is not None


@dataclass
class ValeConfig:
    """One `.vale.ini`, parsed; asks "does rule R run on file F, and at what level?"."""

    path: Path
    styles_path: Path | None = None
    min_level: str = "warning"  # Vale's default
    vocab: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)  # global BasedOnStyles
    switches: dict[str, str] = field(default_factory=dict)  # global rule switches
    sections: list[Section] = field(default_factory=list)
    skipped_scopes: list[str] = field(default_factory=list)
    ignored_scopes: list[str] = field(default_factory=list)
    ignored_classes: list[str] = field(default_factory=list)
    word_template: str | None = None
    everywhere: Section = field(default_factory=lambda: Section("*", glob_pattern("*")))
    # What Vale reads otherwise than its writer likely meant, said when the styles load.
    notes: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.path.parent

    def levels(self) -> dict[str, str]:
        """Levels the configuration gives rules (the last one written wins)."""
        found = {k: v for k, v in self.switches.items() if v in LEVELS}
        for section in self.sections:
            found.update({k: v for k, v in section.switches.items() if v in LEVELS})
        return found

    def all_styles(self) -> list[str]:
        names = list(self.styles)
        for section in self.sections:
            names += [s for s in section.styles or [] if s not in names]
        return names

    def named_rules(self) -> list[str]:
        """Rules switched on by name (YES or a level), in any section."""
        named = [k for k, v in self.switches.items() if v != "NO"]
        for section in self.sections:
            named += [k for k, v in section.switches.items() if v != "NO" and k not in named]
        return named

    def runs(self, rule_id: str, path: str) -> bool:
        """Whether `rule_id` (Style.Rule) runs on the file at `path`, as Vale decides it."""
        matching = [s for s in self.sections if any(s.matches(p) for p in _path_forms(path))]
        styles = self.styles
        switches: dict[str, str] = {}
        for section in matching:
            if section.styles is not None:
                styles = section.styles
            switches.update(section.switches)
        name = ".".join(rule_id.split(".")[:2])
        for table in (switches, self.switches):
            if name in table:
                return table[name] != "NO"
        return name.split(".")[0] in styles

    def ignores(self, path: str) -> tuple[list[str], list[str]]:
        """BlockIgnores and TokenIgnores of the sections matching `path`."""
        blocks: list[str] = list(self.everywhere.block_ignores)
        tokens: list[str] = list(self.everywhere.token_ignores)
        for section in self.sections:
            if any(section.matches(p) for p in _path_forms(path)):
                blocks += section.block_ignores
                tokens += section.token_ignores
        return blocks, tokens


def _path_forms(path: str) -> list[str]:
    normal = path.replace("\\", "/").removeprefix("./")
    return [normal, Path(normal).name] if "/" in normal else [normal]


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
    comment lines, backslash continuations, inline comments, quotes (`_value`)."""
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


def split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def merged(items: list[str], value: str) -> list[str]:
    """`items` and then the items of a list key's next copy, each once (Vale's `mergeValues`)."""
    out = list(items)
    out += [item for item in dict.fromkeys(split_list(value)) if item not in out]
    return out


def parse_config(path: str | Path, min_level: str | None = None) -> ValeConfig:
    """The configuration at `path`. `min_level` (a level Vale knows, given on the command line)
    stands for the file's MinAlertLevel, which is then neither read nor checked, as Vale does
    (`--minAlertLevel`: a bad level in the file stops no run that names one)."""
    config = ValeConfig(path=Path(path).resolve())
    sections: dict[str, Section] = {}
    copies: dict[tuple[str, str], list[str]] = {}
    for name, key, value, line in read_ini(config.path):
        if not _read_copy(copies.setdefault((name, key), []), key, value):
            continue
        if name == "" and key == "MinAlertLevel" and min_level is not None:
            continue
        try:
            if name == "":
                _global_key(config, key, value, line)
            elif name.lower() != "formats":
                section = sections.get(name)
                if section is None:
                    section = sections[name] = Section(name, glob_pattern(name))
                    config.sections.append(section)
                _section_key(section, key, value, (config.notes, line))
        except ValueError as exc:  # Vale refuses the configuration (its error E201)
            raise RuleError(f"line {line}: {exc}", source=str(config.path)) from None
    if min_level is not None:
        config.min_level = min_level
    return config


def _read_copy(earlier: list[str], key: str, value: str) -> bool:
    """Whether Vale reads this copy of a key, given the values of its `earlier` copies in the same
    section (a section written twice is one). go-ini keeps every copy (its "shadows") but one
    that repeats an earlier value; Vale merges the copies of a list key (MERGED_KEYS), takes
    the last StylesPath, and of any other key (a rule switch, MinAlertLevel, WordTemplate,
    IgnorePatterns) the first copy only: the key's value, which a later copy never replaces."""
    if value in earlier:
        return False
    earlier.append(value)
    return len(earlier) == 1 or key in MERGED_KEYS or key == "StylesPath"


def _global_key(config: ValeConfig, key: str, value: str, line: int) -> None:
    if key == "StylesPath":
        config.styles_path = (config.folder / value).resolve()
    elif key == "MinAlertLevel":
        if value not in LEVELS:  # as Vale looks it up: written so ("Warning" is refused)
            raise ValueError(f"MinAlertLevel must be suggestion, warning or error, not {value!r}")
        config.min_level = value
    elif key == "Vocab":
        config.vocab = merged(config.vocab, value)
    elif key == "BasedOnStyles":
        config.styles = merged(config.styles, value)
    elif key in ("SkippedScopes", "IgnoredScopes", "IgnoredClasses"):
        attribute = {"SkippedScopes": "skipped_scopes", "IgnoredScopes": "ignored_scopes",
                     "IgnoredClasses": "ignored_classes"}[key]  # fmt: skip
        setattr(config, attribute, merged(getattr(config, attribute), value))
    elif key == "WordTemplate":
        config.word_template = value
    elif key in ("BlockIgnores", "IgnorePatterns", "TokenIgnores"):
        _section_key(config.everywhere, key, value, (config.notes, line))
    elif "." in key:
        config.switches[key] = _switch(key, value, (config.notes, line))


def _section_key(section: Section, key: str, value: str, at: tuple[list[str], int]) -> None:
    if key == "BasedOnStyles":
        section.styles = merged(section.styles or [], value)
    elif key in ("BlockIgnores", "IgnorePatterns"):
        section.block_ignores += _ignore_patterns(key, value)
    elif key == "TokenIgnores":
        section.token_ignores += _ignore_patterns(key, value)
    elif "." in key or key == BUILTIN_STYLE:
        section.switches[key] = _switch(key, value, at)


def _ignore_patterns(key: str, value: str) -> list[str]:
    """BlockIgnores or TokenIgnores patterns, each checked as Vale checks them: one that does not
    compile (or would fill memory compiling) stops Vale's run, where it was silently skipped."""
    from newslint.regex_bounded import too_large
    from newslint.vale.styles import vale_regex

    patterns = split_list(value)
    for pattern in patterns:
        translated = vale_regex(pattern)
        if too_large(translated, IGNORE_FLAGS):
            raise ValueError(f"{key} pattern {pattern!r} repeats too much to compile")
        try:
            regex.compile(translated, IGNORE_FLAGS)
        except regex.error as exc:
            raise ValueError(f"{key} pattern {pattern!r} does not compile: {exc}") from None
    return patterns


def _switch(key: str, value: str, at: tuple[list[str], int]) -> str:
    """YES, NO or a level, written as Vale writes them: Vale turns the rule off for any other
    value (`validateLevel`: "yes", "on", "Warning" and "fatal" alike), silently. It is off here
    too, and a note (`at`: the notes and the ini's line) says so when the styles load."""
    if value in ("YES", "NO", *LEVELS):
        return value
    notes, line = at
    notes.append(
        f"{key}: line {line} reads {value!r}, which Vale takes as NO"
        f" (it knows YES, NO, {', '.join(LEVELS)}, written so)"
    )
    return "NO"
