"""A name glued to the word after it (glue14): the page's evidence and wordfreq's statistics
decide, not a list of names. Each case is a text written for the test, beside the shapes of
the same kind that are names and must stay silent."""

from __future__ import annotations

from wordfreq import iter_wordlist

from newslint.checks.glue_names import RARE_ENDINGS
from newslint.lexicon import FUNCTION_WORDS
from tests.conftest import reported

RULE = "mt.glued-words"


def test_a_name_wordfreq_knows_glued_to_an_auxiliary() -> None:
    text = "Belarusian leader Alexander Lukashenkohas ordered new drills near the border.\n"
    assert reported(text, RULE) == ["Lukashenkohas"]


def test_a_verb_in_the_past_after_a_known_name() -> None:
    text = "The coach, Claudio Pellegriniannounced his squad on Friday.\n"
    assert reported(text, RULE) == ["Pellegriniannounced"]


def test_a_name_the_page_runs_into_two_words_is_a_head() -> None:
    text = (
        "Governors Reject Zoning Plan\nby Tunde Adewunmiby Tunde AdewunmiThe governors met.\n"
        "Ports Reopen\nby Tunde Adewunmiby Tunde AdewunmiThe ports reopened on Monday.\n"
    )
    assert reported(text, RULE).count("Adewunmiby") == 2


def test_two_spellings_of_one_name_share_no_head() -> None:
    # "Gaddour" and "Gaddoor" both begin "Gadd" and go on as "our" and "oor": one name respelled
    # (name-spelling's finding), not a head run into two words, so neither is cut.
    text = (
        "A forum on Sheikh Gaddour, the hero of the city, was held by the Gaddour Foundation. "
        "It spread the ideas of Gaddoor Sheikh Adil among the young.\n"
    )
    assert reported(text, RULE) == []
    assert reported(text, "consistency.name-spelling") == ["Gaddoor"]


def test_an_unseen_name_before_a_word_no_name_ends_in() -> None:
    text = "Police spokesman Chidi Olumbosaid the suspects fled into the forest.\n"
    assert reported(text, RULE) == ["Olumbosaid"]


def test_names_that_end_like_function_words_stay_silent() -> None:
    # "Lawan" is a name wordfreq has seen (its halves are no likelier apart: "Law an"); "Sunis"
    # runs on into a surname, which no glued "is" does; a known name before a noun or a word
    # the tagger might read as a verb is how places are named ("Stonefrank", "Pellegrinisites").
    text = (
        "Senator Ahmad Lawan said the bill would pass, and Mr Lawan the leader agreed. Former "
        "minister Sunis Balogun met Bayo Stonefrank at the Pellegrinisites office.\n"
    )
    assert reported(text, RULE) == []


def test_rare_endings_are_the_function_words_hardly_any_word_ends_in() -> None:
    """RARE_ENDINGS: the function words fewer than 1 in 10,000 of wordfreq's English words
    (three letters longer than the ending) end in, recounted."""
    words = [w for w in iter_wordlist("en", "large") if w.isalpha()]

    def rate(ending: str) -> float:
        ends = sum(1 for w in words if len(w) >= len(ending) + 3 and w.endswith(ending))
        return ends / len(words) * 10_000

    assert {word for word in FUNCTION_WORDS if rate(word) < 1} == RARE_ENDINGS


def test_on_a_page_that_lost_spaces_an_unseen_name_needs_no_evidence() -> None:
    text = (
        "Tag: Ports\nGovernors met in Abuja on Monday to discuss ports withthe ministers.\n"
        "Ports Reopen After Strike\nby Kunle Adewunmiby the coast desk, reporting from Lagos.\n"
    )
    assert reported(text, RULE) == ["withthe", "Adewunmiby"]
    clean = (
        "Ports Reopen After Strike\nby Kunle Adewunmiby, the coast desk, reporting from Lagos.\n"
    )
    assert reported(clean, RULE) == []


def test_a_name_ending_in_said_or_with_before_a_verb_is_no_glue() -> None:
    # "Abu said said" and "Ola with won" are no English: the names merely end so.
    text = (
        "Officials wouldbe there on Friday.\n\n"
        "Hamdi Abusaid said the talks would resume. Nadia Bousaid won the race, and "
        "Femi Olawith said he was pleased."
    )
    found = reported(text, "mt.glued-words")
    assert found == ["wouldbe"]


def test_a_token_is_headed_by_a_shared_head_looked_up_by_its_prefixes() -> None:
    # `headed` looks a token's prefixes of the heads' lengths up instead of trying every head
    # (a page of invented names shares thousands: its size squared); the same answers.
    import random

    from newslint.checks.glue_names import Heads, headed

    heads = Heads(["Ojewale", "Kadyrov", "Ojew"])
    assert headed("Ojewaleby", heads) and headed("Kadyrovhas", heads) and headed("Ojewa", heads)
    assert not headed("Ojewale", Heads(["Ojewale"])) and not headed("Obma", heads)
    assert not headed("Ojewaleby", Heads())
    rng = random.Random(3)
    letters = "abcde"
    for _ in range(300):
        pool = Heads("A" + "".join(rng.choices(letters, k=rng.randint(3, 6))) for _ in range(5))
        token = "A" + "".join(rng.choices(letters, k=rng.randint(1, 8)))
        naive = any(token.startswith(head) and token != head for head in pool)
        assert headed(token, pool) == naive
