"""What a page shows of its own names (`newslint.page_names`, `Document.names.evidence`), and the
rules that read it: `ocr.non-word` spares a name the page introduces, places or writes in two
forms; `structure.missing-sentence-break` spares a function word inside a name the page writes
twice. Every text here is the project's own."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.rules import Rule

from .conftest import rules_at

# A scanned dispatch of the 1840s: misreadings ("tbe", "tliat", "Snjreme", "Pederal") make it
# look scanned; the period's names no list has stand beside them.
DISPATCH = (
    "LATEST FROM MEXICO.\n\n"
    "By tbe arrival of tbe steamer at New Orleans we have dates from Vera Cruz to tbe 20th. Tbe\n"
    "Mexican Government is said to have appointed three commissioners, named Yturbide,\n"
    "Landazuri, and Olaguibel, to treat with Mr. Trist. It is reported tliat tbe guerillas have\n"
    "been dispersed.\n\n"
    "A young English lady named Wollstoncroft has won a prize at tbe Academy for her drawings\n"
    "of tbe fen near Bottisham parish. Several Bremen and Hamburgh vessels arrived at Baltimore;\n"
    "tbe Hamburghers on board went on to Frederick county.\n\n"
    "Tbe Snjreme Court adjourned on Monday. Tbe Pederal officers at tbe custom-house were paid,\n"
    "and Mr. Dravton spoke for tbe bill.\n"
)


@pytest.mark.parametrize(
    "name",
    ["Yturbide", "Landazuri", "Olaguibel", "Wollstoncroft", "Bottisham", "Hamburgh", "Hamburghers"],
)
def test_a_name_the_page_shows_is_not_a_non_word(non_word: Linter, name: str) -> None:
    assert "ocr.non-word" not in rules_at(non_word, DISPATCH, name)


@pytest.mark.parametrize("misread", ["Snjreme", "Pederal", "Dravton"])
def test_misreadings_beside_them_are_still_reported(non_word: Linter, misread: str) -> None:
    assert "ocr.non-word" in rules_at(non_word, DISPATCH, misread)


def test_a_misreading_one_letter_from_a_common_word_is_not_introduced() -> None:
    names = Document.from_raw("A boy named Tbomas and a girl named Ada Klumpke.").names.evidence
    assert not names.is_name("Tbomas", zipf)  # "Thomas"
    assert names.is_name("Klumpke", zipf)


def test_an_address_in_apposition_follows_a_name() -> None:
    # A court report introduces its people with their address, perhaps an age and a calling
    # between: the word before is a name; a misreading one letter from a common word is not.
    names = Document.from_raw(
        "Dr. Quarendon, of Elm Road, saw Mr. Tallowby, 43, clerk, of Hexham, and "
        "Mrs. Pettigrove, aged 60, of Leeds; Mr. Tbomas, of Bow, was there."
    ).names.evidence
    assert names.is_name("Quarendon", zipf)
    assert names.is_name("Tallowby", zipf)
    assert names.is_name("Pettigrove", zipf)
    assert not names.is_name("Tbomas", zipf)


def test_of_before_a_lower_case_word_is_no_address() -> None:
    names = Document.from_raw("The Quarendon, of course, was late; Tallowby, of the town.")
    assert not names.names.evidence.is_name("Quarendon", zipf)
    assert not names.names.evidence.is_name("Tallowby", zipf)


def test_two_forms_of_one_stem_are_names_only_together() -> None:
    both = Document.from_raw("The Parnellites met; Parnell spoke.").names.evidence
    alone = Document.from_raw("The Parnellites met; the leader spoke.").names.evidence
    assert both.is_name("Parnellites", zipf) and both.is_name("Parnell", zipf)
    assert not alone.is_name("Parnellites", zipf)


@pytest.fixture
def sentence_break(builtin_rules: list[Rule]) -> Linter:
    return Linter(builtin_rules, select=["structure.missing-sentence-break"])


MAYOR = (
    "Refugee Kaohly Her Makes History as Mayor\n\n"
    "State Representative Kaohly Her made history on 4 November, becoming the first Hmong mayor.\n"
)


def test_a_function_word_inside_a_name_written_twice_opens_no_sentence(
    sentence_break: Linter,
) -> None:
    assert rules_at(sentence_break, MAYOR, "Her made") == []


def test_a_lost_stop_after_a_name_written_once_is_still_reported(sentence_break: Linter) -> None:
    text = "The talks were held with Johnson The minister said so later. Johnson left."
    assert "structure.missing-sentence-break" in rules_at(sentence_break, text, "The minister")


def test_a_plural_english_spells_otherwise_is_no_form_of_a_name() -> None:
    names = Document.from_raw("the Security Council and the Securitys Act").names.evidence
    assert not names.is_name("Securitys", zipf)


# A word-of-the-day page: its rare headwords look like a scan's damage to the gate, but the page
# defines each of them.
GLOSSARY = (
    "Word of the Day: Rare English Words\n\n"
    "1. Apricity (noun): the warmth of the sun in winter.\n"
    "2. Crapulous (adjective): ill from drinking or eating too much.\n"
    "3. Gongoozler (noun): a person who idly watches the boats on a canal.\n"
    "4. Groak (verb): to watch someone silently while they eat, hoping to be offered some.\n"
    "5. Jargogle (verb): to confuse or jumble.\n"
    "6. Mumpsimus (noun): a custom held to stubbornly even when it is shown to be wrong.\n"
    "7. Snollygoster — a shrewd, unprincipled person.\n"
    "8. Zwodder: a drowsy, stupid state of body or mind.\n"
)


@pytest.mark.parametrize("word", ["Apricity", "Gongoozler", "Mumpsimus", "Snollygoster", "Zwodder"])
def test_a_word_the_page_defines_is_not_a_non_word(non_word: Linter, word: str) -> None:
    assert "ocr.non-word" not in rules_at(non_word, GLOSSARY, word)


def test_a_word_is_defined_only_at_the_head_of_its_entry() -> None:
    doc = Document.from_raw("The Snjreme Court: it sat on Monday.\nPederal - cases were heard.")
    assert doc.names.evidence.defined == frozenset()
