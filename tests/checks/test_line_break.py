"""`line-break`: a line break inside a sentence, in copy whose lines are paragraphs."""

from __future__ import annotations

from .helpers import builtin_options, fixed, make_check, run, spans

OPTIONS = builtin_options("typography.stray-line-break")
PARAGRAPH = (
    "The government said on Monday that the talks with the union leaders would resume next week "
    "after a pause of three months in the negotiations."
)


def test_a_break_where_the_sentence_goes_on_is_joined() -> None:
    text = f"{PARAGRAPH}\n{PARAGRAPH} The minister said the\nnegotiations would go on.\n{PARAGRAPH}"
    check = make_check("line-break", **OPTIONS)
    assert spans(check, text) == ["\n"]
    assert "said the negotiations" in fixed(check, text)


def test_breaks_between_paragraphs_are_left_alone() -> None:
    text = f"{PARAGRAPH}\n\n{PARAGRAPH}\n{PARAGRAPH}"
    assert spans(make_check("line-break", **OPTIONS), text) == []


def test_text_wrapped_at_a_print_column_is_not_judged_line_by_line() -> None:
    words = (PARAGRAPH + " ") * 6
    wrapped = "\n".join(words[i : i + 45] for i in range(0, len(words), 45))
    assert spans(make_check("line-break", **OPTIONS), wrapped) == []


# An email or a wire story a program wrapped at 70 columns: its lines are as even as a print
# column's, but wider than one, and no word is hyphenated at a line end.
PROGRAM_WRAPPED = (
    "The council met on Tuesday evening to discuss the new budget for the\n"
    "harbour district, and members said the plans for the sea wall would be\n"
    "put to a public vote before the end of the year, with a report on the\n"
    "costs to follow in the spring from the engineers who surveyed the site.\n"
)


def test_a_page_wrapped_evenly_wider_than_a_print_column_is_reported() -> None:
    check = make_check("line-break", **OPTIONS)
    assert spans(check, PROGRAM_WRAPPED) == ["\n", "\n", "\n"]
    assert "for the harbour district" in fixed(check, PROGRAM_WRAPPED)
    # a scanned column hyphenates words at its line ends: its breaks are the page's own
    hyphenated = PROGRAM_WRAPPED.replace("harbour district", "har-\nbour district")
    assert spans(check, hyphenated) == []


# A book's page set by width: its lines differ in letters and leave room for the next word.
BOOK_PAGE = (
    "INTRODUCTION\n"
    "The early settlers of the valley came from the eastern counties in the years after\n"
    "the war, bringing with them little more than their tools, their cattle and a stubborn faith\n"
    "in the land. They cleared the forest along the river, built their cabins of the\n"
    "logs they felled, and in time raised the mills, the churches and the schools whose names\n"
    "are still known to every family in the county. This volume tells of their lives as\n"
    "their children remembered them, and of the towns that grew from the clearings they made\n"
    "in the wilderness, for it was the wish of the committee that the story of the\n"
    "pioneers should be told while those who heard it from their own lips are still among us.\n"
)


def test_a_page_set_by_width_and_broken_throughout_is_its_layout() -> None:
    check = make_check("line-break", **OPTIONS)
    assert spans(check, BOOK_PAGE) == []
    # The same lines pasted into a page of one-line paragraphs were carried over from print.
    story = " ".join(["The harbour board met on Monday and agreed the new fees for the ferry."] * 2)
    paragraphs = f"{story}\n\n" * 4
    pasted = f"{paragraphs}{BOOK_PAGE.split(chr(10), 1)[1]}\n{paragraphs}"
    assert len(spans(check, pasted)) == 7
    # A program fills its lines to a count of characters: no line leaves room for the next word.
    assert spans(check, PROGRAM_WRAPPED) == ["\n", "\n", "\n"]


def test_second_level_bullets_written_o_under_a_list_item_are_list_items() -> None:
    text = (
        "· Agricultural Division – revenue of nine million, operating profit up\n"
        "o feed sales rose by a tenth\n"
        "o fuel sales fell in the first half and recovered in the second, helped by the\n"
        "o the retail arm opened four new stores\n"
    )
    check = make_check("line-break", **OPTIONS)
    assert spans(check, text) == []
    # in prose, a word split before its last letter is still a break ("t" / "o strengthen")
    split = f"{PARAGRAPH} The minister praised the keenness t\no strengthen them.\n{PARAGRAPH}"
    assert spans(check, split) == ["\n"]


