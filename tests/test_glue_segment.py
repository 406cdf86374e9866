"""The word segmenter behind mt.glued-words' statistical cuts (glue_segment)."""

from __future__ import annotations

import pytest

from newslint.checks.glue_segment import segment
from newslint.checks.lexicon_tuning import Tuning
from newslint.lexicon import LONGEST_WORD, zipf

TUNING = Tuning()


def _cut(token: str) -> tuple[float, tuple[str, ...]] | None:
    return segment(zipf, token, TUNING, LONGEST_WORD)


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("oneofthe", ("one", "of", "the")),
        ("somuch", ("so", "much")),
        ("peopleall", ("people", "all")),
        ("Onthe", ("On", "the")),
        ("Forexample", ("For", "example")),
        ("asof", ("as", "of")),
    ],
)
def test_cuts_a_glue_into_its_words_keeping_its_case(token: str, parts: tuple[str, ...]) -> None:
    found = _cut(token)
    assert found is not None
    assert found[1] == parts


def test_odds_separate_glues_from_compounds_and_names() -> None:
    """The thresholds in force sit between the glues and the likeliest words of the clean
    corpus and dev sides: a derivation ("liveability") and a name ("Herat"). (Two nouns,
    "newsperson", clear them: the check reports those only on a page that lost spaces.)"""
    glue = _cut("pastweek")
    compound = _cut("liveability")
    name = _cut("Herat")
    assert glue is not None and glue[0] >= TUNING.segment_min_odds
    assert compound is not None and compound[0] < TUNING.segment_min_odds
    assert name is not None and name[0] < TUNING.segment_capital_min_odds


@pytest.mark.parametrize(
    "token",
    [
        "government",  # a common word
        "cyberattacks",  # a prefix is no word of a cut
        "lifehood",  # nor a word-forming ending
        "Goldwell",  # a capitalised token that opens with no function word is a name's
        "ingroup",  # a seen token is not cut after a prefix-like function word
        "manat",  # ... nor before a function word that is also an ending
        "McKeon",  # mixed case is camel-glue's
        "covid19",  # digits are the number rules'
        "todo",  # four letters: another language's word ("to do" is 10^1.8 likelier only)
        "ipod",  # ... and never a cut but into two function words
    ],
)
def test_leaves_words_names_and_other_shapes(token: str) -> None:
    found = _cut(token)
    threshold = TUNING.segment_capital_min_odds if token[0].isupper() else TUNING.segment_min_odds
    assert found is None or found[0] < threshold


def test_a_long_unseen_token_is_read_as_rarer_than_a_short_one() -> None:
    """Two long content words run together ("deadlieststampede") are far from likelier than an
    unseen word of their length at the flat reading; the longer the unseen string, the rarer a
    word it is, so such a glue clears the odds, and a short one ("wholeloaf") does not."""
    long_glue = _cut("deadlieststampede")
    short_glue = _cut("wholeloaf")
    assert long_glue is not None and long_glue[0] >= TUNING.segment_min_odds
    assert long_glue[1] == ("deadliest", "stampede")
    assert short_glue is None or short_glue[0] < TUNING.segment_min_odds
    # A capitalised token keeps the flat reading: names are as long as they like.
    assert _cut("Inverkeithingshire") is None or _cut("Inverkeithingshire")[0] < 2.5


def test_long_content_glues_are_reported_but_two_nouns_only_on_a_damaged_page() -> None:
    text = "He called it the deadlieststampede in years; the officersconspired to hide it."
    assert _glued(text) == ["deadlieststampede", "officersconspired"]
    # Two nouns close up into a compound as readily ("mediaplatforms"): alone, the writer's.
    assert _glued("Rules for mediaplatforms were set out on Monday.") == []


def _glued(text: str, **options: object) -> list[str]:
    from newslint.document import Document
    from newslint.engine import Linter
    from newslint.linters import load_rules

    rule = next(r for r in load_rules() if r.id == "mt.glued-words")
    rule.options.update(options)
    return [text[f.start : f.end] for f in Linter([rule]).lint(Document(text))]


def test_a_four_letter_pair_needs_a_glue_of_another_kind_on_the_page() -> None:
    """ "doof" (Australian dance music) and "orto" (an Italian kitchen garden) reach the odds of
    "do of" and "or to" as "asof" does: alone on a page they are words; beside another glue they
    may be lost spaces, and are offered."""
    clean = "Locals call the bush festival's music doof. Her nonna kept an orto in Umbria."
    assert _glued(clean) == []
    assert _glued("Shares closed higher asof Friday.") == []
    damaged = "Shares closed higher asof Friday, a weekwhen most markets fell."
    assert _glued(damaged) == ["asof", "weekwhen"]


