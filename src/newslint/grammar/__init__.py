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
    if (occurrences or text.count)(word) > 1:
        return False
    rarity = zipf(word)
    for replacement in replacements:
        distance = edit_distance(word, replacement)
        if distance != 1 or zipf(replacement) < max(3.0, rarity + 2.0):
            continue
        if rarity < 2.0 or _is_transposition(word, replacement):
            return True
    return False


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
