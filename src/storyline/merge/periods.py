"""TIMEX3 values as calendar periods: first and last day, and a sort key."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from storyline.records import TimeExpression

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
EVENT_GRANULARITIES = ("day", "week", "month", "quarter", "half", "season", "year")


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day of the period a TIMEX3 value names, or None (vague, unknown year)."""
    if not value or value[0] == "X" or value.endswith("_REF") or value.startswith("P"):
        return None
    value = value.split("T", 1)[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            return _months(int(m[1]), int(m[2]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            first = 3 * int(m[2]) - 2
            return _months(int(m[1]), first, first + 2)
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            first = 1 if m[2] == "1" else 7
            return _months(int(m[1]), first, first + 5)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            start, end = _SEASON_MONTHS[m[2]]
            year = int(m[1])
            if m[2] == "WI":
                return date(year, 12, 1), _months(year + 1, 2, 2)[1]
            return _months(year, start, end)
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def over_before(value: str | None, day: str | None) -> bool:
    """Whether the whole period a TIMEX3 value names lies before ``day`` (ISO)."""
    span = period(value)
    return day is not None and span is not None and span[1].isoformat() < day


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    end = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return date(year, first, 1), end - timedelta(days=1)


def day_of(value: str) -> str:
    """'2019-03-01TNI' -> '2019-03-01'; other values unchanged."""
    return value.split("T", 1)[0]


def names_day(timexes: Iterable[TimeExpression], start: int, end: int, day: str) -> bool:
    """Whether a time expression within start..end of a text dates something to ``day``."""
    return any(start <= t.start and t.end <= end and (t.value or "")[:10] == day for t in timexes)
