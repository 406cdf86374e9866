"""Doubled words written so on purpose, which `structure.doubled-word` leaves alone: a
reduplicated term ("boda boda"), a name made of one word twice ("Bora Bora"), a title that doubles
a word ("Rebel Rebel", "Chitty Chitty Bang Bang"), a short sentence a speaker says twice ("“I was
so nervous. I was so nervous.”")."""

from __future__ import annotations

from collections import Counter

import regex

from newslint.lexicon import zipf
from newslint.quotation_marks import leaves_quotation_open
from newslint.regex_store import compile_pattern

COMMON_NAME_ZIPF = 4.0


# The word on either side of a double, across a line's end at most.
_WORD_AFTER = compile_pattern(r"[ \t]*(?:\n[ \t]*)?(\p{L}+)")
_WORD_BEFORE = compile_pattern(r"(\p{L}+)[ \t]*(?:\n[ \t]*)?\Z")
WORD_REACH = 80  # characters looked back for the word before a double
MIN_TERM_DOUBLES = 2


def reduplicated_terms(doubles: list[regex.Match[str]], text: str) -> set[str]:
    """Words the document doubles on purpose: a reduplicated term ("boda boda", East Africa's
    motorcycle taxi; "tuk tuk") is written as the same two copies wherever it comes, while a slip
    doubles a word once. Such terms are rare words in English: a common word doubled ("the the")
    is a slip however often it comes, and so is a run of three copies or more ("look look look",
    a scanner's or a scraper's stutter)."""
    counts: Counter[str] = Counter()
    for match in doubles:
        word = match.group(1).lower()
        if zipf(word) >= COMMON_NAME_ZIPF:
            continue
        after = _WORD_AFTER.match(text, match.end())
        before = _WORD_BEFORE.search(text, max(0, match.start() - WORD_REACH), match.start())
        if (after and after.group(1).lower() == word) or (
            before and before.group(1).lower() == word
        ):
            continue
        counts[word] += 1
    return {word for word, count in counts.items() if count >= MIN_TERM_DOUBLES}


def doubled_name(match: regex.Match[str]) -> bool:
    """Whether a capitalised double is a name made of one word twice ("Duran Duran", "Bora
    Bora", "Walla Walla"). Such names double a rare word; a common word or a well-known name
    written twice alike on one line ("Kansas Kansas City") is a slip. Across a line break the first
    copy may be a label above a line that opens with the same name."""
    first, second = match.group(1), match.group(2)
    if not second[0].isupper():
        return False
    if first != second:  # "the first FIRST Global event": a word, then a name in its own case
        # but an article never stands before a name's own article: "the The assembly", "the The
        # Hague court" write the article twice ("a A-list star" and "a A grade" are a letter).
        after = match.string[match.end() : match.end() + 1]
        return first not in _ARTICLES or (after != "" and after in "-'’")
    return "\n" in match.group() or zipf(first.lower()) < COMMON_NAME_ZIPF


def names_meet(match: regex.Match[str]) -> bool:
    """Whether a double is where two names meet: the first copy closes a name a capitalised word
    opens and the second opens one a capitalised word closes ("the Sioux City City Council",
    "Quebec City City Hall", "Orange County County Commission"). Such a word is a common noun
    that heads names of places and bodies; a slip copies a word with nothing capitalised on one
    side ("in Kansas Kansas City", "the City City Council")."""
    first, second = match.group(1), match.group(2)
    if first != second or not first.istitle() or "\n" in match.group():
        return False
    if zipf(first.lower()) < COMMON_NAME_ZIPF:
        return False
    text = match.string
    before = _NAME_WORD_BEFORE.search(text, max(0, match.start() - WORD_REACH), match.start())
    after = _NAME_WORD_AFTER.match(text, match.end())
    return bool(before and after)


# A capitalised word just before or after a double, on its line, a single space between.
_NAME_WORD_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ \Z")
_NAME_WORD_AFTER = compile_pattern(r" \p{Lu}\p{Ll}+(?![\p{L}\p{N}])")


# English's articles of more than a letter, in lower case.
_ARTICLES = frozenset(("the", "an"))


# Prepositions that open titles and case names ("In re Harbor Lines", "In Cold Blood", "On the
# Road", "Of Mice and Men"); an article is left out: "the The Hague court" is a slip.
_TITLE_PREPOSITIONS = frozenset(
    "in on of at by for from to with into upon under over after before about against".split()
)


def preposition_opens_title(match: regex.Match[str]) -> bool:
    """Whether a doubled preposition's second copy opens a title or a case name: English writes a
    preposition with a capital inside a sentence only there ("In In re Harbor Lines, the court
    held", "read in In Cold Blood"); a slip copies the word as it was ("in in the morning")."""
    first, second = match.group(1), match.group(2)
    return (
        first.lower() in _TITLE_PREPOSITIONS
        and second[:1].isupper()
        and second[1:].islower()
        and "\n" not in match.group()
    )


