"""Calendar vocabulary shared by dateline parsing and time-expression resolution.

Only names, numbers and explicit dates live here ("March 2, 2019", "2 Mar", "2019-03-02",
"03/02/19"); deciding what a relative expression means is the resolver's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

# What follows the date that opens a chronology entry ("May 6 - Oil washes ashore ...",
# "15 July: With the cap fitted ..."), but not a time stamp ("July 27, 2010 - 12:48 PM").
ENTRY_MARK = re.compile(r",?\s*(?:\d{4}\s*)?[:\-\u2013\u2014](?!\s*\d{1,2}[:.]\d\d)")
# A time zone's abbreviation after a clock time ("19:45 GMT", "9 a.m. EST", "1700 BST").
TIME_ZONE_RE = r"(?:GMT|UTC|[A-Z]{1,3}T)"
MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY_RE = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|2[0-2])\d\d)"

# "March 2, 2019", "Mar. 2 2019", "March 2", "2 March 2019", "2nd of March, 2019", "March 2019";
# a page may set the comma apart ("24 January ,2017").
# (Also the Arabic comma, as sites of the region write English dates: "24 January\u060c 2017".)
_COMMA = "[,\u060c]"
_BEFORE_YEAR = rf"(?:\s*{_COMMA}\s*|\s+)"
_MONTH_DAY = re.compile(
    # ("October 25/2022", as some agencies date their stories)
    rf"\b(?P<month>{MONTH_RE})\s+{_DAY}\b(?:(?:{_BEFORE_YEAR}|/){_YEAR}\b)?",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    rf"\b{_DAY}(?:\s+of)?\s+(?P<month>{MONTH_RE})(?:{_BEFORE_YEAR}{_YEAR}\b)?", re.IGNORECASE
)
_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE}),?\s+{_YEAR}\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>(?:1[6-9]|2[0-2])\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_NUMERIC = re.compile(r"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d{2})\b")


@dataclass(frozen=True, slots=True)
class ExplicitDate:
    """An explicit calendar date found in text; ``day``/``year`` are None when not written."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None

    def as_date(self, year: int | None = None) -> date | None:
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day or 1)
        except ValueError:
            return None


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.lower().rstrip("."))


def with_year(value: str, year: int) -> str:
    """An ISO date value ("2005-03", "2005-03-07", "2005-03-07TNI") in another year."""
    return f"{year:04d}{value[4:]}"


def value_direction(value: str, day: date) -> str | None:
    """Whether an ISO date value (a month, a day) lies behind or ahead of ``day``; None when
    it holds it."""
    here = value[:10]
    now = day.isoformat()[: len(here)]
    return "past" if here < now else "future" if here > now else None


def two_digit_year(value: int) -> int:
    """'89' -> 1989, '05' -> 2005 (news archives span the 1950s to now)."""
    return value + (1900 if value >= 50 else 2000)


_DIGIT = re.compile(r"\d")


def find_explicit_dates(text: str, case_sensitive: bool = True) -> list[ExplicitDate]:
    """All explicit dates in ``text``, longest match first at each position, no overlaps.

    With ``case_sensitive`` (running text), "may 5" and "mar 3" without a year are not dates
    unless the month is capitalised; the resolver, which sees lower-cased time expressions
    already known to be dates, turns that off.
    """
    if not _DIGIT.search(text):  # every date written out has a day or a year in figures
        return []
    return list(_explicit_dates(text, case_sensitive))


# Cleaning asks about the same line several times (its features, whether it is a dateline).
@lru_cache(maxsize=4096)
def _explicit_dates(text: str, case_sensitive: bool) -> tuple[ExplicitDate, ...]:
    found: list[ExplicitDate] = []
    for match in _ISO.finditer(text):
        _add(found, match, int(match["year"]), int(match["month"]), int(match["day"]))
    for match in _NUMERIC.finditer(text):
        year = int(match["year"])
        year = two_digit_year(year) if year < 100 else year
        a, b = int(match["a"]), int(match["b"])
        # US order (month/day) unless that cannot be a date.
        month, day = (a, b) if a <= 12 else (b, a)
        _add(found, match, year, month, day)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            named = month_number(match["month"])
            day = int(match["day"])
            written = int(match["year"]) if match["year"] else None
            if named is None or not 1 <= day <= 31:
                continue
            if match["month"].lower() in ("may", "mar", "sun", "jun", "jul") and not (
                written or match["month"][0].isupper() or not case_sensitive
            ):
                continue
            _add(found, match, written, named, day)
    for match in _MONTH_YEAR.finditer(text):
        named = month_number(match["month"])
        if named is not None:
            _add(found, match, int(match["year"]), named, None)
    found.sort(key=lambda d: d.start)
    return tuple(found)


# A date in figures that the readers above take month first: a day or month first, not the year,
# set apart by slashes or hyphens ("03/10/2023", "02-12-2025"; dots are read day first).
_MONTH_FIRST_FIGURES = re.compile(r"\b([01]?\d)\s*[/-]\s*([0-3]?\d)\s*[/-]\s*(?:\d{4}|\d{2})\b")


def day_first_reading(written: str, read: date) -> date:
    """The day a date in figures means read day first, as British English writes it
    ("03/10/2023" is 3 October), where ``read`` is its month-first reading; else ``read``."""
    figures = _MONTH_FIRST_FIGURES.search(written)
    if figures is None or (int(figures[1]), int(figures[2])) != (read.month, read.day):
        return read
    try:
        return date(read.year, read.day, read.month)
    except ValueError:
        return read


