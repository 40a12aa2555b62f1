"""The publication date: from metadata, else from a dateline, else unknown.

A dateline without a year gets the year that makes the article's own absolute dates consistent:
an article dated "March 2" that reports "November 30, 2018" as past is from 2019.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.calendar import find_explicit_dates

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|due|scheduled|expected|plans?|planned|set to|upcoming|next)\b", re.I
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def publication_date(
    metadata: str | None, datelines: list[str], text: str
) -> tuple[str | None, str | None, list[str]]:
    """Returns (YYYY-MM-DD or None, 'metadata'|'dateline'|'inferred'|None, notes)."""
    if metadata:
        return metadata, "metadata", []
    notes: list[str] = []
    for line in datelines:
        for found in find_explicit_dates(line):
            if found.day is None:
                continue
            if found.year is not None:
                day = found.as_date()
                if day is not None:
                    return day.isoformat(), "dateline", notes
                continue
            year = infer_year(found.month, found.day, text)
            if year is None:
                notes.append(
                    f"dateline '{line}' has no year and the text gives none to infer it from"
                )
                continue
            inferred = date(year, found.month, found.day).isoformat()
            notes.append(f"year of dateline '{line}' inferred from the article's own dates")
            return inferred, "inferred", notes
    notes.append("no publication date: no metadata and no dateline")
    return None, None, notes


def infer_year(month: int, day: int, text: str) -> int | None:
    """The year for a month/day dateline, from the latest past-tense absolute date in ``text``."""
    latest: date | None = None
    for sentence in _SENTENCE.finditer(text):
        chunk = sentence.group(0)
        if _FUTURE_CUE.search(chunk):
            continue
        for found in find_explicit_dates(chunk):
            candidate = found.as_date()
            if (
                found.year is not None
                and candidate is not None
                and (latest is None or candidate > latest)
            ):
                latest = candidate
    if latest is None:
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
        if not years:
            return None
        latest = date(max(years), 1, 1)
    year = latest.year
    try:
        if date(year, month, day) < latest - timedelta(days=7):
            year += 1
        date(year, month, day)
    except ValueError:
        return None
    return year
