"""Grammar engines behind one small interface, and the news profile that filters what they say.

A backend turns text into `GrammarMatch`es; the `grammar` check kind turns those into findings.
Backends are built once per process (Harper's dictionary load costs most of a second) and only
when a grammar rule runs, so runs without grammar never import an engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from newslint.errors import BackendUnavailable as BackendUnavailable  # its old home
from newslint.lexicon import edit_distance as edit_distance  # its old home
from newslint.lexicon import zipf
from newslint.regex_store import compile_pattern


@dataclass(frozen=True)
class GrammarMatch:
    """A grammar engine's finding, in document offsets."""

    start: int
    end: int
    rule: str
    category: str
    message: str
    replacements: tuple[str, ...] = ()
    spelling: bool = False
    certain: bool = False
    insert_after: bool = False


class Backend(Protocol):
    name: str

    def check(
        self, text: str, keep: Callable[[GrammarMatch], bool] | None = None
    ) -> list[GrammarMatch]:
        """The engine's matches in `text`; with `keep`, only those it keeps, judged before one
        match is chosen where matches overlap (a match dropped must hide no other)."""
        ...


_BACKENDS: dict[tuple[object, ...], Backend] = {}


def get_backend(name: str, **settings: object) -> Backend:
    """The process-wide backend for these settings, built on first use."""
    key = (name, *sorted(settings.items()))
    if key not in _BACKENDS:
        _BACKENDS[key] = _factory(name)(**settings)
    return _BACKENDS[key]


def _factory(name: str) -> Callable[..., Backend]:
    if name == "harper":
        from newslint.grammar.harper import HarperBackend

        return HarperBackend
    if name == "languagetool":
        from newslint.grammar.languagetool import LanguageToolBackend

        return LanguageToolBackend
    raise BackendUnavailable(f"unknown grammar backend {name!r}")


# A spelling suggestion rarer than this is no correction the news profile keeps (`spell_reach`
# relies on it to skip Harper's suggestion search for words no common word is one edit from).
SUGGESTION_MIN_ZIPF = 3.0


def plausible_misspelling(
    text: str,
    start: int,
    end: int,
    replacements: Iterable[str],
    occurrences: Callable[[str], int] | None = None,
) -> bool:
    """News profile for spelling: report only what looks like a slip of the keys.

    Names, initialisms, pieces of compounds, hashtags and web addresses are left alone; so is a
    word the document repeats (a term it uses on purpose). What remains must be one edit
    (a transposition included) from a replacement that is far more common: "recieve", "pilgrams".
    Rare real words ("foosball") are one edit from a common word too, so a word that the word
    list knows needs a transposition, the commonest slip of the keys. `occurrences` counts a
    word in `text` (pass a memoised one when judging many words of one long document).
    """
    word = text[start:end]
    if not word.isalpha() or not word.islower() or not _stands_alone(text, start, end):
        return False
    if (occurrences or text.count)(word) > 1 or in_foreign_phrase(text, start, end):
        return False
    rarity = zipf(word)
    for replacement in replacements:
        distance = edit_distance(word, replacement)
        if distance != 1 or zipf(replacement) < max(SUGGESTION_MIN_ZIPF, rarity + 2.0):
            continue
        if rarity < 2.0 or _is_transposition(word, replacement):
            return True
    return False


# A phrase quoted or bracketed within its line: a motto, a remark in the speaker's language, its
# transliteration ("Die Luft der Freiheit weht", 'Hindi kam aati hai, kshama karna', "(nipta denge)").
_PHRASE_OPENERS = "“\"‘'(«„"
_PHRASE_CLOSERS = {"“": "”", '"': '"', "‘": "’'", "'": "'’", "(": ")", "«": "»", "„": "“”"}
PHRASE_CHARS = 120  # a motto or a remark, not a paragraph-long quotation
_PHRASE_WORD = compile_pattern(r"\p{L}+")
FOREIGN_WORD_ZIPF = 2.6  # under it English hardly writes a word ("luft" 2.33, "karna" 2.5)


def in_foreign_phrase(text: str, start: int, end: int) -> bool:
    """Whether the word stands in a short quotation or bracketed aside of its line of which at
    least two words, and half, are words English hardly writes: a phrase in another language
    (often glossed beside it), whose words are no slips of the keys. A misspelt word in English
    copy stands among common words ("“We did not recieve it”"), names at most beside it."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = _phrase_opener(text, max(line_start, start - PHRASE_CHARS), start)
    if opened < 0:
        return False
    closers = _PHRASE_CLOSERS[text[opened]]
    line_end = text.find("\n", end)
    limit = min(len(text) if line_end < 0 else line_end, opened + PHRASE_CHARS)
    closed = next((i for i in range(end, limit) if _closes(text, i, closers)), -1)
    if closed < 0:
        return False
    words = _PHRASE_WORD.findall(text, opened + 1, closed)
    rare = sum(zipf(w.lower()) < FOREIGN_WORD_ZIPF for w in words)
    return rare >= 2 and 2 * rare >= len(words)


def _phrase_opener(text: str, low: int, start: int) -> int:
    """The nearest mark before `start` (from `low`) that opens a quotation or aside, or -1; an
    apostrophe inside a word ("it's") opens nothing, nor does a mark that closes one first."""
    for at in range(start - 1, low - 1, -1):
        char = text[at]
        if char in "”)»":
            return -1
        if char in _PHRASE_OPENERS and not (at and text[at - 1].isalnum()):
            return at
    return -1


def _closes(text: str, at: int, closers: str) -> bool:
    after = text[at + 1 : at + 2]
    return text[at] in closers and not after.isalnum()


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    after_next = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "-#@/._":
        return False
    return not (after.isalnum() or after in "-@/_" or (after == "." and after_next.isalnum()))


def _is_transposition(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def doctor() -> list[tuple[str, bool, str]]:
    """(backend, works, detail) for every backend, by actually starting it."""
    report = []
    for name in ("harper", "languagetool"):
        try:
            backend = get_backend(name)
            backend.check("This is an test.")
            report.append((name, True, getattr(backend, "description", "ok")))
        except BackendUnavailable as exc:
            report.append((name, False, str(exc)))
    return report
