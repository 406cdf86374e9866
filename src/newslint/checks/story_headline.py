"""`story-headline`: the headline of another story printed between an article's paragraphs (a
"related stories" or "read more" link the scraper kept as a line of its own).

Shape alone cannot tell such a line from the article's own subheading: both are a short line
with no full stop between paragraphs. Their grammar can. A news headline is a clause in the
headline register: a noun phrase, then a verb in the present tense for a past event ("Iran
rejects offer", "Swedish police probe attack"), no article before the subject and no full stop
after it. A subheading is a phrase ("Extensive economic ties", "Working together to combat
fraud"), and a sentence of the article ends with punctuation. The line's words are tagged with
the part-of-speech tagger newslint ships with (`newslint.vale.tagger`); only lines already
shaped like a headline are tagged, so the cost is a few lines a page.

A line is reported when it stands below the article's first paragraph (the page's own headline
is above it), next to a paragraph of prose, and reads as a headline clause, unless the paragraph
after it takes up most of its words: then it heads that paragraph (a listing's item, a section). Deleting it is left
to the reader (unsafe): the link may be wanted.

Keys: `min_words`, `max_words` (a headline's length); `max_lines` (default 1): a document with
more lines read as headlines uses them as its own subheadings, and none is reported. So does a
listing (headlines over their teasers, a page of releases, a tag archive): three titles or more,
each over one paragraph and then the next title, a short line (the item's date or byline) on
either side of the paragraph; a related story's link stands among paragraphs that run on
untitled; so does a page made of sections, each a title over its own story
(`page_reading`). In Markdown
and HTML, a line marked up as a heading, or as a list item without a link, is the writer's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import regex

from newslint.checks import Check, Option, finding, render
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.finding import DELETE, Finding
from newslint.furniture_signals import line_evidence
from newslint.furniture_story import is_result_line
from newslint.lexicon import Vocabulary
from newslint.listing import PROSE_ENDS, PROSE_WORDS, titled_items
from newslint.page_reading import section_titles
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.taken_up import taken_up
from newslint.textblocks import LENGTH_HIGH, Block

OPTIONS = {
    "min_words": Option((int,), default=5, doc="the shortest line read as a headline"),
    "max_words": Option((int,), default=25, doc="the longest line read as a headline"),
    "max_lines": Option(
        (int,), default=1, doc="more headline lines than this are the article's subheadings"
    ),
}

# What stands before a headline's verb: its subject, a noun phrase (names, nouns, adjectives,
# figures, possessives, and lists of them: "Lula and Bolsonaro clash").
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "CD", "POS", ",", "CC", ":"})
_PRESENT_TENSE = frozenset({"VBZ", "VBP"})
_UNENDED = (".", "!", "?", ":", ";", ",", "…", ")")
_CLOSING_QUOTES = "\"”’'"
_LIST_MARK = compile_pattern(r"^[•·▪●◦*]\s+")
_LINK = compile_pattern(r"\]\(|<a\b", regex.IGNORECASE)  # a Markdown link's target, an HTML anchor
_SENTENCE_BREAK = compile_pattern(r"\p{Ll}{2}[.!?] ")
STORY_SHARE = 0.6


def headline_clause(tagged: Iterable[tuple[str, str]]) -> bool:
    """Whether tagged words read as a headline: a noun phrase of one word or more with no article,
    then, as the first verb of the line, a verb in the present tense."""
    for index, (_, tag) in enumerate(tagged):
        if tag.startswith("VB") or tag == "MD":
            return tag in _PRESENT_TENSE and index >= 1
        if tag not in _SUBJECT_TAGS:
            return False
    return False


def _paragraph(block: Block) -> bool:
    """A long block jusText keeps: a paragraph of the article."""
    return block.cls == "good" and len(block.text) > LENGTH_HIGH


def _prose(block: Block) -> bool:
    """A paragraph of the article, or a sentence of several words. A line cut off with an
    ellipsis ("HomeNewsHeadline of the story that runs..."), a breadcrumb's or a teaser's, ends
    no sentence: a headline under it is the page's own."""
    if _paragraph(block):
        return True
    text = block.text.rstrip()
    return block.words >= PROSE_WORDS and text.endswith(PROSE_ENDS) and not text.endswith("..")


