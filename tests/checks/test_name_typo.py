"""`consistency.name-typo`: a name English writes often, mistyped once (issue 14). Texts written
for these tests."""

from __future__ import annotations

import pytest

from newslint.checks.name_typo import slipped_from
from newslint.document import Document
from tests.conftest import surface_linter

LINTER = surface_linter()


def _typos(text: str) -> list[tuple[str, list[str]]]:
    return [
        (text[f.start : f.end], list(f.suggestions))
        for f in LINTER.lint(Document(text))
        if f.rule == "consistency.name-typo"
    ]


def test_the_slips_of_one_keystroke_are_read_after_the_first_letter() -> None:
    slips = slipped_from("lodnon")
    assert "london" in slips  # two letters swapped
    assert "lodon" in slips  # a letter too many
    assert "lodbon" in slips  # b is on the key beside n
    assert "lodpon" not in slips  # p is not
    assert "kodnon" not in slips  # the first letter is kept
    assert "lodnon" not in slips


def test_a_famous_name_mistyped_once_is_reported_with_its_fix() -> None:
    text = "President Obmaa spoke in the capital, and the delegation flew to Lodnon."
    assert _typos(text) == [("Obmaa", ["Obama"]), ("Lodnon", ["London"])]


def test_rare_names_near_famous_ones_and_names_written_twice_are_left_alone() -> None:
    assert _typos("Ezra Uzra met Suella Braverman, Stella Creasy and Sergei Brin.") == []
    # Written twice, a spelling is the page's own, not a slip.
    assert _typos("Obmaa spoke first. Later Obmaa left the hall.") == []
    # A word that is also an ordinary word names no one ("Trupm" is one slip from "trump").
    assert _typos("Mr Trupm left the meeting early.") == []


def test_a_famous_name_with_a_letter_left_out_is_a_slip_too() -> None:
    assert "william" in slipped_from("willam")
    assert "gandhi" in slipped_from("gandh")
    text = "Students laid flowers at a statue of Mahatma Gandh on Friday."
    assert _typos(text) == [("Gandh", ["Gandhi"])]


def test_a_given_name_another_language_writes_is_no_slip() -> None:
    # review41: with the letter left out (698bf7a) each of these real given names read as a
    # famous name mistyped ("Jefferson", "Joshua", "Hanson", "Denver", "Denise"). Each is a
    # name other languages' wordfreq lists hold; "Gandh" and "Ameircan" are in none.
    text = (
        "Brazilian defender Jeferson headed the winner. Hamburg full-back Josha Vagnoman was "
        "rested. The poet Hason Raja is still sung in Sylhet. Former Botafogo forward Dener "
        "spoke. Volleyball player Deise Rosa was named in the squad.\n"
    )
    assert _typos(text) == []
    slip = "Students laid flowers at a statue of Mahatma Gandh on Friday.\n"
    assert _typos(slip) == [("Gandh", ["Gandhi"])]


def test_other_languages_are_asked_only_of_a_letter_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # review41: the first question loads some twenty wordfreq lists (about 2 s); a swap or a
    # letter too many ("Ameircan", "Springrfield") never asks it.
    from newslint.checks import name_typo

    def refuse(self: object, lower: str) -> bool:
        raise AssertionError(f"asked of {lower}")

    monkeypatch.setattr(name_typo.NameTypoCheck, "_written_elsewhere", refuse)
    text = "The Ameircan delegation flew on to Springrfield on Monday.\n"
    assert [span for span, _ in _typos(text)] == ["Ameircan", "Springrfield"]


def test_the_other_languages_are_read_from_a_cached_table_as_wordfreq_gives_them() -> None:
    # Issue 15: the question whether another language writes a spelling loaded 26 full wordfreq
    # lists (2.3 s of CPU) in every process; a cached one-column table answers it. Its value is
    # the highest Zipf `zipf_frequency` gives in any of the languages, for a word at the floor.
    from wordfreq import zipf_frequency

    from newslint.checks.language import LanguageTable

    languages = ("fr", "es")
    table = LanguageTable(languages, wordlist="best", floor=3.0, highest=True)
    for word in ("maison", "casa", "ville", "hombre", "jeferson"):
        highest = max(zipf_frequency(word, code) for code in languages)
        assert table.zipfs(word) == ((highest,) if highest >= 3.0 else (0.0,))
    assert table.zipfs("qzxvwk") == (0.0,)
    # The small lists, one column per language, stay the table glue_foreign reads.
    assert len(LanguageTable(languages).zipfs("maison")) == 2


def test_often_written_is_the_vocabularys_zipf_for_every_spelling_one_key_away() -> None:
    # Issue 15: a set of the list's common words answers what a table lookup per spelling did.
    from newslint.lexicon import listed_at_least

    check = next(c for c in LINTER.checks if c.rule.id == "consistency.name-typo")
    zipf = check.vocabulary.zipf
    for name in ("london", "obama", "gandhi", "springfield", "kalomer", "brazil", "merkel"):
        for spelling in slipped_from(name):
            expected = zipf(spelling) >= check.min_name_zipf
            assert check._often_written(spelling, None) == expected, spelling
            listed = listed_at_least(check.min_name_zipf)
            assert check._often_written(spelling, listed) == expected, spelling