def test_one_glue_lines_away_is_no_evidence_for_a_weak_cut_or_a_compound() -> None:
    """A single glue is often a scraper's seam between a link and the next word; the page's
    prose kept its spaces. Lines away from it, "doof" and a closed compound are the writer's;
    on its line, or on a page with two glues, they are offered as lost spaces."""
    one_seam = "The minister resignedyesterday after the vote.\n\nLocals dance to bush doof music."
    assert _glued(one_seam) == ["resignedyesterday"]
    same_line = "The minister resignedyesterday after the vote; locals danced to bush doof music."
    assert _glued(same_line) == ["resignedyesterday", "doof"]
    two_glues = (
        "The minister resignedyesterday and thecouncil met.\n\nLocals dance to bush doof music."
    )
    assert _glued(two_glues) == ["resignedyesterday", "thecouncil", "doof"]


def test_a_glue_inside_a_hyphenated_word_is_read_but_not_one_inside_an_address() -> None:
    """A part of a hyphenated word is no word of the page's, yet loses its space as readily;
    a slug in a web address closes its words up by design."""
    text = (
        "The well-knownauthor spoke about the long-awaited report and the anti-inflammatory "
        "drug; see example.com/the-phrasewe-story for the self-isolating well-wishers.\n"
    )
    assert _glued(text) == ["knownauthor"]


def test_the_stretch_around_a_place_is_its_token_read_no_further_than_the_reach() -> None:
    from newslint.tokens import STRETCH_REACH, stretch_around

    text = "see example.com/the-phrasewe-story now"
    at = text.index("phrasewe")
    assert stretch_around(text, at, at + 8) == "example.com/the-phrasewe-story"
    line = "x" * 10_000
    assert stretch_around(line, 5_000, 5_001) == "x" * (2 * STRETCH_REACH + 1)


def test_a_well_known_name_run_into_a_word_is_reported_only_beside_other_glue_damage() -> None:
    """ "Chinaway" is built as names and places are ("Kendalbridge", "Broadway": 9 in 10,000
    English words end in "way"): alone it is the writer's; on a line that lost a space
    elsewhere it is a glue, offered. A name only the page knows ("Merrow") is never cut so."""
    assert _glued("Officials said Chinaway fell in the year to March.") == []
    damaged = "Officials said Chinaway fell withthe yuan in the year to March."
    assert _glued(damaged) == ["Chinaway", "withthe"]
    places = "Ms Merrow of Merrowgate met withthe mayor near Kendalbridge."
    assert _glued(places) == ["withthe"]


def test_a_word_hardly_any_word_ends_in_ends_no_name_where_the_option_is_on() -> None:
    """ "trade", "efficiency", "recently" end fewer than 1 in 10,000 of wordfreq's words, so with
    name_word_max_ending_rate on a name run into one lost a space, on any page. Off by default:
    brands are built so ("Clearscore", "Bankinter"), and alone such a cut waits for damage."""
    on = {"name_word_max_ending_rate": 1.0}
    assert _glued("Officials said Chinatrade fell in the year to March.", **on) == ["Chinatrade"]
    kerry = "The minister said Kerryrecently met the envoys in Geneva."
    assert _glued(kerry, **on) == ["Kerryrecently"]
    assert _glued(kerry) == []
    brands = "The firm Clearscore said shares of Bankinter and Brightwheel rose."
    assert _glued(brands) == []


def test_a_rare_ending_beside_a_name_or_off_prose_waits_for_other_damage() -> None:
    """Places, ships and sites are built of everyday words: "Camp Bondsteel", "Castlefrank
    Road", a site's name in a line of labels."""
    assert _glued("Troops returned to Camp Bondsteel on Monday, the army said.") == []
    assert _glued("The crash closed Castlefrank Road for most of the morning.") == []
    assert _glued("Science News | Brightsurf | June 20") == []
    assert _glued("Science News | Brightsurf withthe team") == ["Brightsurf", "withthe"]


def test_a_token_the_page_repeats_is_its_name() -> None:
    text = "The Freewinds docked. Crew of the Freewinds said the Freewinds would sail."
    assert _glued(text) == []


def test_the_pronoun_run_into_its_verb() -> None:
    """ "Iasked", "Iwant": "I" and a verb the tagger reads as finite after it; names whose rest
    is a noun or no word are left alone, and so is a verb that reads as a noun as readily."""
    assert _glued("When Iasked him, he left.") == ["Iasked"]
    assert _glued("He said Iwant more.") == ["Iwant"]
    assert _glued("Ivan and Iman met Irene.") == []
    assert _glued("Then Iexpress thanks.") == []
    assert _glued("The Icarus myth.") == []
