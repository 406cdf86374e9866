"""Glued blocks (`newslint.furniture_glued`): a block a scraper ran together from several lines is
cut back into lines where the lost breaks show, and a line with evidence of its own (a stamp, a
credit, a copyright line) is reported; plain prose is never cut, and a dateline, an aside or a
sentence cut out of a paragraph is never reported by its place alone."""

from __future__ import annotations

import regex

from newslint.checks.furniture_block import FurnitureBlockCheck
from newslint.document import Document
from newslint.engine import Linter
from newslint.furniture_glued import glued_furniture, glued_units
from newslint.furniture_page import PageJudge
from newslint.textblocks import Block, blocks, english_stopwords

RULE = "scrape.furniture-block"
_HEAD = "Harbour talks resume after delays\n\n"
_LEAD = (
    "The talks resumed on Monday after a week of delays, officials said, and the board will "
    "meet again in June to settle the tariffs.\n\n"
)


def _units(text: str) -> list[str]:
    block = blocks(text)[0]
    return [unit.text for unit in glued_units(text, block, english_stopwords())]


def _spans(linter: Linter, text: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == RULE]


def test_a_stamp_and_a_sentence_after_a_headline_are_cut_apart() -> None:
    text = (
        "Ferry budget approved Thursday, 12 March 2020, 10:45 The council on Monday approved "
        "a budget for the harbour ferries, officials said. Read the full story here."
    )
    assert _units(text) == [
        "Ferry budget approved",
        "Thursday, 12 March 2020, 10:45",
        "The council on Monday approved a budget for the harbour ferries, officials said.",
        "Read the full story here.",
    ]


def test_a_run_of_capitals_and_a_separator_cut_a_block() -> None:
    text = "HARBOUR NEWS | Local The ferries will run on Sunday, the harbour board said today."
    assert _units(text) == [
        "HARBOUR NEWS",
        "|",
        "Local",
        "The ferries will run on Sunday, the harbour board said today.",
    ]


def test_plain_prose_is_never_cut() -> None:
    text = (
        "The board met on Tuesday, May 5, 2020 at the town hall. Mayor Jane Roe told The Harbour "
        "Times the ferries would run, and US FDA rules on fuel were read out by the clerk."
    )
    assert _units(text) == []


def test_a_title_case_headline_is_not_cut_at_its_capitalised_function_words() -> None:
    text = (
        "Ferry Crews Could Be Back by June After Talks and other words follow in this paragraph "
        "without a single full stop in it anywhere"
    )
    assert _units(text) == []


def test_a_stamp_glued_into_a_paragraph_is_reported_alone(linter: Linter) -> None:
    text = (
        _HEAD
        + _LEAD
        + "Ferry budget approved Thursday, 12 March 2020, 10:45 The council on Monday approved "
        "a budget for the harbour ferries, officials said.\n\nThe vote was close."
    )
    assert _spans(linter, text) == ["Thursday, 12 March 2020, 10:45"]


def test_a_photo_credit_glued_between_two_sentences_is_reported(linter: Linter) -> None:
    text = (
        _HEAD
        + _LEAD
        + "The ferries sat idle in the harbour on Sunday. Photo: Jane Roe / Harbour News The "
        "council on Monday approved a budget for the ferries, officials said.\n\nThe vote was close."
    )
    assert _spans(linter, text) == ["Photo: Jane Roe / Harbour News"]


def test_a_dateline_and_an_aside_opening_a_glued_paragraph_are_the_storys(
    linter: Linter,
) -> None:
    dateline = (
        "PORT ELLEN, (Harbour News - 12 March 2020) The council on Monday approved a budget for "
        "the harbour ferries, officials said.\n\n"
    )
    aside = "(In English) And it is wonderful to see so many friends here this afternoon.\n\n"
    assert _spans(linter, _HEAD + dateline + _LEAD) == []
    assert _spans(linter, _HEAD + aside + _LEAD) == []


def test_a_line_of_thousands_of_stamps_is_cut_into_units() -> None:
    line = " ".join(f"Tuesday, {i % 28 + 1} May 2020 The council voted" for i in range(8000))
    units = _units(line)
    # Each stamp is a unit of its own, and what follows it another.
    assert len(units) == 16000
    assert units[:2] == ["Tuesday, 1 May 2020", "The council voted"]
    # The stamps' tokens were found by a scan from the first token per stamp: 17 s on this line;
    # the time is measured by benchmarks/adversarial.py's stamps-line shape.


