"""The cased lexicon a run keeps in the user's cache reads back equal to the one it would build,
and a damaged, stale, unwritable or concurrently written entry only ever costs the building."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import cased_lexicon
from newslint.cased_lexicon import build, cached

DIC = """6
Russian/SM
russet/S
ally/GDSM
April/M
Paris
dependence/S
"""
AFF = """SET UTF-8
PFX U Y 1
PFX U 0 un .
SFX S Y 3
SFX S y ies [^aeiou]y
SFX S 0 s [^sxzhy]
SFX S 0 es [sxzh]
SFX M Y 1
SFX M 0 's .
SFX G Y 1
SFX G 0 ing .
SFX D Y 1
SFX D 0 ed .
"""
WORDS = ["russian", "russians", "russet", "russets", "allies", "april", "april's", "paris", "x"]


@pytest.fixture
def dictionary(tmp_path: Path) -> tuple[Path, Path]:
    dic, aff = tmp_path / "en.dic", tmp_path / "en.aff"
    dic.write_text(DIC, encoding="utf-8")
    aff.write_text(AFF, encoding="utf-8")
    return dic, aff


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(folder))
    return folder


def verdicts(lexicon: cased_lexicon.CasedLexicon) -> list[bool]:
    return [lexicon.only_capitalised(w) for w in WORDS]


def test_the_cased_lexicon_reads_back_equal_to_the_built(
    dictionary: tuple[Path, Path], own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = build(DIC, AFF)
    assert verdicts(built) == [True, True, False, False, False, True, True, True, False]
    assert cached(*dictionary) == built  # the first run builds and stores it
    monkeypatch.setattr(cased_lexicon, "build", lambda *a: pytest.fail("built again"))
    read_back = cached(*dictionary)
    assert read_back == built and verdicts(read_back) == verdicts(built)


def lexicon_entry(folder: Path) -> Path:
    """The one stored lexicon in `folder`."""
    (entry,) = folder.glob(f"cased-lexicon@f{cased_lexicon.FORMAT}-*.bin")
    return entry


def test_two_dictionaries_sharing_a_cache_each_keep_their_entry(
    tmp_path: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two installs of spylls (a project's virtualenv and a CI's) share the user's cache: each
    run of either must read its lexicon back, not rebuild it over the other's."""
    pairs = []
    for name, proper in [("one", "Paris"), ("two", "Rome")]:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "en.dic").write_text(DIC.replace("Paris", proper), encoding="utf-8")
        (folder / "en.aff").write_text(AFF, encoding="utf-8")
        pairs.append((folder / "en.dic", folder / "en.aff"))
    first, second = cached(*pairs[0]), cached(*pairs[1])
    monkeypatch.setattr(cased_lexicon, "build", lambda *a: pytest.fail("built again"))
    assert cached(*pairs[0]) == first and cached(*pairs[1]) == second
    assert cached(*pairs[0]).only_capitalised("paris")
    assert cached(*pairs[1]).only_capitalised("rome")


def test_the_builtin_dictionary_reads_back_equal_to_the_built(own_cache: Path) -> None:
    pytest.importorskip("spylls")
    cased_lexicon.english.cache_clear()
    try:
        first, second = cased_lexicon.english(), None
        cased_lexicon.english.cache_clear()
        second = cased_lexicon.english()
    finally:
        cased_lexicon.english.cache_clear()
    assert first == second and len(first.proper_entries) > 1000
    assert lexicon_entry(own_cache).exists()


def test_a_changed_dictionary_is_read_again(dictionary: tuple[Path, Path], own_cache: Path) -> None:
    dic, aff = dictionary
    assert cached(dic, aff).only_capitalised("paris")
    dic.write_text(DIC.replace("Paris", "paris"), encoding="utf-8")
    os.utime(dic, ns=(dic.stat().st_atime_ns, dic.stat().st_mtime_ns + 1_000_000))
    assert not cached(dic, aff).only_capitalised("paris")


@pytest.mark.parametrize("damage", [b"", b"\x00\x01garbage", marshal.dumps((1, "other", {}))])
def test_a_damaged_lexicon_file_is_built_again(
    dictionary: tuple[Path, Path], own_cache: Path, damage: bytes
) -> None:
    cached(*dictionary)
    entry = lexicon_entry(own_cache)
    entry.write_bytes(damage)
    assert cached(*dictionary) == build(DIC, AFF)
    assert cached(*dictionary) == build(DIC, AFF)  # and stored whole again


def test_a_damaged_entry_table_in_a_whole_file_is_built_again(
    dictionary: tuple[Path, Path], own_cache: Path
) -> None:
    cached(*dictionary)
    entry = lexicon_entry(own_cache)
    stored = list(marshal.loads(entry.read_bytes()))
    stored[2] = stored[2][: len(stored[2]) // 2]  # the lower-case table, cut short
    entry.write_bytes(marshal.dumps(tuple(stored)))
    assert verdicts(cached(*dictionary)) == verdicts(build(DIC, AFF))


def test_the_stored_entries_answer_as_the_built_dict(
    dictionary: tuple[Path, Path], own_cache: Path
) -> None:
    built = build(DIC, AFF)
    cached(*dictionary)
    stored = cached(*dictionary)
    for entries, table in [
        (built.lower_entries, stored.lower_entries),
        (built.proper_entries, stored.proper_entries),
    ]:
        assert isinstance(table, cased_lexicon.EntryTable)
        assert dict(table.items()) == entries and len(table) == len(entries)
        for word in [*entries, "", "zz", "russia", "ally/G", "Russian"]:
            assert (word in table) == (word in entries)
            assert table.get(word, "-") == entries.get(word, "-")


def test_an_unwritable_cache_still_gives_the_lexicon(
    dictionary: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "cache"))
    assert cached(*dictionary) == build(DIC, AFF)


def test_a_missing_dictionary_gives_the_empty_lexicon(tmp_path: Path, own_cache: Path) -> None:
    assert cached(tmp_path / "absent.dic", tmp_path / "absent.aff") == cased_lexicon.EMPTY


CONCURRENT_READER = """
import sys
from pathlib import Path
from newslint.cased_lexicon import cached
lexicon = cached(Path(sys.argv[1]), Path(sys.argv[2]))
print(sorted(lexicon.proper_entries.items()))
"""


def test_processes_building_the_lexicon_at_once_agree(
    dictionary: tuple[Path, Path], own_cache: Path
) -> None:
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_READER, *map(str, dictionary)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = {reader.communicate(timeout=120)[0] for reader in readers}
    assert outputs == {repr(sorted(build(DIC, AFF).proper_entries.items())) + "\n"}
    assert cached(*dictionary) == build(DIC, AFF)
