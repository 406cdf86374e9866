"""What else decides a finished shard's scores: the code that scored it and the files its settings
name. A resumed scan reuses finished shards only when the options match (`run.manifest`); the
options name a settings file by its path, so a settings file, a rule pack or a Vale style edited
between two runs, or a newslint upgraded between them, would mix shards scored two ways in one
output. Their digest goes into the manifest beside the options."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from newslint.digest import blake2b
from newslint.errors import NewslintError


def deciding_digest(config: str | None) -> str:
    """A digest of newslint's version and code, its built-in packs, and every file the settings
    file `config` names (itself, the files it extends, its vocabulary and staff files, its packs,
    its Vale configuration and that configuration's styles), contents and names."""
    import newslint
    from newslint.pack_cache import newest_module
    from newslint.rules import builtin_rules_dir

    digest = blake2b(digest_size=16)
    package = os.path.dirname(os.path.abspath(str(newslint.__file__)))
    stamps = (newslint.__version__, newest_module(package), newest_module(str(builtin_rules_dir())))
    digest.update(repr(stamps).encode())
    for path in sorted(set(_named_files(config))):
        digest.update(os.fsencode(path) + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except OSError as exc:
            raise NewslintError(f"{path}: cannot read ({exc.strerror or exc})") from None
        digest.update(b"\0")
    return digest.hexdigest()


def _named_files(config: str | None) -> Iterator[str]:
    if not config:
        return
    from newslint.config import files_read, load_settings

    resolved = Path(config).resolve()
    settings = load_settings(resolved)  # first: a broken settings file is its one-line error
    yield from map(str, files_read(resolved))
    for pack in settings.packs:
        yield from _files_under(Path(pack))
    if settings.vale_config:
        yield from _vale_files(Path(settings.vale_config))


def _vale_files(ini: Path) -> Iterator[str]:
    from newslint.vale.ini import parse_config

    yield str(ini)
    styles = parse_config(str(ini)).styles_path
    if styles is not None:
        yield from _files_under(styles)


def _files_under(path: Path) -> Iterator[str]:
    """`path` itself when a file; every file below it when a folder, links not followed."""
    if not path.is_dir():
        yield str(path)
        return
    for folder, folders, files in os.walk(path):
        folders.sort()
        yield from (os.path.join(folder, name) for name in sorted(files))
