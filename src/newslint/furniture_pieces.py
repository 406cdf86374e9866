"""A copyright line glued to a sentence of the story in one block: the scraper joined the page's
nodes without a line break ("… take two years to finish. Copyright 2024 The Harbour Times. All
rights reserved."). The block's evidence is the notice's, but the block holds the story's
sentence too, and all of it was reported.

The block is cut at its sentence ends into pieces, and each piece read for the block's evidence
as if it were a line (`own`). When the pieces carrying it close the block and a sentence of
prose with no such evidence comes before them, only those pieces are reported. A block whose
evidence is in every piece (the notice alone), in none of them (read only across a sentence
end), or opens it is reported whole, as before: the sentences after a notice are its terms
("This material may not be published …", the rule's own example), the page's footer.

A note of the site about the page glued the same way ("… a good finish. Share this article")
is cut alike (`closing_pieces`, its pieces marked by naming the page).

Measured before it was built (stop 49, furn49): of the furniture labels of the real dev half
and the furn46 pool, 20 cover part of a line and are missed, but the pieces of those lines seldom
carry evidence of their own; cutting every paragraph so caught no more labels. So only a block
already reported is cut, to report less of it.
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.regex_store import compile_pattern
from newslint.textblocks import Block, make_block

MIN_WORDS = 10  # a block shorter than this is a line already
PROSE_WORDS = 6  # the story's part holds a sentence of this many words at least
_TOKEN = compile_pattern(r"\S+")
# A sentence's end: a word of two letters or more (not an initial), then its full stop, question
# or exclamation mark and perhaps a closing quote or bracket; the next word opens on a capital.
_ENDS_SENTENCE = compile_pattern(r"\p{L}[\p{L}\d]+[.!?][\"'”’)\]]*$")
_OPENS = compile_pattern(r"[\"'“‘(]?\p{Lu}")
_ABBREVIATION = compile_pattern(r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Sen|Rep|Gov|Prof|Lt|Col|Capt)\.")


def sentence_pieces(text: str, block: Block, stop: frozenset[str]) -> list[Block]:
    """The block cut after each sentence end that a capital follows, or [] when it has none."""
    tokens = [
        (m.start() + block.start, m.end() + block.start, m.group())
        for m in _TOKEN.finditer(block.text)
    ]
    spans: list[tuple[int, int]] = []
    begin = 0
    for i in range(1, len(tokens)):
        before = tokens[i - 1][2]
        if (
            _ENDS_SENTENCE.search(before)
            and not _ABBREVIATION.fullmatch(before)
            and _OPENS.match(tokens[i][2])
        ):
            spans.append((tokens[begin][0], tokens[i - 1][1]))
            begin = i
    if not spans:
        return []
    spans.append((tokens[begin][0], tokens[-1][1]))
    return [make_block(text, [span], stop) for span in spans]


def closing_notice(
    text: str, block: Block, stop: frozenset[str], own: Callable[[Block], str | None]
) -> tuple[int, int] | None:
    """The span of the pieces closing the block that carry its own evidence (`own`), when a
    sentence of prose comes before them; None when the block is to be reported whole."""
    if block.lines > 1 or block.words < MIN_WORDS:
        return None
    why = own(block)
    if why is None:
        return None
    return closing_pieces(text, block, stop, lambda piece: own(piece) == why)


def closing_pieces(
    text: str, block: Block, stop: frozenset[str], marked: Callable[[Block], bool]
) -> tuple[int, int] | None:
    """The span of the pieces closing the block that are `marked` (they carry what made the
    block furniture), when a sentence of prose comes before them; None when the block is to be
    reported whole."""
    if block.lines > 1 or block.words < MIN_WORDS:
        return None
    pieces = sentence_pieces(text, block, stop)
    if len(pieces) < 2:
        return None
    marks = [i for i, piece in enumerate(pieces) if marked(piece)]
    if not marks or len(marks) == len(pieces):
        return None
    first, last = marks[0], marks[-1]
    if last - first + 1 != len(marks) or last < len(pieces) - 1:
        # here and there among the sentences, or before more of them: what follows a notice is
        # its own terms ("This material may not be published …"), the page's footer
        return None
    if not any(piece.words >= PROSE_WORDS for piece in pieces[:first]):
        return None  # nothing of the story beside it: the block is a line of furniture
    return pieces[first].start, pieces[last].end
