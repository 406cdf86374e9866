"""`.vale.ini` as Vale v3 reads it (internal/core/ini.go): which rules run on which file.

Core options (StylesPath, MinAlertLevel, Vocab, the scopes ...) come before the first section
and nowhere else; Vale refuses a section's option there (`BasedOnStyles` above `[*]`) and
ignores anything else there (a rule switch). `[*]` is the global section: its styles and rule
switches hold for every file. Every other section is a glob over the file's path (`[*.md]`,
`[*.{md,txt}]`, `[docs/**.md]`), except `[formats]` and `[asciidoctor]`. For a file, the last
matching section that names `BasedOnStyles` gives its styles (else `[*]`'s), and rule switches
(`Style.Rule = YES`, `NO` or a level) of every matching section apply in order, over `[*]`'s.
A level set anywhere is the rule's level; `MinAlertLevel` hides rules below it. Paths in the
file resolve against its folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

from newslint.errors import RuleError
from newslint.vale.ini_text import glob_pattern, read_ini
from newslint.yaml_written import yaml_written

__all__ = ["LEVELS", "SEVERITY", "ValeConfig", "glob_pattern", "parse_config", "read_ini"]

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
# Where Vale reads which key (its coreOpts, syntaxOpts and globalOpts): core options only above
# the first section; a section's options only in a section, and in `[*]` only GLOBAL_KEYS.
CORE_KEYS = frozenset({"StylesPath", "MinAlertLevel", "IgnoredScopes", "WordTemplate",
                       "SkippedScopes", "IgnoredClasses", "Vocab", "NLPEndpoint"})  # fmt: skip
SYNTAX_KEYS = frozenset({"BasedOnStyles", "IgnorePatterns", "BlockIgnores", "CommentDelimiters",
                         "TokenIgnores", "Transform", "Lang"})  # fmt: skip
GLOBAL_KEYS = frozenset({"BasedOnStyles", "IgnorePatterns", "BlockIgnores", "TokenIgnores", "Lang"})
GLOBAL_SECTION = "*"
# Sections that are no glob over files.
NOT_GLOBS = ("formats", "asciidoctor")


@dataclass
class Section:
    name: str
    pattern: regex.Pattern[str]
    styles: list[str] | None = None  # BasedOnStyles, if the section names it
    switches: dict[str, str] = field(default_factory=dict)  # rule id -> YES | NO | level
    block_ignores: list[str] = field(default_factory=list)
    token_ignores: list[str] = field(default_factory=list)
    # IgnorePatterns and BlockIgnores, as they first appear: the later one gives block_ignores.
    block_keys: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # the line of each ignore key's first copy

    def matches(self, path: str) -> bool:
        return self.pattern.fullmatch(path) is not None


@dataclass
class ValeConfig:
    """One `.vale.ini`, parsed; asks "does rule R run on file F, and at what level?"."""

    path: Path
    styles_path: Path | None = None
    min_level: str = "warning"  # Vale's default
    vocab: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)  # [*]'s BasedOnStyles
    switches: dict[str, str] = field(default_factory=dict)  # [*]'s rule switches
    sections: list[Section] = field(default_factory=list)
    skipped_scopes: list[str] = field(default_factory=list)
    ignored_scopes: list[str] = field(default_factory=list)
    ignored_classes: list[str] = field(default_factory=list)
    word_template: str | None = None
    everywhere: Section = field(default_factory=lambda: Section("*", glob_pattern("*")))  # [*]
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
    sections: dict[str, Section] = {GLOBAL_SECTION: config.everywhere}
    copies: dict[tuple[str, str], list[str]] = {}
    for name, key, value, line in read_ini(config.path):
        if name in NOT_GLOBS or not _read_copy(copies.setdefault((name, key), []), key, value):
            continue
        if name == "" and key == "MinAlertLevel" and min_level is not None:
            continue
        try:
            if name == "":
                _core_key(config, key, value, line)
                continue
            _refuse_in_section(name, key)
            section = sections.get(name)
            if section is None:
                section = sections[name] = Section(name, glob_pattern(name))
                config.sections.append(section)
            _section_key(section, key, value, (config.notes, line))
        except ValueError as exc:  # Vale refuses the configuration (its error E201)
            raise RuleError(f"line {line}: {exc}", source=str(config.path)) from None
    for section in sections.values():
        _check_ignores(section, config.path)
    config.styles = config.everywhere.styles or []
    config.switches = config.everywhere.switches
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


def _core_key(config: ValeConfig, key: str, value: str, line: int) -> None:
    """A key above the first section, where Vale reads its core options only."""
    if key in SYNTAX_KEYS:
        raise ValueError(f"{key!r} is a syntax-specific option: Vale reads it in a section "
                         f"([*] for every file), not above the first one")  # fmt: skip
    if key == "StylesPath":
        config.styles_path = (config.folder / value).resolve()
    elif key == "MinAlertLevel":
        if value not in LEVELS:  # as Vale looks it up: written so ("Warning" is refused)
            raise ValueError(f"MinAlertLevel must be suggestion, warning or error, not {value!r}")
        config.min_level = value
    elif key == "Vocab":
        config.vocab = merged(config.vocab, value)
    elif key in ("SkippedScopes", "IgnoredScopes", "IgnoredClasses"):
        attribute = {"SkippedScopes": "skipped_scopes", "IgnoredScopes": "ignored_scopes",
                     "IgnoredClasses": "ignored_classes"}[key]  # fmt: skip
        setattr(config, attribute, merged(getattr(config, attribute), value))
    elif key == "WordTemplate":
        config.word_template = value
    elif "." in key or key == BUILTIN_STYLE:  # Vale reads no rule switch here, silently
        config.notes.append(f"{key}: line {line} is above the first section, where Vale "
                            f"ignores a rule switch (write it under [*])")  # fmt: skip


def _refuse_in_section(name: str, key: str) -> None:
    """Vale's refusals of a key in section `name`: a core option, or in `[*]` a section's
    option that only a glob section takes (CommentDelimiters, Transform)."""
    if key in CORE_KEYS:
        raise ValueError(f"{key!r} is a core option: Vale reads it only above the first section")
    if name == GLOBAL_SECTION and key in SYNTAX_KEYS - GLOBAL_KEYS:
        raise ValueError(f"{key!r} is a syntax-specific option: Vale does not read it in [*]")


def _section_key(section: Section, key: str, value: str, at: tuple[list[str], int]) -> None:
    if key == "BasedOnStyles":
        section.styles = merged(section.styles or [], value)
    elif key in ("BlockIgnores", "IgnorePatterns"):
        _block_ignores(section, key, split_list(value), at[1])
    elif key == "TokenIgnores":
        section.lines.setdefault(key, at[1])
        section.token_ignores += split_list(value)
    elif key == "CommentDelimiters" and len(split_list(value)) != 2:
        raise ValueError("CommentDelimiters must be a comma-separated list of two delimiters")
    elif "." in key or key == BUILTIN_STYLE:
        section.switches[key] = _switch(key, value, at)


def _block_ignores(section: Section, key: str, patterns: list[str], line: int) -> None:
    """IgnorePatterns and BlockIgnores each set a section's block ignores, whole, in the order
    go-ini lists the section's keys (by first appearance): Vale keeps the one first written
    later, and never both. Later copies of the kept one add to it (BlockIgnores merges)."""
    if key not in section.block_keys:
        section.block_keys.append(key)
        section.lines[key] = line
        section.block_ignores = []
    if section.block_keys[-1] == key:
        section.block_ignores += patterns


def _check_ignores(section: Section, source: Path) -> None:
    """The block and token ignores a section keeps, checked as `_ignore_patterns` says."""
    kept = [("TokenIgnores", section.token_ignores)]
    if section.block_keys:
        kept.insert(0, (section.block_keys[-1], section.block_ignores))
    for key, patterns in kept:
        try:
            _ignore_patterns(key, patterns)
        except ValueError as exc:
            raise RuleError(f"line {section.lines[key]}: {exc}", source=str(source)) from None


def _ignore_patterns(key: str, patterns: list[str]) -> None:
    """BlockIgnores or TokenIgnores patterns, each checked as Vale checks them: one that does not
    compile (or would fill memory compiling) stops Vale's run, where it was silently skipped."""
    from newslint.regex_bounded import too_large
    from newslint.vale.styles import vale_regex

    for pattern in patterns:
        translated = vale_regex(pattern)
        if too_large(translated, IGNORE_FLAGS):
            raise ValueError(f"{key} pattern {yaml_written(pattern)} repeats too much to compile")
        try:
            regex.compile(translated, IGNORE_FLAGS)
        except regex.error as exc:
            raise ValueError(
                f"{key} pattern {yaml_written(pattern)} does not compile: {exc}"
            ) from None


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
