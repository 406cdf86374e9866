"""A surname no list has, after a given name, is a name and not a misreading (own texts)."""

from __future__ import annotations

import pytest

from newslint.engine import Linter
from newslint.rules import Rule

from .conftest import rules_at


@pytest.fixture
def linter(builtin_rules: list[Rule]) -> Linter:
    """ocr.non-word alone: on a token another OCR rule names more precisely ("tliat" is
    character-confusion's "that") it gives way, and these tests ask about its own verdicts."""
    return Linter(builtin_rules, select=["ocr.non-word"])


# A scanned police-court column: misreadings, specks and spaced punctuation make it look scanned.
COLUMN = (
    "The council met on tho 2oth instant , and it was resolved tliat tbe new road\n"
    "should be built. The com pany will begin the work in the spring ; tbe mayor\n"
    "said that Charles Pemberwick and Annie Hollidew had given the land for it ,\n"
    "and Mr. Tcmple thanked them. Walter Wnsson said tlie work will cost four hundred pounds .\n"
)


def test_a_surname_after_a_given_name_is_not_a_non_word(linter: Linter) -> None:
    assert "ocr.non-word" not in rules_at(linter, COLUMN, "Pemberwick")
    assert "ocr.non-word" not in rules_at(linter, COLUMN, "Hollidew")


def test_a_misread_after_a_title_or_unpronounceable_after_a_name_is_still_reported(
    linter: Linter,
) -> None:
    assert "ocr.non-word" in rules_at(linter, COLUMN, "Tcmple")
    assert "ocr.non-word" in rules_at(linter, COLUMN, "Wnsson")


def test_a_surname_with_a_pile_of_consonants_english_spells(linter: Linter) -> None:
    # "Sarsfeld" piles "rsf" as English spells ("Hartsford"), "Spnng" as no word or name does;
    # after a given name in capitals the pile is a heading's misread word ("CHARLES Bnrnstead").
    text = COLUMN + "The deed was signed by Edmund Sarsfeld, Walter Spnng and CHARLES Bnrnstead.\n"
    assert "ocr.non-word" not in rules_at(linter, text, "Sarsfeld")
    assert "ocr.non-word" in rules_at(linter, text, "Spnng")
    assert "ocr.non-word" in rules_at(linter, text, "Bnrnstead")


def test_a_day_or_a_month_is_no_given_name(linter: Linter) -> None:
    text = COLUMN + "The work will begin in September Ebrork and end on Thurs Lofd at noon.\n"
    assert "ocr.non-word" in rules_at(linter, text, "Ebrork")
    assert "ocr.non-word" in rules_at(linter, text, "Lofd")
    named = COLUMN + "The land was sold by June Hollidew and May Pemberwick.\n"
    assert "ocr.non-word" not in rules_at(linter, named, "Hollidew")
    assert "ocr.non-word" not in rules_at(linter, named, "Pemberwick")


def test_a_possessive_is_judged_by_its_stem(linter: Linter) -> None:
    """wordfreq lists few possessives: "footman's" is the dictionary's "footman", "Noblemen's"
    its "noblemen", "Tooley's" the name "Tooley" (which the rule leaves alone bare), and "Gustavus
    Holliwick's" the surname of a given name. A misread stem is still reported, and so is a short
    one that may be a cut word's tail ("Chamber- lain's")."""
    text = COLUMN + (
        "The footman's coat and the Noblemen's seats were sold at Tooley's yard; Gustavus\n"
        "Holliwick's horse and the Korelgn's flag went with them, and the tlie mayor's cart.\n"
    )
    for word in ("footman", "Noblemen", "Tooley", "Holliwick"):
        assert "ocr.non-word" not in rules_at(linter, text, word), word
    assert "ocr.non-word" in rules_at(linter, text, "Korelgn")
    tail = COLUMN + "It went to the Lord Chamber- lain's office by noon .\n"
    assert "ocr.non-word" in rules_at(linter, tail, "lain")


def test_a_lower_case_word_the_dictionary_has_is_no_non_word(linter: Linter) -> None:
    """wordfreq does not list every English word: "promenaded" and "besmeared" are Hunspell's
    (by its affixes) and are words; "tliat", in no list, is still reported."""
    text = COLUMN + "She promenaded the street , her gloves besmeared with tar , tliat night .\n"
    assert "ocr.non-word" not in rules_at(linter, text, "promenaded")
    assert "ocr.non-word" not in rules_at(linter, text, "besmeared")
    assert "ocr.non-word" in rules_at(linter, text, "tliat")


def test_a_form_of_a_known_word_no_list_spells_is_no_non_word(linter: Linter) -> None:
    """Old print's verb endings ("sealeth", "makest", "carrieth"), a plural of a noun in -y
    ("pageantries") and a participle of a word only wordfreq has ("environing") are words; a
    misreading with such an ending has no word before it ("tbeth", "bnilding")."""
    text = COLUMN + (
        "He that sealeth the bond and makest it good carrieth the pageantries of the\n"
        "environing hills , tbeth the bnilding .\n"
    )
    for word in ("sealeth", "makest", "carrieth", "pageantries", "environing"):
        assert "ocr.non-word" not in rules_at(linter, text, word), word
    assert "ocr.non-word" in rules_at(linter, text, "tbeth")
    assert "ocr.non-word" in rules_at(linter, text, "bnilding")


def test_a_capitalised_plural_or_derivative_of_a_known_word_is_no_non_word(linter: Linter) -> None:
    """ "Cochins" (a breed, the dictionary's "cochin"), "Parnellites" (of a name wordfreq knows),
    "Surrenderers": English derives them from known stems; a misread plural of a word in -y
    ("Securitys") and a stem no list has ("Korelgns") are still reported."""
    text = COLUMN + (
        "The Parnellites sold Cochins to the Surrenderers , and the Korelgns and the\n"
        "Securitys men bought them .\n"
    )
    for word in ("Parnellites", "Cochins", "Surrenderers"):
        assert "ocr.non-word" not in rules_at(linter, text, word), word
    assert "ocr.non-word" in rules_at(linter, text, "Korelgns")
    assert "ocr.non-word" in rules_at(linter, text, "Securitys")
