"""The command's dataclasses run stored code: the same functions as compiling their text gives,
read back across runs, never from an entry others could have written; a library import of
newslint leaves its host's dataclasses alone."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint import dataclass_code
from newslint.dataclass_code import CodeStore

METHODS = ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__")


def _make() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Story:
        headline: str
        words: int = 0
        byline: typing.Optional[str] = None  # noqa: UP045 (a typing form, as users write it)
        tags: list[str] = dataclasses.field(default_factory=list, compare=False)

    return Story


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[Path]:
    """dataclasses' `exec` swapped for the store's, as `install` does, and put back after."""
    path = tmp_path / "cache" / "dataclass-code@test.bin"
    namespace = vars(dataclasses)
    before = namespace.get("exec")
    namespace["exec"] = dataclass_code._Exec(CodeStore(path))
    yield path
    if before is None:
        namespace.pop("exec", None)
    else:
        namespace["exec"] = before


def _codes(cls: type) -> list[object]:
    return [getattr(cls, name).__code__ for name in METHODS]


def test_stored_code_read_back_is_the_code_compiling_gives(stored: Path) -> None:
    compiled = _codes(_make())
    vars(dataclasses)["exec"].store.save()
    assert stored.exists()
    vars(dataclasses)["exec"] = dataclass_code._Exec(CodeStore(stored))  # a later run: read back
    read_back = _codes(_make())
    assert vars(dataclasses)["exec"].store._new == 0  # nothing compiled: all from the file
    assert compiled == read_back
    story_class = _make()
    story = story_class("Rates rise", 3)
    assert (
        repr(story) == "_make.<locals>.Story(headline='Rates rise', words=3, byline=None, tags=[])"
    )
    assert story == story_class("Rates rise", 3, tags=["x"]) and story < story_class("Rates up")


def test_without_the_store_the_same_code(stored: Path) -> None:
    with_store = _codes(_make())
    vars(dataclasses).pop("exec")
    try:
        assert _codes(_make()) == with_store
    finally:
        vars(dataclasses)["exec"] = dataclass_code._Exec(CodeStore(stored))


def test_an_entry_others_could_have_written_is_not_read(stored: Path) -> None:
    _make()
    vars(dataclasses)["exec"].store.save()
    stored.chmod(0o666)  # writable by anyone: its code could be anyone's
    store = CodeStore(stored)
    assert store._contents() == {}


PLAIN_CHECK = """
import dataclasses, sys
sys.argv = ["newslint", "check", "--grammar", "off", sys.argv[1]]
from newslint.launch import main
try:
    main()
finally:
    print("stored" if "exec" in vars(dataclasses) else "built-in")
"""


def test_the_command_installs_the_store_and_a_library_import_does_not(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The council met on Monday. It agreed the the budget.\n", encoding="utf-8")
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-c", PLAIN_CHECK, str(article)], env=env, capture_output=True, text=True
    )
    assert run.stdout.splitlines()[-1] == "stored"
    assert list((tmp_path / "cache").glob("dataclass-code@*.bin"))
    library = "import dataclasses, newslint.scoring; print('exec' in vars(dataclasses))"
    run = subprocess.run(
        [sys.executable, "-c", library], env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "False"
