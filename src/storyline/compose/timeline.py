"""Timeline selection: which dates, and which sentences for each date.

By default the number of dates follows the corpus (its span and how many dates are well
reported); ``dates`` and ``per_date`` fix them. Dates are ranked by the salience of their events;
a date whose lead sentence repeats a neighbouring chosen date's is skipped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from storyline.compose.salience import overlap as _overlap
from storyline.records.story import CitedSentence, Event, TimelineEntry

NEIGHBOUR_DAYS = 2
REPEAT_OVERLAP = 0.6
MAX_CITATIONS = 5


def default_sizes(events: Sequence[Event]) -> tuple[int, int]:
    """(number of dates, sentences per date) for a corpus: about twice the square root of its
    span in days (5 to 60; a year-long story gets about 38), at most the number of dated days;
    two sentences a date when dates carry three or more events on average."""
    days = sorted({e.date for e in events if e.granularity == "day"})
    if not days:
        return min(10, len({e.date for e in events})), 1
    span = (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days + 1
    n_dates = min(len(days), max(5, min(60, round(2 * math.sqrt(span)))))
    per_date = 2 if len(events) / len(days) >= 3 else 1
    return n_dates, per_date


def select_timeline(
    events: Sequence[Event], dates: int | None = None, per_date: int | None = None
) -> list[TimelineEntry]:
    default_dates, default_per_date = default_sizes(events)
    n_dates = dates if dates is not None else default_dates
    k = per_date if per_date is not None else default_per_date
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.granularity == "day":
            by_date[event.date].append(event)
    if len(by_date) < 3:  # hardly any exact dates: weeks and months will have to do
        for event in events:
            if event.granularity in ("week", "month"):
                by_date[event.date].append(event)
    ranked = sorted(by_date, key=lambda d: (len(d) != 10, -_date_score(by_date[d]), d))
    chosen: dict[str, list[Event]] = {}
    for day in ranked:
        if len(chosen) >= n_dates:
            break
        lead = max(by_date[day], key=lambda e: e.salience)
        if _repeats_neighbour(day, lead, chosen):
            continue
        chosen[day] = by_date[day]
    return [_entry(day, chosen[day], k) for day in sorted(chosen)]


def _date_score(events: list[Event]) -> float:
    top = sorted((e.salience for e in events), reverse=True)[:3]
    return sum(top)


def _repeats_neighbour(day: str, lead: Event, chosen: dict[str, list[Event]]) -> bool:
    if len(day) != 10:
        return False
    here = date.fromisoformat(day)
    for other, events in chosen.items():
        if len(other) != 10 or abs((date.fromisoformat(other) - here).days) > NEIGHBOUR_DAYS:
            continue
        other_lead = max(events, key=lambda e: e.salience)
        if _overlap(lead.headline, other_lead.headline) >= REPEAT_OVERLAP:
            return True
    return False


def _entry(day: str, events: list[Event], k: int) -> TimelineEntry:
    picked: list[Event] = []
    for event in sorted(events, key=lambda e: -e.salience):
        if len(picked) >= k:
            break
        if any(_overlap(event.headline, p.headline) >= REPEAT_OVERLAP for p in picked):
            continue
        picked.append(event)
    sentences = tuple(
        CitedSentence(event.headline, event.evidence[:MAX_CITATIONS]) for event in picked
    )
    statuses = {e.status for e in picked}
    status = (
        "planned"
        if statuses == {"planned"}
        else ("ongoing" if "ongoing" in statuses and "happened" not in statuses else "happened")
    )
    return TimelineEntry(day, picked[0].granularity, status, tuple(e.id for e in picked), sentences)
