"""The user's cache stays bounded: each install (a virtualenv, a CI clone, an upgrade) writes
entries under its own key, and writing one removes its family's oldest beyond a few, so the
cache no longer grows by every install it ever served (4.9 GB on one machine in two days),
while the installs in use at once, and processes writing at once, keep theirs whole."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint import cased_lexicon, pack_cache
from newslint.cache_dir import OTHER_KEYS_KEPT, evict_others, keyed_entry
from newslint.pack_cache import cached_pack
from newslint.rules import load_pack
from newslint.wordtable import WordTable

from .test_pack_cache import PACK

DIC = "2\nParis\nally/S\n"
AFF = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n"
DAY = 86_400


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(folder))
    return folder


def install(tmp_path: Path, number: int) -> tuple[Path, Path]:
    """One install's dictionary files (its own path, so its own key)."""
    folder = tmp_path / f"install{number}"
    folder.mkdir()
    dic, aff = folder / "en.dic", folder / "en.aff"
    dic.write_text(DIC, encoding="utf-8")
    aff.write_text(AFF, encoding="utf-8")
    return dic, aff


def aged(path: Path, seconds_ago: float) -> None:
    when = time.time() - seconds_ago
    os.utime(path, (when, when))


def lexicon_entries(folder: Path) -> set[Path]:
    return set(folder.glob("cased-lexicon*"))


def test_each_install_keeps_its_entry_and_the_cache_only_the_newest_few(
    tmp_path: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installs = [install(tmp_path, number) for number in range(8)]
    written = []
    for age, files in zip(range(8, 0, -1), installs, strict=True):
        cased_lexicon.cached(*files)
        (entry,) = lexicon_entries(own_cache) - set(written)
        aged(entry, age)  # written in this order, a second apart
        written.append(entry)
    newest = written[-1 - OTHER_KEYS_KEPT :]
    assert lexicon_entries(own_cache) == set(newest)
    monkeypatch.setattr(cased_lexicon, "build", lambda *a: pytest.fail("built again"))
    for files in installs[-1 - OTHER_KEYS_KEPT :]:
        assert cased_lexicon.cached(*files).only_capitalised("paris")


def test_an_entry_an_older_newslint_named_without_a_key_goes_once_a_day_old(
    tmp_path: Path, own_cache: Path
) -> None:
    own_cache.mkdir(mode=0o700)
    stale = own_cache / "cased-lexicon-f2-10bb3457e3176957da7e5028.bin"
    recent = own_cache / "cased-lexicon-f2.bin"  # perhaps an older install still in use
    others = [own_cache / "tagger-f1-023f20ab.bin", own_cache / "notes.bin"]  # not this family's
    for path in [stale, recent, *others]:
        path.write_bytes(b"old")
        aged(path, 2 * DAY)
    aged(recent, 60)
    cased_lexicon.cached(*install(tmp_path, 0))
    assert not stale.exists()
    assert recent.exists() and all(path.exists() for path in others)


def test_word_tables_of_other_data_are_bounded_per_table(own_cache: Path) -> None:
    def build() -> tuple[list[str], list[int]]:
        return ["alpha", "beta"], [300, 200]

    for number in range(6):
        WordTable.cached("wordfreq-xx", f"stamp{number}", build)
        WordTable.cached("wordfreq-xx-common", f"stamp{number}", build)
    for table in ("wordfreq-xx", "wordfreq-xx-common"):
        kept = sorted(path.name for path in own_cache.glob(f"{table}@*"))
        assert len(kept) == 1 + OTHER_KEYS_KEPT
        assert f"{table}@stamp5-t3.bin" in kept
    assert WordTable.cached("wordfreq-xx", "stamp5", lambda: pytest.fail("built")).words() == [
        "alpha",
        "beta",
    ]


def test_the_pack_folder_keeps_its_newest_entries(
    tmp_path: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_cache, "PACKS_KEPT", 2)
    (own_cache / "packs").mkdir(parents=True, mode=0o700)
    unkeyed = own_cache / "packs" / "000bf76c55ade46ea4e54866ec45b452.pickle"
    unkeyed.write_bytes(b"an older newslint's entry")
    aged(unkeyed, 2 * DAY)
    for number in range(5):
        path = tmp_path / f"house{number}.yaml"
        path.write_text(PACK.replace("house", f"house{number}"), encoding="utf-8")
        cached_pack(path, load_pack)
        for entry in (own_cache / "packs").glob("pack@*"):
            if entry.stat().st_mtime > time.time() - 60:
                aged(entry, 10 - number)  # written in this order
    assert len(list((own_cache / "packs").iterdir())) == 1 + 2


# One install's process: writes its entry over and over while the others write theirs, and
# reads it back whole after each write (a missing or torn entry is counted).
WRITER = """
import sys
from pathlib import Path
from newslint.cache_dir import evict_others, keyed_entry
from newslint.wordtable import store_table
folder, name = Path(sys.argv[1]), sys.argv[2]
payload = name.encode() * 50_000
lost = 0
for _ in range(40):
    entry = keyed_entry(folder, "family", name + ".bin")
    if store_table(entry, payload):
        evict_others(entry)
    try:
        lost += entry.read_bytes() != payload
    except OSError:
        lost += 1
print(lost)
"""


def test_installs_writing_at_once_keep_their_entries_whole(own_cache: Path) -> None:
    """As many installs as the family keeps, writing at once: none loses its entry to another's
    eviction, and every entry left is whole (entries are renamed into place, never torn)."""
    own_cache.mkdir(mode=0o700)
    names = [f"install{number}" for number in range(1 + OTHER_KEYS_KEPT)]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(own_cache), name], stdout=subprocess.PIPE, text=True
        )
        for name in names
    ]
    assert [int(writer.communicate(timeout=120)[0]) for writer in writers] == [0] * len(names)
    for name in names:
        entry = keyed_entry(own_cache, "family", name + ".bin")
        assert entry.read_bytes() == name.encode() * 50_000
    assert [p.name for p in own_cache.iterdir() if p.name.startswith(".")] == []


def test_a_name_without_a_key_evicts_nothing(tmp_path: Path) -> None:
    """A store at a path the caller chose (a test's, a user's) is no family: its folder's other
    files are never removed."""
    for name in ("patterns.bin", "other.bin", "family-f1.bin"):
        (tmp_path / name).write_bytes(b"x")
        aged(tmp_path / name, 2 * DAY)
    assert evict_others(tmp_path / "patterns.bin") == []
    assert len(list(tmp_path.iterdir())) == 3
