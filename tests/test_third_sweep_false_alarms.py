"""False alarms found on a third sweep of unseen professional copy (fpsweep3: wire, regional and
national papers, broadcasters, government and NGO releases, letters, sports, reviews and
opinion from the UK, US, Canada, Ireland, India, Australia, Kenya, Nigeria, South Africa and the
Philippines). Each case is a text of the same shape written for the test, beside a case that
keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding


def _found(linter: Linter, text: str, rule: str = "") -> list[Finding]:
    """The findings on `text` of the rules whose id starts with `rule` (every rule by default)."""
    return [f for f in linter.lint(Document.from_raw(text)) if f.rule.startswith(rule)]


# A senator answering in the English and Tagalog that Philippine hearings mix.
_TAGLISH = (
    "The senator defended the request before the finance committee on Tuesday.\n\n"
    "“Hindi naman lahat ng ahensya ay may pondo para dito, kaya kailangan lang natin ng konting "
    "tulong,” she told reporters after the hearing.\n"
)


def test_a_quotation_in_tagalog_holds_no_lost_capitals(linter: Linter) -> None:
    # "hindi" and "lang" are Tagalog words here, not the language Hindi or the surname Lang.
    assert _found(linter, _TAGLISH, "structure.lowercase-proper-noun") == []


def test_a_lost_capital_beside_a_foreign_quotation_is_still_reported(linter: Linter) -> None:
    text = _TAGLISH.replace("on Tuesday", "in april")
    found = _found(linter, text, "structure.lowercase-proper-noun")
    assert [text[f.start : f.end] for f in found] == ["april"]


# A sports columnist's night of scores: slang, coinages and an ellipsis spaced the Chicago way.
_COLUMN = (
    "Tigers 8, Rays 6: Tied into the 11th when Detroit scored three, the first on a bases-loaded "
    "walk. Everyone shoulda seen it coming. Let me tell you my theories of wild pitches  . . .\n\n"
    "Cardinals 5, Reds 4: This one ended on a bases-loaded HBP in a tie game in the ninth. Jon "
    "Jay was the plunkee, J.J. Hoover the plunker, and the Cards walked off with the win.\n\n"
    "Marlins 4, Rangers 3: An error in the seventh let Texas tie the game, and extra innings "
    "followed until a single to left ended it. The Marlins now have more wins than they had all "
    "of last season, and they are over .500 for the first time since late June.\n\n"
    "Cubs 2, Giants 0: A rain-shortened win for Chicago, or rather a win shortened by a grounds "
    "crew that could not get the tarp on the field before the storm arrived. The umpires waited "
    "more than four hours before they called it, and the Giants went home unhappy about it.\n\n"
    "Orioles 5, Astros 4: A leadoff homer in the tenth won it for Baltimore, whose bullpen kept "
    "Houston off the board for the last four innings after the starter left with a sore arm.\n"
)


def test_a_spaced_ellipsis_is_no_scanners_speck(linter: Linter) -> None:
    # Three lone full stops made a clean column look scanned, and the scan gate then read its
    # slang and coinages ("shoulda", "plunkee", "tie game") as misreadings.
    assert _found(linter, _COLUMN, "ocr.") == []


def test_lone_full_stops_that_are_no_ellipsis_still_count_as_specks() -> None:
    from newslint.signals import document_marks

    spaced = "It was . . . a long night."
    specks = "It was . a long . night and . the end."
    assert [m.kind for m in document_marks(spaced)] == []
    assert [m.kind for m in document_marks(specks)] == ["lone-mark"] * 3


def test_a_number_between_a_writers_dashes_is_no_page_number(linter: Linter) -> None:
    text = "The Marlins now have more wins — 63 — than they had all last season.\n"
    assert _found(linter, text, "ocr.page-number") == []
    scanned = "The ministers met at noon - 14 - and they agreed on the plan.\n"
    assert [f.rule for f in _found(linter, scanned, "ocr.page-number")] == ["ocr.page-number"]


def test_a_reduplicated_term_the_story_repeats_is_no_doubled_word(linter: Linter) -> None:
    # "boda boda" is East Africa's motorcycle taxi: written as two copies wherever it comes.
    text = (
        "The governor said boda boda riders would have to join transport cooperatives.\n\n"
        "Each cooperative will be given stages where boda boda operators wait for passengers.\n"
    )
    assert _found(linter, text, "structure.doubled-word") == []


def test_a_common_word_doubled_twice_is_still_two_slips(linter: Linter) -> None:
    text = "The plan reflects the the commitment of the board.\n\nThe the board met on Monday.\n"
    assert len(_found(linter, text, "structure.doubled-word")) == 2


_LETTER = (
    "Council watchers deserve better\n\n"
    "Re: Enough of the long meetings (Our View, May 2)\n\n"
    "Your editorial last week called the residents who ask questions at council meetings a "
    "nuisance, which is unfair to people who give up their evenings for the town.\n\n"
    "Council meetings are open to the public so that residents can comment and ask questions.\n\n"
    "Those of us who attend read the agenda, research the items and come prepared, because we "
    "want the rules followed for everyone and the town's money spent with care. Nobody pays us "
    "for the hours this takes, and it often costs us money to get the documents we need to "
    "understand what the council is about to decide on our behalf.\n\n"
    "Mary Jones and Ann Smith\n"
)


def test_a_letter_that_opens_by_addressing_the_paper_is_the_letter(linter: Linter) -> None:
    at = _LETTER.index("Your editorial")
    found = _found(linter, _LETTER, "scrape.furniture-block")
    assert [f for f in found if f.start <= at < f.end] == []


def test_a_browser_notice_above_a_story_is_still_interface_text(linter: Linter) -> None:
    text = (
        "You are using an old web browser that we no longer support, so some features of this "
        "site may not work.\n\nSkip to content\n\n"
        + _LETTER.split("\n\n", 1)[1].replace("Your editorial", "The editorial")
    )
    found = _found(linter, text, "scrape.furniture-block")
    assert any(f.start == 0 and "addressed to the reader" in f.message for f in found)


_BODY = (
    "She was born in Yarbro to a farming family and lived in the county all her life. She "
    "worked for the civil service for thirty years, went back to college after retiring and "
    "took a degree in history, which she said was the proudest day of her life.\n\n"
    "She leaves two daughters, a son, five grandchildren and ten great-grandchildren.\n"
)


def test_a_headline_over_a_long_standfirst_is_no_label(linter: Linter) -> None:
    text = (
        "Despite good rains\n\n"
        "Normal rains are no guarantee that farmers will benefit as much as they should from "
        "the season, unlike other sectors of the economy that reap the rewards at once\n\n" + _BODY
    )
    assert [f for f in _found(linter, text, "scrape.furniture-block") if f.start == 0] == []


def test_a_site_name_above_the_headline_is_still_a_label(linter: Linter) -> None:
    text = (
        "Valley Star\n\nRail operators apologise for a month of cancelled trains\n\n"
        "Rail bosses have apologised to passengers hit by cancelled and delayed trains.\n\n" + _BODY
    )
    found = _found(linter, text, "scrape.furniture-block")
    assert any(f.start == 0 and "above the headline" in f.message for f in found)


def test_a_surname_after_its_given_name_is_no_misreading_on_a_clean_page(linter: Linter) -> None:
    text = (
        "In a move to silence its critics, the network's operations boss Mark Carne has issued a "
        "full apology in advance for the disruption the autumn leaves will bring.\n"
    )
    assert _found(linter, text, "ocr.character-confusion") == []
    misread = text.replace("network's", "govemment")
    found = _found(linter, misread, "ocr.character-confusion")
    assert [misread[f.start : f.end] for f in found] == ["govemment"]


def test_a_quotation_runs_on_across_an_advertisements_label(linter: Linter) -> None:
    text = (
        "The finance chief warned the committee about the cost of borrowing.\n\n"
        "“This budget is far smaller than the last one. We have to be realistic about what we "
        "can afford.\n\nAdvertisement\n\n"
        "“In cutting costs we have saved nearly three million a year,” he said.\n"
    )
    assert _found(linter, text, "typography.unbalanced-quote") == []
    unclosed = text.replace("“In cutting", "In cutting").replace(",” he said", ", he said")
    assert len(_found(linter, unclosed, "typography.unbalanced-quote")) == 1


_HEARING = (
    "The senators asked the secretary whether his department needed a confidential fund of its "
    "own to protect the country's interests abroad.\n\n"
    "Manalo replied: “No, we’re not asking.”\n\n"
    "The minority leader later praised the department for not wanting either a confidential or "
    "an intelligence fund, and said he hoped other agencies would follow its example.\n"
)


def test_a_reply_quoted_after_its_speaker_is_no_metadata_field(linter: Linter) -> None:
    assert _found(linter, _HEARING, "scrape.furniture-block") == []


def test_a_tag_list_is_still_a_field() -> None:
    from newslint.furniture_signals import is_field

    assert is_field("Tags: Senate, Budget, Foreign Affairs")
    assert not is_field("Manalo replied: “No, we’re not asking.”")


def test_a_live_commentary_entry_trailing_off_is_no_cut_teaser(linter: Linter) -> None:
    # fpsweep2's rugby live blog: each entry opens on the minute of play.
    text = (
        "34' That pass was well forward by France, and it is a Welsh scrum at halfway.\n\n"
        "36' Another box kick, magnificently taken by the full-back! Wales up to the French 22...\n\n"
        "37' Wales make a few more metres, but they are penalised at the breakdown.\n"
    )
    assert _found(linter, text, "scrape.furniture-block") == []
    listing = text.replace("36' Another", "Another")
    found = _found(linter, listing, "scrape.furniture-block")
    assert any("teaser cut off" in f.message for f in found)
