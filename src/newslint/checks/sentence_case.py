"""`sentence-case`: a sentence that starts with a lower-case letter after a full stop.

Full stops that close abbreviations, initials, ellipses, URLs and numbers are not sentence ends,
nor is the number of a list item at the start of a line ("1. buy milk"), nor an exclamation or
question mark that ends a title inside a sentence ("the Jeopardy! host"; a determiner or a
pronoun after the mark opens a new clause all the same: "on Sunday! the players"). Words that are
lower-case by design ("iPhone", "eBay") and the particles that open surnames ("von der Leyen",
"de Blasio") are left alone.

One finding per junction: its span runs from the mark to the end of the word, as labellers mark
the junction as a stray full stop or as a lost capital (the word alone when it is no English
word or the page is a scan: misreadings and specks, which the OCR rules report). Which of the two it is the clause
structure around the stop decides (`stray_stop`): a full stop that cuts a sentence is reported with
`stray_message` and a suggested fix that drops it; otherwise the fix capitalises.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.checks import Check, Option, finding, render
from newslint.checks.stray_stop import stop_is_stray
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.sentence_ends import is_abbreviation

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS: dict[str, Any] = {
    "stray_message": Option((str,), default="", doc="the message when the full stop is stray")
}

# The mark may close a quotation ("… significance”."), and the next sentence may open a line, a
# paragraph or a quotation of its own: a scraper that keeps the page's paragraphs keeps the stop
# at the end of one and the lost capital at the start of the next.
_LOWER_START = compile_pattern(
    r"(?<=[\p{L}\p{N})\]\"”’][.!?])(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n(?:[ \t]*\n)?[ \t]*)[“\"‘]?"
    r"(?P<word>\p{Ll}[\p{L}'’-]*)",
    regex.VERSION1,
)
_ELLIPSIS_BEFORE = compile_pattern(r"(?:\.\s?){2}$")
# A line of fewer words opening after a break is a label, a link or a caption, not a sentence.
MIN_LINE_WORDS = 6
_WORDS_AFTER = compile_pattern(r"\p{L}+")
_URL_BEFORE = compile_pattern(r"(?:https?://|www\.|@)\S*$")
# A web or mail address after a full stop is written in lower case: no sentence lost its capital
# ("… the Egyptian statement. http://www.bbc.co.uk/news/…").
_ADDRESS_AFTER = compile_pattern(r"(?:https?|ftp)://|www\.|[\w.+-]+@[\w-]+\.\w")
# One word with no stop closing a paragraph is a sign-off ("… the attack. dpa"), not a sentence.
_SIGN_OFF_AFTER = compile_pattern(r"[ \t]*(?:\n|$)")
# A list item's number at the start of a line: "1. buy milk".
_LIST_NUMBER_BEFORE = compile_pattern(r"(?:^|\n)[ \t]*\d{1,2}\.$")
# A unit of measure abbreviated after its number ("1 lb. lean mince", "500ml."): a single letter
# or a run of consonants, as abbreviations drop their vowels ("tsp", "kg"); "3 runs." ends a
# sentence.
_UNIT_BEFORE = compile_pattern(r"\d[ \t]?(?:\p{Ll}|[b-df-hj-np-tv-z]{2,5})\.$")
# A scanner's misreading is no sentence's last word: an apostrophe after a digit that is no
# plural's ("191'7.", "1'au!"; "the 1990's." is one) or a hyphen opening a letter ("-I?") forms
# no English word or number, so the mark after it is a speck read as punctuation.
_MISREAD_BEFORE = compile_pattern(r"(?:^|\s)(?:\S*?\p{N}['’](?!s[.!?]$)|-\p{L})\S*[.!?]$")
# A title ending in its own mark, inside a sentence: "the Jeopardy! host", "a Yahoo! page".
_TITLE_MARK_BEFORE = compile_pattern(r"\p{Ll}[,;]? \p{Lu}[\p{L}\d'’-]*[!?]$")
# The same title opening its sentence, joined by "and" or "or" to a name: "Which? and Citizens
# Advice both warned", "Which? and the Federation of Small Businesses said". A one-word question goes on in lower case without a name ("Why? and how").
_OPENING_TITLE_MARK = compile_pattern(r"(?:^|[.!?:]\s+|\n)(?P<title>\p{Lu}[\p{L}\d'’-]*[!?])$")
_NAME_JOINED = compile_pattern(r"[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?\p{Lu}")
_CLAUSE_OPENER_TAGS = frozenset(("DT", "PRP", "PRP$", "EX", "WDT", "WP", "WP$"))
# An exclamation or question mark inside a parenthetical aside that is still open on its line
# ("(even this summer! although it is different)"): the aside runs on to its closing bracket.
_OPEN_ASIDE_BEFORE = compile_pattern(r"\([^()\n]*[!?]$")
_ASIDE_CLOSES_AFTER = compile_pattern(r"[^()\n]*\)")
# A mark that ends one title of a comma-separated run, before the run's last item: "Natural
# products in reach, Interleukin 17: friend or foe? and Gene variants ...".
_LAST_ITEM = frozenset(("and", "or"))
SERIES_COMMAS = 2
RUN_REACH = 300  # characters looked at on either side of the mark: an aside or a series is short
# Particles that open a surname and keep their lower case ("von der Leyen said").
_NAME_PARTICLES = frozenset(
    "de del della der den di da das dos du van von ter ten le la bin ibn".split()
)
# The rest of a surname after its particle: "der Leyen", "Hag".
_SURNAME_REST = compile_pattern(r"(?:[ \t]+\p{Ll}{1,3}){0,2}[ \t]+\p{Lu}[\p{L}'’-]*")


class SentenceCaseCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.stray_message = str(rule.option("stray_message") or "")

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _LOWER_START.finditer(text):
            word = match.group("word")
            end = match.end("word")
            if any(c.isupper() for c in word[1:]) or _is_enumerator(text, end):
                continue
            if _SIGN_OFF_AFTER.match(text, end) or _ADDRESS_AFTER.match(text, match.start("word")):
                continue
            if word in _NAME_PARTICLES and _named_in_full(text, match.start("word"), end):
                continue
            stop = match.start() - 1  # the mark: the match opens right after it
            if "\n" in match.group() and (text[stop] != "." or _a_short_line(text, end)):
                # "a!\nlock": a scanner reads specks at a line's end as marks; "\ndownload (5)",
                # "\nrelevant news": a short line is a page's label or link, not a sentence
                continue
            if self._not_a_sentence_end(text, stop, word) or _inside_a_run(text, stop, word):
                continue
            start = match.start("word")
            if not self.vocabulary.zipf(word) or self._scanned(text):
                # no English word, or a scanned page, whose stops are specks and whose words are
                # misreadings the OCR rules report as theirs: the word alone is this rule's span,
                # so theirs is not taken for part of a longer finding
                stop = start
            between = text[stop:start]
            if self.stray_message and between == ". " and stop_is_stray(text, stop, start):
                message = render(self.stray_message, word=word)
                fixed = text[stop + 1 : end]
                yield finding(
                    self.rule,
                    stop,
                    end,
                    message,
                    fix=fixed,
                    suggestions=[fixed],
                    applicability="unsafe",
                )
                continue
            message = render(self.rule.message, word=word)
            fixed = between + word[0].upper() + word[1:]
            yield finding(self.rule, stop, end, message, fix=fixed, suggestions=[fixed])

    def _scanned(self, text: str) -> bool:
        from newslint.signals import (  # asked only where a junction is reported
            DEFAULT_GATE,
            ocr_signal,
        )

        return ocr_signal(text, self.vocabulary.zipf).looks_scanned(*DEFAULT_GATE)

    @staticmethod
    def _not_a_sentence_end(text: str, stop: int, word: str) -> bool:
        before = text[max(0, stop - 60) : stop + 1]
        if _MISREAD_BEFORE.search(before):
            return True
        if text[stop] != ".":
            # A title's own mark is followed by the rest of the sentence ("the Jeopardy! host",
            # "What is Anthropology? is called"); a determiner or a pronoun after it opens a new
            # clause, so the capitalised word was the sentence's last ("on Sunday! the players").
            opening = _OPENING_TITLE_MARK.search(before)
            if opening and (
                _NAME_JOINED.match(text, stop + 1) or _title_inside(text, opening.group("title"))
            ):
                return True  # "Which? and Citizens Advice warned": a title joined to a name
            return _TITLE_MARK_BEFORE.search(before) is not None and not _opens_clause(word)
        return bool(
            is_abbreviation(text, stop)
            or _ELLIPSIS_BEFORE.search(before)
            or _URL_BEFORE.search(before)
            or _LIST_NUMBER_BEFORE.search(text, max(0, stop - 8), stop + 1)
            or _UNIT_BEFORE.search(before)
        )


def _title_inside(text: str, title: str) -> bool:
    """Whether the page writes `title` ("Which?") inside a sentence too, after a lower-case word
    ("a report by Which? found"): its mark is the title's own wherever it stands."""
    return regex.search(rf"\p{{Ll}}[,;]? {regex.escape(title)}(?=\s+\p{{Ll}})", text) is not None


