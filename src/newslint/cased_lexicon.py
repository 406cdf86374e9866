"""Which English words are written with a capital whatever their place: "Russian", "April".

wordfreq folds case, so it cannot tell "russian" from "Russian". Hunspell's en_US dictionary keeps
case: its entries are "Russian/SM" and "ally/GDSM". Expanding every entry by its affix flags gives
the forms a lower-case entry licenses ("allies", "independence" from "in" + "dependence") and the
forms only a capitalised entry licenses ("Russians"). A word in the second set and not the first
is a proper noun or adjective; written in lower case, it lost its capital.

The dictionary is the one spylls (a pure-Python Hunspell) ships; it is read as text, not loaded
into spylls' checker, which takes seconds, and kept in the user's cache as plain values.
"""

from __future__ import annotations

import importlib.util
import marshal
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import regex

from newslint.cache_dir import cache_dir, evict_others, keyed_entry
from newslint.digest import blake2b
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue
from newslint.wordtable import WordTable

FORMAT = 2  # of the stored lexicon


class Affix(FrozenValue):
    """A Hunspell affix rule: what it strips, what it adds, where it applies."""

    FIELDS = ("strip", "add", "condition", "cross")
    strip: str
    add: str
    condition: regex.Pattern[str]
    cross: bool  # may combine with an affix on the other side

    def __init__(self, strip: str, add: str, condition: regex.Pattern[str], cross: bool):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "strip", strip)
        setter(self, "add", add)
        setter(self, "condition", condition)
        setter(self, "cross", cross)


def _affixes(aff_text: str) -> tuple[dict[str, list[Affix]], dict[str, list[Affix]]]:
    prefixes: dict[str, list[Affix]] = {}
    suffixes: dict[str, list[Affix]] = {}
    cross: dict[tuple[str, str], bool] = {}
    for line in aff_text.splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag = parts[0], parts[1]
        if len(parts) == 4 and parts[3].isdigit():  # header: PFX A Y 1
            cross[(kind, flag)] = parts[2] == "Y"
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/")[0]
        cond = parts[4] if len(parts) > 4 else "."
        pattern = compile_pattern(f"^{cond}" if kind == "PFX" else f"{cond}$")
        table = prefixes if kind == "PFX" else suffixes
        table.setdefault(flag, []).append(
            Affix(strip, add, pattern, cross.get((kind, flag), False))
        )
    return prefixes, suffixes


class EntryTable(Mapping[str, str]):
    """Entries kept as a sorted word table (the form stored in the cache): a word is looked up
    where it lies, so reading the dictionary back costs no dict of 48,000 entries (6 MB)."""

    def __init__(self, table: WordTable, flags: list[str]):
        self._table = table
        self._flags = flags  # the distinct flag strings; a row's value indexes them

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        row = self._table.row(word)
        return default if row is None else self._flags[self._table.values[row]]

    def __getitem__(self, word: str) -> str:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._table.row(word) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.words())

    def __len__(self) -> int:
        return len(self._table.values)

    @staticmethod
    def dumps(entries: Mapping[str, str]) -> tuple[bytes, list[str]]:
        """The table's bytes and its flag strings (the stored form of `entries`)."""
        flags = sorted(set(entries.values()))
        index = {flag: number for number, flag in enumerate(flags)}
        words = sorted(entries)
        return WordTable.of(words, [index[entries[w]] for w in words]).dumps(), flags

    @classmethod
    def loads(cls, data: bytes, flags: list[str]) -> EntryTable:
        return cls(WordTable.loads(data, 1), flags)


