"""The keys of a settings file: each key's check, and what it sets on `Settings`. A wrong value
is a `ConfigError` naming the file and the key; `config` finds and reads the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.errors import NewslintError
from newslint.finding import SEVERITIES

if TYPE_CHECKING:
    from collections.abc import Callable

    from newslint.config import Settings

    # What a key does: check its value (raising ConfigError) and set it on the settings.
    Handler = Callable[[Settings, Any, Path], None]

FAIL_ON = (*SEVERITIES, "never")
GRAMMAR_KEYS = {
    "backend",
    "url",
    "dialect",
    "language",
    "profile",
    "disable",
    "disable_categories",
    "oxford_comma",
}
DIALECTS = ("american", "british")
GRAMMAR_DIALECTS = ("american", "british", "australian", "canadian", "indian")  # Harper's
GRAMMAR_PROFILES = ("news", "all")


class ConfigError(NewslintError):
    def __init__(self, source: Path | str, key: str, problem: str):
        super().__init__(f"{source}: {key}: {problem}")


def one_string(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(path, key, "must be a non-empty string")
    return value


def _strings(path: Path, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(path, key, "must be a list of strings")
    return list(value)


def _set_list(name: str) -> Handler:
    def handler(settings: Settings, value: Any, path: Path) -> None:
        setattr(settings, name, _strings(path, name, value))

    return handler


def _severity(settings: Settings, value: Any, path: Path) -> None:
    if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
        raise ConfigError(path, "severity", f"must map rule ids to one of {', '.join(SEVERITIES)}")
    settings.severity.update(value)


def _packs(settings: Settings, value: Any, path: Path) -> None:
    for entry in _strings(path, "packs", value):
        resolved = (path.parent / entry).resolve()
        if not resolved.exists():
            raise ConfigError(path, "packs", f"no such file or directory {entry}")
        settings.packs.append(str(resolved))


def _vale_config(settings: Settings, value: Any, path: Path) -> None:
    resolved = (path.parent / one_string(path, "vale_config", value)).resolve()
    if not resolved.is_file():
        raise ConfigError(path, "vale_config", f"no such file {value}")
    settings.vale_config = str(resolved)


def _per_file_ignores(settings: Settings, value: Any, path: Path) -> None:
    if not isinstance(value, dict):
        raise ConfigError(path, "per_file_ignores", "must map path globs to lists of rule ids")
    for glob, rules in value.items():
        settings.per_file_ignores[str(glob)] = _strings(path, f"per_file_ignores.{glob}", rules)


def _terms(name: str) -> Handler:
    """A handler for a list of terms (vocabulary, staff names), or a file with one per line."""

    def handler(settings: Settings, value: Any, path: Path) -> None:
        if isinstance(value, str):
            try:
                lines = (path.parent / value).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise ConfigError(path, name, f"cannot read {value} ({exc.strerror})") from None
            except UnicodeDecodeError as exc:
                raise ConfigError(
                    path, name, f"{value} is not UTF-8 (byte {exc.object[exc.start]:#04x})"
                ) from None
            terms = [t.strip() for t in lines if t.strip() and not t.startswith("#")]
        else:
            terms = _strings(path, name, value)
        getattr(settings, name).extend(terms)

    return handler


def _house_style(settings: Settings, value: Any, path: Path) -> None:
    """`dialect` and `oxford_comma` are read here; every other key is declared by a rule
    (`house_style:` in its YAML) and checked against those rules when the linter is built."""
    if not isinstance(value, dict):
        raise ConfigError(path, "house_style", "must be a mapping")
    for key, choice in value.items():
        if key == "dialect":
            if choice not in DIALECTS:
                raise ConfigError(
                    path, "house_style.dialect", f"must be one of {', '.join(DIALECTS)}"
                )
        elif key == "oxford_comma":
            if not isinstance(choice, bool):
                raise ConfigError(path, "house_style.oxford_comma", "must be true or false")
        elif not isinstance(choice, str) or not choice:
            raise ConfigError(path, f"house_style.{key}", "must be a string")
        settings.house_style[str(key)] = choice


def _grammar(settings: Settings, value: Any, path: Path) -> None:
    if value is False:  # YAML 1.1 reads `grammar: off` as false
        value = "off"
    if isinstance(value, str):
        value = {"backend": value}
    if not isinstance(value, dict):
        raise ConfigError(path, "grammar", "must be a backend name or a mapping")
    unknown = set(value) - GRAMMAR_KEYS
    if unknown:
        raise ConfigError(
            path,
            f"grammar.{sorted(unknown)[0]}",
            f"unknown (known: {', '.join(sorted(GRAMMAR_KEYS))})",
        )
    if value.get("backend", "harper") not in ("harper", "languagetool", "off"):
        raise ConfigError(path, "grammar.backend", "must be harper, languagetool or off")
    checked = dict(value)
    for key in ("disable", "disable_categories"):
        if key in checked:  # one name alone is a one-item list, never its characters
            checked[key] = _strings(path, f"grammar.{key}", checked[key])
    for key in ("url", "language"):
        if key in checked:
            one_string(path, f"grammar.{key}", checked[key])
    _choice(path, "grammar.profile", checked.get("profile", "news"), GRAMMAR_PROFILES)
    _choice(path, "grammar.dialect", checked.get("dialect", "american"), GRAMMAR_DIALECTS)
    if not isinstance(checked.get("oxford_comma", False), bool):
        raise ConfigError(path, "grammar.oxford_comma", "must be true or false")
    settings.grammar.update(checked)


def _context(settings: Settings, value: Any, path: Path) -> None:
    """`context: on`, or a mapping: enabled, model (a GGUF file, relative to this settings file),
    garbled (the whole-document surprisal hints, off unless asked: they cost a pass over every
    token), garbled_threshold (nats; setting it asks for them), budget (model tokens each rule
    that judges words may spend on a document, 0: no limit)."""
    if isinstance(value, bool):  # YAML 1.1 reads on/off as booleans
        value = {"enabled": value}
    keys = {"enabled", "model", "garbled", "garbled_threshold", "budget"}
    if not isinstance(value, dict) or not set(value) <= keys:
        raise ConfigError(
            path, "context", "must be on, off or a mapping of " + ", ".join(sorted(keys))
        )
    if not isinstance(value.get("enabled", True), bool):
        raise ConfigError(path, "context.enabled", "must be true or false")
    checked = {"enabled": value.get("enabled", True)}
    if "model" in value:
        checked["model"] = str(path.parent / one_string(path, "context.model", value["model"]))
    threshold = value.get("garbled_threshold")
    if threshold is not None:
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
            raise ConfigError(path, "context.garbled_threshold", "must be a number of nats")
        checked["garbled_threshold"] = float(threshold)
    budget = value.get("budget")
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, int) or budget < 0:
            raise ConfigError(path, "context.budget", "must be a number of tokens (0: no limit)")
        checked["budget"] = budget
    garbled = value.get("garbled", threshold is not None)
    if not isinstance(garbled, bool):
        raise ConfigError(path, "context.garbled", "must be true or false")
    if "garbled" in value or threshold is not None:
        checked["garbled"] = garbled
    settings.context.update(checked)


def _choice(path: Path, key: str, value: Any, allowed: tuple[str, ...]) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(path, key, f"must be one of {', '.join(allowed)}")


def _fail_on(settings: Settings, value: Any, path: Path) -> None:
    if value not in FAIL_ON:
        raise ConfigError(path, "fail_on", f"must be one of {', '.join(FAIL_ON)}")
    settings.fail_on = value


HANDLERS: dict[str, Handler] = {
    "extend": lambda settings, value, path: None,
    "select": _set_list("select"),
    "ignore": _set_list("ignore"),
    "exclude": _set_list("exclude"),
    "severity": _severity,
    "packs": _packs,
    "per_file_ignores": _per_file_ignores,
    "vocabulary": _terms("vocabulary"),
    "staff": _terms("staff"),
    "house_style": _house_style,
    "grammar": _grammar,
    "context": _context,
    "fail_on": _fail_on,
    "vale_config": _vale_config,
}
