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
    settled = []
    for doc in documents:
        changed = [_settled(t, doc.published, behind, written) for t in doc.timexes]
        notes = [
            f"year settled by the story: {new.text!r} read {old.value}, "
            f"{new.value} as {behind[new.value or '']} articles tell of it"
            for old, new in zip(doc.timexes, changed, strict=True)
            if old is not new
        ]
        if notes:
            doc = replace(doc, timexes=tuple(changed), notes=(*doc.notes, *notes))
        settled.append(doc)
    return settled


def _calendar(timex: TimeExpression) -> bool:
    return timex.type == "DATE" and timex.granularity == "day" and timex.mod is None


def _settled(
    timex: TimeExpression, published: str | None, behind: Counter[str], written: Counter[str]
) -> TimeExpression:
    if (
        published is None
        or timex.value is None
        or not _calendar(timex)
        or _PLACED.search(timex.text)
        or not _MONTH.search(timex.text)
        or not _ISO.fullmatch(timex.value)
    ):
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
