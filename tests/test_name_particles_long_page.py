"""consistency.name-spelling's particles (issue 15): whether a page writes a word in lower case
before a capitalised name ("bin Zayed") is read from one walk over the page, not searched for
in the whole page once per name (texts written here)."""

from __future__ import annotations

import random

from newslint.name_contexts import (
    _JOINER_BEFORE_CAPITAL,
    _words_before_capitals,
    _written_as_particle,
    searched_as_particle,
)


def test_the_walk_answers_as_the_search_did() -> None:
    pieces = ("bin", "Bin", "al", "Al-", "al-", "abou", "van", "de", "x", "Zayed", "Obma", "1bin",
              "ébin", "bin\t", " ", " ", " ", "-", "\n", "İ", "Ⓐ", "o'", "d'")  # fmt: skip
    words = ("bin", "al", "abou", "van", "de", "x", "o'", "ébin", "bi", "in", "1bin")
    rnd = random.Random(44)
    agreed = 0
    for _ in range(5_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        _words_before_capitals.cache_clear()
        for word in words:
            for joiner in (" ", "-"):
                answer = searched_as_particle(text, word, joiner)
                assert _written_as_particle(text, word, joiner) == answer, (text, word, joiner)
                agreed += answer
    assert agreed > 100


def test_a_long_page_of_names_answers_as_the_search_did() -> None:
    # The time this walk saves (60,000 names searched in the whole page took about 35 s) is
    # measured by benchmarks/adversarial.py's name-pairs-line shape, not here: no timed tests.
    rnd = random.Random(44)
    syllables = "ka lo mer vin dra sel tor pa qui ne zu bra ost lem fin gar hol ith ve run".split()
    names = ["".join(rnd.choice(syllables) for _ in range(2)).title() for _ in range(60_000)]
    text = " ".join(f"{name} Obma" for name in names)  # 780 KB, no particle ...
    text += " and bin Zayed"  # ... but one, at the very end
    _words_before_capitals.cache_clear()
    asked = [name[:4].lower() for name in rnd.sample(names, 300)] + ["bin", "and", "zayed"]
    answers = [_written_as_particle(text, word, " ") for word in asked]
    assert answers == [searched_as_particle(text, word, " ") for word in asked]
    assert answers[-3:] == [True, False, False]


def test_every_capital_python_knows_is_one_the_walk_visits() -> None:
    # The walk visits only a joiner before `\p{Uppercase}`, then asks str.isupper() as before.
    visited = _JOINER_BEFORE_CAPITAL.match
    capitals = [c for c in map(chr, range(0x110000)) if c.isupper()]
    assert len(capitals) > 1_500
    assert all(visited(f" {c}") and visited(f"-{c}") for c in capitals)
