"""Specks a scanner read as a one-character word: "in a the hospital", "another I charge",
"but he 0 was followed".

"a", "I" and a digit are words, so no dictionary catches them; the grammar around them does. An
article never comes before another determiner, a preposition or a pronoun, nor right after a
determiner ("his a arrival"); the pronoun "I" never follows a determiner ("another I charge")
nor comes before one or a preposition ("for I if it was"); a numeral never stands
between a pronoun, a modal or a finite verb and what follows it ("he 0 was", "been 0 tried").
The neighbours' parts of speech come from the tagger: for "I" only from its dictionary of words
with one tag (a verb after "I" is often tagged as a noun), for the others from the words around.
Reported in documents that look scanned, where such a character is far likelier a speck than a
writer's slip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from newslint.checks.stray_stop import stop_is_stray
from newslint.document import Span
from newslint.lexicon import is_function_word
from newslint.line_words import words_around
from newslint.quotation_paragraphs import stops_mid_sentence
from newslint.regex_store import compile_pattern
from newslint.verse import RUN_ON_LINES, verse_lines

if TYPE_CHECKING:
    from newslint.vale.tagger import Tagger

# One character alone between two words of the same line.
_SPECK = compile_pattern(
    r"(?<=(?<![\p{L}\p{N}])(?P<before>\p{L}+)[ \t]+)(?P<speck>a|I|\d)"
    r"(?=[ \t]+(?P<after>\p{L}+)(?![\p{L}\p{N}'’-]))"
)
_WORD = compile_pattern(r"\S+")
CONTEXT = 3  # words each side the tagger reads
_NOT_AFTER_ARTICLE = frozenset(
    ("DT", "IN", "TO", "PRP", "PRP$", "CC", "WDT", "WP", "WRB", "EX", "POS")
)
_DETERMINERS = frozenset(("DT", "PRP$"))
# Not nouns: the tagger's dictionary learnt many verbs as nouns ("share", "report").
_NOT_AFTER_I = frozenset(("DT", "IN", "TO", "PRP$"))
_BEFORE_NO_NUMERAL = frozenset(("PRP", "MD", "VBD", "VBZ", "VBP", "RB", "WDT"))
_AFTER_NO_NUMERAL = frozenset(("PRP", "DT", "MD"))  # "3 were killed" is English


def word_specks(text: str, load_tagger: Callable[[], Tagger | None]) -> Iterator[tuple[int, int]]:
    """Spans of "a", "I" and lone digits the grammar around them rejects (the tagger is loaded
    only if such a character stands between words)."""
    for match in _SPECK.finditer(text):
        tagger = load_tagger()
        if tagger is None:
            return
        tagdict = tagger.model.tagdict
        speck, before, after = match.group("speck", "before", "after")
        if speck == "a":
            if after in ("I", "a") or before == "a":
                continue  # the other one is the speck, or a doubled word
            if tagdict.get(before) in _DETERMINERS or _next_tag(text, match, tagger) in (
                _NOT_AFTER_ARTICLE
            ):
                yield match.span("speck")
        elif speck == "I":
            if before[0].islower() and (
                tagdict.get(before) in _DETERMINERS or tagdict.get(after) in _NOT_AFTER_I
            ):
                yield match.span("speck")
        elif before[0].islower() and after[0].islower():
            left, tags = _tags(text, match, tagger)
            previous, following = tags[len(left) - 1][1], tags[len(left) + 1][1]
            if previous in _BEFORE_NO_NUMERAL or following in _AFTER_NO_NUMERAL:
                yield match.span("speck")


def _next_tag(text: str, match: regex.Match[str], tagger: Tagger) -> str:
    left, tags = _tags(text, match, tagger)
    return tags[len(left) + 1][1]


def _tags(
    text: str, match: regex.Match[str], tagger: Tagger
) -> tuple[list[str], list[tuple[str, str]]]:
    """The speck's line around it, tagged: (the words before it, every word's tag)."""
    start, end = match.span("speck")
    left, right = words_around(text, start, end, _WORD, CONTEXT)
    return left, tagger.tag([*left, text[start:end], *right])


# A mark straight after a determiner and before a lower-case word: no phrase ends on "the", "a" or
# "their", so a comma, stop, colon or quote there is a speck ("the' trial", "a, relative", "the:
# child"). A quote before the determiner makes it a quoted word ("'the', said he").
_MARK_AFTER_DETERMINER = compile_pattern(
    r"(?<=(?<![\p{L}\p{N}'’‘\"“-])(?:the|a|an|their|its|my|our|your))"
    r"[,.:;!'’\"”]{1,2}(?=[ \t]+\p{Ll}{2})"
)


def marks_after_determiners(text: str) -> Iterator[tuple[int, int]]:
    """Spans of marks a scanner put between a determiner and its noun."""
    return (m.span() for m in _MARK_AFTER_DETERMINER.finditer(text))


# A single quote glued to one side of a lower-case word inside a sentence, that no quote on the
# other side answers ("charged on 'remand with", "to have been' stolen"): a speck. Elisions keep
# theirs ("'tis", "'em", "goin'"), and a plural's possessive too ("the prisoners' landlady").
_OPENING_QUOTE = compile_pattern(r"(?<=[ \t])['‘](?=\p{Ll}{2,}(?![\p{L}'’-]))")
_CLOSING_QUOTE = compile_pattern(r"(?<=[ \t]\p{Ll}*[a-rt-z])(?<!in)['’](?=[ \t]+\p{Ll}{2})")
_QUOTE_REACH = 400  # characters looked along for an answering quote: a quoted sentence may be long
_SENTENCE_END = compile_pattern(r"[.!?]\s|\n")
_ELISIONS = frozenset(
    "tis twas twere em cause til till neath gainst round bout un mid midst twixt".split()
)


def lone_quotes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of single quotes no quote answers: within the sentence, or, before a capital, before
    the next quote (`_unanswered_capital_quotes`)."""
    for match in _OPENING_QUOTE.finditer(text):
        word = regex.match(r"\p{Ll}+", text[match.end() :])
        if word and word.group() in _ELISIONS:
            continue
        after = text[match.end() : match.end() + _QUOTE_REACH]
        end = _SENTENCE_END.search(after)
        if not regex.search(r"['’]", after[: end.start() if end else len(after)]):
            yield match.span()
    for match in _CLOSING_QUOTE.finditer(text):
        before = text[max(0, match.start() - _QUOTE_REACH) : match.start()]
        stops = list(_SENTENCE_END.finditer(before))
        sentence = before[stops[-1].end() :] if stops else before
        if not regex.search(r"(?:^|[\s(])['‘]", sentence):
            yield match.span()
    yield from _unanswered_capital_quotes(text)


