"""Two given names before one surname, or two surnames after one given name: one person's
name, or two people's. `name_contexts.two_people` asks this of the names written beside a
respelled one.
"""

from __future__ import annotations

from newslint.name_spellings import listed_name, plain, within_edits
from newslint.romanisation import romanisation_key

# Letters the romanisation systems write for one sound at a name's start: an iotated or bare
# vowel ("Yevgeny"/"Evgeny", "Yulia"/"Julia", "Olena"/"Elena", "Oleksandr"/"Aleksandr") and
# Ukrainian h for Russian g ("Hennadiy"/"Gennady").
_OPENING_CLASSES = ("aeiouyj", "gh")
# A given name's rest this long may differ by a letter too ("Oleksandr"/"Alexander").
LONG_REST = 5


def one_opening(a: str, b: str) -> bool:
    """Whether two given names (`plain`) open alike: with one letter, or with letters one sound
    is romanised as at a name's start and the rest romanised alike (a letter apart in a long
    name), one name transliterated from two languages or by two systems. Other openings stay
    apart ("Kelvin" and "Melvin", "Ivan" and "Yuri"), and so do two names the dictionary lists
    each ("Allen" and "Ellen", "Austin" and "Justin"): a romanised form is one it does not."""
    if a[:1] == b[:1]:
        return True
    if listed_name(a) and listed_name(b):
        return False
    key_a, key_b = romanisation_key(a), romanisation_key(b)
    if not any(key_a[:1] in letters and key_b[:1] in letters for letters in _OPENING_CLASSES):
        return False
    rest_a, rest_b = key_a[1:], key_b[1:]
    if min(len(rest_a), len(rest_b)) >= LONG_REST:
        return within_edits(rest_a, rest_b, 1)
    return rest_a == rest_b != ""


def other_gender(a: str, b: str) -> bool:
    """Whether two given names are one name's masculine and feminine forms, as Romance and
    Slavic names mark them at the end: "-o"/"-a" ("Fernando"/"Fernanda", "Mario"/"Maria"),
    "-e"/"-a" ("Simone"/"Simona") or a consonant and "-a" added ("Daniel"/"Daniela")."""
    a, b = sorted((a.lower(), b.lower()), key=lambda name: name.endswith("a"))
    if len(a) < 3 or not b.endswith("a") or a.endswith("a"):
        return False
    return b == a + "a" or (b[:-1] == a[:-1] and a[-1] in "oe")


SURNAME_OPENING = 3  # letters a respelled surname keeps


def surname_opening(surname: str) -> str:
    """The letters a surname opens with, which its respellings keep; a Ukrainian h written as
    Russian's g ("Haidai"/"Gaidai", "Hlushko"/"Glushko") is one letter."""
    opening = plain(surname)[:SURNAME_OPENING]
    return "h" + opening[1:] if opening[:1] == "g" else opening
