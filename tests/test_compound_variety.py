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


def test_hyphenated_and_spaced_forms_in_two_roles_are_not_compared() -> None:
    # A hyphenated modifier before a noun, spaced elsewhere: English grammar, not a slip.
    text = "The long-term plan was agreed; in the long term, prices will fall."
    assert reported(text, RULE) == []
    text = "The bill passed at second reading, and a second-reading debate followed."
    assert reported(text, RULE) == []
    # A familiar compound left open before one noun and hyphenated before another: house style.
    assert reported("An air-quality cleanup would help, and air quality policy too.", RULE) == []


def test_one_phrase_joined_two_ways_reports_the_spaced_modifier_on_a_tie() -> None:
    text = "All segments show top-line growth, the chief said.\nThe quarter saw top line growth."
    assert reported(text, RULE) == ["top line"]


def test_the_rarer_form_in_one_role_is_reported() -> None:
    text = (
        "Tax Bill; second reading. Poor Bill; second-reading. Law Bill; second reading—Wills Bill."
    )
    assert reported(text, RULE) == ["second-reading"]
    text = "They saw top-line growth and top-line growth again, then top line growth."
    assert reported(text, RULE) == ["top line"]


def test_a_suspended_pair_and_a_function_word_role() -> None:
    # The second member of "low- and zero-emission" shares the first's hyphen.
    text = "Ships cut low- and zero-emissions across the fleet and zero emissions across the port."
    assert reported(text, RULE) == []
    # Before a function word both are nouns: on a tie the hyphenated one is the odd one.
    assert reported("Costs rose in the long-term and fell in the long term and then.", RULE) == [
        "long-term"
    ]


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


def test_a_short_word_closed_up_is_a_word_of_its_own() -> None:
    # "coop" is a hen's house, not the co-op run together; "email" (five letters) still pairs.
    text = "The co-op opened a store. Farmers kept hens in a coop near the co-op and the coop."
    assert reported(text, RULE) == []
    assert reported("Write by e-mail or email; email is best.", RULE) == ["e-mail"]


def test_the_forms_read_from_their_hyphens_are_the_pattern_s_matches() -> None:
    # `_hyphenated` finds from each hyphen what `_HYPHENATED` finds scanning every character:
    # chains, suspended pairs, addresses, figures, marks and the Unicode hyphen, each side.
    from newslint.checks.compound_variety import _HYPHENATED, _hyphenated

    texts = [
        "a well-known e-mail, a mother-in-law and low- and zero-emission cars",
        "co‐op‐era and re‐sign‐up; x-ray.com, www.e-mail.org, @hand-made #long-term",
        "3-day 'tis-well, o’er-much co-op- co-op.x and-so ‐a- b‐ c‐d‐e‐f g-h-i",
        "Éclair-made café-au lait-É ïa‐ü k-ſe",
    ]
    for text in texts:
        matches = _HYPHENATED.finditer(text)
        expected = [((m["a"], m["b"]), (m.start(), m.end(), m.group())) for m in matches]
        assert list(_hyphenated(text)) == expected
