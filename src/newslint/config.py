"""Project settings: `.newslint.yaml` or `[tool.newslint]` in `pyproject.toml`.

The nearest settings file above a linted file applies to it, whole (no silent cascade); a file may
`extend:` another explicitly. Every key is validated, and a mistake is one line naming the file and
the key. House style is applied to the rules that declare its keys (see `linters.apply_to_rules`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from newslint.config_keys import HANDLERS, ConfigError, one_string
from newslint.values import Value

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")


class Settings(Value):
    """What applies to one file. Empty settings (no file found) mean the built-in defaults."""

    FIELDS = (
        "source", "root", "select", "ignore", "severity", "packs", "exclude", "per_file_ignores",
        "vocabulary", "staff", "house_style", "grammar", "context", "fail_on", "vale_config",
    )  # fmt: skip

    def __init__(
        self,
        source: Path | None = None,
        root: Path | None = None,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        severity: dict[str, str] | None = None,
        packs: list[str] | None = None,
        exclude: list[str] | None = None,
        per_file_ignores: dict[str, list[str]] | None = None,
        vocabulary: list[str] | None = None,
        staff: list[str] | None = None,
        house_style: dict[str, Any] | None = None,
        grammar: dict[str, Any] | None = None,
        context: dict[str, Any] | None = None,
        fail_on: str | None = None,
        vale_config: str | None = None,  # a .vale.ini, resolved against the settings file's folder
    ):
        self.source = source
        self.root = Path.cwd() if root is None else root
        self.select = [] if select is None else select
        self.ignore = [] if ignore is None else ignore
        self.severity = {} if severity is None else severity
        self.packs = [] if packs is None else packs
        self.exclude = [] if exclude is None else exclude
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.vocabulary = [] if vocabulary is None else vocabulary
        self.staff = [] if staff is None else staff
        self.house_style = {} if house_style is None else house_style
        self.grammar = {} if grammar is None else grammar
        self.context = {} if context is None else context
        self.fail_on = fail_on
        self.vale_config = vale_config

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": str(self.source) if self.source else None, "select": self.select, "ignore": self.ignore,
            "severity": self.severity, "packs": self.packs, "exclude": self.exclude,
            "per_file_ignores": self.per_file_ignores, "vocabulary": self.vocabulary,
            "staff": self.staff,
            "house_style": self.house_style, "grammar": self.grammar, "context": self.context,
            "fail_on": self.fail_on, "vale_config": self.vale_config,
        }  # fmt: skip


class SettingsFinder:
    """Finds and reads settings files, each once: one finder per run, so a settings file edited
    between two runs in one process is read afresh."""

    def __init__(self) -> None:
        self._nearest: dict[Path, Path | None] = {}
        self._loaded: dict[Path, Settings] = {}

    def settings_for(self, path: str) -> Settings:
        """The settings of the nearest settings file at or above `path`: a directory's own
        settings file applies to it, a file's is in its directory (the working one for stdin)."""
        if path == "-":
            start = Path.cwd()
        else:
            # realpath, unlike Path.resolve, does not raise on a symbolic link loop (reading will).
            resolved = Path(os.path.realpath(path))
            # os.path.isdir, not Path.is_dir, which raises on a name too long for the disk
            start = resolved if os.path.isdir(resolved) else resolved.parent
        found = self.nearest(start)
        return self.load(found) if found else Settings()

    def nearest(self, directory: Path) -> Path | None:
        """Walked upwards in a loop: a path hundreds of directories deep must not exhaust the
        stack. Every directory passed on the way learns the answer too."""
        passed: list[Path] = []
        found: Path | None = None
        for candidate in (directory, *directory.parents):
            if candidate in self._nearest:
                found = self._nearest[candidate]
                break
            passed.append(candidate)
            found = _settings_file_in(candidate)
            if found:
                break
        for candidate in passed:
            self._nearest[candidate] = found
        return found

    def load(self, path: Path) -> Settings:
        if path not in self._loaded:
            self._loaded[path] = load_settings(path)
        return self._loaded[path]