class CasedLexicon(FrozenValue):
    """Hunspell's entries split by case, with their affix rules."""

    FIELDS = ("lower_entries", "proper_entries", "prefixes", "suffixes")
    lower_entries: Mapping[str, str]  # lower-case entry -> its affix flags
    proper_entries: Mapping[str, str]  # capitalised entry, lower-cased -> its affix flags
    prefixes: dict[str, list[Affix]]
    suffixes: dict[str, list[Affix]]
    # The suffixes by the ending they add, so a word looks up its own few endings instead of
    # testing every suffix (the lookup ran for every distinct word of every document); derived
    # from the fields, so neither compared nor shown.
    _by_ending: dict[str, list[tuple[str, Affix]]]
    _longest_ending: int

    def __init__(
        self,
        lower_entries: Mapping[str, str],
        proper_entries: Mapping[str, str],
        prefixes: dict[str, list[Affix]],
        suffixes: dict[str, list[Affix]],
    ):
        setter = object.__setattr__  # frozen, as the cached lexicon is shared
        setter(self, "lower_entries", lower_entries)
        setter(self, "proper_entries", proper_entries)
        setter(self, "prefixes", prefixes)
        setter(self, "suffixes", suffixes)
        by_ending: dict[str, list[tuple[str, Affix]]] = {}
        for flag, affixes in suffixes.items():
            for affix in affixes:
                by_ending.setdefault(affix.add, []).append((flag, affix))
        setter(self, "_by_ending", by_ending)
        setter(self, "_longest_ending", max(map(len, by_ending), default=0))

    def only_capitalised(self, word: str) -> bool:
        """Whether `word` (lower case) is a form only a capitalised entry licenses."""
        # The lower-case entries first: most words asked about are ordinary words, settled there
        # by one lookup, where the capitalised entries would be searched through every affix.
        return not self._licensed(word, self.lower_entries) and self._licensed(
            word, self.proper_entries
        )

    def has(self, word: str) -> bool:
        """Whether an entry of either case licenses `word` (lower case)."""
        return self._licensed(word, self.lower_entries) or self._licensed(word, self.proper_entries)

    def is_lower_case_word(self, word: str) -> bool:
        """Whether a lower-case entry licenses `word` (lower case), whatever the capitalised ones."""
        return self._licensed(word, self.lower_entries)

    def only_lower_case(self, word: str) -> bool:
        """Whether `word` (lower case) is a form only a lower-case entry licenses: an ordinary
        word that is no one's name ("insure", "partly"; not "grant", "will", "rose")."""
        return self._licensed(word, self.lower_entries) and not self._licensed(
            word, self.proper_entries
        )

    def _licensed(self, word: str, entries: Mapping[str, str]) -> bool:
        """Whether an entry licenses `word`, as it is or by undoing a suffix, a prefix or both
        (Hunspell's one level of each), read backwards so nothing is expanded up front."""
        if word in entries or self._suffixed(word, entries, ""):
            return True
        for flag, affixes in self.prefixes.items():
            for affix in affixes:
                if not word.startswith(affix.add) or len(word) <= len(affix.add) + 2:
                    continue
                rest = affix.strip + word[len(affix.add) :]
                if flag in entries.get(rest, "") or (
                    affix.cross and self._suffixed(rest, entries, flag)
                ):
                    return True
        return False

    def _suffixed(self, word: str, entries: Mapping[str, str], prefix_flag: str) -> bool:
        for cut in range(min(len(word), self._longest_ending) + 1):
            stem = word[: len(word) - cut]
            for flag, affix in self._by_ending.get(word[len(stem) :], ()):
                if prefix_flag and not affix.cross:
                    continue
                base = stem + affix.strip
                flags = entries.get(base)
                if flags is None or flag not in flags or not affix.condition.search(base):
                    continue
                if not prefix_flag or prefix_flag in flags:
                    return True
        return False


def build(dic_text: str, aff_text: str) -> CasedLexicon:
    prefixes, suffixes = _affixes(aff_text)
    lower: dict[str, str] = {}
    proper: dict[str, str] = {}
    for line in dic_text.splitlines()[1:]:
        word, _, flags = line.strip().partition("/")
        if not word.isalpha():
            continue
        if word[0].islower():
            lower[word] = lower.get(word, "") + flags
        elif word[1:].islower():  # "Russian", not "NATO" or "McDonald"
            key = word.lower()
            proper[key] = proper.get(key, "") + flags
    return CasedLexicon(lower, proper, prefixes, suffixes)


EMPTY = CasedLexicon({}, {}, {}, {})


