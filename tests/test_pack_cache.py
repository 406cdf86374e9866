"""Packs read back from the cache are the packs parsed; an edited or broken pack is parsed again."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newslint.errors import RuleError
from newslint.pack_cache import cached_pack
from newslint.rules import Pack, builtin_rules_dir, load_pack, load_packs

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
    assert list((own_cache / "packs").glob("*.pickle"))
    assert cached == parsed
    assert cached[0] is not parsed[0]


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
