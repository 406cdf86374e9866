"""Packs read back from the cache are the packs parsed; an edited or broken pack is parsed again."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newslint.cache_dir import private_bytes, sealed
from newslint.errors import RuleError
from newslint.pack_cache import cached_pack
from newslint.rules import Pack, builtin_rules_dir, load_pack, load_packs
from newslint.wordtable import store_table

PACK = """pack: house
rules:
  - id: house.no-very
    kind: pattern
    message: "avoid “{match}”"
    description: Intensifiers weaken copy.
    pattern: '\\bvery\\b'
    examples:
      - bad: "It was very good."
        span: "very"
      - good: "It was good."
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(cache))
    return cache


def counting_parser(calls: list[Path]) -> Callable[[Path], Pack]:
    def parse(path: Path) -> Pack:
        calls.append(path)
        return load_pack(path)

    return parse


def test_the_builtin_packs_read_back_equal_to_the_parsed(own_cache: Path) -> None:
    parsed = load_packs([builtin_rules_dir()])
    cached = load_packs([builtin_rules_dir()])
    assert list((own_cache / "packs").glob("pack@*.pickle"))
    assert cached == parsed
    assert cached[0] is not parsed[0]


def test_cached_rules_read_their_examples_only_when_asked(own_cache: Path) -> None:
    """A check never reads a rule's examples: a pack read back leaves them pickled until one
    rule's are asked for; copies and pickles of its rules still carry them."""
    parsed = load_packs([builtin_rules_dir()])
    cached = load_packs([builtin_rules_dir()])
    rules = [rule for pack in cached for rule in pack.rules]
    assert all("examples" not in vars(rule) for rule in rules)
    copied = rules[0].copied()
    assert "examples" not in vars(copied)
    revived = __import__("pickle").loads(__import__("pickle").dumps(rules[1]))
    assert revived.examples == parsed[0].rules[1].examples and revived.examples
    assert copied.examples == parsed[0].rules[0].examples
    assert "examples" not in vars(rules[0])  # the copy read its own, not the original's
    assert [r.examples for r in rules] == [r.examples for pack in parsed for r in pack.rules]


def test_a_pack_is_parsed_once_until_its_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    calls: list[Path] = []
    first = cached_pack(path, counting_parser(calls))
    second = cached_pack(path, counting_parser(calls))
    assert len(calls) == 1 and first == second
    path.write_text(PACK.replace("very", "really"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    edited = cached_pack(path, counting_parser(calls))
    assert len(calls) == 2
    assert "really" in edited.rules[0].options["pattern"]


def test_a_broken_pack_fails_on_every_run_and_is_never_stored(
    tmp_path: Path, own_cache: Path
) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK.replace("kind: pattern", "kind: no-such-kind"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleError, match="unknown kind"):
            cached_pack(path, load_pack)
    assert not list(own_cache.glob("packs/*"))


def test_a_damaged_entry_is_parsed_again(tmp_path: Path, own_cache: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    cached_pack(path, load_pack)
    for entry in own_cache.glob("packs/*"):
        entry.write_bytes(b"garbage")
    calls: list[Path] = []
    assert cached_pack(path, counting_parser(calls)).rules[0].id == "house.no-very"
    assert len(calls) == 1


def test_an_entry_changed_on_disk_that_still_unpickles_is_parsed_again(
    tmp_path: Path, own_cache: Path
) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    cached_pack(path, load_pack)
    [entry] = own_cache.glob("packs/*.pickle")
    changed = entry.read_bytes().replace(b"no-very", b"no-vary")
    assert __import__("pickle").loads(changed)[0].rules[0].id == "house.no-vary"
    entry.write_bytes(changed)
    calls: list[Path] = []
    assert cached_pack(path, counting_parser(calls)).rules[0].id == "house.no-very"
    assert len(calls) == 1


PLANTED: list[str] = []


def _planted_code_ran(name: str) -> tuple[Pack, bytes]:
    PLANTED.append(name)
    pack = load_pack(Path(name))
    return pack, __import__("pickle").dumps([rule.examples for rule in pack.rules])


class _Planted:
    """Unpickles by calling a function: what a pickle written by someone else could do."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Callable[[str], tuple[Pack, bytes]], tuple[str]]:
        return _planted_code_ran, (str(self.path),)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
@pytest.mark.parametrize("loosen", ["entry", "folder", "neither"])
def test_an_entry_others_could_write_is_never_unpickled(
    tmp_path: Path, own_cache: Path, loosen: str
) -> None:
    """A pickle runs code when read: an entry is trusted only when the user alone could have
    written it and its folder. (The 'neither' case shows the planted entry is otherwise read.)"""
    path = tmp_path / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    cached_pack(path, load_pack)
    [entry] = own_cache.glob("packs/*.pickle")
    entry.write_bytes(sealed(__import__("pickle").dumps(_Planted(path))))
    loose = {"entry": entry, "folder": entry.parent}.get(loosen)
    if loose is not None:
        loose.chmod(loose.stat().st_mode | 0o020)
    PLANTED.clear()
    calls: list[Path] = []
    assert cached_pack(path, counting_parser(calls)).rules[0].id == "house.no-very"
    assert (PLANTED, len(calls)) == (([], 1) if loose else ([str(path)], 0))


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_the_cache_folder_is_made_private_even_under_a_loose_umask(
    tmp_path: Path, own_cache: Path
) -> None:
    own_cache.mkdir(mode=0o777)
    own_cache.chmod(0o777)  # as a umask of 000 would have made it
    path = tmp_path / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    cached_pack(path, load_pack)
    calls: list[Path] = []
    cached_pack(path, counting_parser(calls))
    assert calls == []  # read back: the folders it wrote to are the user's alone
    assert (own_cache / "packs").stat().st_mode & 0o077 == 0
    # The folder the user named keeps its permissions (it may be their home, or /tmp); what
    # newslint writes straight into it is then rebuilt rather than trusted.
    store_table(own_cache / "entry.bin", b"data")
    assert own_cache.stat().st_mode & 0o777 == 0o777
    assert private_bytes(own_cache / "entry.bin") is None


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_loose_folder_newslint_made_is_tightened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSLINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    made_earlier = tmp_path / "home-cache" / "newslint" / "packs"
    made_earlier.mkdir(parents=True)
    made_earlier.chmod(0o775)  # as a umask of 002 made it
    path = tmp_path / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    cached_pack(path, load_pack)
    calls: list[Path] = []
    cached_pack(path, counting_parser(calls))
    assert calls == [] and made_earlier.stat().st_mode & 0o077 == 0o055