def _page_judge(linter: Linter) -> PageJudge:
    check = next(c for c in linter.checks if c.rule.id == RULE)
    assert isinstance(check, FurnitureBlockCheck)
    return check.page


def test_a_page_is_judged_again_only_for_a_unit_that_could_be_reported(linter: Linter) -> None:
    """A separator cut out alone has evidence of its own (short items between separators) but no
    word, so it is never reported: the page is not judged again for it."""
    page = _page_judge(linter)
    text = (
        _HEAD
        + "The ferries will run on Sunday, the board said. | The council on Monday approved a "
        "budget for the harbour ferries, officials said.\n\nThe vote was close."
    )
    items = Document.from_raw(text).text_blocks
    units = glued_units(text, items[1], english_stopwords())
    assert [page.own(unit) is not None for unit in units] == [False, True, False]
    judged: list[int] = []

    def judge(blocks: list[Block]) -> list[str | None]:
        judged.append(len(blocks))
        return page.reasons(blocks)

    assert glued_furniture(text, items, page.reasons(items), judge, page.own) == []
    assert judged == []
    stamped = text.replace(" | ", " Thursday, 12 March 2020, 10:45 ")
    items = Document.from_raw(stamped).text_blocks
    found = glued_furniture(stamped, items, page.reasons(items), judge, page.own)
    assert [stamped[start:end] for start, end, _ in found] == ["Thursday, 12 March 2020, 10:45"]
    assert judged == [len(items) + 2]  # the paragraph judged as its three units


def test_the_prefilter_sees_every_sentence_opener_that_cuts() -> None:
    """`_shows_a_cut` is a superset of the cuts: a capitalised function word after a word is found
    whatever the match before it took ("in Paris 5 The council" lost "The" to the match of
    "Paris 5", which took the figure it needed before it), and a run of capitals is one however
    `_line_cuts` strips its marks ("ABCD,; A&B")."""
    import random

    from newslint.furniture_glued import _line_cuts, _shows_a_cut

    def cuts(text: str) -> set[int]:
        tokens = [(m.start(), m.end(), m.group()) for m in regex.finditer(r"\S+", text)]
        return _line_cuts(tokens)

    glued = "Tickets sold in Paris 5 The council approved a new budget for the harbour"
    assert cuts(glued) == {5} and _shows_a_cut(glued)
    assert cuts("sold ABCD,; A&B tickets") == {1, 3} and _shows_a_cut("sold ABCD,; A&B tickets")
    words = ("The", "In", "Paris", "Ann", "5", "12", "x²", "council", "approved", "a", "budget",
             "harbour", "new", "(ferry", "“tolls", "ships", "of", "and", "ABCD", "EF", "A&B",
             "ABCD,;", ".EF", "US", "FDA", "|", "A-1", "O’NEIL", "NEWS.", "2020")  # fmt: skip
    rnd = random.Random(44)
    for _ in range(20_000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 16)))
        if cuts(text):
            assert _shows_a_cut(text), text


def test_a_contact_sentence_between_two_sentences_of_a_paragraph_is_the_storys(
    linter: Linter,
) -> None:
    # A radio transcript's host gives the show's number and address mid-paragraph; the run of
    # capitals (the show's name) makes the block read as glued, but the contact sits between
    # two sentences of the paragraph, where no scraper glues a contact line.
    talk = (
        "If you are in the path of this storm, what are you doing to get ready? Give us a call, "
        "800-989-8255. Email us, talk@example.org. You can also join the conversation on our "
        "website. Click on TALK OF THE NATION.\n\n"
    )
    assert _spans(linter, _HEAD + _LEAD + talk + "The vote was close.") == []


def test_a_title_glued_between_two_stamps_is_an_item_of_their_listing(linter: Linter) -> None:
    """A unit with no evidence of its own that the page sets between two furniture units (a
    listing's title between its stamps) is reported with them; a sentence there is a live
    report's entry, the story's own."""
    listing = (
        "Thursday, 12 March 2020, 10:45 Ferry fares to rise in April Friday, 13 March 2020, "
        "09:15 The council on Monday approved a budget for the harbour ferries, officials said."
    )
    text = _HEAD + _LEAD + listing + "\n\nThe vote was close."
    assert _spans(linter, text) == [listing[: listing.index(" The council")]]
    entry = listing.replace("Ferry fares to rise in April", "The ferry fares rose in April.")
    text = _HEAD + _LEAD + entry + "\n\nThe vote was close."
    assert _spans(linter, text) == [
        "Thursday, 12 March 2020, 10:45",
        "Friday, 13 March 2020, 09:15",
    ]
