"""The brief: about ``summary_words`` words from the most salient events, in date order, each
sentence with the citations it stands on, none repeating another."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.compose.salience import overlap as _overlap
from storyline.merge.periods import period
from storyline.records.story import CitedSentence, Event

REDUNDANT = 0.5
MAX_CITATIONS = 3


def write_brief(events: Sequence[Event], summary_words: int = 150) -> list[CitedSentence]:
    chosen: list[Event] = []
    words = 0
    # Day-dated events first: they are the story's happenings; coarser ones fill in.
    for event in sorted(events, key=lambda e: (e.granularity != "day", -e.salience)):
        if words >= summary_words:
            break
        length = len(event.headline.split())
        if length < 5 or words + length > summary_words * 1.2:
            continue
        if any(_overlap(event.headline, c.headline) >= REDUNDANT for c in chosen):
            continue
        chosen.append(event)
        words += length
    chosen.sort(key=lambda e: (_start(e), -e.salience))
    return [CitedSentence(e.headline, e.evidence[:MAX_CITATIONS]) for e in chosen]


def _start(event: Event) -> str:
    span = period(event.date)
    return span[0].isoformat() if span else event.date
