"""`repetition`: a word, line, sentence or paragraph repeated, as scrapers and editors leave them."""

from __future__ import annotations

from newslint.document import Document

from .helpers import ReadCountingText, fixed, make_check, run, spans

LINES = (
    "Officials met.\n\nTalks resume in Geneva today\n\nTalks resume in Geneva today\n\nThey left."
)


def test_a_doubled_word_is_collapsed_unless_allowed() -> None:
    assert fixed(make_check("repetition", unit="word"), "The the cat sat.") == "The cat sat."
    text = "He said that that was fine."
    assert spans(make_check("repetition", unit="word"), text) == ["that that"]
    assert spans(make_check("repetition", unit="word", allow=["that"]), text) == []


def test_a_common_name_written_twice_is_a_slip_a_rare_doubled_name_is_not() -> None:
    check = make_check("repetition", unit="word")
    assert spans(check, "Banks in Kansas Kansas City were told.") == ["Kansas Kansas"]
    assert spans(check, "They flew to Bora Bora and heard Duran Duran.") == []
    assert spans(check, "The first FIRST Global event began.") == []
    assert spans(check, "Spain\nSpain's economy grew.") == []


def test_a_common_word_doubled_in_capitals_is_deleted_only_as_an_unsafe_fix() -> None:
    # Titles double common words: "Rebel Rebel", "Dance Dance Revolution", "Money Money Money".
    check = make_check("repetition", unit="word")
    found = run(check, "Bowie's Rebel Rebel and Kansas Kansas City; the the end.")
    kinds = [(f.fix.applicability if f.fix else None) for f in found]
    assert kinds == ["unsafe", "unsafe", "safe"]


def test_a_long_run_written_twice_on_one_line_is_reported_with_its_fix_offered() -> None:
    check = make_check("repetition", unit="word")
    title = "Budget 2023 Officially Revealed As Ministers Beam"
    text = f"{title} {title}\nThe minister spoke."
    assert spans(check, text) == [f"{title} {title}"]
    (found,) = run(check, text)
    assert found.fix is not None and found.fix.applicability == "unsafe"
    assert spans(check, "Registration Number: 130349 Registration Number: 130349 here") == [
        "Registration Number: 130349 Registration Number: 130349"
    ]


def test_a_run_repeated_across_lines_or_too_short_is_not_a_doubled_run() -> None:
    check = make_check("repetition", unit="word")
    assert spans(check, "Talks resume in Geneva today\nTalks resume in Geneva today") == []
    assert spans(check, "Hajj stampede kills\n\nHajj stampede kills hundreds") == []
    assert spans(check, "Seats A1 B2 C3 A1 B2 C3 are free.") == []


def test_a_quoted_or_tripled_title_is_not_a_doubled_word() -> None:
    check = make_check("repetition", unit="word")
    text = "Bowie's “Rebel Rebel” and ABBA's Money Money Money; Kansas Kansas City."
    assert spans(check, text) == ["Kansas Kansas"]
    assert spans(check, "He said the the “plan plan” was late.") == ["the the", "plan plan"]


def test_a_title_set_off_whole_or_made_of_doubles_is_not_a_doubled_word() -> None:
    check = make_check("repetition", unit="word")
    text = "The film “Kiss Kiss Bang Bang” and Chitty Chitty Bang Bang; Kansas Kansas City."
    assert spans(check, text) == ["Kansas Kansas"]
    assert spans(check, "She sang *Monday Monday* on **Page Page** one.", "markdown") == [
        "Page Page"
    ]
    assert spans(check, "<p>He saw <i>Rebel Rebel</i> and <b>Spain Spain</b>.</p>", "html") == [
        "Spain Spain"
    ]


def test_a_repeated_line_is_deleted_once() -> None:
    check = make_check("repetition", unit="line", min_words=4)
    assert fixed(check, LINES) == ("Officials met.\n\nTalks resume in Geneva today\n\nThey left.")


def test_min_words_keeps_short_repeated_lines() -> None:
    assert spans(make_check("repetition", unit="line", min_words=6), LINES) == []


def test_a_short_label_on_two_consecutive_lines_is_a_repeat() -> None:
    check = make_check("repetition", unit="line", min_words=4)
    text = "Cabinet meets\n\nNoa Landau\nNoa Landau\n\nThe cabinet met.\n\n(Laughter.)\n(Laughter.)"
    assert spans(check, text) == ["Noa Landau\n"]


SENTENCE = "The minister resigned after the vote on Monday."
TWICE = f"{SENTENCE} Talks went on.\n\nCritics agreed. {SENTENCE}\n"