def _add(
    found: list[ExplicitDate], match: re.Match[str], year: int | None, month: int, day: int | None
) -> None:
    start, end = match.span()
    if not 1 <= month <= 12:
        return
    if day is not None:
        try:
            date(year or 2000, month, day)
        except ValueError:
            return
    for other in found:
        if other.start < end and start < other.end:
            if (other.end - other.start) >= (end - start):
                return
            found.remove(other)
            break
    found.append(ExplicitDate(start, end, year, month, day))


# Datelines scraped from pages glue their parts together: "KristenMarch 11, 2024",
# "January 14, 202620 Mins Read", "April 26, 2024Updated on:", "17.05.2021", "Yucy3/4/2025".
_GLUED_MONTH = re.compile(
    rf"(?:(?<=[a-z])(?=[A-Z])|(?<![A-Za-z]))(?P<month>(?i:{MONTH_RE}))\s*{_DAY}\.?{_COMMA}?\s+"
    r"(?P<year>(?:19|20)\d\d)",
)
_GLUED_DAY_MONTH = re.compile(
    rf"(?:(?<=\D)|^){_DAY}(?:\s+of)?\s+(?P<month>(?i:{MONTH_RE})){_COMMA}?\s+(?P<year>(?:19|20)\d\d)"
)
# "19-Dec-2025".
_HYPHENED_DAY_MONTH = re.compile(
    rf"(?:(?<=\D)|^){_DAY}-(?P<month>(?i:{MONTH_RE}))-(?P<year>(?:19|20)\d\d)"
)
_DOTTED = re.compile(
    r"(?:(?<=\D)|^)(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?P<year>(?:19|20)\d\d|\d\d(?!\d))"
)
_YEAR_FIRST = re.compile(
    r"(?:(?<=\D)|^)(?P<year>(?:19|20)\d\d)([/.\u2022])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)(?!\d)"
)
_GLUED_NUMERIC = re.compile(
    r"(?:(?<=\D)|^)(?P<a>[0-3]?\d)[/-](?P<b>[0-3]?\d)[/-](?P<year>(?:19|20)\d\d|\d\d(?!\d))"
)
# "Accepted 2023 Jan 7", as journals write it.
_YEAR_MONTH_DAY = re.compile(
    rf"(?:(?<=\D)|^)(?P<year>(?:19|20)\d\d)\s+(?P<month>(?i:{MONTH_RE}))\s+{_DAY}(?!\d)"
)
_GLUED_ISO = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)")
# "June 22 - 2023 KHARTOUM", as Radio Dabanga dates its stories.
_DASHED_YEAR = re.compile(
    rf"(?<![A-Za-z])(?P<month>(?i:{MONTH_RE}))\s+{_DAY}\s*[-\u2013]\s*(?P<year>(?:19|20)\d\d)(?!\d)"
)


def find_dateline_dates(line: str) -> list[ExplicitDate]:
    """Dates with a day and a year in a page's dateline, also where the page glued them to the
    words around them; for short lines only (in a sentence, ``find_explicit_dates``)."""
    if not _DIGIT.search(line):
        return []
    found: list[ExplicitDate] = []
    for match in _GLUED_ISO.finditer(line):
        _add(found, match, int(match["year"]), int(match["month"]), int(match["day"]))
    patterns = (_GLUED_MONTH, _GLUED_DAY_MONTH, _HYPHENED_DAY_MONTH, _YEAR_MONTH_DAY, _DASHED_YEAR)
    for pattern in patterns:
        for match in pattern.finditer(line):
            month = month_number(match["month"])
            if month is not None:
                _add(found, match, int(match["year"]), month, int(match["day"]))
    for match in _YEAR_FIRST.finditer(line):
        _add(found, match, int(match["year"]), int(match["month"]), int(match["day"]))
    for match in _DOTTED.finditer(line):
        # Day first, as where dots are written, unless that cannot be a date.
        year = int(match["year"])
        year = two_digit_year(year) if year < 100 else year
        a, b = int(match["a"]), int(match["b"])
        day, month = (a, b) if b <= 12 else (b, a)
        _add(found, match, year, month, day)
    for match in _GLUED_NUMERIC.finditer(line):
        year = int(match["year"])
        year = two_digit_year(year) if year < 100 else year
        a, b = int(match["a"]), int(match["b"])
        month, day = (a, b) if a <= 12 else (b, a)
        _add(found, match, year, month, day)
    for other in find_explicit_dates(line):
        if other.day is not None:
            _add_date(found, other)
    found.sort(key=lambda d: d.start)
    return found


def _add_date(found: list[ExplicitDate], date_found: ExplicitDate) -> None:
    for other in found:
        if other.start < date_found.end and date_found.start < other.end:
            return
    found.append(date_found)


# A day in a page's address, as publishing systems write it: /2023/10/03/, /2023/october/03/,
# /2023-10-03-title.
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2]|[a-z]{3,9})[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def url_day(url: str | None) -> str | None:
    """The day a page's address gives, as YYYY-MM-DD, or None."""
    match = _URL_DAY.search((url or "").lower().split("?")[0])
    if not match:
        return None
    year, month_text, day = match.groups()
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    try:
        return date(int(year), month, int(day)).isoformat() if month else None
    except ValueError:
        return None
