"""False alarms found on a fourth sweep of unseen professional copy (fpsweep4: 90 page openings
from wire services, papers, broadcasters, government and party releases, parliament answers,
sports live blogs and reports, reviews, opinion and obituaries from the UK, US, Ireland,
Australia, New Zealand, Canada, India, Pakistan, Sri Lanka, Kenya, Nigeria, Ghana, South Africa,
Malaysia, Singapore, Hong Kong and the Philippines). Each case is a text of the same shape
written for the test, beside a case that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

# A cricket live blog: each entry under the over and the score, newest first.
_LIVE_BLOG = (
    "Second Test, day three: as it happened\n\n"
    "Follow every over of the day's play as it happens at the ground.\n\n"
    "OVER 41 | SCORE 118/2 (Khan 52, Mills 31)\n\n"
    "Mills drives through the covers for four and brings up the hundred partnership. The bowlers "
    "look tired in the heat.\n\n"
    "OVER 38 | SCORE 104/2 (Khan 47, Mills 22)\n\n"
    "A quiet over from the spinner, with just two singles taken. The field is spread and the "
    "batsmen are happy to rotate the strike.\n"
)


def test_a_live_blogs_entry_headings_are_the_story(linter: Linter) -> None:
    assert findings_of(linter, _LIVE_BLOG, "scrape.furniture-block") == []


def test_a_pager_printed_over_two_entries_is_still_furniture(linter: Linter) -> None:
    # the same items with the same figures over each entry: a pager, not the entries' headings
    text = _LIVE_BLOG.replace("(Khan 52, Mills 31)", "").replace("(Khan 47, Mills 22)", "")
    text = text.replace("OVER 41 | SCORE 118/2 ", "Part 1 | Part 2 | Part 3")
    text = text.replace("OVER 38 | SCORE 104/2 ", "Part 1 | Part 2 | Part 3")
    # a row of numbered parts is the line rule's (`furniture`), which the block rule defers to
    found = findings_of(linter, text, "scrape.furniture")
    assert {span.strip() for span in spans_of(text, found)} == {"Part 1 | Part 2 | Part 3"}


# Qualifying quotes, each under the driver's name, place and lap time.
_QUALIFYING = (
    "What the drivers said after qualifying\n\n"
    "The championship leader took pole on a damp track, with her team mate fourth on the grid "
    "after a late spin.\n\n"
    "Lena Park, 1st, 1:32.418\n\n"
    "“The car was good from the first lap and the team did a great job with the timing of our "
    "runs. Tomorrow is a long race, so we will see.”\n\n"
    "Amira Stone, 4th, 1:33.057\n\n"
    "“I lost the rear at the last corner on my final lap, which cost me the front row. We still "
    "have the pace for a good result.”\n"
)


def test_a_lap_time_is_no_cms_clock(linter: Linter) -> None:
    assert findings_of(linter, _QUALIFYING, "scrape.furniture-block") == []


def test_a_clock_time_without_fractions_is_still_a_stamp(linter: Linter) -> None:
    # a clock to the minute is what a CMS prints; only fractions of a second mark a measured time
    text = _QUALIFYING.replace("1:32.418", "14:32")
    found = findings_of(linter, text, "scrape.furniture-block")
    assert spans_of(text, found) == ["Lena Park, 1st, 14:32"]


# A quotation running on over two paragraphs, with the page's advertisement label printed twice
# between them.
_QUOTE_ACROSS_ADS = (
    "The coach was pleased with the result on Saturday, despite a nervous finish.\n\n"
    "“We expected a hard game and we got one,” she said.\n\n"
    "“The second half was much better from us.\n\n"
    "Hide Ad\nHide Ad\n\n"
    "“We will take the point and move on to next week.”\n"
)


def test_a_quotation_runs_on_across_two_interjected_lines(linter: Linter) -> None:
    assert findings_of(linter, _QUOTE_ACROSS_ADS, "typography.unbalanced-quote") == []


def test_a_quotation_that_never_reopens_is_still_unclosed(linter: Linter) -> None:
    text = _QUOTE_ACROSS_ADS.replace("“We will take", "We will take").replace("week.”", "week.")
    found = findings_of(linter, text, "typography.unbalanced-quote")
    assert spans_of(text, found) == ["“"]


# Malay names: a man may carry both spellings of a name in his own.
_MALAY_NAMES = (
    "Three tourists were ordered to leave the state after overstaying their visit passes, "
    "officials said on Monday.\n\n"
    "State Immigration Director Datuk Dr Muhamad Rizal Mohamad Noor said the three had lived in "
    "the district for two years without valid documents.\n\n"
    "Prime Minister Anwar Mohamad said checks would continue.\n"
)


def test_two_spellings_inside_one_full_name_are_two_names(linter: Linter) -> None:
    assert findings_of(linter, _MALAY_NAMES, "consistency.name-spelling") == []


# A senator's column in English with one line in Tagalog, written so on purpose.
_TAGALOG_LINE = (
    "Our health system needs more funding for rural clinics, and the committee will keep "
    "pressing for it.\n\n"
    "Ang pera ng bayan ay dapat gamitin para sa kalusugan ng bawat Pilipino!\n\n"
    "We will meet the agency again next week to review its commitments.\n"
)


def test_a_sentence_in_tagalog_leaves_no_untranslated_word(linter: Linter) -> None:
    assert findings_of(linter, _TAGALOG_LINE, "encoding.untranslated-word") == []


def test_a_word_left_in_an_english_sentence_is_still_reported(linter: Linter) -> None:
    text = _TAGALOG_LINE + "\nHoje I met with the clinic's nurses in the capital.\n"
    found = findings_of(linter, text, "encoding.untranslated-word")
    assert spans_of(text, found) == ["Hoje"]


# A golf preview: a heading in capitals with an ellipsis leads into the players it lists.
_PREVIEW = (
    "The championship starts on Thursday with a field of 156 players on a course that has been "
    "lengthened since last year.\n\n"
    "FIVE TO WATCH THIS WEEK…\n\n"
    "MARIA LOPEZ\n\n"
    "The defending champion arrives in form after two top-five finishes in her last three "
    "starts, and her record on links courses is strong.\n\n"
    "ANNA BERG\n\n"
    "A late starter this season after a wrist injury, she won the regional title on this course "
    "two years ago.\n"
)


def test_a_heading_in_capitals_with_an_ellipsis_is_no_teaser(linter: Linter) -> None:
    assert findings_of(linter, _PREVIEW, "scrape.furniture-block") == []


def test_a_teaser_cut_at_a_word_is_still_furniture(linter: Linter) -> None:
    text = _PREVIEW + "\nMore golf\n\nThe tour returns to Spain next month for a week of…\n"
    found = findings_of(linter, text, "scrape.furniture-block")
    assert "of…" in "".join(spans_of(text, found))


# A book review in sections, each headed by one word.
_REVIEW = (
    "The Quiet Harbour – book review\n\n"
    "The novel follows two sisters who return to their father's fishing village after twenty "
    "years away, and it is the author's third book.\n\n"
    "Plot\n\n"
    "The story moves slowly at first, then gathers pace as the family's old debts return to "
    "haunt the sisters and their father in the last chapters.\n\n"
    "Characters\n\n"
    "Both sisters are drawn with care, and the father's silences say more than his words ever "
    "could in a book this quiet.\n\n"
    "I give the characters 4 out of 5\n\n"
    "Fun\n\n"
    "The plot was thin but the sisters' arguments were highly entertaining.\n"
)


def test_one_word_section_headings_of_a_review_are_the_story(linter: Linter) -> None:
    assert findings_of(linter, _REVIEW, "scrape.furniture-block") == []


# A minister's statement in an Irish release, one paragraph of it in Irish (left over from the
# first sweep: five words of it were reported).
_IRISH_QUOTE = (
    "The minister welcomed the funding for the Gaeltacht on Monday.\n\n"
    "“Cuirim fáilte róimh an deá-nuacht seo inniú maidir le limistéar faoi mhíbhuntáiste, agus "
    "an tacaíocht breise a bheas ar fáil daofa.\n\n"
    "“The money will support communities across the county,” he said.\n"
)


def test_a_quoted_paragraph_in_irish_leaves_no_untranslated_spelling(linter: Linter) -> None:
    assert findings_of(linter, _IRISH_QUOTE, "encoding.untranslated-spelling") == []


def test_an_unquoted_word_of_another_language_is_still_reported(linter: Linter) -> None:
    text = _IRISH_QUOTE + "\nOne nation, one state, it always vurdukça the star will rise.\n"
    found = findings_of(linter, text, "encoding.untranslated-spelling")
    assert spans_of(text, found) == ["vurdukça"]
