"""What a writer does on purpose, or throughout, is no scanner's damage (own texts)."""

from __future__ import annotations

from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.ocr_attested_splits import attested_splits
from newslint.ocr_specks import stops_before_lower_case

from .conftest import rules_at


def _splits(text: str) -> list[str]:
    return [m.group() for m in attested_splits(text, Vocabulary().zipf)]


def test_a_name_written_as_one_word_and_as_two_capitalised_words_is_no_cut() -> None:
    # A space changes no letter's case: "Anand Kumar" is the writer's spacing, not a cut.
    text = "Collector Anand Kumar opened the hall. Later, Anandkumar said the work was done."
    assert _splits(text) == []


def test_a_capital_inside_the_whole_makes_the_whole_the_glued_copy() -> None:
    text = "Minister Dilrukshi Perawatte spoke first; the caption read DilrukshiPerawatte at noon."
    assert _splits(text) == []


def test_a_cut_word_keeps_being_found_whatever_the_case_of_its_first_letter() -> None:
    text = "History of the valley. The his tory is long; SACRA MENTO and Sacramento too."
    assert _splits(text) == ["his tory", "SACRA MENTO"]


TRANSCRIPT = (
    "the council met on tho 2oth tonight. it voted for tbe new road. the mayor says tliat it is a good day. "
    "he says the work starts in may. the clerk read the minutes. nobody spoke against it.\n"
)


def test_a_text_that_opens_its_sentences_in_lower_case_has_no_misread_stops() -> None:
    assert list(stops_before_lower_case(TRANSCRIPT, Vocabulary().zipf)) == []


def test_a_stop_between_lower_case_words_in_capitalised_prose_is_still_a_speck() -> None:
    text = "The council met. I have the honour to be, very respectfully. vour obedient servant, J. Roe."
    found = list(stops_before_lower_case(text, Vocabulary().zipf))
    assert [text[a:b] for a, b in found] == ["."]
    assert found[0][0] == text.index("respectfully.") + len("respectfully")


def test_a_stop_before_a_clause_of_its_own_ends_its_sentence() -> None:
    """ "plan. tliat is what": the next word lost its capital with its letters; the stop is the
    sentence's, and a fix that deleted it as a speck would join two sentences."""
    text = "The council met on Monday. The minister announced the tax plan. tliat is what he said."
    assert list(stops_before_lower_case(text, Vocabulary().zipf)) == []


def test_the_lower_case_transcript_gets_no_lone_mark_on_its_full_stops(linter: Linter) -> None:
    assert "ocr.lone-mark" not in rules_at(linter, TRANSCRIPT, ". it voted")
