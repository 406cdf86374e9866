"""The page-level reading behind `furniture-block` and `story-headline` (issue 14): a page made of
sections, each a title over its own story, and a table of people flattened into lines, are the
page's text; an article's related-story headline and share bar are still furniture. Every page
here is written for the test."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.page_reading import section_titles, table_cells

from .conftest import findings_of, spans_of

_RULES = ("scrape.furniture-block", "scrape.story-headline")

# A trade paper's listing: each item a date, a title, its teaser cut off, a "Read More" link.
LISTING = (
    "Bakeries and Cake Shops\n"
    "The latest news on bakeries and cake shops, from the reporters at Trade Baking Weekly. We"
    " bring you openings, closures and deals.\n"
    "Read More » -\n"
    "21 March\n"
    "Harbour Loaf owner sells chain to investment group\n"
    "The owner of the Harbour Loaf bakery chain has sold the business to an investment group for"
    " an undisclosed sum, the company said…\n"
    "Read More » -\n"
    "18 March\n"
    "Dunmore Bakery opens second shop in Leeds\n"
    "Dunmore Bakery has opened its second shop in Leeds, a 40-seat cafe on Briggate with a bread"
    " counter and a…\n"
    "Read More » -\n"
    "17 March\n"
    "Cake shop founder steps down after twelve years\n"
    "The founder of the Sugar Lane cake shops has stepped down after twelve years at the head of"
    " the family business…\n"
    "Read More » -\n"
    "15 March\n"
    "Flour prices push small bakers to raise their prices\n"
)

# A wire service's page of several stories, each a title over its dateline paragraph; one title
# ends on a dash and a speaker, as a site's name would.
WIRE_PAGE = (
    "Portugal\n"
    "Portugal ranked among the ten safest countries in annual index\n"
    "LISBON, March 14 (NNA) — Portugal ranks among the ten safest countries in the world this"
    " year, according to an annual index of peace and security published on Wednesday.\n"
    "The interior minister said the result reflected lower crime and steady spending on the"
    " police.\n"
    "Portuguese exports rise for third straight month\n"
    "PORTO, March 13 (NNA) — Portuguese exports rose for a third straight month in February, led"
    " by cars, cork and textiles, the national statistics office said.\n"
    "Economists said the rise would help growth in the first quarter.\n"
    "Renewed fishing accord will bring Portugal-Morocco ties to new heights – Envoy\n"
    "LISBON, March 12 (NNA) — Portugal and Morocco are on the way to bringing their ties to new"
    " heights with a renewed fishing accord, the Moroccan envoy said on Tuesday.\n"
    '"We are happy to see the fishing accord renewed after two years of talks," the envoy told'
    " reporters.\n"
)

# An article: another story's headline between its paragraphs, a share bar and a list of
# other stories' headlines under the page's label after it.
ARTICLE = (
    "Council approves new bus lanes on the ring road\n\n"
    "The city council on Tuesday approved plans for new bus lanes on the ring road, ending a year"
    " of argument over the scheme.\n\n"
    "Councillors voted 31 to 12 for the plan, which will take one lane in each direction between"
    " the station and the hospital.\n\n"
    "Harbour board approves second ferry route to the islands\n\n"
    '"This is the right thing for the city and for the people who use the buses every day," the'
    " council leader said after the vote.\n\n"
    "Shopkeepers on the ring road had asked the council to delay the scheme until the new car"
    " park opens next year, but the council said the work could not wait.\n\n"
    "Work on the lanes will start in June and is expected to take four months, the council"
    " said.\n\n"
    "Share\nFacebook\nTwitter\nWhatsApp\n\n"
    "More from News\n"
    "Mayor promises cheaper fares for students from September\n"
    "City hospital opens new car park for patients and visitors\n"
)

# A parish council's minutes: the attendance table flattened into one cell a line.
MINUTES = (
    "MINUTES OF THE MEETING OF ASHFORD PARISH COUNCIL\n"
    "Held on Tuesday 12 March 2019 at 7.30pm in the Village Hall\n"
    "Present\nCouncillor\nRole\n"
    "Mrs J. Hartley\nChairman\n"
    "Mr P. Okonjo\nVice-Chairman\n"
    "Mrs S. Lindqvist\nCouncillor\n"
    "Mr D. Barraclough\nCouncillor\n"
    "Ms R. Achebe\nCouncillor\n"
    "In attendance\n"
    "Mrs K. Whitfield\nClerk to the Council\n"
    "PC A. Morrow\nPolice liaison officer\n"
    "1. Apologies for absence\n"
    "Apologies were received from Councillor T. Grady, who was away on holiday. The apologies"
    " were accepted.\n"
    "2. Declarations of interest\n"
    "Councillor Barraclough declared an interest in item 6 as a neighbour of the applicant and"
    " took no part in the discussion.\n"
)

# A town newsletter: notices, each a heading over its sentence.
NEWSLETTER = (
    "Lee Town News - March 2019\n"
    "Town Office Hours\n"
    "The town office is open Monday to Thursday from 8 AM to 4:30 PM, and closed on Fridays.\n"
    "TRANSFER STATION - NEW SPRING HOURS\n"
    "From April 1 the transfer station will be open on Wednesdays and Saturdays from 8 AM to 4"
    " PM.\n"
    "LIBRARY BOOK SALE\n"
    "The Friends of the Library will hold their spring book sale on Saturday, March 23, in the"
    " library meeting room.\n"
    "DOG LICENSES DUE BY APRIL 30\n"
    "All dogs over four months old must be licensed by April 30. Bring a current rabies"
    " certificate to the town office.\n"
)


def _reported(linter: Linter, text: str) -> list[str]:
    return [span for rule in _RULES for span in spans_of(text, findings_of(linter, text, rule))]


def test_a_listings_titles_are_its_text(linter: Linter) -> None:
    reported = _reported(linter, LISTING)
    for title in (
        "Harbour Loaf owner sells chain to investment group",
        "Dunmore Bakery opens second shop in Leeds",
        "Cake shop founder steps down after twelve years",
        "Flour prices push small bakers to raise their prices",  # the excerpt cut its teaser
    ):
        assert title not in reported, title
    # the listing's apparatus is still its furniture: its dates and its cut teasers
    assert "21 March" in reported
    assert any(span.endswith("the company said…") for span in reported)


def test_a_page_of_wire_stories_keeps_its_titles(linter: Linter) -> None:
    reported = _reported(linter, WIRE_PAGE)
    assert not any("Envoy" in span or "exports" in span for span in reported), reported


def test_an_articles_related_headlines_and_share_bar_still_fire(linter: Linter) -> None:
    found = {
        span: f.rule
        for rule in (*_RULES, "scrape.boilerplate")
        for f in findings_of(linter, ARTICLE, rule)
        for span in [ARTICLE[f.start : f.end]]
    }
    assert found.get("Harbour board approves second ferry route to the islands") == (
        "scrape.story-headline"
    )
    assert "Mayor promises cheaper fares for students from September" in found
    assert "City hospital opens new car park for patients and visitors" in found
    assert any("Facebook" in span for span in found)
    assert section_titles(Document.from_raw(ARTICLE).text_blocks) == set()


def test_an_article_with_see_also_links_is_one_running_story() -> None:
    # Another story's link between the paragraphs parts no story: its words are not the
    # paragraph's, and the story holds the page's prose.
    text = ARTICLE.replace(
        "Harbour board approves second ferry route to the islands",
        "See also  How to renew your parking permit online before the deadline",
    )
    assert section_titles(Document.from_raw(text).text_blocks) == set()


def test_a_flattened_table_of_people_is_one_table(linter: Linter) -> None:
    reported = _reported(linter, MINUTES)
    for cell in ("Mrs J. Hartley", "Vice-Chairman", "Clerk to the Council", "PC A. Morrow"):
        assert cell not in reported, cell
    items = Document.from_raw(MINUTES).text_blocks
    cells = {items[i].text for i in table_cells(items)}
    assert {"Present", "Role", "In attendance", "Police liaison officer"} <= cells
    assert "1. Apologies for absence" not in cells  # the agenda after the table is not a cell


def test_a_menu_of_sections_is_no_table_of_people() -> None:
    menu = "Home\nNews\nSport\nBusiness\nOpinion\nCulture\n\nThe council met on Tuesday.\n"
    assert table_cells(Document.from_raw(menu).text_blocks) == set()
    # two names are no table: a byline and its photographer
    credits = "By Mrs J. Hartley\nChief reporter\nPhotos: Mr P. Okonjo\n\nThe council met.\n"
    assert table_cells(Document.from_raw(credits).text_blocks) == set()


def test_a_newsletters_notices_are_its_text(linter: Linter) -> None:
    assert _reported(linter, NEWSLETTER) == []


# A short brief, a note about the page, then other stories' titles over their cut teasers
# (review52's probe of 1f4f7cd, written again here): the brief's story has ended at the note.
BRIEF = (
    "Library extends opening hours from May\n\n"
    "The central library will open until eight on weekdays from May, the council said on"
    " Tuesday, after a survey found that most readers wanted later hours.\n\n"
    "Share this article\n\n"
    "Swimming pool to close for repairs in June\n"
    "The town's swimming pool will close for four weeks in June while its roof and changing"
    " rooms are repaired, the leisure trust said on…\n\n"
    "Market traders ask for a later start on Sundays\n"
    "Traders at the Sunday market have asked the council to let them set up an hour later,"
    " saying few shoppers come before…\n\n"
    "New footbridge over the canal opens to walkers\n"
    "A new footbridge over the canal opened on Saturday, linking the station with the park"
    " after two years of building work and a delay over its…\n"
)


def test_titles_after_a_note_about_the_page_are_other_stories(linter: Linter) -> None:
    reported = _reported(linter, BRIEF)
    for title in (
        "Swimming pool to close for repairs in June",
        "Market traders ask for a later start on Sundays",
        "New footbridge over the canal opens to walkers",
    ):
        assert title in reported, title
