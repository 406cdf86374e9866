"""False alarms on real pages no rule was shaped on (issue 14; lab55, opened at stop 56): each
text is written for the test, after a shape seen on an open labelled set, beside a case that keeps
what the rule is for."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

from .conftest import findings_of, spans_of

LINE_BREAK = "typography.stray-line-break"
QUOTE = "typography.unbalanced-quote"
LOWER_START = "structure.lowercase-sentence-start"
FURNITURE = "scrape.furniture-block"

# A book viewer's labels over a scanned index column, its lines even and hyphenated at their ends.
_INDEX = (
    "Page view\nPDF\nePub\n\n"
    "harbour dues of, 1851, 44; coastal trade in, 112;\n"
    "BRIDGES-Tolls on, in 1850, 61; county returns\n"
    "of, 203-207; repairs to, proposed form of, 88.\n"
    "CANALS-Traffic on the northern routes in 1849\n"
    "and 1850, 64; receipts of, 70; county returns\n"
    "of, 208-211; cost of the new locks at Millford,\n"
    "93; works on the eastern branch, 95-97.\n"
    "CATTLE-Numbers of, by county, in 1840 and '50,\n"
    "170-174; prices of, at the principal markets\n"
    "of the state, 176; losses of, in the winter of\n"
    "1849, 180; sales of, to the eastern ports, 182.\n"
)


def test_a_word_written_with_an_inner_capital_continues_no_sentence(linter: Linter) -> None:
    # "PDF" / "ePub": a viewer's labels, not a line a sentence runs on from. Counted as one, the
    # three-letter line made a scanned column's even lines read as uneven re-flowing.
    assert findings_of(linter, _INDEX, LINE_BREAK) == []
    # Lines a program broke unevenly in a page of one-line paragraphs are still reported.
    reflowed = (
        "The council met on Tuesday evening to discuss the new budget for the\n"
        "harbour district, and members said the plans for the sea wall would be\n"
        "put to a public vote before the end of the year, with a report on the\n"
        "costs to follow.\n"
    )
    assert len(findings_of(linter, reflowed, LINE_BREAK)) == 3


def test_a_quotation_in_copy_cut_mid_sentence_may_close_after_the_cut(linter: Linter) -> None:
    # The text stops on a comma inside the quotation's own line: an excerpt's end, not a lost mark.
    opening = "The board met on Monday.\n\nThe chairman wrote to members on the same date: "
    cut = opening + '"Twenty new members joined, and the surplus will go to the hall, the roof,'
    assert findings_of(linter, cut, QUOTE) == []
    # A quotation whose sentence ended, or one a later line of the paragraph left behind, is open.
    for text in (
        opening + '"Twenty new members joined, and the surplus will go to the hall.',
        opening + '"Twenty new members joined this year.\nRead More about the new hall',
    ):
        assert spans_of(text, findings_of(linter, text, QUOTE)) == ['"'], text


def test_per_cent_with_its_stop_goes_on_in_lower_case(linter: Linter) -> None:
    # Print abbreviated per centum "per cent." until the mid-1900s: a lower-case word after it
    # goes on with the sentence.
    text = (
        "The company declared a dividend of 4 per cent. free of income tax, upon the first 8 per"
        " cent. preferential stock, and paid 7 per cent. on the rest."
    )
    assert findings_of(linter, text, LOWER_START) == []
    # A cent is still a word that ends a sentence, and a capital after "per cent." starts one.
    slip = "The fare went up by a cent. the drivers said it was fair."
    assert spans_of(slip, findings_of(linter, slip, LOWER_START)) == [". the"]
    doc = Document.from_raw("Prices rose 4 per cent. The bank said so.")
    assert len(doc.sentences) == 2


def test_a_table_of_contents_is_the_books_own(linter: Linter) -> None:
    # Titles each with the page they start on, the pages rising: a book's contents, where a
    # listing page prints its own page number once, in its title.
    toc = (
        "Table of contents\n1 The Harbour in Winter (page 3)\nII The Fishing Fleet (page 27)\n"
        "III Boats and Their Builders (page 46)\nIV The Geography of the Coast (page 102)\n"
        "Index (page 310)\n\nThe first chapter tells how the harbour was kept open through the"
        " long winters of the last century, when ice closed the bay for weeks.\n"
    )
    leaders = (
        "Contents\nPreface .......... 5\nThe Early Years .......... 9\nThe War .......... 41\n\n"
        "The first chapter tells how the harbour was kept open through the long winters of the"
        " last century, when ice closed the bay for weeks.\n"
    )
    for text in (toc, leaders):
        assert findings_of(linter, text, FURNITURE) == [], text
    listing = (
        "Ferries (Page 11)\n\nThe first ferry of the season left the harbour on Monday with"
        " forty passengers on board, the operator said.\n"
    )
    assert spans_of(listing, findings_of(linter, listing, FURNITURE)) == ["Ferries (Page 11)"]
    # A newspaper's index box lists headlines, clauses with their verbs: furniture as before.
    index_box = (
        "Bus fares to rise in June\n\nThe transport board said on Monday that bus fares would"
        " rise by five per cent in June, the first rise in four years.\n\nIn this edition\n"
        "Council closes the old library, page 4\nLocal choir wins national prize, page 9\n"
        "Farmers fear a dry summer, page 15\nSport: the county keeps its title, page 38\n"
    )
    reported = spans_of(index_box, findings_of(linter, index_box, FURNITURE))
    assert "Council closes the old library, page 4" in reported
    # One of the paper's sections names parts as a book's contents do, but it stands below the
    # story it is no outline of: furniture as before (review56).
    sections = index_box.replace(
        "Council closes the old library, page 4\nLocal choir wins national prize, page 9\n"
        "Farmers fear a dry summer, page 15\nSport: the county keeps its title, page 38\n",
        "Letters, page 12\nPuzzles, page 30\nSport, page 38\nTelevision and radio, page 44\n",
    )
    reported = spans_of(sections, findings_of(linter, sections, FURNITURE))
    assert "Letters, page 12" in reported and "Sport, page 38" in reported


def test_a_headline_under_a_cut_breadcrumb_is_the_pages_own(linter: Linter) -> None:
    # A breadcrumb cut with an ellipsis ends no sentence: the headline under it is no related
    # story's link between the article's paragraphs (the repeated title is still reported).
    text = (
        "HomeEducationCollege library opens an archive of student newspapers dating...\n\n"
        "College library opens an archive of student newspapers dating back to 1921\n\n"
        "The college library has put eighty years of its student newspaper online, with every"
        " issue from the first one printed in the autumn of 1921 to the last one of 2001.\n"
    )
    assert findings_of(linter, text, "scrape.story-headline") == []
    assert len(findings_of(linter, text, "structure.repeated-title")) == 1


def test_an_appositive_after_a_reported_that_splits_no_subject(linter: Linter) -> None:
    # "revealed that Harbour Water, a company that supplies …, had": the aside's relative clause
    # is read from the reported clause's start, not from the sentence's.
    for text in (
        "The city revealed that Harbour Water, a private company that supplies water to the"
        " port, had measured high levels of lead in two pipes.",
        "On May 2, the city revealed that Harbour Water, a firm that runs the pumps, had failed.",
    ):
        assert findings_of(linter, text, "typography.subject-comma") == [], text
    slip = "The ministry noted that Chief Minister of Goa, had resigned."
    assert spans_of(slip, findings_of(linter, slip, "typography.subject-comma")) == [","]


def test_a_place_and_date_over_the_first_paragraph_is_its_dateline(linter: Linter) -> None:
    # A byline or a picture's label may stand between the headline and the dateline.
    text = (
        "Ministers of two states meet to discuss the harbour treaty\n\nBy Ana Ruiz\n\n"
        "Harbourtown, November 10\n\nThe foreign minister met his counterpart on Sunday to"
        " discuss the harbour treaty and the ferry routes, the ministry said in a statement.\n"
    )
    assert spans_of(text, findings_of(linter, text, FURNITURE)) == ["By Ana Ruiz"]
