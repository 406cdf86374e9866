"""Vale styles, unchanged: each `<Style>/<Rule>.yml` with `extends:` becomes a newslint rule.

Supported kinds run as the `vale` check kind (checks/vale.py). Kinds that need what newslint does
not have (Hunspell dictionaries, Tengo scripts, readability formulas, NLP sequences, metrics) are
skipped with a reason, reported once. A `.vale.ini` supplies StylesPath, BasedOnStyles, per-rule
on/off/level and Vocab accept/reject lists.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from newslint.errors import RuleError
from newslint.rules import Rule

SUPPORTED = (
    "existence",
    "substitution",
    "occurrence",
    "repetition",
    "consistency",
    "conditional",
    "capitalization",
)
SKIPPED = {
    "spelling": "needs Hunspell dictionaries; newslint checks spelling with its grammar engine",
    "sequence": "needs Vale's part-of-speech tagger",
    "metric": "needs Vale's readability metrics",
    "readability": "needs Vale's readability formulas",
    "script": "runs Tengo scripts",
}
LEVELS = {"suggestion": "info", "warning": "warning", "error": "error"}
# Vale scopes -> newslint block kinds (None: the whole text).
SCOPES = {"heading": "heading", "list": "list_item", "blockquote": "blockquote", "paragraph": None,
          "sentence": None, "text": None, "summary": None, "title": "heading", "raw": None}  # fmt: skip
COMMON = {
    "extends",
    "message",
    "level",
    "scope",
    "link",
    "description",
    "ignorecase",
    "nonword",
    "action",
    "code",
    "limit",
    "vocab",
}
KIND_KEYS = {
    "existence": {"tokens", "raw", "exceptions", "append"},
    "substitution": {"swap", "capitalize", "exceptions", "append"},
    "occurrence": {"max", "min", "token"},
    "repetition": {"tokens", "alpha", "exceptions"},
    "consistency": {"either"},
    "conditional": {"first", "second", "exceptions"},
    "capitalization": {"match", "style", "exceptions", "indicators", "threshold", "prefix"},
}


@dataclass
class ValeLoad:
    rules: list[Rule] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "Style.Rule: reason", to be reported once
    accept: list[str] = field(default_factory=list)


def is_vale_style(directory: Path) -> bool:
    return any(_extends(path) for path in directory.glob("*.yml"))


def _extends(path: Path) -> str | None:
    try:
        head = path.read_text(encoding="utf-8")[:4096]
    except (OSError, UnicodeDecodeError):
        return None
    match = regex.search(r"^extends:\s*(\w+)", head, regex.MULTILINE)
    return match.group(1) if match else None


def load_style(directory: Path, overrides: dict[str, str] | None = None) -> ValeLoad:
    """Every rule of one style directory, with `.vale.ini` overrides (`YES`/`NO`/a level) applied."""
    loaded = ValeLoad()
    style = directory.name
    for path in sorted(directory.glob("*.yml")):
        rule_id = f"{style}.{path.stem}"
        setting = (overrides or {}).get(rule_id, "").lower()
        if setting == "no":
            continue
        try:
            rule = translate(rule_id, path)
        except SkippedRule as skip:
            loaded.skipped.append(f"{rule_id}: {skip}")
            continue
        if setting in LEVELS:
            rule.severity = LEVELS[setting]
        loaded.rules.append(rule)
    return loaded


class SkippedRule(Exception):
    pass


def translate(rule_id: str, path: Path) -> Rule:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise RuleError(
            f"invalid Vale rule: {' '.join(str(exc).split())}", source=str(path), rule_id=rule_id
        ) from None
    if not isinstance(data, dict) or "extends" not in data:
        raise SkippedRule("not a Vale rule (no 'extends')")
    kind = str(data["extends"])
    if kind in SKIPPED:
        raise SkippedRule(f"kind '{kind}' is not supported: {SKIPPED[kind]}")
    if kind not in SUPPORTED:
        raise SkippedRule(f"unknown kind '{kind}'")
    unknown = set(data) - COMMON - KIND_KEYS[kind]
    if unknown:
        raise SkippedRule(f"unsupported key {sorted(unknown)[0]!r}")
    scope = data.get("scope", "text")
    scope_name = scope if isinstance(scope, str) else "text"
    options = {
        key: value
        for key, value in data.items()
        if key in KIND_KEYS[kind] | {"ignorecase", "nonword", "action", "message"}
    }
    options["extends"] = kind
    options["sentence_scope"] = scope_name == "sentence"
    description = (
        str(data.get("description", "")).strip() or f"Vale {kind} rule from {path.parent.name}"
    )
    rule = Rule(
        id=rule_id, kind="vale", severity=LEVELS.get(str(data.get("level", "suggestion")), "info"),
        message=str(data.get("message", rule_id)), options=options, examples=[], source=str(path),
        description=f"{description}\n(Vale style {path.parent.name}, {path.name}; extends: {kind})",
        scope=SCOPES.get(scope_name.split(".")[0]), link=data.get("link"),
    )  # fmt: skip
    from newslint.checks import compile_rule

    try:
        compile_rule(rule)
    except RuleError as exc:
        raise SkippedRule(exc.problem) from None
    return rule


def vale_regex(pattern: str) -> str:
    """Vale's regex dialect (Go RE2 plus lookaround) in the `regex` module's terms."""
    translated = regex.sub(r"\\Q(.*?)(?:\\E|$)", lambda m: regex.escape(m.group(1)), pattern)
    return translated.replace(r"\z", r"\Z")


# --- .vale.ini ----------------------------------------------------------------------------------


def load_ini(path: str) -> ValeLoad:
    """Rules of the styles `.vale.ini` names for its file sections, with its overrides and Vocab."""
    ini = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # rule names are case-sensitive
    try:
        text = Path(path).read_text(encoding="utf-8")
        ini.read_string("[__global__]\n" + text)
    except (OSError, configparser.Error, UnicodeDecodeError) as exc:
        raise RuleError(f"invalid .vale.ini: {' '.join(str(exc).split())}", source=path) from None
    base = Path(path).resolve().parent
    styles_path = base / ini.get("__global__", "StylesPath", fallback="styles")
    styles: list[str] = []
    overrides: dict[str, str] = {}
    vocab: list[str] = [
        v.strip() for v in ini.get("__global__", "Vocab", fallback="").split(",") if v.strip()
    ]
    for section in ini.sections():
        values = ini[section]
        styles += [
            s.strip()
            for s in values.get("BasedOnStyles", "").split(",")
            if s.strip() and s.strip() not in styles
        ]
        overrides.update({key: value.strip() for key, value in values.items() if "." in key})
    loaded = ValeLoad()
    for style in styles:
        directory = styles_path / style
        if style == "Vale":
            continue  # Vale's built-in style (spelling, repetition) has no files to read
        if not directory.is_dir():
            raise RuleError(f"style {style!r} not found in {styles_path}", source=path)
        part = load_style(directory, overrides)
        loaded.rules += part.rules
        loaded.skipped += part.skipped
    for name in vocab:
        _load_vocab(styles_path, name, loaded, path)
    return loaded


def _load_vocab(styles_path: Path, name: str, loaded: ValeLoad, source: str) -> None:
    for folder in (styles_path / "config" / "vocabularies" / name, styles_path / "Vocab" / name):
        if folder.is_dir():
            break
    else:
        raise RuleError(f"Vocab {name!r} not found under {styles_path}", source=source)
    accept = _terms(folder / "accept.txt")
    reject = _terms(folder / "reject.txt")
    loaded.accept += [t for t in accept if regex.fullmatch(r"[\p{L}\p{N}'’-]+", t)]
    if reject:
        options: dict[str, Any] = {
            "extends": "existence",
            "tokens": reject,
            "ignorecase": False,
            "sentence_scope": False,
        }
        loaded.rules.append(Rule(
            id=f"Vale.Avoid.{name}", kind="vale", severity="error", message="Avoid using '%s'.", options=options,
            examples=[], source=str(folder / "reject.txt"), description=f"Terms rejected by the Vocab {name!r}.",
        ))  # fmt: skip


def _terms(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