@cache
def english() -> CasedLexicon:
    """Hunspell's en_US dictionary as spylls ships it; empty without spylls."""
    files = _english_files()
    return EMPTY if files is None else cached(*files)


def english_source() -> str:
    """Which dictionary `english()` reads (its files' paths, sizes and times; "" without
    spylls): a table built from the lexicon names its cache entry by it, so a new spylls
    builds a new table instead of reading one that answers for the old dictionary."""
    files = _english_files()
    try:
        return "" if files is None else _source(*files)
    except OSError:
        return ""


def _english_files() -> tuple[Path, Path] | None:
    spec = importlib.util.find_spec("spylls")
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations))) / "hunspell" / "data" / "en"
    return base / "en_US.dic", base / "en_US.aff"


def _source(dic: Path, aff: Path) -> str:
    return "\0".join(
        f"{p.resolve()}\0{p.stat().st_size}\0{p.stat().st_mtime_ns}" for p in (dic, aff)
    )


def cached(dic: Path, aff: Path) -> CasedLexicon:
    """The lexicon of `dic` and `aff`, read back from the user's cache when these very files
    were read before (reading the dictionary's text costs more than linting an article); empty
    if they cannot be read. Each pair of files has its own entry: two installs sharing the cache
    (a project's virtualenv and a CI's, each with its own spylls) would otherwise each rebuild
    and rewrite the other's on every run."""
    try:
        source = _source(dic, aff)
    except OSError:
        return EMPTY
    named = blake2b(source.encode(), digest_size=12).hexdigest()
    try:
        entry = keyed_entry(cache_dir(), "cased-lexicon", f"f{FORMAT}-{named}.bin")
    except RuntimeError:  # no home directory to hold a cache: the same lexicon, this run's alone
        entry = None
    stored = None if entry is None else _read_stored(entry, source)
    if stored is not None:
        return stored
    try:
        lexicon = build(dic.read_text(encoding="utf-8"), aff.read_text(encoding="utf-8"))
    except OSError:
        return EMPTY
    if entry is None:
        return lexicon
    from newslint.wordtable import store_table

    try:
        payload = marshal.dumps(_plain(lexicon, source))
    except OverflowError:  # over 65,536 distinct flag strings: not a table's values; kept unstored
        return lexicon
    if store_table(entry, payload):
        evict_others(entry)
    return lexicon


PlainAffixes = dict[str, list[tuple[str, str, str, bool]]]


def _plain(lexicon: CasedLexicon, source: str) -> tuple[Any, ...]:
    """The lexicon as values marshal can store (entry tables as bytes, affix conditions as
    their patterns), with the files it was read from."""

    def table(affixes: dict[str, list[Affix]]) -> PlainAffixes:
        return {
            flag: [(a.strip, a.add, a.condition.pattern, a.cross) for a in entries]
            for flag, entries in affixes.items()
        }

    return (FORMAT, source, *EntryTable.dumps(lexicon.lower_entries),
            *EntryTable.dumps(lexicon.proper_entries),
            table(lexicon.prefixes), table(lexicon.suffixes))  # fmt: skip


def _read_stored(entry: Path, source: str) -> CasedLexicon | None:
    """The stored lexicon, or None if it is missing, damaged, of another format or read from
    other files (or the same files before they changed)."""
    try:
        stored = marshal.loads(entry.read_bytes())
        version, read_from, lower, lower_flags, proper, proper_flags, prefixes, suffixes = stored
        if (version, read_from) != (FORMAT, source) or not all(
            isinstance(part, dict) for part in (prefixes, suffixes)
        ):
            return None
        return CasedLexicon(
            EntryTable.loads(lower, lower_flags),
            EntryTable.loads(proper, proper_flags),
            _affix_table(prefixes),
            _affix_table(suffixes),
        )
    except (OSError, ValueError, EOFError, TypeError, IndexError, regex.error):
        return None


def _affix_table(plain: PlainAffixes) -> dict[str, list[Affix]]:
    return {
        flag: [Affix(strip, add, compile_pattern(condition), cross)
               for strip, add, condition, cross in entries]
        for flag, entries in plain.items()
    }  # fmt: skip
