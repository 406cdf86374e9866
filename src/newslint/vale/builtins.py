"""Vale's built-in style `Vale` and its vocabularies (vale.sh/docs "Vocabularies").

`Vale.Repetition` flags a word written twice; `Vale.Spelling` checks words against Hunspell
dictionaries; `Vale.Terms` asks for an accepted term's exact case (`javascript` where Vocab
accepts `JavaScript`); `Vale.Avoid` flags rejected terms. Accepted terms also excuse the matches
of every rule that has `vocab: true` (the default), as Vale's exceptions do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newslint.errors import RuleError
from newslint.vale.context import ValeContext
from newslint.vale.ini import ValeConfig
from newslint.vale.styles import SkippedRule, ValeLoad, translate

_DEFINITIONS: dict[str, dict[str, Any]] = {
    "Repetition": {"extends": "repetition", "message": "'%s' is repeated!", "level": "error",
                   "alpha": True, "tokens": [r"[^\s]+"],
                   "action": {"name": "edit", "params": ["truncate", " "]}},
    "Spelling": {"extends": "spelling", "message": "Did you really mean '%s'?", "level": "error",
                 "action": {"name": "suggest", "params": ["spellings"]}},
    "Terms": {"extends": "substitution", "message": "Use '%s' instead of '%s'.", "level": "error",
              "ignorecase": True, "vocab": False},
    "Avoid": {"extends": "existence", "message": "Avoid using '%s'.", "level": "error",
              "ignorecase": False},
}  # fmt: skip


def builtin_rules(context: ValeContext, levels: dict[str, str], reject: list[str]) -> ValeLoad:
    loaded = ValeLoad()
    definitions = {name: dict(body) for name, body in _DEFINITIONS.items()}
    swap = {term.lower(): term for term in context.accept if _is_phrase(term)}
    definitions["Terms"]["swap"] = swap
    definitions["Avoid"]["tokens"] = reject
    definitions["Spelling"].update(_spelling_assets(context))
    for name, data in definitions.items():
        if (name == "Terms" and not swap) or (name == "Avoid" and not reject):
            continue
        rule_id = f"Vale.{name}"
        try:
            rule = translate(rule_id, Path("internal", f"{name}.yml"), data, context,
                             levels.get(rule_id))  # fmt: skip
        except SkippedRule as skip:
            loaded.skipped.append(f"{rule_id}: {skip}")
            continue
        if rule is not None:
            rule.source = f"Vale's built-in rule {rule_id}"
            loaded.rules.append(rule)
    return loaded


def _spelling_assets(context: ValeContext) -> dict[str, Any]:
    """Vale.Spelling reads StylesPath's config/dictionaries/en_US (when there, else the en_US
    spylls ships) and ignores the words of every file in config/ignore."""
    styles = context.config.styles_path if context.config else None
    if styles is None:
        return {}
    assets: dict[str, Any] = {}
    dictionaries = styles / "config" / "dictionaries"
    if (dictionaries / "en_US.dic").is_file() and (dictionaries / "en_US.aff").is_file():
        assets.update(dicpath=str(dictionaries), dictionaries=["en_US"])
    ignore = styles / "config" / "ignore"
    if ignore.is_dir():
        assets["ignore"] = [str(p) for p in sorted(ignore.rglob("*")) if p.is_file()]
    return assets


def _is_phrase(term: str) -> bool:
    return all(c.isalnum() or c in " -" for c in term)


def read_vocab(config: ValeConfig) -> tuple[list[str], list[str]]:
    """Accepted and rejected terms of the configuration's Vocab folders."""
    accept: list[str] = []
    reject: list[str] = []
    for name in config.vocab:
        folder = _vocab_folder(config, name)
        for path in sorted(folder.rglob("*.txt")):
            if path.name == "accept.txt":
                accept += _terms(path)
            elif path.name == "reject.txt":
                reject += _terms(path)
    return accept, reject


def _vocab_folder(config: ValeConfig, name: str) -> Path:
    base = config.styles_path or config.folder
    for folder in (base / "config" / "vocabularies" / name, base / "Vocab" / name):
        if folder.is_dir():
            return folder
    raise RuleError(f"Vocab {name!r} not found under {base}", source=str(config.path))


def _terms(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
