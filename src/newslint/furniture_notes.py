"""Lines of the page's interface that speak of the page or to its reader, outside the article:
archive and interface notes ("Something wrong with this page?"), paywall, sign-in and cookie notes
addressed to the reader (`furniture_voice`), and a link's label glued after a paragraph's last
sentence ("… said on Monday. Read More"). Each pass sets the reason of the blocks it finds.
"""

from __future__ import annotations

from newslint.furniture_imperative import story_gives_orders
from newslint.furniture_self_notes import notes_its_own_text
from newslint.furniture_signals import speaks_of_the_page
from newslint.furniture_story import names_the_story, shares_the_subject
from newslint.furniture_tails import glued_link_label
from newslint.furniture_voice import addresses_reader, story_addresses_reader
from newslint.page_layout import is_article, is_sentence, opens_story
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

SELF_NOTE = "a note of the site about the page itself, outside the article"
READER_NOTE = "interface text addressed to the reader (a paywall, sign-in, comment or cookie note)"
GLUED_LABEL = "a link's label after the paragraph's last sentence"
PROSE_WORDS = 15  # a paragraph of prose, longer than a prompt or a notice
# A sentence's end inside a block, another sentence starting after it.
_INNER_SENTENCE_END = compile_pattern(r"[.!?][\"”’)]*\s+[\"“‘(]?\p{Lu}")


def notes_about_the_page(
    items: list[Block], reasons: list[str | None], headline: int | None
) -> None:
    """Short blocks above or below the article's paragraphs (or on a page with none) that speak
    of the page itself: interface and archive notes. Inside the article such a line is the
    story's own ("This story reminds us…"); an archive's note on its OCR text is not, wherever it
    stands (`notes_its_own_text`)."""
    article = [i for i, b in enumerate(items) if is_article(b)]
    for index, block in enumerate(items):
        if reasons[index] is None and notes_its_own_text(block.text):
            reasons[index] = SELF_NOTE  # the archive's voice on its own text, wherever it stands
            continue
        outside = not article or index < article[0] or index > article[-1]
        if reasons[index] is None and index != headline and outside and speaks_of_the_page(block):
            story = [b for b in items if b.text != block.text and opens_story(b)]
            reasons[index] = None if names_the_story(block, story) else SELF_NOTE


def addressed_to_the_reader(
    items: list[Block], reasons: list[str | None], headline: int | None
) -> None:
    """Short blocks above or below the article's paragraphs that speak to the reader, on a page
    whose story does not: the site's interface (`furniture_voice`)."""
    article = [i for i, b in enumerate(items) if is_article(b)]
    # A long note below the story reads as prose to jusText ("You are welcome to republish
    # this article … under a Creative Commons licence, as long as you credit …"): counted as the
    # story's last paragraph it was inside the article, and its "you" made the story one that
    # addresses its reader, so no note of the page was read. The story's paragraphs stop before
    # it. (Above the story the same trim caught no label of the labelled pages and reported a
    # line no furniture label covers: a letter or a column opens by addressing its reader.)
    while len(article) > 1 and addresses_reader(items[article[-1]]):
        article.pop()
    if not article or story_addresses_reader(items[article[0] : article[-1] + 1]):
        return
    story = items[article[0] : article[-1] + 1]
    # An order with no "you" or "please" is read below the story only, where a page keeps its
    # search box and comment form; above it an order is a kicker's or a speech's ("Check Against
    # Delivery"), and on a guide's page (its paragraphs open with orders) the story's own.
    orders = not story_gives_orders(story)
    for index, block in enumerate(items):
        outside = index < article[0] or index > article[-1]
        below = orders and index > article[-1]
        if not outside or reasons[index] is not None or not addresses_reader(block, below):
            continue
        if shares_the_subject(block, story):  # an explainer's lead-in: "Imagine you're …"
            continue
        if index > article[-1] and _prose_follows(items, index):
            continue  # the story goes on below in paragraphs the classifier did not keep
        if index < article[0] and _opens_the_story(items, index, article[0]):
            continue  # a letter's first paragraph speaks to the paper: "Your article on …"
        if index != headline or _titled_above(items, reasons, index):
            reasons[index] = READER_NOTE


def _prose_follows(items: list[Block], index: int) -> bool:
    """A paragraph of prose below the block that does not speak to the reader: the story's own
    ("Here's everything you need to know about him." / "How much is he worth?" / "The boss was
    worth…"). A page's prompts and notices below the story speak to the reader, or are short."""
    return any(
        is_sentence(b) and b.words >= PROSE_WORDS and not addresses_reader(b)
        for b in items[index + 1 :]
    )


def _opens_the_story(items: list[Block], index: int, first: int) -> bool:
    """A sentence of prose that leads into the story's first long paragraph through sentences of
    prose only: the story's opening, which in a letter to the editor addresses the paper ("In
    last week's editorial, you called …"). A page's notes above a story are prompts, shorter
    than a sentence of prose, a notice of more than one sentence, or stand apart from the story
    behind its headline and bylines."""
    block = items[index]
    if block.words < PROSE_WORDS or _INNER_SENTENCE_END.search(block.text):
        return False  # a notice says two things: "… on sale now. Contact us to buy your copy."
    return all(is_sentence(b) for b in items[index:first])


def _titled_above(items: list[Block], reasons: list[str | None], index: int) -> bool:
    """Another line above that could title the page: the line under it that speaks to the reader
    is a prompt ("Sign up now: get our newsletters in your inbox"), not the headline."""
    return any(
        reasons[i] is None and items[i].words >= 4 and not items[i].ends_sentence
        for i in range(index)
    )


def glued_label(items: list[Block], index: int) -> tuple[str, int, int] | None:
    """A link label after the block's last sentence (`glued_link_label`), when the text goes on
    afresh in a block below: the page's last line may be cut anywhere, and a line whose next
    block starts in lower case was wrapped, not ended."""
    block = items[index]
    if index + 1 >= len(items) or items[index + 1].text[:1].islower():
        return None
    label = glued_link_label(block.text)
    if label < 0:
        return None
    return GLUED_LABEL, block.start + label, block.end
