"""Resolve a time expression's text to a TIMEX3 value against an anchor date.

``resolve("on Friday", anchor=date(2019, 3, 6), tense="past")`` -> ``2019-03-01`` (day).
The tense of the clause (``past``, ``future``, ``present`` or None) decides the direction of
expressions that could point either way ("Friday", "March", "the summer"). Expressions that count
from a narrative point ("the next day", "two days later") use ``reference`` when given.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date

from storyline.annotate.timex.absolute import (
    read_decade_century,
    read_explicit,
    read_holiday,
    read_month,
    read_numeric_year,
    read_quarter,
    read_season,
)
from storyline.annotate.timex.calendar_math import unit_value
from storyline.annotate.timex.clock import read_clock
from storyline.annotate.timex.patterns import (
    APPROX_RE,
    COMPARATIVE,
    DATE_LEAD,
    DAY_LEAD,
    IN_N,
    LEAD,
    MODS,
    TRAIL,
    UNIT_END,
    normalize,
    read_rewrite,
)
from storyline.annotate.timex.relative import (
    read_ago,
    read_duration_or_set,
    read_relative_unit,
    read_relative_year_phrase,
    read_today,
    read_vague,
    read_weekday,
)
from storyline.annotate.timex.resolution import UNKNOWN, Resolution

__all__ = ["Resolution", "UNKNOWN", "resolve", "updates_reference", "normalize"]


def updates_reference(text: str, result: Resolution) -> bool:
    """Whether a resolved expression becomes the narrative reference for later ones.

    Only expressions that name their own time do ("Tuesday", "the third quarter"); comparisons
    ("a year earlier", "the year-ago quarter") point away from the story's time and do not.
    """
    return (
        result.value is not None
        and result.type == "DATE"
        and result.granularity in ("day", "quarter", "month", "year")
        and not COMPARATIVE.search(text)
    )


def resolve(
    text: str,
    anchor: date | None,
    tense: str | None = None,
    reference: Resolution | None = None,
) -> Resolution:
    """Resolve ``text`` against ``anchor`` (the publication date); never raises."""
    try:
        return _resolve(text, anchor, tense, reference)
    except (ValueError, OverflowError):  # "7000 years ago": off the calendar
        return UNKNOWN


# "later in the day", "earlier in the year": a part of the unit the story is in.
_WITHIN_UNIT = re.compile(
    r"(?:early|earlier|late|later)\s+in\s+(the\s+(?:day|week|month|year|quarter))"
)
_NTH_WEEK = re.compile(r"(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(.+)")
# The middle day of a month's n-th seven days.
_WEEK_MIDDLE = {"first": 4, "second": 11, "third": 18, "fourth": 25}


# "Election Day" is the United States' (the Tuesday after November's first Monday); an election
# day in small letters is any country's ("On election day in January"), a day no calendar gives.
_ANY_ELECTION_DAY = re.compile(r"\belection day\b")


def _resolve(
    text: str, anchor: date | None, tense: str | None, reference: Resolution | None
) -> Resolution:
    if _ANY_ELECTION_DAY.search(text):
        return UNKNOWN
    s = normalize(text)
    mod = None
    approx = APPROX_RE.match(s)
    if approx:
        s, mod = s[approx.end() :], "APPROX"
    if IN_N.match(s):
        return read_ago(s, anchor, tense, reference) or UNKNOWN
    for _ in range(2):
        lead = LEAD.match(s) or DAY_LEAD.match(s) or DATE_LEAD.match(s)
        if lead and lead.end() < len(s):
            s = s[lead.end() :]
    s = UNIT_END.sub(r"the end of the \1", TRAIL.sub("", s))
    within = _WITHIN_UNIT.fullmatch(s)
    if within:
        s = within.group(1)
    phrase = read_relative_year_phrase(s, anchor, tense, reference)
    if phrase is not None:
        return phrase
    nth_week = _NTH_WEEK.fullmatch(s)
    if nth_week:  # "the first week of August": the week of the middle of its first seven days
        month = _resolve_core(nth_week.group(2), anchor, tense, reference)
        if month.granularity == "month" and month.value and len(month.value) == 7:
            year, number = int(month.value[:4]), int(month.value[5:])
            # The 4th, 11th, 18th, 25th, or four days before the month's end for the last.
            middle = _WEEK_MIDDLE.get(nth_week.group(1)) or monthrange(year, number)[1] - 3
            return Resolution(unit_value(date(year, number, middle), "week"), "week")
    week_of = re.fullmatch(r"(?:the\s+)?week\s+of\s+(.+)", s)
    if week_of:  # "the week of March 6": the week that day is in
        day = _resolve_core(week_of.group(1), anchor, tense, reference)
        if day.granularity == "day" and day.value and len(day.value) == 10:
            return Resolution(unit_value(date.fromisoformat(day.value), "week"), "week")
    for pattern, name in MODS:
        match = pattern.match(s)
        if match and len(s) > match.end():
            rest = s[match.end() :]
            inner = _resolve_core(rest, anchor, tense, reference)
            if inner.value is not None and inner.granularity not in ("day", "ref"):
                return replace(inner, mod=name)
            if inner.value is not None and inner.granularity == "day" and "hours" in match[0]:
                return inner  # "the early hours of Thursday": the day ("the end of the day"
                # is mostly "in the end")
            break
    result = _resolve_core(s, anchor, tense, reference)
    if mod and result.value is not None and result.mod is None:
        result = replace(result, mod=mod)
    return result


def _resolve_core(
    s: str, anchor: date | None, tense: str | None, reference: Resolution | None
) -> Resolution:
    if not s:
        return UNKNOWN
    s = read_rewrite(s)
    clock = read_clock(s, anchor, tense, reference, _resolve_day)
    if clock is not None:
        return clock
    for handler in _HANDLERS:
        result = handler(s, anchor, tense, reference)
        if result is not None:
            return result
    return UNKNOWN


def _resolve_day(
    s: str, anchor: date | None, tense: str | None, reference: Resolution | None
) -> Resolution:
    """The day part of a time of day ("tuesday" in "9 a.m. tuesday"), without clock times."""
    s = read_rewrite(normalize(s))
    for handler in _HANDLERS:
        result = handler(s, anchor, tense, reference)
        if result is not None:
            return result
    return UNKNOWN


_HANDLERS = (
    read_vague,
    read_today,
    read_numeric_year,
    read_decade_century,
    read_relative_year_phrase,
    read_ago,
    read_relative_unit,
    read_quarter,
    read_season,
    read_holiday,
    read_weekday,
    read_month,
    read_explicit,
    read_duration_or_set,
)
