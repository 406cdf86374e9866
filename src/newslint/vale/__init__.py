"""Vale configurations and styles, run with Vale's semantics.

`load_ini(path)` reads a `.vale.ini` (ini.py), loads the styles and single rules it names
(styles.py), Vale's built-in rules (builtins.py) and its vocabularies, and gives every rule the
shared context (context.py) that decides, per file, whether and where it runs.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.errors import RuleError

if TYPE_CHECKING:
    from newslint.vale.context import ValeContext
    from newslint.vale.ini import ValeConfig
    from newslint.vale.styles import ValeLoad, is_vale_style, load_style, vale_regex

__all__ = ["ValeLoad", "is_vale_style", "load_ini", "load_style", "vale_regex"]

# The package's names are read from their modules when first asked for: plain checks run the
# part-of-speech tagger (`newslint.vale.tagger`), and importing the package must not load Vale's
# configuration and style readers with it (YAML among them), a tenth of a one-article run.
_FROM_STYLES = frozenset(("ValeLoad", "is_vale_style", "load_style", "vale_regex"))


def __getattr__(name: str) -> Any:
    if name in _FROM_STYLES:
        return getattr(import_module("newslint.vale.styles"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_ini(path: str, min_level: str | None = None) -> ValeLoad:
    """Rules of the styles and rules `.vale.ini` names, with its levels, switches and Vocab."""
    from newslint.vale.builtins import builtin_rules, read_vocab
    from newslint.vale.context import ValeContext
    from newslint.vale.ini import BUILTIN_STYLE, LEVELS, parse_config
    from newslint.vale.styles import ValeLoad, load_style

    if min_level is not None and min_level.lower() not in LEVELS:
        raise RuleError(f"unknown alert level {min_level!r}", source=path)
    config = parse_config(path, None if min_level is None else min_level.lower())
    accept, reject = read_vocab(config)
    context = ValeContext(config, config.min_level, accept)
    loaded = ValeLoad(accept=list(accept), skipped=list(config.notes))
    levels = config.levels()
    for style in config.all_styles():
        if style != BUILTIN_STYLE:
            part = load_style(_style_folder(config, style, path), context, levels)
            loaded.rules += part.rules
            loaded.skipped += part.skipped
    _add_named_rules(loaded, config, context, levels)
    if _uses_builtins(config):
        builtins = builtin_rules(context, levels, reject)
        loaded.rules += builtins.rules
        loaded.skipped += builtins.skipped
    return loaded


def _style_folder(config: ValeConfig, style: str, source: str) -> Path:
    folder = config.styles_path / style if config.styles_path else None
    if folder is None or not folder.is_dir():
        where = config.styles_path or "StylesPath (not set)"
        raise RuleError(f"style {style!r} does not exist on {where}", source=source)
    return folder


def _add_named_rules(loaded: ValeLoad, config: ValeConfig, context: ValeContext,
                     levels: dict[str, str]) -> None:  # fmt: skip
    """Rules switched on by name whose style is not loaded whole (`write-good.Weasel = YES`)."""
    from newslint.vale.ini import BUILTIN_STYLE
    from newslint.vale.styles import add_rule_file

    whole = set(config.all_styles())
    for name in config.named_rules():
        style, _, rule = name.partition(".")
        if style in whole or style == BUILTIN_STYLE or not rule or config.styles_path is None:
            continue
        path = config.styles_path / style / f"{rule}.yml"
        if path.is_file():
            add_rule_file(loaded, name, path, context, levels)


def _uses_builtins(config: ValeConfig) -> bool:
    from newslint.vale.ini import BUILTIN_STYLE

    if BUILTIN_STYLE in config.all_styles():
        return True
    return any(name.split(".")[0] == BUILTIN_STYLE for name in config.named_rules())