# A single quote opening a capitalised word after a space or at a line's start: a quotation opens
# so, and may run over several sentences, so only the next quote it meets answers it. When that is
# another opening on the same line, or none comes before the text ends on a sentence's end (one
# stopping on a word or a comma was cut off mid-quotation: a page break, an excerpt), the first
# was a speck ("we
# were told; 'Now, the town's bells ring; 'Sing loud"). A quote between two letters is an
# apostrophe ("town's", "fam'd") and answers nothing; a closing double quote
# answers (a quotation opened with the wrong mark is no speck). A quotation running on into
# the next paragraph opens each paragraph and closes only the last: an opening at a line's start
# or after a sentence's end (where a lost line break joined the paragraphs), or a blank line, ends
# the search unanswered but not refuted.
_CAPITAL_OPENING = compile_pattern(r"(?m)(?<=^|[ \t])['‘](?=\p{Lu}\p{Ll})")
_NEXT_QUOTE = compile_pattern(
    r"(?P<close>(?<=\S)['’\"”](?!\p{L}))|(?P<run_on>\n[ \t]*(?:\n|['‘])|(?<=[.!?][ \t]+)['‘])"
    r"|(?<![\p{L}\p{N}])['‘](?=\p{L})"
)


def _unanswered_capital_quotes(text: str) -> Iterator[tuple[int, int]]:
    for match in _CAPITAL_OPENING.finditer(text):
        word = regex.match(r"\p{L}+", text, pos=match.end())
        if word is None or word.group().lower() in _ELISIONS:
            continue  # "'Tis", "'Twas"
        reach = match.end() + _QUOTE_REACH
        answer = _NEXT_QUOTE.search(text, match.end(), reach)
        if answer is None:
            if len(text) <= reach and not stops_mid_sentence(text, Span(0, len(text))):
                yield match.span()  # never closed, and the text ends a sentence (not cut off)
        elif answer.group("close") is None and answer.group("run_on") is None:
            yield match.span()


