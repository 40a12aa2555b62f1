"""The publication date: from metadata, else from the datelines around the article's top, else
unknown.

A page may show several dates near its headline (published, updated, a related story's). The one
chosen is the nearest to the article's first line, preferring a date the page calls published
over one it calls updated. A dateline without a year gets the year that makes the article's own
absolute dates consistent: an article dated "March 2" that reports "November 30, 2018" as past
is from 2019.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.calendar import find_dateline_dates, find_explicit_dates

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|due|scheduled|expected|plans?|planned|set to|upcoming|next)\b", re.I
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_UPDATED = re.compile(r"(?i)updat|modif|revis|edited|refresh|reviewed")
_PUBLISHED = re.compile(r"(?i)publish|posted|written|created|originally|released|date")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line near the article's top that may give its date; ``distance`` in lines from the
    article's first line (negative above it)."""

    text: str
    distance: int = 0


# Which of a page's metadata dates to trust first: the article's own publication date.
_PAGE_ORDER = (
    "jsonld:datePublished",
    "meta:article:published_time",
    "meta:",
    "time",
    "jsonld:dateCreated",
    "jsonld:datePublished:other",
    "trafilatura",
    "jsonld:dateModified",
)


def page_date(page_dates: tuple[tuple[str, str], ...]) -> str | None:
    """The publication date among an HTML page's metadata dates (source, YYYY-MM-DD)."""
    for prefix in _PAGE_ORDER:
        for source, value in page_dates:
            if source.startswith(prefix) and "modif" not in source.lower():
                return value
    return page_dates[0][1] if page_dates else None


def publication_date(
    metadata: str | None,
    datelines: list[Dateline],
    text: str,
    page_dates: tuple[tuple[str, str], ...] = (),
) -> tuple[str | None, str | None, list[str]]:
    """Returns (YYYY-MM-DD or None, 'metadata'|'page'|'dateline'|'inferred'|None, notes).

    Given metadata wins. On an HTML page the date shown near the headline wins where the
    page's metadata gives it too, or gives none; else the metadata's publication date."""
    if metadata:
        return metadata, "metadata", []
    notes: list[str] = []
    if page_dates:
        known = {value for _source, value in page_dates}
        shown = _best_dateline(datelines)
        if shown is not None and shown in known:
            return shown, "page", notes
        chosen = page_date(page_dates)
        if chosen is not None:
            return chosen, "page", notes
    shown = _best_dateline(datelines)
    if shown is not None:
        return shown, "dateline", notes
    for line in sorted(datelines, key=lambda d: abs(d.distance)):
        for found in find_explicit_dates(line.text):
            if found.day is None or found.year is not None:
                continue
            year = infer_year(found.month, found.day, text)
            if year is None:
                notes.append(
                    f"dateline '{line.text}' has no year and the text gives none to infer it from"
                )
                continue
            inferred = date(year, found.month, found.day).isoformat()
            notes.append(f"year of dateline '{line.text}' inferred from the article's own dates")
            return inferred, "inferred", notes
    notes.append("no publication date: no metadata and no dateline")
    return None, None, notes


def _best_dateline(datelines: list[Dateline]) -> str | None:
    """The day of the dateline nearest the article's top, a published date before an updated
    one; None where no dateline gives a full date."""
    best: tuple[float, str, str] | None = None
    for line in datelines:
        for found in find_dateline_dates(line.text) if len(line.text) < 200 else []:
            day = found.as_date()
            if day is None:
                continue
            cue = line.text[max(0, found.start - 40) : found.start]
            weight = 0.5 if _UPDATED.search(cue) else 1.5 if _PUBLISHED.search(cue) else 1.0
            score = weight - 0.03 * abs(line.distance)
            if best is None or score > best[0]:
                best = (score, day.isoformat(), line.text)
    return best[1] if best is not None else None


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