def test_a_page_wrapped_unevenly_also_breaks_before_capitals_and_after_fragments() -> None:
    text = (
        "Flight crews must be fully vaccinated for work\n"
        "starting next month, the authority said on Monday. The Civil\n"
        "Aviation Authority issued the policy in a directive on\n"
        "mandatory measures, which was amended to cover all\n"
        "rules. Vaccination\n"
        "must be given first to pilots, and the directive\n"
        "asks airlines to act. Only pilots\n"
        "and cabin crews with two jabs may fly.\n"
    )
    check = make_check("line-break", **OPTIONS)
    breaks = [text[: f.start].rsplit("\n", 1)[-1].split()[-1] for f in run(check, text)]
    assert breaks == ["work", "Civil", "on", "all", "Vaccination", "directive", "pilots"]


def test_in_a_wrapped_page_a_short_line_before_a_lower_case_one_is_a_break() -> None:
    text = (
        "Flight crews must be fully vaccinated for work\n"
        "starting next month, the authority said on Monday, and the\n"
        "policy covers everyone who is employed on\n"
        "board from September 1\n"
        "Only pilots\n"
        "and cabin crews with two jabs may fly.\n"
    )
    check = make_check("line-break", **OPTIONS)
    breaks = [text[: f.start].rsplit("\n", 1)[-1].split()[-1] for f in run(check, text)]
    assert "pilots" in breaks


def test_in_one_line_paragraphs_a_capital_after_a_line_is_a_new_paragraph() -> None:
    # Not wrapped throughout: a line that stops without a full stop before a capital is a
    # paragraph that lost its stop, not a break inside a sentence.
    text = f"{PARAGRAPH}\nIt was the first meeting. The Civil\nAviation Authority met later.\n{PARAGRAPH}"
    assert spans(make_check("line-break", **OPTIONS), text) == []


UNEVEN_PAGE = (
    "The council met on Monday to hear the report\n"
    "on the new bridge, which the engineers said would\n"
    "cost more than\n"
    "the town had hoped, and the mayor asked the\n"
    "members to wait for the\n"
    "final figures before they voted on the loan that\n"
    "the bank had offered to\n"
    "the town in the spring of that year.\n"
)


def test_a_scanned_page_keeps_its_column_breaks() -> None:
    check = make_check("line-break", **OPTIONS)
    assert len(run(check, UNEVEN_PAGE)) >= 3  # born digital, wrapped unevenly: reported
    # The same column as a scan leaves it ("tbe", "wbich", "c0uncil", a speck): the page's
    # lines are the scan's, and the ocr pack reports its damage.
    scanned = (
        UNEVEN_PAGE.replace("The council", "Tbe c0uncil")
        .replace("which", "wbich")
        .replace("the mayor", "tlie mayor")
        .replace("the bank", "tbe ba^k")
        .replace("the spring", "tbe spring")
    )
    assert run(check, scanned) == []


def test_a_blank_line_inside_a_sentence_is_a_break_unless_the_page_is_double_spaced() -> None:
    check = make_check("line-break", **OPTIONS)
    split = f"{PARAGRAPH} After the \n\nlong pause, the union agreed.\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    assert spans(check, split) == [" \n\n"]
    assert "After the long pause" in fixed(check, split)
    # every blank line inside a sentence: a text set double-spaced, not a stray break
    double = (
        "The talks with the union leaders went on for\n\nthree months, and the minister said\n\n"
    )
    assert spans(check, double + "that they would go on.\n") == []
    # a headline over its byline
    assert (
        spans(check, f"Talks with the union leaders resume on Monday\n\nby Staff\n\n{PARAGRAPH}")
        == []
    )


# A PDF's text set double-spaced: a blank line after every line, each line as wide as the page.
DOUBLE_SPACED = (
    "In this annual report we set out the results of the year and the plans of the board for\n\n"
    "the coming year, which the directors expect to bring growth in every market where the\n\n"
    "group sells its products, and in particular in the new markets that the group entered\n\n"
    "last spring after the purchase of two smaller firms in the north of the country.\n"
)


def test_a_text_set_double_spaced_wider_than_a_column_is_joined() -> None:
    found = spans(make_check("line-break", **OPTIONS), DOUBLE_SPACED)
    assert found == ["\n\n", "\n\n", "\n\n"]


def test_a_column_set_double_spaced_is_left_alone() -> None:
    column = "The talks went on for a week and ended in the\n\nsmall hours of Sunday, when the\n\n"
    column += "mediators left the building and the\n\nunions went home.\n"
    assert spans(make_check("line-break", **OPTIONS), column) == []