# A hyphen glued to a word's end, a space, then a lower-case word it does not join, one of them a
# function word ("his throat- with a razor", "He- said", "as a- means of"): a speck. A suspended
# compound ("pre- and post-war", "two- or three-day", "e- and m-commerce") hangs its hyphen before
# a conjunction; a cut word joins ("com- pany": cut-word's); a compound cut at a line end whose
# line break was lost has content words on both sides ("boot- maker", "Police- court").
_HANGING_HYPHEN = compile_pattern(
    r"(?<=(?<![\p{L}\p{N}-])(?P<left>\p{L}+))-(?=[ \t]+(?P<right>\p{Ll}{2,})(?![\p{L}-]))"
)
_SUSPENDING = frozenset("and or to nor than versus through".split())
JOINED_WORD_ZIPF = 2.0


def hanging_hyphens(text: str, zipf: Callable[[str], float]) -> Iterator[tuple[int, int]]:
    """Spans of hyphens that neither cut a word nor suspend a compound."""
    for match in _HANGING_HYPHEN.finditer(text):
        left, right = match.group("left", "right")
        if right in _SUSPENDING or zipf((left + right).lower()) >= JOINED_WORD_ZIPF:
            continue
        if is_function_word(left.lower()) or is_function_word(right):
            yield match.span()  # "out- of", "He- said": a compound broken at a line end has none


# A full stop after an everyday lower-case word and before another lower-case word: a comma or a
# speck the scanner read as a full stop ("very respectfully. vour obedient servant"). Four
# letters or more before it, so no abbreviation ("etc.", "viz.", "a.m."). Attached to its word
# the stop is a sentence's end unless the clauses on its two sides say the sentence goes on
# (`stray_stop`: "vour obedient servant, Chas." holds no verb); before a clause of its own the
# next word is the damage, its capital lost with its letters ("the tax plan. tliat is what"),
# and the junction is structure.lowercase-sentence-start's.
_STOP_BEFORE_LOWER = compile_pattern(
    r"(?<=(?<![\p{L}.'’-])(?P<word>\p{Ll}{4,}))\.(?=[ \t]+\p{Ll}+(?![\p{L}.]))"
)
STOP_WORD_MIN_ZIPF = 3.0
# The same after a short word no sentence ends on and no abbreviation spells: an article, a
# conjunction, an auxiliary, a relative or a preposition that never stands for a unit ("who.
# was", "and. the", "be. mentioned"; not "in." for inches, "no.", "co.", "al."). On the dev sides
# of the labelled sets, the clean corpus and BLN600's transcription no such stop stands before a
# lower-case word except a scanner's.
_STOP_AFTER_FUNCTION_WORD = compile_pattern(
    r"(?<=(?<![\p{L}\p{N}.'’-])(?:the|and|of|to|was|were|be|been|who|would|with|from|is|are|that"
    r"|his|her|their|an|or|by|for|at|on))\.(?=[ \t]+\p{Ll}+(?![\p{L}.]))"
)
HABIT_MIN_OPENINGS = 3  # a sentence or two in lower case may be the scanner's


# A full stop after a word of four letters or more (no abbreviation: "etc.", "a.m.") and before
# the next word, of either case: how the text opens its sentences.
_SENTENCE_OPENING = compile_pattern(r"(?<=\p{L}{4}\.[ \t]+)\p{L}")


