"""What a run keeps in the user's cache to start faster (compiled patterns) reads back equal to
what it would build, and a damaged, stale, unwritable or concurrently written cache only ever
costs the building. The cased lexicon's cache is test_lexicon_cache.py's."""

from __future__ import annotations

import ast
import copy
import copyreg
import hashlib
import marshal
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newslint import branches, regex_store
from newslint.branches import _program, branch_matches, top_level_branches
from newslint.cache_dir import sealed
from newslint.digest import blake2b
from newslint.regex_store import PatternStore, code_stamp

PATTERNS = [
    (r"\bvery\b", 0),
    (r"(?P<title>Mr|Mrs|Dr)\.(?= \p{Lu})", regex.VERSION1 | regex.MULTILINE),
    (r"(?-f)colou?r", regex.VERSION1 | regex.IGNORECASE),
    (r"(\w+)\s+\1", regex.VERSION1),
    (r"(?<![\p{L}\p{N}])[\p{Ll}]+(?![\p{L}])", 0),
]
FLAGS = int(regex.VERSION1 | regex.MULTILINE)
TEXT = "Mr. Smith said the the colour was Very very good. Dr. Who agreed; COLOR too."


def matches(pattern: regex.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(TEXT)]


def refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although stored")

    monkeypatch.setattr(regex_store.regex, "compile", refuse)


def filled_store(path: Path) -> None:
    store = PatternStore(path)
    for pattern, flags in PATTERNS:
        store.compile(pattern, flags)
    store.save()


def test_stored_patterns_read_back_without_compiling_and_match_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    filled_store(path)
    fresh = [regex.compile(p, f) for p, f in PATTERNS]
    refuse_compiling(monkeypatch)
    store = PatternStore(path)
    read_back = [store.compile(p, f) for p, f in PATTERNS]
    assert [matches(p) for p in read_back] == [matches(p) for p in fresh]
    assert [(p.groupindex, p.flags) for p in read_back] == [(p.groupindex, p.flags) for p in fresh]
    assert store.compile(*PATTERNS[1]) is read_back[1]  # one object per pattern, as regex gives


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal data",
        marshal.dumps((regex_store.FORMAT + 1, {})),  # another format
        sealed(marshal.dumps((regex_store.FORMAT, {(PATTERNS[0][0], 0): b"garbage"}, {}, {}, {}))),
        sealed(marshal.dumps((regex_store.FORMAT, [1, 2]))),
        marshal.dumps((regex_store.FORMAT, {}, {}, {}, {})),  # whole, but not sealed
    ],
)
def test_a_damaged_or_foreign_store_is_compiled_again_and_rewritten(
    tmp_path: Path, damage: bytes
) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(damage)
    store = PatternStore(path)
    assert matches(store.compile(*PATTERNS[0])) == matches(regex.compile(*PATTERNS[0]))
    store.save()
    assert (PATTERNS[0][0], 0) in marshal.loads(path.read_bytes())[1]


def test_stored_patterns_are_rebuilt_by_their_constructor_without_unpickling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unpickling each pattern cost twice what calling regex's constructor does: a tenth of a
    one-article run spent on a few hundred patterns."""
    path = tmp_path / "patterns.bin"
    filled_store(path)
    fresh = [matches(regex.compile(p, f)) for p, f in PATTERNS]
    refuse_compiling(monkeypatch)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("unpickled")

    monkeypatch.setattr(pickle, "loads", refuse)
    store = PatternStore(path)
    assert [matches(store.compile(p, f)) for p, f in PATTERNS] == fresh


def test_each_entry_is_read_only_when_its_pattern_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that a test suite or a Vale style filled holds thousands of patterns, an article
    asks for a few hundred: each entry is marshalled apart, and opening the store decodes the
    ones asked for (reading them all cost more than the few hundred a run needs)."""
    path = tmp_path / "patterns.bin"
    filled_store(path)
    _, entries, *_ = marshal.loads(path.read_bytes())
    assert all(isinstance(entry, bytes) for entry in entries.values())
    decoded: list[bytes] = []
    loads = marshal.loads

    def counted(data: bytes) -> object:
        decoded.append(data)
        return loads(data)

    monkeypatch.setattr(regex_store.marshal, "loads", counted)
    store = PatternStore(path)
    pattern = store.compile(*PATTERNS[1])
    assert len(decoded) == 1  # the file; the entry waits for the pattern's first use
    pattern.search(TEXT)
    assert len(decoded) == 2  # the file, then the one entry


