"""Dates, clock times and counters as a CMS prints them: the stamps of page furniture.

A stamp is furniture by its form ("05:22pm", "Updated 12 March 2024", "3 hours ago", "1,204
views"); prose writes its times and dates inside sentences ("at 9:00 a.m. on Monday").
"""

from __future__ import annotations

import regex

from newslint.cased_lexicon import english
from newslint.regex_store import compile_pattern

_WORDISH = compile_pattern(r"\p{L}{2,}|\d")
_LETTERS = compile_pattern(r"\p{L}+")

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# CMS stamps print "05:22pm", "11:53 AM EDT", "13:44", "11.48 EDT"; prose writes "9:00 a.m.".
# A time with fractions of a second ("1:14.572", "2:05:33.1") is a measured one, a lap or a race
# in a results line: no CMS clock counts below the second.
CLOCK = compile_pattern(
    r"(?<![\d.,])(?:[01]?\d|2[0-3])"
    r"(?::\s?[0-5]\d(?::[0-5]\d)?|\.[0-5]\d(?=\s?(?:[aApP][mM]\b|[A-Z]{2,4}\b)))"
    r"(?!\s*[aApP]\.[mM]\.)(?![\d,%]|[.:]\d)"
)
ISO_DATE = compile_pattern(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
DATE = compile_pattern(
    rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}(?=\s|$|,)|\b(?:19|20)\d\d\b", regex.I
)
# A day of a month, not a year alone ("2024" names a season or a count as often as a date).
_DAY = compile_pattern(rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}(?=\s|$|,)", regex.I)
_WEEKDAY = compile_pattern(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", regex.I
)
# The count may be glued to the section label a listing prints before it ("Cricket1 day ago").
_AGO = compile_pattern(
    r"(?<!\d)\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b", regex.I
)
_COUNTER = compile_pattern(
    r"\b\d[\d,.]*\s*(?:views?|comments?|shares?|likes?|reads?|min(?:ute)?s?\s+read)\b"
    r"|\b(?:page|image|photo|picture|slide)\s+\d+\s+of\s+\d+\b",
    regex.I,
)
_SENTENCE_ENDS = (".", "!", "?", '."', ".”")
_STAMP_WORDS = frozenset(
    """published updated posted modified created last mod first date time on at am pm by edited
    uploaded and""".split()
)
_METADATA_PREFIX = compile_pattern(
    r"\s*(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?Z?)?",
    regex.I,
)


def metadata_prefix(text: str, start: int, end: int | None = None) -> int:
    """Length of a scraper's metadata stamp ("date 2022-01-08") opening the line at `start`, and
    ending by `end`. The regex module looks for the pattern's required characters ahead before
    it matches, to `end`: without it, to the end of the text, for every line asked about."""
    match = _METADATA_PREFIX.match(text, start, len(text) if end is None else end)
    return match.end() - start if match else 0


# The openings of the only words the date and weekday patterns erase (a month or a day's name).
_DATE_WORD_OPENINGS = tuple(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split()
)
_WORDS_LOOKED_AT = 16


def is_bare_date(text: str) -> bool:
    """A line that is only a date ("Sunday, December 4, 2022")."""
    if _keeps_a_word(text):  # most blocks are prose: decided without a pattern's search
        return False
    if not (DATE.search(text) or ISO_DATE.search(text)):
        return False
    rest = _WEEKDAY.sub(" ", DATE.sub(" ", ISO_DATE.sub(" ", text)))
    return not _WORDISH.search(rest)


def is_bare_weekday(text: str) -> bool:
    """A line that is only a day's name ("Monday,"): a stamp whose date the scraper lost."""
    return _WEEKDAY.fullmatch(text.strip().rstrip(",")) is not None


def _keeps_a_word(text: str) -> bool:
    """Whether one of the first words of `text` is a word `is_bare_date` can never erase: a token
    of two ASCII letters or more (white space around it, so it is a whole run of letters) that
    opens with no month's or day's name. Only DATE and _WEEKDAY take letters away, each from a
    run's first letter on, starting with such a name; so the word stays in what is left."""
    for token in text.split(None, _WORDS_LOOKED_AT)[:_WORDS_LOOKED_AT]:
        if (
            len(token) >= 2
            and token.isascii()
            and token.isalpha()
            and not token.lower().startswith(_DATE_WORD_OPENINGS)
        ):
            return True
    return False


