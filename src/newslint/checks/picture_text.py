"""`picture-text`: a description of a picture (an image's alt text or a caption) that a scraper
kept as a line of the article.

Alt text and many captions describe what the picture shows, in a phrase that opens with an
indefinite article and has no finite verb: "A woman with her three children sitting in a
playground", "A tie-less Olaf Scholz at the press conference". A sentence of the story has a
finite verb, and a subheading that opens with "A" is short ("A costly mistake"). The line's words
are tagged with the part-of-speech tagger newslint ships with (`newslint.vale.tagger`); only lines
already of that shape are tagged.

A line is reported when it is a line of its own, of `min_words` to `max_words` words, opens with
"A" or "An", has no finite verb, and the text after it starts afresh (a capitalised word, a figure
or the end of the text): a scanned page's line that runs on into the next ("A meeting of the
Board" / "System was held …") is not a picture's description, nor is a line that ends on a
comma, a semicolon or a conjunction, or follows one (an item of a list set out line by
line). Deleting it is left to the reader (unsafe): the caption may be wanted beside its picture.

Keys: `min_words`, `max_words`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newslint.checks import Check, Option, finding, render
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.finding import DELETE, Finding
from newslint.furniture_signals import line_evidence
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.textblocks import Block

OPTIONS = {
    "min_words": Option((int,), default=6, doc="the shortest line read as a description"),
    "max_words": Option((int,), default=25, doc="the longest line read as a description"),
}

_OPENS_WITH_A = compile_pattern(r"An? \p{Ll}")
# The next block starts a sentence of its own: a capitalised word, an acronym, a figure or a
# quotation. "SYstem was held" (a scanned line's run-on, read wrong) does not.
_FRESH_START = compile_pattern(r"[“\"‘'(]?(?:\p{Lu}\p{Ll}|\p{Lu}{1,6}\b|\d)")
# A line that ends on a comma, a semicolon or a conjunction is one item of a sentence set out
# line by line (a Congressional Record's "A bill (S. 295) for the relief of Frank Pinkley; and"), which no
# caption or alt text is.
_RUNS_ON = compile_pattern(r"(?:[;,]|\s(?:and|or))(?:\s+(?:and|or))?\s*$")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A colon between two phrases: a headline's title and subtitle, which a picture's description
# does not set ("A season of revivals: from Brecht to the Brontës").
_TITLE_COLON = compile_pattern(r"\p{L}: \S")
_SHOWN = frozenset({"VBG", "NNP", "NNPS"})


def describes(tagged: Sequence[tuple[str, str]]) -> bool:
    """Whether tagged words are a phrase with no finite verb that shows someone or something: a
    participle of what they are doing ("sitting", "smiling", "displaying") or a person or place
    by name ("A tie-less Olaf Scholz"). A subheading phrase is abstract ("A town divided by the
    river", "A new generation of skippers with bigger plans"), and so is a recipe's line."""
    if not tagged or any(tag in _FINITE for _, tag in tagged):
        return False
    return any(
        tag in _SHOWN and not _unit_name(tagged, index)
        for index, (_, tag) in enumerate(tagged)
        if index
    )


def _unit_name(tagged: Sequence[tuple[str, str]], index: int) -> bool:
    """A name after a figure and its unit qualifies the unit ("10 degrees Celsius" in a
    forecast), and shows no one; after a figure alone it is a name ("2,000 Manchester fans")."""
    return (
        index >= 2
        and tagged[index][1] == "NNP"
        and tagged[index - 1][1] == "NNS"
        and tagged[index - 2][1] == "CD"
    )


def _runs_on(items: list[Block], index: int) -> bool:
    """Whether block `index` ends on a clause's mark or a conjunction, so the sentence goes on in
    the next block (the list's last item follows the one that ends "; and")."""
    return index >= 0 and _RUNS_ON.search(items[index].text) is not None


class PictureTextCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_words = int(rule.option("min_words"))
        self.max_words = int(rule.option("max_words"))

    def run(self, doc: Document) -> Iterator[Finding]:
        items = doc.text_blocks
        for index, block in enumerate(items):
            if not self._candidate(items, index):
                continue
            if doc.markup != "plain" and doc.in_block(block.start, "heading"):
                continue  # marked up as a heading by the writer
            if describes(self._tag(block.text)):
                message = render(self.rule.message, line=block.text.strip())
                yield finding(self.rule, block.start, block.end, message, suggestions=[DELETE])

    def _candidate(self, items: list[Block], index: int) -> bool:
        block = items[index]
        text = block.text.strip()
        if block.lines > 1 or not self.min_words <= len(text.split()) <= self.max_words:
            return False
        if not _OPENS_WITH_A.match(text) or _runs_on(items, index) or _runs_on(items, index - 1):
            return False
        if line_evidence(block) is not None:
            return False
        if _TITLE_COLON.search(text):
            return False  # "A season of revivals: from Brecht to the Brontës": a title's two parts
        after = items[index + 1].text.lstrip() if index + 1 < len(items) else ""
        return not after or _FRESH_START.match(after) is not None

    def _tag(self, line: str) -> list[tuple[str, str]]:
        from newslint.vale.tagger import treebank_words

        return list(part_of_speech_tagger().tag(treebank_words(line.strip())))


def compile(rule: Rule, vocabulary: Vocabulary) -> PictureTextCheck:
    return PictureTextCheck(rule, vocabulary)
