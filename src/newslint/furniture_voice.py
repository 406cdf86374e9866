"""Who a line speaks to: the site's interface addresses the reader, the story speaks of others.

A news story tells of third parties; the page around it talks to the person reading it: a paywall
("You have reached your limit of free articles"), a sign-in or comment prompt ("Please enter your
comment!"), a cookie notice ("This website uses cookies to improve your experience"), a note on
the reader's settings ("This section is included in your selections"). The role is read from the
grammar of address (the second person, a request opening with "please"), not from the wording of
any site, and it is trusted only where the page's own story does not address its reader too: a
speech, a how-to or a column says "you" throughout, and there the address tells nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from newslint.furniture_credits import QUOTATION
from newslint.furniture_imperative import gives_order
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

# The reader named: "you", "your", "yours", "you're", "you’ve".
_SECOND_PERSON = compile_pattern(r"\b(?i:you(?:rs?)?(?:['’](?:re|ve|ll|d))?)\b")
# Where a capital opens a sentence: the line's start, or after a sentence's end or a colon.
_SENTENCE_OPENING = compile_pattern(r"(?:^|[.!?:][\"”’)]*\s+)$")
_THANK = compile_pattern(r"\b(?i:thank)\s+$")


def _names_the_reader(text: str) -> bool:
    """The second person used to address the reader. "Thank you" is a formula of speeches,
    letters and transcripts ("Thank you. (Applause.)"); a capital "You" inside a sentence is a
    title's, where every word takes one ("The Updates Aren't What You Thought")."""
    for match in _SECOND_PERSON.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if _THANK.search(before):
            continue
        if match.group()[0].isupper() and not _SENTENCE_OPENING.search(before):
            continue
        return True
    return False


# A request to the reader opening the line ("Please enter your name here", "Please wait"), or
# after a purpose set off by a comma ("(To receive our E-paper daily, please click here.)").
_REQUEST = compile_pattern(r"^[(\[]?(?:(?i:to|for)\s[^,.!?:;]{1,60},\s+)?(?i:please)\s+\p{Ll}")
# The writer's or a speaker's own voice: "I", "I'm", "me", "my" (a letter, a blog, a speech).
_FIRST_PERSON = compile_pattern(r"\b(?:I|I['’](?:m|ve|ll|d)|(?i:me|my|mine))\b")
ADDRESS_WORDS = 40  # an interface note is a sentence or two; a paragraph is the story's
ADDRESS_LINES = 3


def addresses_reader(block: Block, orders: bool = False) -> bool:
    """A short block that speaks to the reader in its own voice: the second person or a request
    (with `orders`, also a bare verb with no subject: `furniture_imperative`), no quotation
    (quoted speech is the story's) and no first person singular (a letter's or a speaker's
    voice)."""
    text = block.text
    if block.words > ADDRESS_WORDS or block.lines > ADDRESS_LINES or QUOTATION.search(text):
        return False
    if not (_names_the_reader(text) or _REQUEST.match(text) or (orders and gives_order(text))):
        return False
    return _FIRST_PERSON.search(text) is None


def story_addresses_reader(story: Sequence[Block]) -> bool:
    """Whether the story's own paragraphs speak to the reader outside quotation marks (a speech,
    a column, a guide): then a line addressed to the reader is no sign of the site's interface."""
    return any(_names_the_reader(b.text) and not QUOTATION.search(b.text) for b in story)