def _heads_its_story(items: list[Block], index: int) -> bool:
    """A headline whose words the next paragraph takes up heads that paragraph (a listing's
    item, an article's own section): a link to another story names what the article does not
    (`taken_up`)."""
    if index + 1 >= len(items):
        return False
    taken, words = taken_up(items[index].text, items[index + 1].text)
    return bool(words) and taken >= STORY_SHARE * words


def _writers_own(doc: Document, block: Block) -> bool:
    """In Markdown and HTML, a line the writer marked up as a heading, or as an item of a list
    with no link in it ("- Sourdough loaves: 40 a day"): a related story is kept as its link."""
    if doc.in_block(block.start, "heading"):
        return True
    if not doc.in_block(block.start, "list_item"):
        return False
    line, _ = doc.position(block.start)
    span = doc.line_span(line)
    return _LINK.search(*doc.as_written(span.start, span.end)) is None


class StoryHeadlineCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_words = int(rule.option("min_words"))
        self.max_words = int(rule.option("max_words"))
        self.max_lines = int(rule.option("max_lines"))

    def run(self, doc: Document) -> Iterator[Finding]:
        # Several lines in the headline register between the paragraphs are the article's own
        # subheadings (a feature's sections: "Costs keep rising for the fleet"); a related-story
        # link the scraper kept is a line on its own. One line more than `max_lines` decides
        # that, so the lines after it are not tagged.
        headlines = list(islice(self._headline_lines(doc), self.max_lines + 1))
        if len(headlines) > self.max_lines or (headlines and titled_items(doc.text_blocks)):
            return
        if headlines:  # a page of sections: its titles head its own stories (`page_reading`)
            sections = section_titles(doc.text_blocks)
            headlines = [b for b in headlines if doc.text_blocks.index(b) not in sections]
        for block in headlines:
            message = render(self.rule.message, line=block.text)
            yield finding(self.rule, block.start, block.end, message, suggestions=[DELETE])

    def _headline_lines(self, doc: Document) -> Iterator[Block]:
        items = doc.text_blocks
        first = next((i for i, b in enumerate(items) if _prose(b)), None)
        if first is None:
            return
        for index in range(first + 1, len(items)):
            block = items[index]
            if doc.markup != "plain" and _writers_own(doc, block):
                continue
            if not self._candidate(items, index) or _heads_its_story(items, index):
                continue
            if headline_clause(self._tag(block.text)):
                yield block

    def _candidate(self, items: list[Block], index: int) -> bool:
        """A headline-shaped line (one line, a headline's length, a capital first, no closing
        punctuation, no evidence `furniture-block` reports) beside a paragraph of prose."""
        block = items[index]
        text = _LIST_MARK.sub("", block.text.strip())
        if block.lines > 1 or not self.min_words <= len(text.split()) <= self.max_words:
            return False
        # A headline may close on a quotation ("…says Johnson would be ‘great PM’"); a sentence
        # closes on punctuation, inside the quotation marks or out.
        ending = text.rstrip(_CLOSING_QUOTES)
        if not text[:1].isupper() or ending.endswith(_UNENDED) or line_evidence(block) is not None:
            return False
        # A line in capitals is a printed page's own heading (tags of capitals are guesses), and
        # a full stop inside a line ends a sentence: a headline is one clause.
        if text.isupper() or _SENTENCE_BREAK.search(text) or is_result_line(text):
            return False
        neighbours = [items[i] for i in (index - 1, index + 1) if 0 <= i < len(items)]
        return any(_prose(n) for n in neighbours)

    def _tag(self, line: str) -> Iterator[tuple[str, str]]:
        from newslint.vale.tagger import treebank_words

        # Tagged one word at a time: the caller stops at the line's first verb. The whole line is
        # tokenised, since each word's tag reads the two words after it (a cut line would tag
        # its last words differently, and a long subject would never reach its verb).
        return part_of_speech_tagger().iter_tags(treebank_words(_LIST_MARK.sub("", line.strip())))


def compile(rule: Rule, vocabulary: Vocabulary) -> StoryHeadlineCheck:
    return StoryHeadlineCheck(rule, vocabulary)