# A CMS prints the stamp's label first ("Last updated on 12 March 2024", "First published on:
# 12 March 2024", "Added on May 3, 2018", "Time: May 01, 2019"); a sentence of the story has its subject first and ends
# on a full stop.
_STAMP_LABEL = compile_pattern(
    r"(?:(?:(?:first|last)\s+)?(?:published|updated|posted|modified|uploaded|added)\b|(?:date|time)\s*:)"
    r"(?!.*\.$)",
    regex.I,
)


# AP style's clock ("2:15 p.m."), which prose writes too ("met at 9 a.m. on Monday"): a stamp
# only on a line that opens as one (its date, weekday or label) and holds nothing but the day,
# its year, the clock and the stamp's words or a time zone ("Sept. 21, 2025, 2:15 p.m. ET",
# "Updated 2:15 p.m. EDT, Sept. 21, 2025"). A listing's event ("Sept. 21, 2 p.m., Town Hall")
# names its place and prints no year.
_AP_CLOCK = compile_pattern(r"(?<![\d.,])(?:1[0-2]|0?\d)(?::[0-5]\d)?\s?[aApP]\.\s?[mM]\.")
_STAMP_OPENING = compile_pattern(
    rf"\s*(?:{MONTH}|(?:mon|tue|wed|thu|fri|sat|sun)\p{{L}}*\.?|\d"
    r"|(?:(?:first|last)\s+)?(?:published|updated|posted|modified|uploaded)\b)",
    regex.I,
)
_YEAR = compile_pattern(r"\b(?:19|20)\d\d\b")
_TIME_ZONE = compile_pattern(r"\p{Lu}{1,2}T|GMT|UTC")


def _ap_stamp(text: str) -> bool:
    """A line that is only a stamp with AP style's clock (see `_AP_CLOCK`)."""
    if not (_AP_CLOCK.search(text) and _DAY.search(text) and _YEAR.search(text)):
        return False
    if not _STAMP_OPENING.match(text):
        return False
    rest = _WEEKDAY.sub(" ", DATE.sub(" ", _AP_CLOCK.sub(" ", text)))
    return all(w.lower() in _STAMP_WORDS or _TIME_ZONE.fullmatch(w) for w in _LETTERS.findall(rest))


# A CMS field whose value is a day and nothing more ("Items filtered by date: Monday, 02 April
# 2018", "Release date: 3 May 2018"): a label of a few words, a colon, the date. A label is words
# ("Date", "Release date"), not a place's name; a timeline's entry puts its date first. A
# judgment's front matter sets its colon apart ("Hearing date : 2 April 2019"): the document's own.
_DATED_FIELD = compile_pattern(r"(?P<key>\p{Lu}[\p{L}]*(?: [\p{L}]+){0,3}):\s*(?P<value>.+)")


def _dated_field(text: str) -> bool:
    match = _DATED_FIELD.fullmatch(text.strip())
    if match is None:
        return False
    key, value = match.group("key"), match.group("value")
    if not (any(w.islower() for w in key.split()) or key.lower() in english().lower_entries):
        return False  # "Kyiv: March 3, 2022": a place and its day, a heading's or a dateline's
    return _DAY.search(value) is not None and is_bare_date(value)


def is_stamp(text: str) -> bool:
    if _COUNTER.search(text) or _AGO.search(text):
        return True
    if ":" in text and _dated_field(text):
        return True
    if _ap_stamp(text):
        return True
    dated = _DAY.search(text) is not None or ISO_DATE.search(text) is not None
    if dated and CLOCK.search(text) and not text.rstrip().endswith(_SENTENCE_ENDS):
        # a day and a clock time together on a short line: a CMS stamp, whatever name stands
        # beside it ("Darpan News Desk IANS, 11 Aug, 2016 01:52 PM", "… 4:36 pm Author: Media
        # Team"); prose that gives a time and a date says so in a sentence
        return True
    labelled = _STAMP_LABEL.match(text) is not None and DATE.search(text) is not None
    if not (labelled or CLOCK.search(text) or ISO_DATE.search(text)):
        return False
    rest = ISO_DATE.sub(" ", CLOCK.sub(" ", DATE.sub(" ", text)))
    words = [w.lower() for w in _LETTERS.findall(rest)]
    other = [w for w in words if w not in _STAMP_WORDS and len(w) > 3]
    return len(other) <= 2


# A dateline's place, a name of up to three capitalised words, before the comma and its date.
_DATELINE_PLACE = compile_pattern(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}")


def place_and_date(text: str) -> bool:
    """A line that is a place and a date ("Brussels, 4 April 2019", "London, May 5, 2020"), as a
    press release or an agency sets its dateline on a line of its own."""
    place, comma, date = text.strip().partition(", ")
    return bool(comma) and bool(_DATELINE_PLACE.fullmatch(place)) and is_bare_date(date)