def test_a_stored_pattern_is_built_at_its_first_use_and_only_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run asks the store for many patterns it never searches (module constants of paths the
    document never takes): those are never built."""
    path = tmp_path / "patterns.bin"
    filled_store(path)
    built: list[object] = []
    constructor = regex_store.CONSTRUCTOR

    def counted(*arguments: object) -> object:
        built.append(arguments[0])
        return constructor(*arguments)

    fresh = regex.compile(*PATTERNS[2])
    monkeypatch.setattr(regex_store, "CONSTRUCTOR", counted)
    refuse_compiling(monkeypatch)
    store = PatternStore(path)
    asked = [store.compile(p, f) for p, f in PATTERNS]
    assert [p.pattern for p in asked] == [p for p, _ in PATTERNS] and built == []
    assert matches(asked[2]) == matches(fresh) and built == [PATTERNS[2][0]]
    assert (asked[2].flags, asked[2].groups, asked[2].groupindex) == (
        fresh.flags, fresh.groups, fresh.groupindex)  # fmt: skip
    assert asked[2].sub("-", TEXT) == fresh.sub("-", TEXT) and repr(asked[2]) == repr(fresh)
    assert len(built) == 1  # built once, whatever is read of it after


def test_build_all_builds_every_pattern_handed_out_before_workers_are_forked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "patterns.bin"
    filled_store(path)
    store = PatternStore(path)
    asked = [store.compile(p, f) for p, f in PATTERNS]
    store.build_all()
    assert all("_built_pattern" in vars(p) for p in asked)
    assert [matches(p) for p in asked] == [matches(regex.compile(p, f)) for p, f in PATTERNS]


def test_a_stored_pattern_pickles_and_copies_as_the_store_s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    filled_store(path)
    store = PatternStore(path)
    monkeypatch.setattr(regex_store, "_STORE", store)
    stored = store.compile(*PATTERNS[0])
    assert pickle.loads(pickle.dumps(stored)) is stored
    assert copy.copy(stored) is stored and copy.deepcopy(stored) is stored


def test_a_store_damaged_on_disk_never_reaches_the_constructor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """regex's C constructor trusts the code it is given: an entry with one byte changed that
    still unmarshals crashed the process (a segmentation fault) when its pattern was built."""
    path = tmp_path / "patterns.bin"
    filled_store(path)
    data = bytearray(path.read_bytes())
    entry = marshal.loads(data)[1][PATTERNS[3]]
    code_byte = data.find(entry) + len(entry) // 2
    data[code_byte] ^= 0x5A
    path.write_bytes(bytes(data))
    assert marshal.loads(bytes(data))[1][PATTERNS[3]] != entry  # damaged, yet it unmarshals

    built: list[tuple[object, ...]] = []
    monkeypatch.setattr(regex_store, "CONSTRUCTOR", lambda *arguments: built.append(arguments))
    store = PatternStore(path)
    assert matches(store.compile(*PATTERNS[3])) == matches(regex.compile(*PATTERNS[3]))
    assert built == []  # the whole file is refused: its seal no longer matches


def test_an_entry_holding_another_pattern_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    other = regex.compile("other")
    swapped = marshal.dumps(tuple(copyreg.dispatch_table[type(other)](other)[1]))
    entries = {(PATTERNS[0][0], 0): swapped}
    path.write_bytes(sealed(marshal.dumps((regex_store.FORMAT, entries, {}, {}, {}))))
    store = PatternStore(path)
    assert matches(store.compile(*PATTERNS[0])) == matches(regex.compile(*PATTERNS[0]))
    store.save()  # and the entry is written again, as the pattern compiles
    assert marshal.loads(path.read_bytes())[1][(PATTERNS[0][0], 0)] != swapped


# Literal alternatives become a string set, which a program lists in an order that differs between
# processes: a split of this pattern compared stored programs made by two processes in vain.
STRING_SET = (r"\b(?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel)\b|\[x\]|\{y\}", FLAGS)
IN_A_PROCESS = """
import sys
from pathlib import Path
from newslint import branches, regex_store
store = regex_store._STORE = regex_store.PatternStore(Path(sys.argv[1]))
pattern = store.compile(sys.argv[2], int(sys.argv[3]))
if sys.argv[4] == "split":
    branches.top_level_branches(pattern)
store.save()
"""


def in_a_process(path: Path, seed: int, step: str) -> None:
    command = [sys.executable, "-c", IN_A_PROCESS, str(path), *map(str, STRING_SET), step]
    subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)})


def test_a_split_worked_out_by_one_run_is_read_back_without_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a pattern splits was worked out again on every run, and where the pattern and its
    rebuilt form had been stored by two processes, by parsing both (10-25 ms of a run)."""
    path = tmp_path / "patterns.bin"
    in_a_process(path, 0, "compile")  # the pattern, stored by one process ...
    in_a_process(path, 1, "split")  # ... its split worked out by another
    stored = PatternStore(path)
    pattern = stored.compile(*STRING_SET)
    assert stored.split(f"{code_stamp(branches.__file__)}\0{pattern.pattern}", pattern.flags)
    whole = regex.compile(*STRING_SET)
    assert _program(whole) != _program(pattern)  # set order differs
    monkeypatch.setattr(regex_store, "_STORE", stored)
    refuse_compiling(monkeypatch)
    split = top_level_branches(pattern)
    assert split is not None and len(split) == 3
    text = "Alpha said [x] and {y} to golf, hotel-echo."
    found = branch_matches(pattern, split, text, 0, len(text), 2.0)
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text)]