def test_a_sentence_pasted_twice_is_reported_where_it_repeats() -> None:
    assert spans(make_check("repetition", unit="sentence", min_words=7), TWICE) == [SENTENCE]
    assert spans(make_check("repetition", unit="sentence", min_words=12), TWICE) == []


def test_a_headline_run_into_the_dateline_is_found_inside_the_line() -> None:
    text = (
        "Harbour toll rises again next month\n\n"
        "Harbour toll rises again next month LISBON, 3 May — The port said the fee would rise.\n"
    )
    found = spans(make_check("repetition", unit="fragment", min_words=5), text)
    assert found == ["Harbour toll rises again next month"]


def test_a_standfirst_repeated_after_the_dateline_is_found_but_a_quoted_one_is_not() -> None:
    lead = "The harbour board voted on Tuesday to open a second ferry route to the islands."
    check = make_check("repetition", unit="fragment", min_words=5)
    text = f"{lead}\nLISBON (Example News) - {lead} The route opens in May.\n"
    assert spans(check, text) == [lead.rstrip(".")]
    # Inside a sentence, after words that are not a dateline, the copy is the story quoting it.
    quoted = f"{lead}\nThe minister told reporters in Lisbon on Monday that - {lead}\n"
    assert spans(check, quoted) == []


def test_a_headline_is_not_the_repeat_of_its_own_pieces_printed_after_it() -> None:
    # A related list under the story prints the headline again, broken by a stray line break at
    # an abbreviation's stop: the pieces are the copy, the headline above them is the original.
    check = make_check("repetition", unit="fragment", min_words=5)
    headline = "Board Opens Second Ferry Route To N.E. Islands After Long Winter Delay"
    text = (
        f"{headline}\n\nThe harbour board opened the route on Tuesday.\n\nMore stories\n\n"
        "board opens second ferry route to n.e.\n\nislands after long winter delay\n"
    )
    assert spans(check, text) == []
    # A headline glued to the story it heads is still the repeat, wherever it stands.
    glued = f"{headline} LISBON, 3 May — The board opened the route.\n\n{headline}\n"
    assert spans(check, glued) == [headline]
    # Above the whole headline, its pieces are the page's title broken in two: the line that
    # prints it again whole is the repeat.
    title = "Board Opens Second Ferry Route\nTo N.E. Islands After Long Winter Delay\n\n"
    assert spans(check, f"{title}{headline}\n\nThe route opened.\n") == [
        "Board Opens Second Ferry Route"
    ]


TITLE = "Minister applauded for speaking Hindi in parliament"


def test_a_title_already_in_the_title_bar_or_breadcrumb_is_a_repeat() -> None:
    check = make_check("repetition", unit="title", min_words=5)
    bar = f"{TITLE} | Daily News\n\n{TITLE}\n\nThe minister spoke.\n"
    assert spans(check, bar) == [TITLE]
    crumbs = f"Home » News » {TITLE}\n\n{TITLE}\n\nThe minister spoke.\n"
    assert spans(check, crumbs) == [TITLE]
    cut = f"Home Politics {TITLE[:38]}...\n\n{TITLE}\n\nThe minister spoke.\n"
    assert spans(check, cut) == [TITLE]


def test_a_title_quoted_in_prose_or_repeated_whole_is_not_a_title_repeat() -> None:
    check = make_check("repetition", unit="title", min_words=5)
    prose = f"He said the {TITLE.lower()} story was wrong.\n\n{TITLE}\n"
    assert spans(check, prose) == []
    assert spans(check, f"{TITLE}\n\n{TITLE}\n") == []  # the line rule's
    assert (
        spans(make_check("repetition", unit="title", min_words=9), f"{TITLE} | News\n\n{TITLE}\n")
        == []
    )


def test_a_name_printed_twice_across_a_blank_line_is_a_repeat_but_not_a_stage_direction() -> None:
    check = make_check("repetition", unit="line", min_words=4)
    text = "Agency corrects story\n\nXi Jinping\n\nXi Jinping\n\n(Laughter.)\n\n(Laughter.)\n"
    assert spans(check, text) == ["Xi Jinping\n\n"]
    assert spans(check, "Agency corrects story\n\nXi Jinping\n\nThe talks\n\nXi Jinping\n") == []


def test_a_short_line_repeated_across_a_blank_line_is_deleted_only_as_an_unsafe_fix() -> None:
    """Two short lines with a blank line between may be meant (a refrain, a repeated answer)."""
    check = make_check("repetition", unit="line", min_words=4)
    across = "Hearing\n\nNo Comment\n\nNo Comment\n\nThe witness left.\n"
    next_to = "Hearing\n\nNoa Landau\nNoa Landau\n\nThe witness left.\n"
    found = [f.fix.applicability for f in run(check, across) + run(check, next_to) if f.fix]
    assert found == ["unsafe", "safe"]


