"""What each page of the web app shows, as plain JSON-ready dicts: the HTML page renders the
dict, and the page's JSON twin under /api/ is the same dict.

The story itself is read from the store once per run (``Snapshot``) and shared by all requests
until an update lands; article text and evidence context are read per request.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from storyline.api import story_title
from storyline.records import outlet_key
from storyline.records.jsonform import to_dict
from storyline.records.story import Entity, Event, Story
from storyline.settings import load_settings
from storyline.store.store import MARK_END, MARK_START, Store

MAX_EVENTS = 300


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The story as of one run, with lookups the pages need."""

    run_id: int
    title: str
    story: Story
    events: dict[str, Event]
    entities: dict[str, Entity]
    names: dict[str, str]  # entity id -> name
    documents: dict[str, dict[str, Any]]  # id -> title, source, published
    event_sources: dict[str, tuple[str, ...]]  # event id -> outlets of its evidence


class Snapshots:
    """The latest run's snapshot, read again only when a new run has landed. Call ``get``
    inside a read transaction (``store.db.reading()``) and build the page in it too: the page
    is then all of one run, never half of an update."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: Snapshot | None = None

    def get(self, store: Store) -> Snapshot | None:
        latest = store.latest_run()
        if latest == 0:
            return None
        current = self._current
        if current is not None and current.run_id == latest:
            return current
        with self._lock:
            if self._current is None or self._current.run_id != latest:
                self._current = _read_snapshot(store)
            return self._current


def _read_snapshot(store: Store) -> Snapshot:
    """Read inside the caller's read transaction, so it is one run's story."""
    run_id = store.latest_run()
    story = store.story()
    documents = store.document_summaries()
    settings = store.runs()[-1].settings
    assert story is not None
    title = story_title(story, load_settings(None, **settings))
    source_of = {k: outlet_key(v["source"], k) for k, v in documents.items()}
    return Snapshot(
        run_id,
        title,
        story,
        {e.id: e for e in story.events},
        {e.id: e for e in story.entities},
        {e.id: e.name for e in story.entities},
        documents,
        {
            e.id: tuple(sorted({source_of.get(c.document_id, "unknown") for c in e.evidence}))
            for e in story.events
        },
    )


@dataclass(frozen=True, slots=True)
class Filters:
    actor: str | None = None
    type: str | None = None
    status: str | None = None
    source: str | None = None
    start: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None = None
    zoom: str = "day"

    def active(self) -> bool:
        return any((self.actor, self.type, self.status, self.source, self.start, self.end))

    def keeps(self, event: Event, sources: tuple[str, ...]) -> bool:
        if self.actor and self.actor not in (*event.actors, *event.sources, *event.targets):
            return False
        if self.type and event.type != self.type:
            return False
        if self.status and event.status != self.status:
            return False
        if self.source and self.source not in sources:
            return False
        if self.start and event.date[: len(self.start)] < self.start:
            return False
        return not (self.end and event.date[: len(self.end)] > self.end)


def story_view(snap: Snapshot, filters: Filters) -> dict[str, Any]:
    story = snap.story
    names = snap.names

    def kept(ids: tuple[str, ...]) -> list[str]:
        return [
            i
            for i in ids
            if i in snap.events and filters.keeps(snap.events[i], snap.event_sources[i])
        ]

    timeline = []
    for entry in story.timeline:
        events = kept(entry.event_ids)
        if filters.active() and not events:
            continue
        timeline.append({**to_dict(entry), "event_ids": events})
    matching = (
        [_event_line(e, names) for e in story.events if filters.keeps(e, snap.event_sources[e.id])]
        if filters.active()
        else []
    )
    matching.sort(key=lambda e: e["date"])
    return {
        "title": snap.title,
        "run": snap.run_id,
        "brief": to_dict(story.brief),
        "timeline": _zoomed(timeline, filters.zoom),
        "events": matching[:MAX_EVENTS],
        "events_total": len(matching),
        "filters": {
            "applied": {k: v for k, v in to_dict(filters).items() if v and k != "zoom"},
            "zoom": filters.zoom,
            "actors": _top_actors(story),
            "types": sorted({e.type for e in story.events if e.type}),
            "statuses": sorted({e.status for e in story.events}),
            "sources": [s.source for s in story.sources],
        },
        "documents": snap.documents,
        "names": names,
        "conflicts": len(story.conflicts),
    }


def _top_actors(story: Story, limit: int = 40) -> list[dict[str, Any]]:
    counts = Counter(a for e in story.events for a in {*e.actors, *e.sources, *e.targets})
    by_id = {e.id: e for e in story.entities}
    return [
        {"id": i, "name": by_id[i].name, "events": n} for i, n in counts.most_common() if i in by_id
    ][:limit]


def _zoomed(entries: list[dict[str, Any]], zoom: str) -> list[dict[str, Any]]:
    """Timeline entries grouped by year, month or day."""
    width = {"year": 4, "month": 7}.get(zoom, 10)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        groups[entry["date"][:width]].append(entry)
    return [{"period": k, "entries": v} for k, v in groups.items()]


def _event_line(event: Event, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date,
        "granularity": event.granularity,
        "status": event.status,
        "type": event.type,
        "mode": event.mode,
        "headline": event.headline,
        "sources": [{"id": a, "name": names.get(a, a)} for a in event.sources],
        "targets": [{"id": a, "name": names.get(a, a)} for a in event.targets],
        "place": event.place,
        "n_sources": event.n_sources,
        "dated_by_report_only": event.dated_by_report_only,
    }


def event_view(snap: Snapshot, store: Store, event_id: str) -> dict[str, Any] | None:
    event = snap.events.get(event_id)
    if event is None:
        return None
    names = snap.names
    evidence = []
    texts = store.texts({c.document_id for c in (*event.evidence, *event.retold)})
    for citation in (*event.evidence, *event.retold):
        text, starts = texts.get(citation.document_id, ("", []))
        before, after = _context(text, starts, citation.start, citation.end)
        evidence.append(
            {
                **to_dict(citation),
                "before": before,
                "after": after,
                "denies": citation in event.denials,
                "retold": citation in event.retold,
                "document": snap.documents.get(citation.document_id, {}),
            }
        )
    return {
        "title": snap.title,
        "run": snap.run_id,
        "event": {
            **_event_line(event, names),
            "actors": [{"id": a, "name": names.get(a, a)} for a in event.actors],
            "range_end": event.range_end,
            "date_source": event.date_source,
            "what": to_dict(event.what),
            "background_in": list(event.background_in),
            "outlets": list(snap.event_sources[event.id]),
        },
        "evidence": evidence,
        "conflicts": [to_dict(c) for c in snap.story.conflicts if event.id in c.event_ids],
    }


def _context(text: str, starts: list[tuple[int, int]], start: int, end: int) -> tuple[str, str]:
    """The sentence before and the sentence after a cited span."""
    if not text:
        return "", ""
    firsts = [s for s, _e in starts]
    i = bisect_right(firsts, start) - 1
    j = bisect_right(firsts, max(start, end - 1))
    before = text[starts[i - 1][0] : starts[i - 1][1]] if i >= 1 else ""
    after = text[starts[j][0] : starts[j][1]] if j < len(starts) else ""
    return before, after


def actor_view(snap: Snapshot, entity_id: str) -> dict[str, Any] | None:
    entity = snap.entities.get(entity_id)
    if entity is None:
        return None
    names = snap.names
    events = []
    for event in snap.story.events:
        sides = [
            side
            for side, ids in (("source", event.sources), ("target", event.targets),
                              ("actor", event.actors))
            if entity_id in ids
        ]  # fmt: skip
        if sides:
            events.append({**_event_line(event, names), "sides": sides})
    events.sort(key=lambda e: e["date"])
    quotes = [to_dict(q) for q in snap.story.quotes_by_speaker if q.entity_id == entity_id]
    return {
        "title": snap.title,
        "run": snap.run_id,
        "actor": to_dict(entity),
        "acts_for": names.get(entity.acts_for) if entity.acts_for else None,
        "linked": [{"id": i, "name": names.get(i, i)} for i in entity.linked],
        "events": events,
        "quotes": quotes,
        "documents": snap.documents,
    }


def article_view(
    snap: Snapshot, store: Store, document_id: str, cite: int | None = None
) -> dict[str, Any] | None:
    doc = store.document(document_id)
    if doc is None:
        return None
    cited: dict[tuple[int, int], list[str]] = defaultdict(list)
    for event_id, start, end in store.citations_in(document_id):
        if event_id in snap.events:
            cited[(start, end)].append(event_id)
    segments: list[dict[str, Any]] = []
    at = 0
    for (start, end), events in sorted(cited.items()):
        if start < at:
            continue  # overlapping citations: the first one is shown
        if start > at:
            segments.append({"text": doc.text[at:start], "events": []})
        segments.append(
            {"text": doc.text[start:end], "events": events, "start": start, "chosen": start == cite}
        )
        at = end
    if at < len(doc.text):
        segments.append({"text": doc.text[at:], "events": []})
    names = snap.names
    return {
        "title": snap.title,
        "run": snap.run_id,
        "article": {
            "id": doc.id,
            "title": doc.title,
            "source": doc.source,
            "url": doc.url,
            "published": doc.published,
            "published_from": doc.published_from,
            "language": doc.language,
            "notes": list(doc.notes),
        },
        "segments": segments,
        "removed": to_dict(doc.removed),
        "actors": sorted(
            {(m.entity, names[m.entity]) for m in doc.mentions if m.entity in names},
            key=lambda a: a[1],
        ),
    }


def search_view(snap: Snapshot | None, store: Store, query: str) -> dict[str, Any]:
    hits = store.search(query) if query.strip() else []
    return {
        "title": snap.title if snap else "storyline",
        "run": snap.run_id if snap else 0,
        "query": query,
        "hits": [
            {
                "document_id": h.document_id,
                "title": h.title,
                "source": h.source,
                "published": h.published,
                "snippet": _marked(h.snippet),
            }
            for h in hits
        ],
    }


def _marked(snippet: str) -> list[dict[str, Any]]:
    """A snippet as pieces of text, each matched or not (rendered as text, never as markup)."""
    pieces = []
    for n, part in enumerate(snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        if part:
            pieces.append({"text": part, "match": n % 2 == 1})
    return pieces


def changes_view(snap: Snapshot | None, store: Store, since: int = 0) -> dict[str, Any]:
    runs = {r.id: r for r in store.runs()}
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for item in store.changes(since_run=since):
        grouped[item.run_id].append(to_dict(item.change))
    return {
        "title": snap.title if snap else "storyline",
        "run": snap.run_id if snap else 0,
        "since": since,
        "runs": [
            {
                "run": run_id,
                "started": runs[run_id].started,
                "documents": runs[run_id].documents,
                "changes": changes,
            }
            for run_id, changes in sorted(grouped.items(), reverse=True)
        ],
    }