def test_a_pattern_not_to_be_split_is_remembered_as_such(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "patterns.bin")
    store.remember_split("a(b|c)", 0, ())
    store.save()
    assert PatternStore(tmp_path / "patterns.bin").split("a(b|c)", 0) == ()
    assert PatternStore(tmp_path / "patterns.bin").split("never asked", 0) is None


def test_a_split_decided_by_other_code_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's file is one per regex and Python version, not per newslint: a decision older
    splitting code stored under the bare source (here: "not to be split") must not be read."""
    pattern = regex.compile(*STRING_SET)
    store = PatternStore(tmp_path / "patterns.bin")
    store.remember_split(pattern.pattern, pattern.flags, ())
    monkeypatch.setattr(regex_store, "_STORE", store)
    split = top_level_branches(pattern)
    assert split is not None and len(split) == 3
    stamped = f"{code_stamp(branches.__file__)}\0{pattern.pattern}"
    assert store.split(stamped, pattern.flags) == tuple(branch.pattern for branch in split)


def test_an_unwritable_cache_costs_only_the_compiling(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = PatternStore(blocker / "patterns.bin")
    assert matches(store.compile(*PATTERNS[0])) == matches(regex.compile(*PATTERNS[0]))
    store.save()  # must not raise
    assert blocker.read_text() == "not a folder"


def test_a_store_over_its_limit_keeps_what_its_writer_used_and_the_newest_of_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    filled_store(path)  # PATTERNS stored in their order: the first is the oldest
    monkeypatch.setattr(regex_store, "LIMIT", len(PATTERNS))
    store = PatternStore(path)
    store.compile(*PATTERNS[0])  # used again: now the newest
    store.compile("brand new", 0)
    store.save()
    kept = list(marshal.loads(path.read_bytes())[1])
    assert len(kept) == len(PATTERNS)
    assert kept[-2:] == [(PATTERNS[0][0], int(PATTERNS[0][1])), ("brand new", 0)]
    # The oldest entry nobody used since is the one given up.
    assert (PATTERNS[1][0], int(PATTERNS[1][1])) not in kept


def test_a_writer_that_used_more_than_the_limit_keeps_all_it_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    filled_store(path)
    monkeypatch.setattr(regex_store, "LIMIT", 2)
    store = PatternStore(path)
    for n in range(3):
        store.compile(f"word{n}", 0)
    store.save()
    assert list(marshal.loads(path.read_bytes())[1]) == [(f"word{n}", 0) for n in range(3)]


CONCURRENT_WRITER = """
import sys
from pathlib import Path
from newslint.regex_store import PatternStore
store = PatternStore(Path(sys.argv[1]))
for n in range(40):
    store.compile(f"word{n}|{sys.argv[2]}", 0)
store.save()
"""


def test_processes_filling_one_store_at_once_leave_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    writers = [
        subprocess.Popen([sys.executable, "-c", CONCURRENT_WRITER, str(path), str(n)])
        for n in range(4)
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    version, entries, *_ = marshal.loads(path.read_bytes())
    assert version == regex_store.FORMAT and entries  # whole: some writer's entries, readable
    assert not [p for p in path.parent.iterdir() if p != path]  # no temporary file left behind
    store = PatternStore(path)
    for pattern, _ in entries:
        assert store.compile(pattern).pattern == pattern


COUNTING_RUN = """
import sys
import regex._main
parsed = []
original = regex._main._compile
def counting(pattern, *args):
    parsed.append(pattern)
    return original(pattern, *args)
regex._main._compile = counting
from newslint.cli import main
sys.argv = ["newslint", "check", "--exit-zero", "--grammar", "off", sys.argv[1]]
try:
    main()
finally:
    sys.stderr.write(repr(parsed))
"""


@pytest.mark.slow  # a fresh cache folder: the word tables are built too
def test_a_second_run_parses_no_pattern(tmp_path: Path) -> None:
    """Every pattern a one-article run needs is read back from the store (a pattern compiled
    with `regex` directly, in a module or a check, would be parsed again in every run)."""
    seed = Path(__file__).resolve().parent.parent / "seeds" / "article.txt"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path)}

    def parsed() -> list[str]:
        run = subprocess.run(
            [sys.executable, "-c", COUNTING_RUN, str(seed)], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        return ast.literal_eval(run.stderr.splitlines()[-1])

    assert len(parsed()) > 50  # the first run compiles them all
    assert parsed() == []


@given(st.binary(max_size=2048), st.integers(min_value=1, max_value=64))
def test_the_built_in_blake2b_digests_as_hashlib_does(data: bytes, size: int) -> None:
    assert blake2b(data).digest() == hashlib.blake2b(data).digest()
    assert (
        blake2b(data, digest_size=size).hexdigest()
        == hashlib.blake2b(data, digest_size=size).hexdigest()
    )
