"""Dates as metadata gives them, read to a calendar day."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from storyline.calendar import find_explicit_dates

_ISO_DAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def normalize_published(value: Any) -> str | None:
    """A metadata date as YYYY-MM-DD, or None when it does not name a day.

    '2011-03-15T13:48:00Z', '20110315', 'Tue, 15 Mar 2011 13:48:00 GMT', 'March 15, 2011' and
    '03/15/2011' all give '2011-03-15', and so do 20110315 and 20110315134800 written as
    numbers; a Unix timestamp (9 to 13 digits) is read as UTC.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        return _from_timestamp(value)
    # (An integer is read as its digits: GDELT's SQLDATE 20170123 is a day, not a timestamp.)
    text = str(value).strip()
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        return _from_timestamp(float(text))
    match = _ISO_DAY.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat() if 1800 <= year <= 2200 else None
        except ValueError:
            return None
    for found in find_explicit_dates(text):
        if found.year is not None and found.day is not None:
            day_value = found.as_date()
            return day_value.isoformat() if day_value else None
    return _dateparser_day(text)


def _from_timestamp(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _dateparser_day(text: str) -> str | None:
    """Last resort for unusual metadata dates; only a full day with a written year counts
    (never "yesterday", which would be read against today's clock)."""
    if not re.search(r"\b(?:1[89]|2[01])\d\d\b", text):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date().isoformat() if parsed else None