def stops_before_lower_case(text: str, zipf: Callable[[str], float]) -> Iterator[tuple[int, int]]:
    """Spans of full stops a scanner misread, between two lower-case words where the sentence
    goes on past them, or after a word no sentence ends on. None in a text that
    opens its sentences in lower case as often as not (a transcript typed without capitals): a
    writer's habit repeats, a scanner's misread comma does not."""
    stops = list(_STOP_BEFORE_LOWER.finditer(text))
    after_function_words = list(_STOP_AFTER_FUNCTION_WORD.finditer(text))
    if not stops and not after_function_words:
        return
    openings = [m.group().islower() for m in _SENTENCE_OPENING.finditer(text)]
    lower = sum(openings)
    if lower >= HABIT_MIN_OPENINGS and 2 * lower >= len(openings):
        return
    for match in stops:
        if zipf(match.group("word")) >= STOP_WORD_MIN_ZIPF and _goes_on(text, match.start()):
            yield match.span()
    for match in after_function_words:
        yield match.span()


_SPACES = compile_pattern(r"[ \t]+")


def _goes_on(text: str, stop: int) -> bool:
    """Whether the sentence goes on past the full stop at `stop` (spaces, then the next word)."""
    spaces = _SPACES.match(text, stop + 1)
    return stop_is_stray(text, stop, spaces.end() if spaces else stop + 1)


# A comma ending a line after a lower-case word, before a line that opens a clause with a subject
# pronoun or "The" and a lower-case word: a full stop the scanner read as a comma ("caught hold of
# him,\nHe got away"; "gave birth to a child,\nShe fell ill"). A sentence that goes on across the
# line goes on in lower case. Verse capitalises its lines after commas but sets them short, and a
# letter's salutation ("Sir,") is a word or two: the line must hold `COMMA_LINE_MIN_WORDS`.
# A speck or two may stand between the new sentence's first word and its second ("dead,\nShe - J
# also told them", "him,\nThe a prisoner then"): the scanner's, like the comma.
_COMMA_BEFORE_CLAUSE = compile_pattern(
    r"(?<=\p{Ll}),(?=[ \t]*\n[ \t]*(?:He|She|It|They|We|The)[ \t]+"
    r"(?:(?:[^\s\p{Ll}]{1,2}|\p{Ll})[ \t]+){0,2}\p{Ll}{2,})"
)
COMMA_LINE_MIN_WORDS = 8


def commas_before_a_clause(text: str) -> Iterator[tuple[int, int]]:
    """Spans of commas a scanner read where a full stop ended a line before a new sentence; none
    in a stanza of verse of `verse.RUN_ON_LINES` lines or more (a hymn's long lines end on
    commas before capitals), which a short run of lines beside prose is not taken for."""
    stanzas: set[int] | None = None
    for match in _COMMA_BEFORE_CLAUSE.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if len(line.split()) < COMMA_LINE_MIN_WORDS:
            continue
        if stanzas is None:
            stanzas = _stanza_lines(text.split("\n"))
        if text.count("\n", 0, match.start()) not in stanzas:
            yield match.span()


# A line of a hymn or a poem opens on a capital; a newspaper column's continuation lines open in
# lower case ("morning under a clear sky"), though the misread comma alone can make its run read
# as verse.
_OPENS_CAPITAL = compile_pattern(r"[ \t]*[\"“‘'(]?\p{Lu}")


def _stanza_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines in runs of verse lines at least `RUN_ON_LINES` long, each line
    opening on a capital."""
    verse = verse_lines(lines)
    found: set[int] = set()
    for index in verse:
        if index - 1 in verse:
            continue  # not a run's first line
        end = index
        while end + 1 in verse:
            end += 1
        run = range(index, end + 1)
        if len(run) >= RUN_ON_LINES and all(_OPENS_CAPITAL.match(lines[i]) for i in run):
            found.update(run)
    return found
