"""Two capitals a scanner gave to a verb and a small word side by side ("to further Insure Itself
< against"); names and titles of several words are left alone (own texts)."""

from __future__ import annotations

from newslint import cased_lexicon
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.ocr_capitals import paired_capitals
from newslint.vale.tagger import shared_tagger

from .conftest import rules_at

# A line of scanning damage opens the OCR gate.
DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def _words(text: str) -> list[str]:
    found = paired_capitals(text, zipf, cased_lexicon.english(), shared_tagger)
    return [text[start:end] for start, end in found]


def test_a_verb_and_a_pronoun_in_capitals_are_found() -> None:
    assert _words("the power of the company to further Insure Itself against all") == [
        "Insure",
        "Itself",
    ]
    assert _words("the power to further Insure Itself < against all competition") == [
        "Insure",
        "Itself",
    ]


def test_names_and_titles_are_not_found() -> None:
    # A probe of names built of ordinary words, as clean business and arts copy prints them.
    for text in (
        "the shares of Royal Mail rose while the Bank of England held rates",
        "the shares of Standard Life fell and the band played Moon River twice",
        "the film was shown at the Grand Hotel and the Old Vic said so",
        "the pop group Take That played and the Stand Up campaign began",
        "the pair sang Let It Be and then It Is Done at the hall",
        "a bill to Amend The Act was read",  # title case: a third capital beside the pair
        "he said Of The people it was so",  # two small words: no verb, a title's shapes
    ):
        assert _words(text) == [], text


def test_a_pair_after_a_finite_verb_is_its_object_a_title() -> None:
    # A bare verb right after a finite verb is no verb of the sentence: the pair is what was
    # performed or sung (review50's probe). After an auxiliary it is still a verb phrase.
    for text in (
        "the house was full when they performed Go Away in the town",
        "the choir sang Come Back at the dance on Friday",
    ):
        assert _words(text) == [], text
    assert _words("the men said they had Often Seen it before") == ["Often", "Seen"]


def test_a_pair_of_capitals_no_scanner_makes_is_printed() -> None:
    # A scanner makes a capital of a lower-case glyph of its shape (the I of an "l", the O of an
    # "o"); the N of "Not", the M of "Move" were printed so: a title or a name (stop 50's probe).
    for text in (
        "the men said they did Not Know it at all",
        "the members voted to Move On to the next business",
    ):
        assert _words(text) == [], text


def test_a_pair_the_page_repeats_is_a_name() -> None:
    text = "the pupils of Saint Clare went home and the pupils of Saint Clare sang"
    assert _words(text) == []
    text = "he went to Always Open and later we went to Always Open again"
    assert _words(text) == []


def test_reported_on_a_scanned_page_only(linter: Linter) -> None:
    line = "The railroad company sought to further Insure Itself against all competition."
    assert "ocr.misread-capital" in rules_at(linter, DAMAGE + line, "Insure")
    assert "ocr.misread-capital" in rules_at(linter, DAMAGE + line, "Itself")
    assert "ocr.misread-capital" not in rules_at(linter, line, "Insure")
