"""False alarms an audit on unseen real pages found, each pinned by a text of the same shape.

Every text here is written for the test; each case says what the published page did that the
rule took for an artifact.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

from .conftest import rules_at


def test_a_quotation_over_paragraphs_one_line_break_apart_is_balanced(linter: Linter) -> None:
    # UK tabloids and many CMS exports end paragraphs with one line break; a quotation over two
    # paragraphs re-opens on the second, as it does with a blank line between them.
    text = (
        "Harbour plan approved\n"
        'A council spokeswoman said: "The committee voted for the plan on Monday evening.\n'
        '"Work will start in the spring and should finish within two years."\n'
        "Some residents had opposed the plan.\n"
    )
    assert "typography.unbalanced-quote" not in rules_at(linter, text, '"The committee')


def test_a_quotation_left_open_before_a_new_line_is_still_reported(linter: Linter) -> None:
    text = (
        "Harbour plan approved\n"
        'A council spokeswoman said: "The committee voted for the plan on Monday evening,\n'
        '"Work will start in the spring," she said.\n'
    )
    assert "typography.unbalanced-quote" in rules_at(linter, text, '"The committee')


def test_a_wire_headline_writes_us_without_points_over_a_dotted_body(linter: Linter) -> None:
    text = (
        "Ministers near trade deal with US, envoy says\n\n"
        "U.S. officials said on Monday that the talks had gone well.\n\n"
        "The U.S. envoy will return to Ottawa next week.\n"
    )
    found = [f.rule for f in linter.lint(Document.from_raw(text))]
    assert "consistency.us-abbreviation" not in found


def test_us_and_u_s_mixed_in_the_body_are_still_reported(linter: Linter) -> None:
    text = (
        "Ministers near trade deal\n\n"
        "U.S. officials said on Monday that the talks had gone well.\n\n"
        "The US envoy will return to Ottawa next week.\n"
    )
    assert "consistency.us-abbreviation" in rules_at(linter, text, "The US envoy")


def test_a_romanised_name_inside_a_sentence_is_not_two_words_glued(linter: Linter) -> None:
    # "Youjin", "Yousun", "Inhye": given names that split into a function word and a word.
    text = "The singer Hana rested in May, and Youjin left the group; Yousun and Inhye stayed.\n"
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == "mt.glued-words"]
    assert found == []


def test_a_glued_function_word_opening_a_sentence_is_still_reported(linter: Linter) -> None:
    text = "The council met on Monday. Thestudy was published on Tuesday.\n"
    assert "mt.glued-words" in rules_at(linter, text, "Thestudy")


SPEAKER_STORY = (
    "{title}\n\n"
    "Prime Minister Mark Carney said on Tuesday that Canada was ready to reopen talks on "
    "softwood lumber with Washington, according to his office.\n\n"
    "Carney spoke after a cabinet meeting in Ottawa, where ministers discussed tariffs.\n"
)


def test_a_wire_headline_crediting_its_speaker_after_a_dash_is_not_a_site_title(
    linter: Linter,
) -> None:
    title = "Ottawa ready to reopen talks on lumber - Carney"
    text = SPEAKER_STORY.format(title=title)
    assert "scrape.furniture-block" not in rules_at(linter, text, title)


def test_a_page_title_with_the_site_name_after_a_dash_is_still_furniture(linter: Linter) -> None:
    title = "Ottawa ready to reopen talks on lumber - Daily Courier"
    text = SPEAKER_STORY.format(title=title)
    assert "scrape.furniture-block" in rules_at(linter, text, title)


def test_an_agency_sign_off_ends_the_story_not_a_caption(linter: Linter) -> None:
    text = (
        "Storm cuts power to coastal towns\n\n"
        "Thousands of homes lost power overnight as the storm moved up the coast, the utility "
        "said on Sunday, and crews were sent from three neighbouring regions.\n\n"
        '"We expect most customers back by Tuesday," a company spokesman told reporters at a '
        "briefing in the port city. (Kyodo)\n"
    )
    found = [
        text[f.start : f.end]
        for f in linter.lint(Document.from_raw(text))
        if f.rule == "scrape.furniture-block"
    ]
    assert found == ["(Kyodo)"]


def test_a_caption_with_its_credit_above_the_story_is_still_furniture(linter: Linter) -> None:
    caption = "Rescuers search the rubble of a school on Monday. (Jane Doe/Reuters)"
    text = (
        "Quake hits mountain towns\n\n"
        f"{caption}\n\n"
        "A strong earthquake struck the mountain towns on Monday, killing at least twelve people "
        "and cutting the only road into the valley, officials said.\n\n"
        "Rescue teams reached the valley by helicopter in the afternoon.\n"
    )
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == "scrape.furniture-block"]
    assert [text[f.start : f.end] for f in found] == [caption]


ROUNDUP = (
    "Weekend roundup\n\n"
    "The weekend brought two close finishes and one rout across the league, with the leaders "
    "dropping points away from home.\n\n"
    "{result}\n"
    "Portland kicked a late field goal to win at home after trailing for most of the afternoon.\n\n"
    "The other games were less close, and two of them were decided by half-time.\n"
)


def test_a_game_result_heading_its_report_is_not_another_story(linter: Linter) -> None:
    result = "Portland Pilots 21, New Orleans Saints 17"
    assert rules_at(linter, ROUNDUP.format(result=result), result) == []


def test_a_headline_between_paragraphs_is_still_another_story(linter: Linter) -> None:
    headline = "Portland mayor rejects new stadium plan for the Pilots"
    text = ROUNDUP.format(result=headline).replace("Portland kicked", "\nThe Pilots kicked")
    assert "scrape.story-headline" in rules_at(linter, text, headline)


# A broadcaster's transcript prints who speaks in brackets above each turn.
_TRANSCRIPT = (
    "[Kim Sora / Moderator]\n"
    "Good afternoon. We will begin the briefing now, and questions will follow the remarks.\n"
    "[Lee Minho / Minister]\n"
    "Thank you. The ministry has finished its review of the harbour project this week.\n"
    "[Kim Sora / Moderator]\n"
    "We will now take questions. Please give your name and your outlet before you ask.\n"
    "[Reporter]\n"
    "Will the report include the cost estimates that were withheld last year?\n"
)


def test_a_transcripts_speaker_labels_are_not_furniture_nor_repeats(linter: Linter) -> None:
    found = {f.rule for f in linter.lint(Document.from_raw(_TRANSCRIPT))}
    assert not found & {"scrape.furniture-block", "structure.repeated-line"}


def test_a_bracketed_tag_above_paragraphs_is_still_furniture(linter: Linter) -> None:
    # The same shape naming nobody: a template's label, not a speaker taking turns.
    text = (
        "Council approves harbour plan\n\n"
        "The council approved the harbour plan on Monday after a long debate about its cost.\n"
        "[Sponsored]\n"
        "Work is expected to start in the spring, officials said after the meeting.\n"
        "[Sponsored]\n"
        "The first ships could use the new quay within two years, the harbour master said.\n"
    )
    assert "scrape.furniture-block" in rules_at(linter, text, "[Sponsored]")


def test_a_prefectures_adjective_is_not_a_second_spelling(linter: Linter) -> None:
    # "Prefectural police" and "Gifu Prefecture": an adjective English derives from the noun.
    text = (
        "Officers from the Nagano Prefectural police searched the riverbank on Sunday.\n\n"
        "A second team was sent to a town in Gifu Prefecture, where the hikers were seen.\n"
    )
    assert "consistency.name-spelling" not in rules_at(linter, text, "Prefectural")


def test_a_transliterated_name_spelled_two_ways_is_still_reported(linter: Linter) -> None:
    text = (
        "Shelling hit the outskirts of Kharkov on Sunday, officials said.\n\n"
        "Residents of Kharkiv were told to stay in shelters until the morning.\n"
    )
    # Written once each: one finding, on the later spelling.
    assert "consistency.name-spelling" in rules_at(linter, text, "Kharkiv")


_STORM = (
    "Harbour towns count the cost of the storm\n\n"
    "Residents of three harbour towns spent Sunday clearing debris after the storm tore through the"
    " coast on Saturday night, bringing down power lines, flooding the lower streets and lifting"
    " the roofs off a row of fishermen's sheds by the quay.\n\n"
    "{middle}"
    "What Happened on Saturday Night\n\n"
    "The storm reached the coast shortly before midnight, officials said, and winds of more than"
    " ninety miles an hour were recorded at the harbour wall, where the waves broke over the road"
    " and carried shingle into the gardens of the houses behind it.\n\n"
    "{last}"
)


def test_a_cut_pages_last_line_cased_like_its_subheadings_is_one_more(linter: Linter) -> None:
    # A page's opening cut at a line break can end on the next section's heading.
    text = _STORM.format(middle="", last="The Cost of the Repairs\n")
    assert "scrape.furniture-block" not in rules_at(linter, text, "The Cost of the Repairs")


def test_a_roundups_first_section_heading_under_the_headline_is_not_a_label(
    linter: Linter,
) -> None:
    text = (
        "Singer settles lawsuit with former label, more news\n\n"
        "Money moves\n\n"
        "The singer settled a long dispute with her former record label on Tuesday, her lawyer"
        " said. The terms were not disclosed.\n\n"
        "Starting over\n\n"
        "The actor said he had moved back to his home town after the divorce and was spending more"
        " time with his sons.\n"
    )
    assert "scrape.furniture-block" not in rules_at(linter, text, "Money moves")


def test_a_caption_name_printed_twice_is_still_furniture(linter: Linter) -> None:
    # Two capitalised words set apart look like the page's title-case subheadings; a copy of
    # the line is no second subheading, and a name alone is a caption's.
    middle = (
        "Maria Lopez\n\nMaria Lopez\n\n"
        "The mayor, Maria Lopez, said the council would ask the government for emergency funds to"
        " repair the harbour wall before the winter storms arrive in earnest.\n\n"
    )
    text = _STORM.format(middle=middle, last="")
    assert "scrape.furniture-block" in rules_at(linter, text, "Maria Lopez")


_BYLINED = (
    "Ministers bury bad news before Christmas\n\n"
    "Tom Dathan\nPolitical reporter\n\n"
    "Ministers released 36 statements on the last day before the break, Labour said.\n"
)


def test_a_surname_is_not_split_at_a_two_letter_syllable(linter: Linter) -> None:
    # "Da" + "than": wordfreq knows "da" from other languages; English has no such word.
    assert "mt.glued-words" not in rules_at(linter, _BYLINED, "Dathan")


def test_a_name_glued_to_an_auxiliary_is_still_reported(linter: Linter) -> None:
    text = "Officials said the port of Tasmaniawas not ready for the ships.\n"
    assert "mt.glued-words" in rules_at(linter, text, "Tasmaniawas")


def test_a_short_headline_over_a_byline_is_not_a_menu_item(linter: Linter) -> None:
    assert "scrape.furniture-block" not in rules_at(linter, _BYLINED, "Ministers bury")


def test_a_menu_at_the_top_of_the_page_is_still_reported(linter: Linter) -> None:
    text = (
        "Home\nNews\nSport\nWeather\n\n"
        "Ministers released 36 statements on the last day before the break, Labour said.\n"
    )
    assert "scrape.furniture-block" in rules_at(linter, text, "Sport")


_AD_TAGGED = (
    "Council approves harbour plan\n\n"
    "{tag_1}\n"
    "The council approved the harbour plan on Monday after a long debate about its cost.\n"
    "{tag_2}\n"
    "Work is expected to start in the spring, officials said after the meeting.\n"
)


def test_a_paragraph_between_a_cms_pair_of_tags_is_article_text(linter: Linter) -> None:
    text = _AD_TAGGED.format(tag_1="[Advertisement]", tag_2="[Advertisement]")
    found = rules_at(linter, text, "The council approved")
    assert "scrape.furniture-block" not in found
    assert "scrape.furniture-block" in rules_at(linter, text, "[Advertisement]")


def test_a_title_between_two_listing_stamps_is_still_a_listing_item(linter: Linter) -> None:
    text = (
        "Council approves harbour plan\n\n"
        "The council approved the harbour plan on Monday after a long debate about its cost,"
        " officials said, and work will start in spring.\n\n"
        "01:19 PM • 6736 views\n"
        "Storm damages sea wall in the night\n"
        "02:40 PM • 512 views\n"
    )
    assert "scrape.furniture-block" in rules_at(linter, text, "Storm damages")


def test_an_aside_closed_by_a_comma_inside_quotation_marks_is_a_pair(linter: Linter) -> None:
    # American style puts the closing comma inside the quotation marks: the aside "dubbed
    # “clean slate,”" is closed, so the first comma does not part the subject from its verb.
    text = "The new city policy, dubbed “clean slate,” takes effect on Monday in every district.\n"
    assert "typography.subject-comma" not in rules_at(linter, text, ", dubbed")


def test_a_lone_comma_before_a_verb_with_a_quotation_after_it_is_still_reported(
    linter: Linter,
) -> None:
    text = "The new city policy, ends the so-called “clean slate” rule in every district.\n"
    assert "typography.subject-comma" in rules_at(linter, text, ", ends")


_TEASER_AFTER = (
    "Harbour wall repairs begin\n"
    "“The storm took out three sections of the old harbour wall in one night and we have waited"
    " all winter for the money to mend it,” harbour master Jo Hale {end}\n"
    "The council said in a statement issued after its meeting on Friday evening that the work"
    " should take six weeks.\n"
)


def test_a_line_ending_on_an_attribution_before_a_capital_is_a_sentence(linter: Linter) -> None:
    # A list page's teasers drop their full stops; one ending "…,” Lt. Hale said" is a sentence
    # of its own, and the capital on the next line starts the next teaser.
    text = _TEASER_AFTER.format(end="said")
    assert "typography.stray-line-break" not in rules_at(linter, text, "said\n")


def test_a_line_ending_on_a_preposition_before_a_capital_is_still_a_break(linter: Linter) -> None:
    text = _TEASER_AFTER.format(end="said it was paid by")
    assert "typography.stray-line-break" in rules_at(linter, text, "by\n")