def _opens_clause(word: str) -> bool:
    """Whether the tagger's training text had `word` only as a determiner or a pronoun, words
    that open a clause and never go on a title's phrase."""
    from newslint.checks.tagging import part_of_speech_tagger

    return part_of_speech_tagger().model.tagdict.get(word) in _CLAUSE_OPENER_TAGS


def _inside_a_run(text: str, stop: int, word: str) -> bool:
    """Whether an exclamation or question mark sits inside a run that goes on past it: an aside
    in brackets still open on its line and closed after the next word, or a comma-separated
    series of titles whose last item follows ("A, B, C? and D")."""
    if text[stop] == ".":
        return False
    start = max(0, stop - RUN_REACH)
    start = text.rfind("\n", start, stop) + 1 or start
    if _OPEN_ASIDE_BEFORE.search(text, start, stop + 1) and _ASIDE_CLOSES_AFTER.match(
        text, stop + 1, stop + RUN_REACH
    ):
        return True
    if word not in _LAST_ITEM:
        return False
    sentence = text[start:stop]
    opened = max(sentence.rfind(mark) for mark in ".!?")
    return sentence.count(",", opened + 1) >= SERIES_COMMAS


def _named_in_full(text: str, start: int, particle_end: int) -> bool:
    """Whether the particle at `start` opens a surname the text also gives after a first name
    ("Ursula von der Leyen", "Erik ten Hag"): then "von der Leyen said" is the name, while
    "ten Democrats joined" is a number that lost its capital."""
    rest = _SURNAME_REST.match(text, particle_end)
    if rest is None:
        return False
    surname = regex.escape(text[start : rest.end()]).replace("\\ ", "[ \t]+")
    return regex.search(rf"\p{{Lu}}[\p{{L}}'’-]*[ \t]+{surname}(?![\p{{L}}])", text) is not None


def _a_short_line(text: str, end: int) -> bool:
    """Whether the line that goes on after `end` holds fewer than `MIN_LINE_WORDS` more words."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return len(_WORDS_AFTER.findall(rest)) < MIN_LINE_WORDS - 1


def _is_enumerator(text: str, end: int) -> bool:
    """'b)' or 'ii.' opening a list item."""
    return end < len(text) and text[end] in ").:" and end - _word_start(text, end) <= 3


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def compile(rule: Rule, vocabulary: Vocabulary) -> SentenceCaseCheck:
    return SentenceCaseCheck(rule, vocabulary)
