"""A quotation in another language is not scanning damage (texts written for these tests)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.foreign_quotes import foreign_quotations
from newslint.lexicon import zipf
from newslint.signals import ocr_signal

from .conftest import rules_at

# A short clean story quoting a villager in Romanian, then in English.
ROMANIAN_QUOTE = (
    "Village votes to keep its school\n\n"
    "Residents of a small village in northern Romania voted on Sunday to keep their only school "
    "open, defying a national plan to merge rural classrooms.\n\n"
    '"Până la urmă, totul e bine," said Maria Ionescu, a retired teacher who organised the '
    'vote. "In the end, everything is fine, as long as the children can walk to school."\n\n'
    "The education ministry said it would review the result.\n"
)
# The same shape of story printed by a scanner: its misreadings and specks must still count,
# the one accented misreading inside an English quotation included.
SCANNED_QUOTE = (
    "The council met on tho 2oth instant , and it was resolved tliat tbe new road\n"
    'should be built. "Tbé road will be finished by tlie spring," said tbe mayor ;\n'
    "the com pany will begin the work at once.\n"
)


def test_a_quoted_foreign_phrase_does_not_make_clean_copy_look_scanned() -> None:
    assert not ocr_signal(ROMANIAN_QUOTE).looks_scanned(0.015, 3)
    assert ocr_signal(ROMANIAN_QUOTE).marks == 0


def test_no_ocr_rule_fires_on_the_quoted_phrase(linter: Linter) -> None:
    for needle in ("totul", " e bine", "bine"):
        assert not [r for r in rules_at(linter, ROMANIAN_QUOTE, needle) if r.startswith("ocr.")]


def test_an_english_quotation_with_an_accented_misreading_still_counts() -> None:
    assert foreign_quotations(SCANNED_QUOTE, zipf) == []
    assert ocr_signal(SCANNED_QUOTE).looks_scanned(0.015, 3)


def test_a_loanword_does_not_make_a_quotation_foreign() -> None:
    text = '"We met at the café near the station and talked for an hour," she said.'
    assert foreign_quotations(text, zipf) == []


def test_the_foreign_quotation_is_found_across_a_line_end_but_not_a_blank_line() -> None:
    wrapped = 'He shouted "Até amanhã,\nmeu amigo" and left.'
    assert foreign_quotations(wrapped, zipf) == [(11, 34)]
    parted = 'He shouted "Até amanhã,\n\nmeu amigo" and left.'
    assert foreign_quotations(parted, zipf) == []