def test_a_copy_set_apart_from_the_line_it_repeats_is_deleted_only_as_an_unsafe_fix() -> None:
    """A pull quote or epigraph comes back in the body; the fix would delete the body's copy."""
    quote = "“We will not hand the valley back to the river,” the mayor said."
    check = make_check("repetition", unit="line", min_words=4)
    pull = f"Valley town votes for levee\n\n{quote}\n\nThe levee will cost £3 million.\n\n{quote}\n"
    pasted = (
        f"Valley town votes for levee\n\n{quote}\n\n{quote}\n\nThe levee will cost £3 million.\n"
    )
    headline = (
        f"Valley town votes for levee\n\nBy Ana Reyes\n\nValley town votes for levee\n\n{quote}\n"
    )
    found = [f.fix.applicability for f in run(check, pull) + run(check, pasted) if f.fix]
    found += [f.fix.applicability for f in run(check, headline) if f.fix]
    assert found == ["unsafe", "safe", "safe"]
    paragraph = "The levee will cost £3 million\nand take two years to build.\n\n"
    check = make_check("repetition", unit="paragraph", min_words=8)
    set_apart = f"{paragraph}The council met.\n\n{paragraph}"
    twice = f"{paragraph}{paragraph}The council met.\n"
    found = [f.fix.applicability for f in run(check, set_apart) + run(check, twice) if f.fix]
    assert found == ["unsafe", "safe"]


def test_a_page_written_as_one_line_is_not_read_once_per_repeated_sentence() -> None:
    check = make_check("repetition", unit="sentence", min_words=4)
    line = "The minister resigned after the vote on Monday. " * 400
    ReadCountingText.read = 0
    text = ReadCountingText(line)
    doc = Document(text)
    doc.text = text
    assert list(check.run(doc))  # the copies near the first are reported
    assert ReadCountingText.read < 20 * len(line)


LEAD = "The harbour board on Tuesday approved a second ferry route to the islands."


def test_a_sentence_pasted_again_after_a_glued_byline_is_a_repeat() -> None:
    check = make_check("repetition", unit="sentence", min_words=7)
    glued = f"{LEAD}\n\nIslanders welcomed it.By Dana Whitcombe {LEAD}\n"
    assert spans(check, glued) == [LEAD]
    seam = f"{LEAD}\n\nIslanders welcomed the decision.{LEAD}\n"
    assert spans(check, seam) == [LEAD]


def test_a_sentence_quoted_or_restated_inside_another_is_no_glued_copy() -> None:
    check = make_check("repetition", unit="sentence", min_words=7)
    quoted = f"{LEAD}\n\nThe minister read out the notice: {LEAD.lower()}\n"
    assert spans(check, quoted) == []
    name = f"{LEAD}\n\nIslanders said The Harbour Board approved a second ferry route in May.\n"
    assert spans(check, name) == []


def test_a_teaser_cut_off_with_an_ellipsis_that_opens_the_story_is_a_repeat() -> None:
    check = make_check("repetition", unit="teaser", min_words=8)
    story = f"{LEAD[:-1]}, ending a two-year dispute\nover the timetable.\n\nA second ferry route to the islands, ending a two-year dispute\nover the timetable, was welcomed.\n"
    teaser = "Posted 3 May — The harbour board on Tuesday approved a second ferry route to the isl…"
    found = spans(check, f"Ferry news\n\n{teaser}\n\n{story}")
    assert found == [teaser[len("Posted 3 May — ") :]]
    # the copy runs on across the story's line break
    across = "A second ferry route to the islands, ending a two-year dispute over the..."
    assert spans(check, f"{across}\n\n{story}") == [across]


def test_a_teaser_that_words_the_story_its_own_way_or_shares_a_few_words_is_not() -> None:
    check = make_check("repetition", unit="teaser", min_words=8)
    story = f"{LEAD}\n"
    own = "Islanders get a second ferry route after the harbour board's vote..."
    assert spans(check, f"{own}\n\n{story}") == []
    short = "Weather: The harbour board on Tuesday approved..."  # five words of the copy
    assert spans(check, f"{short}\n\n{story}") == []


def test_an_article_before_a_capitalised_copy_of_itself_is_a_doubled_word() -> None:
    # "the The assembly": an article never stands before a name's own article; the lower-case
    # copy then a name in its own case stays a name ("first FIRST"), and "a A-list" is a letter.
    check = make_check("repetition", unit="word")
    assert spans(check, "The council agreed the The assembly met.") == ["the The"]
    assert spans(check, "The court in the The Hague case ruled.") == ["the The"]
    assert (
        spans(check, "The first FIRST Global event began; a A-list star and an An-225 came.") == []
    )
