"""Two spellings of a given name that are each a name people bear ("Mohammed", "Muhammad").

English writes many given names in several settled spellings, each one some people's own:
"Mohammed Salah", "Muhammad Yunus", "Mohamed Bazoum"; "Katherine" and "Katharine". A page that
names two people writes two of them with no inconsistency at all ("the victims, Mohammed
Hussain and Muhammad Iqbal"; "Prophet Muhammad ... Mohammed Khan, a trader"). Such a pair is
one name respelled only when the page ties both spellings to one person: the same surname after
them ("Mohammed Ali ... Muhammad Ali") or the same given name before them.
"""

from __future__ import annotations

from newslint.checks.full_names import TITLE_ZIPF
from newslint.name_contexts import COURTESY_TITLES, WORD_BEFORE, _surname_after, title_word
from newslint.ocr_damage import Zipf

# How far before a name its given name is looked for (a word of up to this many letters).
_REACH = 40


def borne_apart(
    text: str, a: str, starts_a: list[int], b: str, starts_b: list[int], zipf: Zipf, known: float
) -> bool:
    """Whether `a` and `b`, both spellings English writes often (Zipf `known` or more), stand
    for two people: at least one is written as a given name (a surname after it), and no
    surname follows both nor any given name precedes both. A garbled name is a spelling English
    hardly writes, so a respelling among well-known ones is a choice its bearer made; a bare
    surname ("Hussein" beside "Hussain", neither a given name here) is left to the other tests."""
    if min(zipf(a), zipf(b)) < known:
        return False
    after_a, after_b = _after(text, starts_a), _after(text, starts_b)
    if not (after_a or after_b):
        return False
    if after_a & after_b:
        return False
    return not (_before(text, starts_a, zipf) & _before(text, starts_b, zipf))


def _after(text: str, starts: list[int]) -> set[str]:
    """The surnames written after the name at `starts`, past a particle ("bin Salman")."""
    return {s for start in starts if (s := _surname_after(text, start)) is not None}


def _before(text: str, starts: list[int], zipf: Zipf) -> set[str]:
    """The given names written before the name at `starts`; a title ("President", "Mr",
    "Prophet") is shared by many people and says nothing of who is meant."""
    found = set()
    for start in starts:
        before = WORD_BEFORE.search(text[max(0, start - _REACH) : start])
        if before is None:
            continue
        given = before.group(1)
        if given in COURTESY_TITLES or zipf(given) >= TITLE_ZIPF or title_word(given, text):
            continue
        found.add(given)
    return found