# The conjunctions English repeats a word around for emphasis: "again and again", "more and more".
_REPEATING_CONJUNCTIONS = frozenset(("and", "or"))


def coordinated_repeat(phrase: str, copy: str) -> bool:
    """Whether a doubled two-word phrase is a word repeated around a conjunction, the copy's own
    conjunction going on to the next item: "layers and layers and then ...", "over and over and
    over". English doubles a word around "and" for emphasis ("miles and miles"); a slip copies a
    phrase that ends in a word of substance. The copy of a name keeps its capital ("Art and Art
    and Archaeology"): only a `copy` in lower case is such a repeat."""
    words = phrase.split()
    return len(words) == 2 and words[1].lower() in _REPEATING_CONJUNCTIONS and copy[:1].islower()


# A title set off whole, its words capitalised (short lower-case ones, "of", "the", aside): in
# quotation marks, italics (Markdown's single `*` or `_`; bold marks a subheading, not a title)
# or an HTML emphasis element: “Kiss Kiss Bang Bang”, *Monday Monday*, <i>Rebel Rebel</i>.
_TITLE_WORD = r"(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3})"
_SET_OFF_TITLE = compile_pattern(
    r"(?:[“‘\"']|(?<![*_])[*_]|<(?:i|em|cite|q)\b[^>\n]*>)"
    rf"(?P<title>\p{{Lu}}[\p{{L}}'’-]*(?:[ \t]+{_TITLE_WORD})+)"
    r"(?:[”’\"']|[*_](?![*_])|</(?:i|em|cite|q)>)(?!\p{L})"
)
# Another capitalised double right before or after one: "Kiss Kiss Bang Bang", "Chitty Chitty
# Bang Bang". A slip doubles one word; a run of doubles is written so on purpose.
_DOUBLE_NEXT = compile_pattern(r"[ \t]+(\p{Lu}\p{L}*)[ \t]+\1(?!\p{L})")
_DOUBLE_BEFORE = compile_pattern(r"(?<!\p{L})(\p{Lu}\p{L}*)[ \t]+\1[ \t]+$")
TITLE_REACH = 80  # characters looked at on either side for the marks that set a title off


def doubled_title(match: regex.Match[str], text: str, written: tuple[str, int, int]) -> bool:
    """Whether a capitalised double is a title that doubles a word on purpose: set off whole
    (“Rebel Rebel”, *Kiss Kiss Bang Bang*), one of a run of doubles ("Chitty Chitty Bang Bang"),
    or the word written three times ("Money Money Money"). A slip doubles a word once, inside
    running text. The marks are read where the match stands in the text as written, `written`
    (`Document.as_written`: the rules' text has no tags or emphasis marks)."""
    if not match.group(2)[:1].isupper():
        return False
    if _set_off(*written) or _DOUBLE_NEXT.match(text, match.end()):
        return True
    if _DOUBLE_BEFORE.search(text, max(0, match.start() - TITLE_REACH), match.start()):
        return True
    word = regex.escape(match.group(1))
    third = regex.compile(rf"[ \t]+{word}\b|\b{word}[ \t]+$", regex.IGNORECASE)
    return bool(
        third.match(text, match.end())
        or third.search(text, max(0, match.start() - len(word) - 2), match.start())
    )


def _set_off(text: str, start: int, end: int) -> bool:
    for title in _SET_OFF_TITLE.finditer(text, max(0, start - TITLE_REACH), end + TITLE_REACH):
        if title.start("title") <= start and end <= title.end("title"):
            return True
    return False


# A short sentence said twice in a row: a capital, at most six words, its closing mark, the same
# again. "I was shaking. I was shaking." (the first copy may close a longer sentence: "… but I
# was shaking. I was shaking.").
_SAID_TWICE = compile_pattern(
    r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,5}[.!?])[ \t]+(\1)(?![\p{L}\p{N}])"
)
UTTERANCE_REACH = 60  # characters looked at on either side of a doubled run


def repeated_utterance(text: str, start: int, end: int) -> bool:
    """Whether the doubled run `text[start:end]` lies in a short sentence said twice inside a
    quotation: a speaker repeats a sentence for emphasis ("It was mad. It was mad."), while a
    scraper's double copies a label or a headline, with no sentence's closing mark between the
    copies ("Registration Number: 130349 Registration Number: 130349")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    low, high = max(line_start, start - UTTERANCE_REACH), min(line_end, end + UTTERANCE_REACH)
    for said in _SAID_TWICE.finditer(text, low, high, overlapped=True):
        if (
            said.start() < end
            and start < said.end()
            and leaves_quotation_open(text[line_start : said.start()])
        ):
            return True
    return False
