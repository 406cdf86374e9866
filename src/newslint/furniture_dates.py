"""Full calendar dates as a page prints them in its stamps: a day, a month's name and a year.

`full_date` reads a date expression at the start of a text ("Wednesday, 28 December 2011",
"Oct 21, 2025", "1 February 2026") and accepts it only when it names a real day of the calendar:
a parse, not a pattern alone ("31 February 2020" or "May 40, 2021" are not dates). The stamp-line
check (`checks/stamp_line.py`) reads what stands beside the date on its line.
"""

from __future__ import annotations

import datetime

import regex

from newslint.regex_store import compile_pattern

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# a month's name, whole or cut to three letters (with or without its stop): "Sept.", "December"
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FULL_DATE = compile_pattern(
    rf"{_WEEKDAY}(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})(?![\d:/.-]\d)\b",
    regex.I,
)


def read_date(text: str, start: int = 0) -> tuple[datetime.date, int] | None:
    """The full date opening `text` at `start` and where it ends, or None: one the calendar has."""
    match = _FULL_DATE.match(text, start)
    if match is None:
        return None
    month = _MONTHS[match.group("month")[:3].casefold()]
    try:
        day = datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
    return day, match.end()


def full_date(text: str, start: int = 0) -> int:
    """The end of a full date opening `text` at `start` (0 when none): one the calendar has."""
    read = read_date(text, start)
    return 0 if read is None else read[1]


def is_full_date(text: str) -> bool:
    """Whether `text` (stripped) is a full date and nothing else."""
    text = text.strip()
    return bool(text) and full_date(text) == len(text)
