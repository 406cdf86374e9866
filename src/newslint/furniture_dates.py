"""Full calendar dates as a page prints them in its stamps: a day, a month's name and a year.

`full_date` reads a date expression at the start of a text ("Wednesday, 28 December 2011",
"Oct 21, 2025", "1 February 2026") and accepts it only when it names a real day of the calendar:
a parse, not a pattern alone ("31 February 2020" or "May 40, 2021" are not dates). The stamp-line
check (`checks/stamp_line.py`) reads what stands beside the date on its line.
"""

from __future__ import annotations

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


# Days in each month of a common year; February has 29 in a leap year.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

Day = tuple[int, int, int]  # (year, month, day): ordered as the calendar orders them


def read_date(text: str, start: int = 0) -> tuple[Day, int] | None:
    """The full date opening `text` at `start` and where it ends, or None: one the calendar has."""
    match = _FULL_DATE.match(text, start)
    if match is None:
        return None
    day = (
        int(match.group("year")),
        _MONTHS[match.group("month")[:3].casefold()],
        int(match.group("day")),
    )
    return (day, match.end()) if on_the_calendar(*day) else None


def on_the_calendar(year: int, month: int, day: int) -> bool:
    """Whether the Gregorian calendar has this day (what `datetime.date` accepts, for years 1 to
    9999): `datetime` is not imported for it, 2 ms of a one-article run."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return (
        1 <= year <= 9999
        and 1 <= month <= 12
        and 1 <= day <= _MONTH_DAYS[month - 1] + (month == 2 and leap)
    )


def full_date(text: str, start: int = 0) -> int:
    """The end of a full date opening `text` at `start` (0 when none): one the calendar has."""
    read = read_date(text, start)
    return 0 if read is None else read[1]


def is_full_date(text: str) -> bool:
    """Whether `text` (stripped) is a full date and nothing else."""
    text = text.strip()
    return bool(text) and full_date(text) == len(text)
