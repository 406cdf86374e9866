"""False alarms found on unseen clean professional pages (stop 41's sweep, fp15): shapes of
professional copy that a check misread, each pinned by a text written for the test beside a case
the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_title_kept_in_french_is_not_two_english_words(linter: Linter) -> None:
    # A music critic names a song cycle by its French title, accents dropped as many sites drop
    # them: "nuits" splits into "nu" and "its", but it sits beside "Les", and both are common
    # French words that English hardly writes.
    text = (
        "The orchestra closed with Berlioz's Les nuits d'ete, sung by a young mezzo who made "
        "the last song glow.\n"
    )
    assert findings_of(linter, text, "mt.glued-words") == []


def test_a_glue_beside_a_foreign_word_alone_is_still_reported(linter: Linter) -> None:
    # One foreign-looking word is no phrase: the glue after "les" (an English name here) and
    # the glue in plain English prose are both still two words run together.
    text = "She worked withthe ministry for years, and Les Moore said the talks went well.\n"
    assert spans_of(text, findings_of(linter, text, "mt.glued-words")) == ["withthe"]


# A roundup of a press conference: quotations grouped under headings that share their form
# ("On …"). The page is cut right under the next heading, as a page opening is.
_ROUNDUP = (
    "Support The Harbour Gazette!\n\n"
    "What Mayor Lindqvist Said About the Port During Her Marathon Briefing\n\n"
    "Mayor Anna Lindqvist on Thursday held a marathon nine-hour briefing with reporters in a "
    "harbour warehouse. \n\n"
    "During the event, which reportedly set a record for the city's longest briefing, Lindqvist "
    "answered more than 300 questions about topics ranging from the ferry contract to her "
    "relations with Governor Paul Harris.\n\n"
    "She accused the state of delaying a deal aimed at resolving the dispute between the city "
    "and the port authority, but the state said the city needed to publish its costs first.\n\n"
    "We rounded up Lindqvist’s most notable statements about the port and the dispute with the "
    "state from throughout the day:\n\n"
    "{heading}\n\n"
    "— “My main goal... [is that] I want to open the port.” \n\n"
    "— “I can’t tell how much time it’ll take me [to settle the dispute] … It seems to me that "
    "we can’t wait more than a year.”\n\n"
    "— “I ran in the election as the mayor of the harbour. As mayor I am not ready to lose our "
    "jobs, that’s why I’ve chosen [to go] the legal way.”\n\n"
    "— “I don’t believe the polls that say 34% of our city supports selling the port. I’m not "
    "ready to give control of it to anyone.”\n\n"
    "On Harris\n\n"
)


def test_the_next_heading_of_a_cut_roundup_is_no_prompt_below_the_article(linter: Linter) -> None:
    # "On Harris" takes up the form of the section heading above ("On the port dispute"): the
    # next section, its quotations cut off with the page.
    text = _ROUNDUP.format(heading="On the port dispute")
    assert findings_of(linter, text, "scrape.furniture-block") == []


def test_a_last_short_line_of_another_form_is_still_reported(linter: Linter) -> None:
    text = _ROUNDUP.format(heading="The port dispute")
    assert spans_of(text, findings_of(linter, text, "scrape.furniture-block")) == ["On Harris"]


# A poet's lines quoted, then the whole poem: lines of several words carrying one sentence from
# line to line, a comma or semicolon now and then, hardly a full stop.
_POEM = (
    "The town's poet laureate read her new poem at the library on Friday, and she began with its "
    "first lines.\n"
    "The river keeps the names we gave it,\n"
    "And carries them down past the mill\n"
    "And under the bridge where the carters waited\n"
    "And on to where the marsh lies still;\n"
    "She said the poem took her three winters to finish. Here it is in full.\n"
    "The River Keeps Our Names\n"
    "The river keeps the names we gave it,\n"
    "And carries them down past the mill\n"
    "And under the bridge where the carters waited\n"
    "And on to where the marsh lies still;\n"
    "The herons know it by no name\n"
    "The eels go down it in the dark,\n"
    "And every spring it comes the same\n"
    "Across the meadows to the park.\n"
)


def test_a_stanza_quoted_before_its_poem_is_no_repeated_line(linter: Linter) -> None:
    assert findings_of(linter, _POEM, "structure.repeated-line") == []


def test_a_list_of_headlines_printed_twice_is_still_reported(linter: Linter) -> None:
    # Short lines of several words that never break on a comma: a block of links, not verse.
    links = (
        "Council approves the harbour budget\n"
        "Mayor misses the vote on ferry fares\n"
        "New ferry route opens to the islands\n"
        "Schools in the valley close early\n"
    )
    text = "The council met on Monday and voted on the budget for the year.\n" + links + links
    assert len(findings_of(linter, text, "structure.repeated-line")) == 4


# A government's transcript of a statement: the speaker set down by role with the name in
# brackets, one speaker taking both turns around a question the transcript could not hear.
_STATEMENT = (
    "Press Statement of the Governor at the Opening of the Harbour Bridge\n\n"
    "Governor of the Province (Maria Santos)\n"
    "The bridge opens today, two months ahead of schedule. It will carry twenty thousand cars a "
    "day and shorten the drive to the port by half an hour.\n\n"
    "(Question from the floor, inaudible)\n\n"
    "Governor of the Province (Maria Santos)\n"
    "The tolls stay where we set them last year. We will review them in the spring.\n"
)


def test_a_transcripts_role_and_name_label_is_no_repeated_line(linter: Linter) -> None:
    assert findings_of(linter, _STATEMENT, "structure.repeated-line") == []


def test_a_role_and_name_label_printed_twice_over_one_speech_is_still_reported(
    linter: Linter,
) -> None:
    # The same label over the same speech, one right after the other: a copy, not a turn.
    turn = (
        "Governor of the Province (Maria Santos)\n"
        "The bridge opens today, two months ahead of schedule, and the tolls stay as they are.\n"
    )
    text = "Press Statement of the Governor\n\n" + turn + turn
    assert findings_of(linter, text, "structure.repeated-line") != []


def test_a_roll_of_names_is_no_dropped_verb(linter: Linter) -> None:
    # Minutes list who was there; the scan ran the roll's lines together.
    text = (
        "The board met at 10:30 a.m. PRESENT: Chairman Boyd Mr. Ashford Mr. Keller Mr. Lyle "
        "Mrs. Tate Dr. Ober, Secretary. The minutes of the last meeting were read and approved.\n"
    )
    assert findings_of(linter, text, "mt.missing-verb-between-names") == []


def test_two_names_with_no_verb_between_are_still_reported(linter: Linter) -> None:
    text = "At the talks on Monday, Mr. Keller Mr. Lyle that the port would stay open.\n"
    found = findings_of(linter, text, "mt.missing-verb-between-names")
    assert spans_of(text, found) == ["Mr. Keller Mr. Lyle"]


def test_a_preposition_before_a_title_that_opens_with_it_is_no_doubled_word(
    linter: Linter,
) -> None:
    # A case name and a book's title open with the preposition the sentence has just used.
    text = (
        "In In re Harbor Freight Lines, the appeals court held that the contract was void.\n\n"
        "She first read in In Cold Blood how a small town could change overnight.\n"
    )
    assert findings_of(linter, text, "structure.doubled-word") == []


def test_a_doubled_preposition_or_article_is_still_reported(linter: Linter) -> None:
    text = "He arrived in in the morning. The The Hague court ruled on Monday.\n"
    found = findings_of(linter, text, "structure.doubled-word")
    assert spans_of(text, found) == ["in in", "The The"]
