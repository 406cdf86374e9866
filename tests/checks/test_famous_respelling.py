"""`consistency.famous-respelling`: a famous name romanised again, written once (issue 14).
Texts written for these tests."""

from __future__ import annotations

import pytest

from newslint import famous_names
from newslint.document import Document
from newslint.famous_names import WIDTH, famous_name
from newslint.lexicon import english_table
from newslint.romanisation import sound_key
from newslint.wordtable import WordTable
from tests.conftest import surface_linter

LINTER = surface_linter()


def _respelled(text: str) -> list[tuple[str, list[str]]]:
    return [
        (text[f.start : f.end], list(f.suggestions))
        for f in LINTER.lint(Document(text))
        if f.rule == "consistency.famous-respelling"
    ]


def test_the_table_keys_each_sound_by_its_most_frequent_word() -> None:
    found = famous_name(sound_key("mazarik"))
    assert found is not None and found.name == "masaryk"
    assert found.zipf >= 2 and found.zipf - found.runner_up >= 1
    # A sound an ordinary word owns names nobody: "winter" is not a famous "Wynter"; nor does
    # slang wordfreq keeps ("hangin").
    assert famous_name(sound_key("wynter")) is None
    assert famous_name(sound_key("hanqin")) is None


def test_a_famous_name_romanised_again_is_suggested_not_fixed() -> None:
    text = "He quoted the first president of Czechoslovakia, Mazarik, on patriotism."
    assert _respelled(text) == [("Mazarik", ["Masaryk"])]
    (found,) = [f for f in LINTER.lint(Document(text)) if f.rule.endswith("famous-respelling")]
    assert found.fix is None


def test_rare_names_that_sound_like_famous_ones_are_left_alone() -> None:
    # y for i is how English itself spells names two ways.
    assert _respelled("The minister named Pavlo Kyrylenko; Brydie Hurrell reported.") == []
    # A given name: many people bear a given name's variants.
    assert _respelled("The council named Mazarik Novak as its chair.") == []
    # A name in quotation marks is cited as written (a unit, a ship).
    assert _respelled("A fighter of the “Mazarik” unit spoke to reporters.") == []
    # Written twice, the spelling is the page's own.
    assert _respelled("Mazarik spoke first. Later Mazarik left the hall.") == []


def test_a_sound_shared_by_a_slang_word_names_no_one() -> None:
    # wordfreq writes "hangin" (a clipped "hanging") often; it is no name for "Hanqin" (the seed).
    assert _respelled("On Wednesday, Xue Hanqin, the judge, took the side of the majority.") == []


def test_a_damaged_table_in_the_cache_costs_a_suggestion_not_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The table is a file in the user's cache whose rows point into another (the English list):
    a row past that list's end, or one whose word has another sound key (a damaged or a
    mismatched entry), reads as no famous name, where it raised IndexError on every page."""
    english = english_table()
    the_row = english.row("the")
    assert the_row is not None
    damaged = WordTable.of(
        sorted([sound_key("mazarik"), sound_key("zemman")]),
        [300, 0, 0xFFFF, 0xFFFF, 300, 0, the_row >> 16, the_row & 0xFFFF],
        width=WIDTH,
    )
    monkeypatch.setattr(famous_names, "_famous_table", lambda: damaged)
    assert famous_name(sound_key("mazarik")) is None
    assert famous_name(sound_key("zemman")) is None
    assert _respelled("He quoted the first president of Czechoslovakia, Mazarik, on it.") == []


def test_the_table_is_named_by_the_dictionary_it_was_built_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a new spylls (another en_US.dic) must build a new table, not read the old dictionary's
    before = famous_names._table_key()
    monkeypatch.setattr(famous_names, "english_source", lambda: "another en_US.dic\0123\0456")
    assert famous_names._table_key() != before


def test_a_romance_qu_for_a_famous_k_is_a_name_of_its_own() -> None:
    # "Quenda" sounds as "Kenta" does by the key, but qu is how Spanish or Italian writes k;
    # no romanisation of Russian or Chinese writes it so.
    assert _respelled("The striker Quenda scored twice in the second half on Sunday.") == []
