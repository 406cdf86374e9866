"""`consistency.compound-joining`: one compound written closed up and with a hyphen in one
document (issue 14). Texts written for these tests."""

from __future__ import annotations

from newslint.checks.compound_variety import CompoundVarietyCheck
from tests.checks.helpers import make_check, run
from tests.conftest import reported

RULE = "consistency.compound-joining"


def test_the_rarer_form_is_reported_with_the_other_as_its_fix() -> None:
    text = "Send views by email. Readers who wrote by e-mail were thanked, and email replies came."
    findings = run(make_check("compound-variety"), text)
    assert [(text[f.start : f.end], f.suggestions) for f in findings] == [("e-mail", ("email",))]
    assert findings[0].fix is not None


def test_on_a_tie_the_hyphenated_form_is_reported() -> None:
    assert reported("The sides agreed to co-operate. Both cooperate on trade.", RULE) == [
        "co-operate"
    ]


def test_a_closed_minority_is_reported_too() -> None:
    text = "They pledged to co-operate, to co-operate again and to cooperate once more."
    assert reported(text, RULE) == ["cooperate"]


def test_a_page_of_one_form_is_silent() -> None:
    assert reported("Readers wrote by e-mail and the editors answered each e-mail.", RULE) == []


def test_hyphenated_and_spaced_forms_are_never_compared() -> None:
    # A hyphenated modifier before a noun, spaced elsewhere: English grammar, not a slip.
    text = "The long-term plan was agreed; in the long term, prices will fall."
    assert reported(text, RULE) == []


def test_spaced_and_closed_forms_are_never_compared() -> None:
    text = "Teams set up a stand; the setup took an hour, and every day was an everyday affair."
    assert reported(text, RULE) == []


def test_longer_compounds_and_addresses_are_not_read_as_two_part_words() -> None:
    text = (
        "His mother-in-law and father-in-law visited; the inlaw question is moot. "
        "Write to desk@co-operate.example or see www.e-mail.example; we cooperate by email."
    )
    assert reported(text, RULE) == []


def test_headlines_are_left_out() -> None:
    text = "Harris is early front-runner\n\nThe leadership frontrunner gathered support on Monday."
    assert reported(text, RULE) == []


def test_names_keep_their_own_joining() -> None:
    text = "Coca-Cola and the cocacola fans met; Al-Jazeera said aljazeera readers wrote."
    assert reported(text, RULE) == []


def test_re_before_a_consonant_marks_another_word() -> None:
    # "re-sign" (sign again) and "resign", "re-form" and "reform" are two words each; re- before
    # a vowel is one word joined two ways.
    text = (
        "The club hopes its captain will re-sign; the chairman will not resign. The band will "
        "re-form, and the minister promised reform. Voters may re-elect her; few would reelect him."
    )
    assert reported(text, RULE) == ["re-elect"]


def test_the_kind_is_a_check() -> None:
    assert isinstance(make_check("compound-variety"), CompoundVarietyCheck)


def test_a_closed_form_said_in_other_syllables_is_another_word() -> None:
    # "coop" (one syllable) is the hens' house, "co-op" (two) the cooperative: two words. The
    # same page's "co-operate" and "cooperate" are said alike and still compared.
    text = (
        "The co-op opened a shop beside the old chicken coop. Members co-operate on prices, "
        "and they cooperate on deliveries; the co-op cooperate scheme grew."
    )
    assert reported(text, RULE) == ["co-operate"]
    assert reported("The co-op bought feed for the coop and the coop's hens.", RULE) == []
    # A hyphenated form the dictionary does not list is no evidence: its halves' syllables
    # ("form" and "ed") are not the word's ("formed").
    assert reported("They form-ed a line; the group formed and formed again.", RULE) == ["form-ed"]


def test_said_alike_reads_the_pronouncing_dictionary() -> None:
    from newslint.pronunciation import Pronunciations

    said = Pronunciations(
        "co K OW1\nco-op K OW1 AA2 P\ncoop K UW1 P\nread R IY1 D\nread(2) R EH1 D\n"
    )
    assert said.syllables("coop") == {1}
    assert said.syllables("co-op") == {2}
    assert said.syllables("read") == {1}
    assert said.syllables("cooperate") == frozenset()
