"""Vale styles, unchanged: each `<Style>/<Rule>.yml` with `extends:` becomes a newslint rule.

Rules run as the `vale` check kind (checks/vale.py) with Vale's semantics. A rule file that
cannot be read is a warning naming the file; the rest of the run goes on. Kinds newslint cannot
run (an unknown kind, or one whose optional dependency is missing) are skipped with the
reason, reported once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from newslint.errors import RuleError
from newslint.rule_parts import web_link
from newslint.rules import Rule
from newslint.vale.context import ValeContext
from newslint.vale.ini import LEVELS, SEVERITY

KINDS = ("existence", "substitution", "occurrence", "repetition", "consistency", "conditional",
         "capitalization", "spelling", "metric", "readability", "sequence", "script")  # fmt: skip


@dataclass
class ValeLoad:
    rules: list[Rule] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "Style.Rule: reason", reported once
    accept: list[str] = field(default_factory=list)


class SkippedRule(Exception):
    pass


def is_vale_style(directory: Path) -> bool:
    return any(_extends(path) for path in directory.glob("*.yml"))


def _extends(path: Path) -> str | None:
    try:
        head = path.read_text(encoding="utf-8")[:4096]
    except (OSError, UnicodeDecodeError):
        return None
    match = regex.search(r"^extends:\s*(\w+)", head, regex.MULTILINE)
    return match.group(1) if match else None


def load_style(directory: Path, context: ValeContext | None = None,
               levels: dict[str, str] | None = None) -> ValeLoad:  # fmt: skip
    """Every rule of one style folder (its sub-folders too, as Vale walks them)."""
    context = context or ValeContext()
    loaded = ValeLoad()
    for path in sorted(directory.rglob("*.yml")):
        add_rule_file(loaded, f"{directory.name}.{path.stem}", path, context, levels or {})
    return loaded


def add_rule_file(loaded: ValeLoad, rule_id: str, path: Path, context: ValeContext,
                  levels: dict[str, str]) -> None:  # fmt: skip
    try:
        data = read_rule_file(path)
        rule = translate(rule_id, path, data, context, levels.get(rule_id))
    except SkippedRule as skip:
        loaded.skipped.append(f"{rule_id}: {skip}")
        return
    if rule is not None:
        loaded.rules.append(rule)


def read_rule_file(path: Path) -> dict[str, Any]:
    """A rule's YAML, read as leniently as Vale reads it (`\\'` in a double-quoted string)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SkippedRule(f"cannot read {path}: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        try:
            data = yaml.safe_load(_lenient(text))
        except yaml.YAMLError as exc:
            problem = " ".join(str(exc).split())
            raise SkippedRule(f"{path} is not valid YAML ({problem})") from None
    if not isinstance(data, dict) or "extends" not in data:
        raise SkippedRule("not a Vale rule (no 'extends')")
    return data


def _lenient(text: str) -> str:
    """Escapes YAML refuses in double-quoted strings (`\\'`) read as the character itself."""
    return regex.sub(
        r'"(?:[^"\\\n]|\\.)*"',
        lambda m: regex.sub(r"\\([^0abtnvfre \"/\\N_LPxuU\t])", r"\1", m.group()),
        text,
    )


def translate(rule_id: str, path: Path, data: dict[str, Any], context: ValeContext,
              level: str | None = None) -> Rule | None:  # fmt: skip
    kind = str(data["extends"])
    if kind not in KINDS:
        raise SkippedRule(f"unknown kind '{kind}'")
    own = str(data.get("level", "warning")).lower()
    if own not in LEVELS:  # Vale refuses such a rule (its error E201), whatever the ini says
        raise SkippedRule(f"'level' must be one of {', '.join(LEVELS)}, not {data.get('level')!r}")
    level = level or own
    if context.config is not None and LEVELS.index(level) < LEVELS.index(context.min_level):
        return None
    description = str(data.get("description", "")).strip() or f"Vale {kind} rule"
    rule = Rule(
        id=rule_id, kind="vale", severity=SEVERITY[level], message=str(data.get("message", rule_id)),
        options={"extends": kind, "definition": data, "vale": context, "folder": str(path.parent)},
        examples=[], source=str(path), link=web_link(data.get("link")),
        description=f"{description}\n(Vale style {path.parent.name}, {path.name}; extends: {kind})",
    )  # fmt: skip
    from newslint.checks import compile_rule

    try:
        compile_rule(rule)
    except RuleError as exc:
        raise SkippedRule(exc.problem) from None
    except (ValueError, TypeError) as exc:  # a setting of the wrong type ("max: many", "min: [1]")
        raise SkippedRule(f"a setting cannot be read ({exc})") from None
    context.note_scope("sentence" if kind == "sequence" else data.get("scope"))
    return rule


def vale_regex(pattern: str) -> str:
    """Vale's regex dialect (Go RE2 plus lookaround) in the `regex` module's terms."""
    translated = regex.sub(r"\\Q(.*?)(?:\\E|$)", lambda m: regex.escape(m.group(1)), pattern)
    return translated.replace(r"\z", r"\Z")
