"""Proper nouns written in lower case, judged by a dictionary that keeps case."""

from __future__ import annotations

from newslint.cased_lexicon import build, english
from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

# A tiny dictionary in Hunspell's format, written for this test.
AFF = """SET UTF-8
PFX I Y 1
PFX I   0     in         .
SFX S Y 2
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [^y]
SFX M Y 1
SFX M   0     's         .
"""
DIC = """6
Russian/SM
dependence/IM
Independence/M
ally/S
Allies
April/M
"""


def test_forms_only_a_capitalised_entry_licenses() -> None:
    lexicon = build(DIC, AFF)
    assert lexicon.only_capitalised("russian")
    assert lexicon.only_capitalised("russians")  # by the plural flag of "Russian"
    assert lexicon.only_capitalised("april")
    assert not lexicon.only_capitalised("independence")  # "in" + "dependence"
    assert not lexicon.only_capitalised("allies")  # plural of "ally"
    assert not lexicon.only_capitalised("dependence")
    assert not lexicon.only_capitalised("unknownword")


def test_an_ordinary_word_is_settled_without_searching_the_capitalised_entries() -> None:
    """Most words asked about are ordinary ones: the lower-case entries settle them at once
    (asking the capitalised entries first searched them through every affix, for every word)."""
    lexicon = build(DIC, AFF)
    asked: list[str] = []

    class Watched(dict[str, str]):
        def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
            asked.append(key)
            return super().get(key, default)

        def __contains__(self, key: object) -> bool:
            asked.append(str(key))
            return super().__contains__(key)

    watched = lexicon.replaced(proper_entries=Watched(lexicon.proper_entries))
    assert not watched.only_capitalised("allies") and not watched.only_capitalised("dependence")
    assert asked == []
    assert watched.only_capitalised("russians") and asked


def test_the_shipped_dictionary_keeps_case() -> None:
    lexicon = english()
    assert lexicon.only_capitalised("russian") and lexicon.only_capitalised("april")
    assert not lexicon.only_capitalised("jobs") and not lexicon.only_capitalised("states")


def test_rule_reports_lower_case_names_but_not_addresses_or_compounds() -> None:
    linter = Linter(load_rules(), select=["structure.lowercase-proper-noun"])
    text = "The russian delegation met in april. See russia-today.example and @russia."
    found = [text[f.start : f.end] for f in linter.lint(Document.from_raw(text))]
    assert found == ["russian", "april"]


def test_a_compound_part_is_judged_beside_a_capitalised_part() -> None:
    """A compound joining names whose other part kept its capital ("asia-Pacific") shows this
    part lost its own; a compound without a capital ("mid-april", a slug) is no evidence."""
    linter = Linter(load_rules(), select=["structure.lowercase-proper-noun"])
    text = (
        "The asia-Pacific forum and the Russia-ukraine talks met before the mid-april vote; "
        "see russia-ukraine.example and #asia-Pacific."
    )
    found = linter.lint(Document.from_raw(text))
    assert [text[f.start : f.end] for f in found] == ["asia", "ukraine"]
    assert [f.fix.edits[0].replacement for f in found if f.fix] == ["Asia", "Ukraine"]
