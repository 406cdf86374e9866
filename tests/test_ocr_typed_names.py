"""Names, brands and abbreviations of typed copy are not a scanner's damage (own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.ocr_gate import brand_names
from newslint.signals import ocr_signal

from .conftest import lint_text, rules_at

# Tech copy: three odd spellings of names (a lower-case bank, a numeronym fund, a degree sign in a
# brand) are as many damaged-looking tokens as the hand-set gate asks for.
TECH = (
    "Start-ups bet on the connected kitchen\n\n"
    "From iPad recipes to eBay auctions, the smart-kitchen market keeps growing. Firms such as "
    "iRobot and the Danish lender zunq are all chasing the same buyers.\n\n"
    "At a trade fair in Berlin, analysts said sales of connected ovens had doubled since 2021, "
    "and that owners of smart speakers were the likeliest buyers.\n\n"
    "The founders of the Paris start-up meero°, which makes kitchen scales, said they had raised "
    "€30m from investors including the fund b52x.\n\n"
    "The chief executive of a large retailer spoke on a panel about cooking at home, chaired by "
    "a technology editor from a national paper.\n"
)
# A scan of the same kind of copy: common words misread, figures for letters.
SCANNED = (
    "It was said tliat tbe men arc ready and tho 2oth is set. The new iPhone and eBay were "
    "sold at tbe fair. She tried to drown herself.\nkThey at once went and gave the alarm; he "
    "pulled open tLie door.\n"
)


def test_brand_spellings_are_counted() -> None:
    zipf = Vocabulary().zipf
    assert brand_names("From iPad recipes to eBay auctions and iRobot.", zipf) == 3
    # a speck before a function word, or before a word into no listed word, is no brand
    assert brand_names("kThey went; iThe man; jEdttor and Co.", zipf) == 0
    # nor a listed misreading of a common word ("tlie" for "the")
    assert brand_names("He pulled open tLie door.", zipf) == 0


def test_a_page_that_spells_brands_is_not_scanned_by_the_count_alone(linter: Linter) -> None:
    signal = ocr_signal(TECH, linter.vocabulary.zipf)
    assert signal.brands >= 2
    assert not signal.looks_scanned(0.015, 3)
    found = {f.rule for f in lint_text(linter, TECH) if f.rule.startswith("ocr.")}
    assert found == set()


def test_a_scan_that_names_brands_is_still_scanned(linter: Linter) -> None:
    assert "ocr.misread-word" in rules_at(linter, SCANNED, "tho")
    assert "ocr.mark-on-word" in rules_at(linter, SCANNED, "kThey")
    assert "ocr.mark-on-word" in rules_at(linter, SCANNED, "tLie")


def test_a_brand_prefix_is_no_speck(linter: Linter) -> None:
    assert "ocr.mark-on-word" not in rules_at(linter, SCANNED, "iPhone")
    assert "ocr.mark-on-word" not in rules_at(linter, SCANNED, "eBay")


def test_an_abbreviation_alone_in_brackets_is_no_misreading(linter: Linter) -> None:
    text = "Wrexham 3-2 Stockport (aet) and Leeds 1-1 Hull (aet), the results showed.\n"
    assert "ocr.character-confusion" not in rules_at(linter, text, "aet")
    running = "The men aet at once, the results showed.\n"
    assert "ocr.character-confusion" in rules_at(linter, running, "aet")
