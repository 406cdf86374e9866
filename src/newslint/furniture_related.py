"""The titles a page lists under a label of its own after the story ("Related News", "Read
extra:", "More Stories" over other stories' headlines): the label is judged by the furniture
model's learned token weights (`page_tokens`: how much likelier each token is in a page's
apparatus than in an article's short lines, learned from labelled pages of hundreds of sites),
the titles by their shape and place, not by a list of the labels seen.

A title is a line of its own, of `TITLE_WORDS` words, that does not end as a sentence, a field
label or a clause does. The titles must fill the page from the label to its end (furniture lines
may stand between them): a subheading of the story is followed by its paragraphs. The label is a
short furniture line below the story's last paragraph of prose whose tokens weigh `LABEL_WEIGHT`
on average: the list labels of the dev sides of the labelled sets weigh 0.47-0.73, the furniture
lines above a story's own lists or teasers (a picture's alt text, a document's field, an
explainer's heading) 0.34 or less. A line the page's judgement already reads as a prompt below
the story heads them whatever its words weigh.
"""

from __future__ import annotations

from collections.abc import Mapping

from newslint.furniture_model import block_tokens
from newslint.page_layout import opens_story
from newslint.textblocks import Block

LISTED = "a title in a list of other stories under the page's own label below the story"
LABEL_WEIGHT = 0.4  # chosen on the dev sides (see the module's docstring)
LABEL_WORDS = 4  # a list's label is short: "Related News", "Read extra:", "More Stories"
TITLE_WORDS = range(4, 21)  # a headline, not a menu item or a paragraph
PROSE_WORDS = 15  # the story's paragraphs: a sentence of prose, longer than a title
_NOT_TITLE_ENDS = (".", ":", ",", ";", "…")  # a sentence, a field's label, a clause cut off


def listed_titles(
    items: list[Block],
    reasons: list[str | None],
    token_weights: Mapping[str, float],
    prompts: frozenset[str] = frozenset(),
) -> list[int]:
    """The indexes of the titles listed under a label after the story, to the page's end; none
    when any line there is neither furniture nor a title. The label is a furniture line whose
    tokens weigh as a label's, or one the page's judgement already read as a prompt below the
    story (`prompts`, its reasons: "Check this too" weighs nothing when its words are new)."""
    if not token_weights:
        return []
    last_prose = max(
        (i for i, b in enumerate(items) if b.words >= PROSE_WORDS and opens_story(b)), default=None
    )
    if last_prose is None:
        return []
    for label in range(last_prose + 1, len(items)):
        reason = reasons[label]
        if reason is None:
            continue
        if reason in prompts or _weighs_as_label(items[label], token_weights):
            titles = _titles_under(items, reasons, label)
            if titles:
                return titles
    return []


def _titles_under(items: list[Block], reasons: list[str | None], label: int) -> list[int]:
    """The lines under the label to the page's end that are not furniture yet, when they are
    titles and list labels only."""
    rest = [i for i in range(label + 1, len(items)) if reasons[i] is None]
    titles = [i for i in rest if _title_shaped(items[i])]
    # a second list's label among them ("Don't miss", "Editor's picks") is the page's apparatus
    # too, whatever its words: a subheading of the story would head its paragraphs
    if not titles or not all(i in titles or _label_shaped(items[i]) for i in rest):
        return []
    return rest


def _weighs_as_label(block: Block, token_weights: Mapping[str, float]) -> bool:
    """A short line whose tokens weigh, on average, as a page's apparatus."""
    if block.words > LABEL_WORDS or block.lines > 1:
        return False
    tokens = block_tokens(block.text)
    if not tokens:
        return False
    return sum(token_weights.get(t, 0.0) for t in tokens) / len(tokens) >= LABEL_WEIGHT


def _label_shaped(block: Block) -> bool:
    """A list label's shape: one short line that ends no sentence."""
    return (
        block.lines == 1
        and block.words <= LABEL_WORDS
        and not block.text.rstrip().endswith(_NOT_TITLE_ENDS[:1])
    )


def _title_shaped(block: Block) -> bool:
    """A headline's shape: one line, a headline's length, a capital or a figure first, and no
    end of a sentence, a label or a clause."""
    text = block.text.strip()
    return (
        block.lines == 1
        and block.words in TITLE_WORDS
        and not text.endswith(_NOT_TITLE_ENDS)
        and not text[:1].islower()
    )
