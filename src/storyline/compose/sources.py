"""Source comparison: what each outlet reports, what only it reports, and where outlets disagree
(the same happening given different dates, or different figures for the same quantity)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from itertools import combinations

from storyline.compose.salience import overlap, tokens
from storyline.records import Document
from storyline.records.story import Citation, Conflict, ConflictSide, Event, SourceSummary

_FIGURE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:more|other|people|persons|were|have been|had been|"
    r"are|was|reportedly)\s+){0,2}"
    r"(killed|dead|died|deaths|injured|wounded|hurt|arrested|detained|missing|displaced|"
    r"evacuated|protesters|demonstrators|casualties|victims|refugees|troops|soldiers)\b",
    re.I,
)
_SAME_QUANTITY = {"dead": "killed", "died": "killed", "deaths": "killed", "casualties": "killed",
                  "victims": "killed", "hurt": "injured", "wounded": "injured",
                  "detained": "arrested", "demonstrators": "protesters",
                  "soldiers": "troops"}  # fmt: skip
DATE_CONFLICT_DAYS = 14
SAME_EVENT = 0.6
MAX_POSTINGS = 60


def summarise_sources(
    documents: Sequence[Document], events: Sequence[Event]
) -> list[SourceSummary]:
    source_of = {d.id: d.source or "unknown" for d in documents}
    docs_by_source: dict[str, list[str]] = defaultdict(list)
    for doc in documents:
        docs_by_source[source_of[doc.id]].append(doc.id)
    events_by_source: dict[str, list[str]] = defaultdict(list)
    for event in events:
        for source in sorted({source_of[c.document_id] for c in event.evidence}):
            events_by_source[source].append(event.id)
    only = {e.id for e in events if e.n_sources == 1}
    return [
        SourceSummary(
            source,
            tuple(docs),
            tuple(events_by_source[source]),
            tuple(e for e in events_by_source[source] if e in only),
        )
        for source, docs in sorted(docs_by_source.items())
    ]


def find_conflicts(documents: Sequence[Document], events: Sequence[Event]) -> list[Conflict]:
    source_of = {d.id: d.source or "unknown" for d in documents}
    return _figure_conflicts(events, source_of) + _date_conflicts(events, source_of)


def _figure_conflicts(events: Sequence[Event], source_of: dict[str, str]) -> list[Conflict]:
    conflicts = []
    for event in events:
        if event.n_sources < 2:
            continue
        figures: dict[str, dict[str, tuple[str, Citation]]] = defaultdict(dict)
        for citation in event.evidence:
            for match in _FIGURE.finditer(citation.text):
                noun = match.group(2).lower()
                quantity = _SAME_QUANTITY.get(noun, noun)
                source = source_of[citation.document_id]
                figures[quantity].setdefault(source, (match.group(1).replace(",", ""), citation))
        for quantity, by_source in figures.items():
            values = {v for v, _c in by_source.values()}
            if len(values) > 1:
                sides = tuple(ConflictSide(s, v, c) for s, (v, c) in sorted(by_source.items()))
                conflicts.append(
                    Conflict(
                        "figure", f"number {quantity}: {event.headline[:80]}", (event.id,), sides
                    )
                )
    return conflicts


def _date_conflicts(events: Sequence[Event], source_of: dict[str, str]) -> list[Conflict]:
    """One happening given two days close together by sources that do not agree: two events
    of the same PLOVER type by the same actor (or, where neither names one, about the same
    entity or place), told as having happened, each dated by its own
    sentences, in similar words, by disjoint sets of sources (a source that tells both days
    tells two happenings, as with a meeting held twice). Candidates share at least three
    content words through an inverted index whose longest lists (words in too many events) are
    skipped, so no all-pairs comparison is made."""
    days = [
        e
        for e in events
        if e.granularity == "day"
        and len(e.date) == 10
        and e.type is not None
        and e.status == "happened"
        and e.date_source == "text"
    ]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(days):
        for word in _key_words(event):
            postings[word].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) > MAX_POSTINGS:
            continue
        for a, b in combinations(members, 2):
            shared[(a, b)] += 1
    conflicts = []
    for (a, b), count in sorted(shared.items()):
        if count < 3:
            continue
        first, second = days[a], days[b]
        gap = abs((date.fromisoformat(first.date) - date.fromisoformat(second.date)).days)
        if first.date == second.date or gap > DATE_CONFLICT_DAYS:
            continue
        if first.type != second.type or not _same_actors(first, second):
            continue
        sources_a = {source_of[c.document_id] for c in first.evidence}
        sources_b = {source_of[c.document_id] for c in second.evidence}
        if sources_a & sources_b:
            continue
        if overlap(first.headline, second.headline) < SAME_EVENT:
            continue
        if first.date > second.date:
            first, second, sources_a, sources_b = second, first, sources_b, sources_a
        sides = (
            ConflictSide(sorted(sources_a)[0], first.date, first.evidence[0]),
            ConflictSide(sorted(sources_b)[0], second.date, second.evidence[0]),
        )
        conflicts.append(Conflict("date", first.headline[:100], (first.id, second.id), sides))
    return conflicts


def _same_actors(first: Event, second: Event) -> bool:
    """Whether two events have the same actor: a source in common, or, where neither names
    who acted, an entity or the place in common."""
    if first.sources or second.sources:
        return bool(set(first.sources) & set(second.sources))
    places = {first.place} & {second.place} - {None}
    return bool(set(first.actors) & set(second.actors) or places)


_DATE_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "month",
        "year",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def _key_words(event: Event) -> set[str]:
    return {w for w in tokens(event.headline) if len(w) > 3 and w not in _DATE_WORDS}
