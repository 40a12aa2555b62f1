"""The year of a date written without one, settled by the story.

An article names a month and day without its year ("the April 20 explosion"), and the resolver
places it by the clause's tense around the article's own day: nearest, or ahead under a future
or present verb. Months into a long story that can be the wrong year: "investigating the April
20 explosion", in August, reads the coming April. The story knows better. Where at least
``ATTESTED`` articles tell of that day a year earlier, at or before their own day, and
``OUTNUMBERED`` times as many as name the later one with its year ("until April 20, 2011"), a
yearless reading more than ``AHEAD_DAYS`` ahead of its article is the earlier one. A date nearer
ahead stays as read: a plan or an anniversary is told weeks ahead, not many months. A month
alone is left as read: some articles tell of any month of the year gone, and "September" in a
story about a coming September election is the coming one.

A month and day the story writes with another, earlier year is that day too: within one
article, the year it gives the day elsewhere ("the minute of March 7" beside "on March 7
2003"); across the story, the year at least ``ATTESTED`` articles write it with where none
writes the year it was read in, unless it was read within ``RECENT_DAYS`` of its article (that
month's news): "the attacks of September 11" in a story of 2005 are those of 2001.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from storyline.calendar import MONTH_RE, with_year
from storyline.records import Document, TimeExpression

ATTESTED = 3
OUTNUMBERED = 5
AHEAD_DAYS = 100
RECENT_DAYS = 30
# A year written out ("2010", "'09"), or a word that places the date itself ("next April").
_PLACED = re.compile(r"\d{4}|'\d\d|\b(?:next|coming|this|following|upcoming|last|previous)\b", re.I)
_YEAR = re.compile(r"\d{4}")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH = re.compile(rf"\b(?:{MONTH_RE})\b", re.I)


def settle_years(documents: Sequence[Document]) -> list[Document]:
    """The documents, with yearless dates read ahead moved a year back where the story says so
    (each with a note that says what was read and why it was moved)."""
    behind: Counter[str] = Counter()  # value -> articles that tell of it at or before their day
    written: Counter[str] = Counter()  # value -> articles that write it with its year
    for doc in documents:
        if not doc.published:
            continue
        told, dated = set(), set()
        for timex in doc.timexes:
            if _calendar(timex) and timex.value is not None:
                if timex.value <= doc.published[: len(timex.value)]:
                    told.add(timex.value)
                if _YEAR.search(timex.text):
                    dated.add(timex.value)
        behind.update(told)
        written.update(dated)
    # month-day -> the years the story writes it with, and how many articles write each
    years_of: dict[str, Counter[str]] = {}
    for value, count in written.items():
        if _ISO.fullmatch(value):
            years_of.setdefault(value[5:], Counter())[value] = count
    settled = []
    for doc in documents:
        own: dict[str, set[str]] = {}  # month-day -> the values this article writes with a year
        for timex in doc.timexes:
            if _calendar(timex) and timex.value and _YEAR.search(timex.text):
                own.setdefault(timex.value[5:], set()).add(timex.value)
        changed, notes = [], []
        for timex in doc.timexes:
            if not _yearless(timex, doc.published):
                changed.append(timex)
                continue
            new = _written_elsewhere(timex, doc.published, own, years_of, written)
            if new is not None and new.value is not None:
                value = new.value
                mine = value in own.get(value[5:], ())
                where = "this article" if mine else f"{written[value]} articles"
                notes.append(
                    f"year settled by the story: {timex.text!r} read {timex.value}, "
                    f"{new.value} as {where} write it so"
                )
            else:
                new = _settled(timex, doc.published, behind, written)
                if new is not timex:
                    notes.append(
                        f"year settled by the story: {new.text!r} read {timex.value}, "
                        f"{new.value} as {behind[new.value or '']} articles tell of it"
                    )
            changed.append(new)
        if notes:
            doc = replace(doc, timexes=tuple(changed), notes=(*doc.notes, *notes))
        settled.append(doc)
    return settled


def _yearless(timex: TimeExpression, published: str | None) -> bool:
    """Whether a day's date was written without its year (and placed by no word)."""
    return (
        published is not None
        and timex.value is not None
        and _calendar(timex)
        and not _PLACED.search(timex.text)
        and _MONTH.search(timex.text) is not None
        and _ISO.fullmatch(timex.value) is not None
    )


def _written_elsewhere(
    timex: TimeExpression,
    published: str | None,
    own: dict[str, set[str]],
    years_of: dict[str, Counter[str]],
    written: Counter[str],
) -> TimeExpression | None:
    """The yearless date (``_yearless``) given the earlier year the article or the story writes
    it with, or None where neither does."""
    if timex.value is None or published is None:
        return None
    value = timex.value
    mine = own.get(value[5:], set())
    if len(mine) == 1 and (year := next(iter(mine))) < value:
        return replace(timex, value=year, direction="past")
    try:
        distance = abs((date.fromisoformat(value) - date.fromisoformat(published[:10])).days)
    except ValueError:
        return None
    if written[value] or distance <= RECENT_DAYS:
        return None
    others = [(n, w) for w, n in years_of.get(value[5:], Counter()).items() if w < value]
    if not others:
        return None
    count, year = max(others)
    if count < ATTESTED:
        return None
    return replace(timex, value=year, direction="past")


def _calendar(timex: TimeExpression) -> bool:
    return timex.type == "DATE" and timex.granularity == "day" and timex.mod is None


def _settled(
    timex: TimeExpression, published: str | None, behind: Counter[str], written: Counter[str]
) -> TimeExpression:
    if timex.value is None or published is None:
        return timex
    year = int(timex.value[:4])
    try:
        first = date.fromisoformat(timex.value)
        ahead = (first - date.fromisoformat(published[:10])).days
    except ValueError:  # a day no calendar has, from a file read back
        return timex
    if ahead <= AHEAD_DAYS:
        return timex
    earlier = with_year(timex.value, year - 1)
    if earlier.endswith("-02-29") or behind[earlier] < max(
        ATTESTED, OUTNUMBERED * written[timex.value]
    ):
        return timex
    return replace(timex, value=earlier, direction="past")
