"""`paragraph-end`: a one-sentence paragraph of running prose whose full stop was dropped ("In his
opinion, local development raises salaries and improves living standards in the territory"
before the next paragraph).

A line without an end mark is usually no sentence at all: a headline, a deck, a list item, a
caption, a credit or a link. The line is judged as a sentence only on evidence from its own clause
structure and from its neighbours: it is long (`min_words`), the part-of-speech tagger finds a
finite verb in it and a content word at its end (a noun, verb, adjective or adverb: a line cut
after "the" or "and" is a cut excerpt), and it opens as sentences do and headlines do not: on a
determiner, pronoun, preposition or adverb, or on a place and its comma (a dateline); the line
before it is prose that ends with its mark (a colon would introduce a list), or a line reported
here itself (a page that dropped every paragraph's full stop; a deck under its headline follows
neither), and the line after it is prose that opens a new sentence
(a headline is followed by a dateline or a byline) (a capital or a quotation mark). A bullet or a
number opening the line makes it a list item, a vertical bar a title with its site name, and a
page whose lines run on into lower-case words is hard-wrapped: its line ends are no paragraph
ends. Nor is a line most of whose content words come back in the paragraph under it: a headline
over its teaser (a listing's "Why climate change means a rethink of coffee and cocoa production
systems" over research on coffee, cocoa and crop systems). A paragraph with a sentence ended
inside it is `typography.paragraph-without-full-stop`'s.
No fix: the lost mark may be a question mark.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, Option, finding, render
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.story_topic import MIN_SHARED, stems

FIXES = False
OPTIONS = {
    "min_words": Option((int,), default=12, doc="the shortest line judged"),
    "min_neighbour_words": Option((int,), default=8, doc="the shortest prose line around it"),
}

_ENDED = compile_pattern(r"[.!?:;…][\"”’')\]]*[ \t]*$")
# The line before must end a sentence: one ending in a colon introduces a list.
_LAST_WORD = compile_pattern(r"\p{Ll}[\p{L}'’-]+")
_SENTENCE_ENDED = compile_pattern(r"[.!?…][\"”’')\]]*[ \t]*$")
# A line ending on a lower-case word, as an open line of prose does.
_OPEN = compile_pattern(r"\p{Ll}[ \t]*$")
# A sentence ended inside the line: the other rule's paragraphs.
_INNER_END = compile_pattern(r"\p{Ll}{2}[.!?][\"”’]?[ \t]+[\"“‘]?\p{Lu}")
_LIST_OPENER = compile_pattern(r"[ \t]*(?:[-–—•*·▪►]|\d+[.)]|\(?[a-z]\))")
_NEW_SENTENCE = compile_pattern(r"[ \t]*[\"“‘]?\p{Lu}")
# After a line that ends on a word, a next line opening in lower case: the page is hard-wrapped.
_RUN_ON = compile_pattern(r"[ \t]*\n[ \t]*\p{Ll}")
WRAPPED_LINES = 2
_WORD = compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A sentence, unlike a headline, may open on a determiner, pronoun, preposition or adverb ("In his
# opinion, …", "The talks, …"), or on a place and its comma (a dateline: "Bangkok, …").
_SENTENCE_OPENERS = frozenset({"DT", "IN", "PRP", "PRP$", "RB", "WRB", "CC", "EX", "TO"})
_CONTENT_END = frozenset({"NN", "NNS", "VB", "VBD", "VBN", "VBG", "VBZ", "VBP", "JJ", "RB"})


class ParagraphEndCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_words = int(rule.option("min_words", 12))
        self.min_neighbour = int(rule.option("min_neighbour_words", 8))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # Only a line ending on a lower-case letter is judged: few lines do, so each is read with
        # its neighbours where it stands, and no table of the document's lines is built.
        candidates: list[tuple[int, str, bool]] = []
        run_ons = 0
        for line_end in _open_line_ends(text):
            if _RUN_ON.match(text, line_end):
                run_ons += 1
                if run_ons == WRAPPED_LINES:
                    return  # a hard-wrapped page: its line ends are no paragraph ends
                continue
            start = text.rfind("\n", 0, line_end) + 1
            line = text[start:line_end]
            before = _line_before(text, start)
            after = _line_after(text, line_end)
            if before is None or after is None or not self._shaped(line, after):
                continue
            before_open = self._before_open(before)
            if before_open is not None:
                candidates.append((start, line, before_open))
        # A line after another open line is a sentence only if that one was: a page whose
        # paragraphs all lost their full stops, not a list or a headline and its deck.
        reported: set[int] = set()
        for start, line, before_open in candidates:
            line = line.rstrip()
            if before_open and _line_start_before(text, start) not in reported:
                continue
            words = _WORD.findall(line)
            tags = [tag for _, tag in part_of_speech_tagger().tag(words)]
            if not _FINITE.intersection(tags) or tags[-1] not in _CONTENT_END:
                continue
            if tags[0] not in _SENTENCE_OPENERS and words[1:2] != [","]:
                continue  # headlines open on their subject's noun ("Passengers stranded, …")
            reported.add(start)
            end = start + len(line)
            yield finding(
                self.rule, end - len(words[-1]), end, render(self.rule.message, word=words[-1])
            )

    def _shaped(self, line: str, after: str) -> bool:
        line = line.strip()
        words = line.split()
        if len(words) < self.min_words or _ENDED.search(line):
            return False
        if not _LAST_WORD.fullmatch(words[-1]):
            return False  # a last word in lower case, whole ("mangled.i" is a scan's speck)
        if _INNER_END.search(line) or "|" in line or _LIST_OPENER.match(line):
            return False
        # a headline is followed by a dateline or a byline: the next line must be prose too
        if len(after.split()) < self.min_neighbour or _NEW_SENTENCE.match(after) is None:
            return False
        return not _names_what_follows(line, after)

    def _before_open(self, before: str) -> bool | None:
        """Whether the line before is prose left open too (True), prose that ends a sentence
        (False), or neither (None: a headline, a date, a colon's list)."""
        before = before.strip()
        if len(before.split()) < self.min_neighbour:
            return None
        if _SENTENCE_ENDED.search(before):
            return False
        return True if len(before.split()) >= self.min_words and _OPEN.search(before) else None


def _names_what_follows(line: str, after: str) -> bool:
    """Whether most of the line's content words come back in the paragraph under it (at least
    `MIN_SHARED` + 1 of them): a headline over its teaser or story ("Why climate change means a
    rethink of coffee and cocoa production systems" over research on coffee, cocoa and crop
    systems). A paragraph that lost its full stop goes on to the next point in other words."""
    own = stems(line)
    shared = len(own & stems(after))
    return shared > MIN_SHARED and 2 * shared >= len(own)


def _open_line_ends(text: str) -> Iterator[int]:
    """Where each line that ends on a lower-case letter ends (found by its line break, in C:
    a pattern tried at every lower-case letter cost a clean megabyte 0.15 s)."""
    end = text.find("\n")
    while end >= 0:
        last = end
        while last > 0 and text[last - 1] in " \t":
            last -= 1
        if last > 0 and text[last - 1].islower():
            yield last
        end = text.find("\n", end + 1)
    # the text's last line has no next line to open a sentence: never judged


def _line_before(text: str, start: int) -> str | None:
    """The last line with words before the line that starts at `start`, if any."""
    end = start - 1
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if end <= 0:
        return None
    return text[text.rfind("\n", 0, end) + 1 : end]


def _line_start_before(text: str, start: int) -> int:
    """Where the last line with words before the line that starts at `start` starts."""
    end = start - 1
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _line_after(text: str, end: int) -> str | None:
    """The next line with words after the line that ends at `end`, if any."""
    start = end
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if start >= len(text):
        return None
    stop = text.find("\n", start)
    return text[start : stop if stop >= 0 else len(text)]


def compile(rule: Rule, vocabulary: Vocabulary) -> ParagraphEndCheck:
    return ParagraphEndCheck(rule, vocabulary)