def test_a_stanza_quoted_in_a_page_of_paragraphs_is_left_alone() -> None:
    stanza = (
        "Two paths ran through the winter wood,\nAnd I could take but one that day\n"
        "Though long beside the gate I stood\nAnd watched the first one bend away\n"
    )
    text = f"{PARAGRAPH}\n{stanza}{PARAGRAPH}"
    assert spans(make_check("line-break", **OPTIONS), text) == []


def test_a_sentence_left_open_before_a_capital_is_joined() -> None:
    text = (
        f"{PARAGRAPH}\n{PARAGRAPH} The transport ministry said the\n"
        f"Civil Aviation Authority would publish the rules.\n{PARAGRAPH}\n"
        f"{PARAGRAPH} The minister said the harbour plan was a good\n"
        "Idea, the paper reported.\n"
    )
    assert spans(make_check("line-break", **OPTIONS), text) == ["\n", "\n"]


def test_a_headline_or_caption_without_its_stop_is_no_open_sentence() -> None:
    text = f"Harbour talks to resume next week\nThe Mayor Speaks\n{PARAGRAPH}\n{PARAGRAPH}"
    assert spans(make_check("line-break", **OPTIONS), text) == []


def test_a_compound_broken_at_its_own_hyphen_is_no_column_hyphenation() -> None:
    # A program that wraps at spaces and hyphens breaks "long-term" at its hyphen; a print
    # column hyphenates a word English writes closed up ("govern-" / "ment").
    wrapped = (
        "The council met on Tuesday evening to discuss the new budget and the long-\n"
        "term plans for the harbour district, and members said the plans for the\n"
        "sea wall would be put to a public vote before the end of the year, with a\n"
        "report on the costs to follow in the spring from the engineers who came\n"
        "to survey the site, the mayor told reporters after the council meeting.\n"
    )
    check = make_check("line-break", **OPTIONS)
    assert spans(check, wrapped) == ["\n", "\n", "\n"]
    column = wrapped.replace("the long-\nterm plans", "the govern-\nment plans")
    assert spans(check, column) == []


# A speech published as delivered, a phrase to a paragraph (as gov.uk sets some): its breaks fall
# between phrases, never after an article or a preposition, as wrapping at a width leaves them.
SPEECH_PHRASES = [
    "I pay tribute to the fortitude and patience of my predecessor",
    "and her deep sense of public service",
    "but in spite of all her efforts it has become clear that there are pessimists at home",
    "who think that after three years of indecision",
    "this country has become a prisoner to the old arguments of the past",
    "and so I am standing before you today to tell you",
    "the people of this country",
    "that those critics are wrong about the future",
]


def test_a_speech_set_a_phrase_to_a_paragraph_is_left_alone() -> None:
    text = "Good afternoon\n\n" + "\n\n".join(SPEECH_PHRASES) + "\n"
    assert spans(make_check("line-break", **OPTIONS), text) == []


def test_paragraph_breaks_that_split_phrases_are_still_reported() -> None:
    # The same number of blank lines inside sentences, but each after "the", "of" or "to", as a
    # pipeline that turned a wrapped text's line breaks into paragraphs leaves them.
    split = [phrase.rsplit(" ", 1)[0] for phrase in SPEECH_PHRASES]
    split = [f"{line} to the" if i % 2 else f"{line} of" for i, line in enumerate(split)]
    text = "Good afternoon\n\n" + "\n\n".join(split) + "\n\nnew plans.\n"
    assert len(spans(make_check("line-break", **OPTIONS), text)) >= 6


def test_how_many_phrase_splits_a_page_set_by_phrases_may_have_is_an_option() -> None:
    text = "Good afternoon\n\n" + "\n\n".join(SPEECH_PHRASES) + "\n"
    check = make_check("line-break", **{**OPTIONS, "phrase_breaks": 50})
    assert len(spans(check, text)) >= 6


def test_a_badge_under_a_headline_is_no_rest_of_its_sentence() -> None:
    head = "Ministers must restore public trust in the broadcaster, government says"
    check = make_check("line-break", **OPTIONS)
    assert spans(check, f"{head}\n\nnew\n\n{PARAGRAPH}\n") == []
    split = "The crews worked through the night to clear the road. After the\n\nlong storm, the "
    assert spans(check, f"{split}village was cut off for two days.\n\n{PARAGRAPH}\n") == ["\n\n"]