def settings_for(path: str) -> Settings:
    """The settings that apply to `path` (see `SettingsFinder.settings_for`)."""
    return SettingsFinder().settings_for(path)


def _settings_file_in(directory: Path) -> Path | None:
    for name in CONFIG_NAMES:
        if os.path.isfile(directory / name):  # not Path.is_file: a name too long raises
            return directory / name
    pyproject = directory / "pyproject.toml"
    if os.path.isfile(pyproject) and _has_newslint_table(pyproject):
        return pyproject
    return None


# What the cache keeps for a pyproject.toml read before and found to hold no [tool.newslint].
WITHOUT_NEWSLINT = b"pyproject.toml without [tool.newslint]\n"
# Every such file (each checkout, each temporary project) has its entry; the newest this many stay.
PYPROJECTS_KEPT = 512


def _has_newslint_table(pyproject: Path) -> bool:
    """Whether the file has a `[tool.newslint]` table. A file found without one is remembered
    (by its path, size and modification time): a Python project's pyproject.toml lies above
    every file it checks, and importing a TOML parser to read it again cost more than looking
    the answer up."""
    from newslint.cache_dir import evict_others, file_entry_parts, keyed_entry, private_bytes

    parts = file_entry_parts(pyproject)
    entry = None
    if parts is not None:
        from newslint.digest import blake2b

        folder, identity = parts
        name = blake2b(identity.encode(), digest_size=16).hexdigest()
        entry = keyed_entry(folder / "pyprojects", "pyproject", name)
        if private_bytes(entry) == WITHOUT_NEWSLINT:
            return False
    if "newslint" in _read_toml(pyproject).get("tool", {}):
        return True
    if entry is not None:
        from newslint.wordtable import store_table

        if store_table(entry, WITHOUT_NEWSLINT):
            evict_others(entry, PYPROJECTS_KEPT, owns_folder=True)
    return False


def load_settings(path: Path, _seen: tuple[Path, ...] = ()) -> Settings:
    raw = _raw(path)
    base = Settings()
    if "extend" in raw:
        parent = (path.parent / one_string(path, "extend", raw["extend"])).resolve()
        if parent in _seen or parent == path:
            raise ConfigError(path, "extend", "extends itself in a loop")
        if not parent.is_file():
            raise ConfigError(path, "extend", f"no such file {parent}")
        base = load_settings(parent, (*_seen, path))
    return _merge(base, raw, path)


def _raw(path: Path) -> dict[str, Any]:
    if path.name == "pyproject.toml":
        data = _read_toml(path).get("tool", {}).get("newslint", {})
    else:
        import yaml  # only a YAML settings file needs it

        from newslint.safe_yaml import settings_yaml

        try:
            data = settings_yaml(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
            raise ConfigError(path, "file", " ".join(str(exc).split())) from None
    if not isinstance(data, dict):
        raise ConfigError(path, "file", "settings must be a mapping of keys to values")
    return data


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, "file", " ".join(str(exc).split())) from None


def files_read(path: Path) -> list[Path]:
    """Every file loading the settings file `path` reads: itself, the files it `extend`s, and
    the term files (`vocabulary:`, `staff:` given as a file) of each. Packs and the Vale
    configuration are named in the loaded settings."""
    read: list[Path] = []
    current: Path | None = path.resolve()
    while current is not None and current not in read and current.is_file():
        read.append(current)
        raw = _raw(current)
        read += [(current.parent / raw[key]).resolve() for key in ("vocabulary", "staff") if isinstance(raw.get(key), str)]  # fmt: skip
        parent = raw.get("extend")
        current = (current.parent / parent).resolve() if isinstance(parent, str) else None
    return read


def _merge(settings: Settings, raw: dict[str, Any], path: Path) -> Settings:
    settings.source, settings.root = path, path.parent
    for key, value in raw.items():
        handler = HANDLERS.get(key)
        if handler is None:
            raise ConfigError(path, key, f"unknown key (known: {', '.join(sorted(HANDLERS))})")
        handler(settings, value, path)
    return settings
