"""A story kept in a database: the documents with what was removed from them, their
annotations, the story built across them (entities, events and their evidence, timeline, brief,
conflicts) and a log of runs with what each changed. Reading and writing records; the update
itself is in ``update.py``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from storyline.clean.repeats import SITE_REASON, Page
from storyline.records import SCHEMA_VERSION as RECORDS_VERSION
from storyline.records import Document, InputOutcome, Mention, RunReport
from storyline.records.jsonform import from_json, to_dict
from storyline.records.story import (
    CitedSentence,
    Conflict,
    Entity,
    Event,
    SourceSummary,
    SpeakerQuotes,
    Story,
    TimelineEntry,
)
from storyline.store.changes import Change, conflict_key
from storyline.store.db import Database, StoreError
from storyline.store.identity import Key
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION, create_statements


@dataclass(frozen=True, slots=True)
class Run:
    id: int
    started: str
    seconds: float
    storyline_version: str
    settings: dict[str, Any]
    accepted: int
    rejected: int
    documents: int


@dataclass(frozen=True, slots=True)
class StoredChange:
    run_id: int
    started: str
    change: Change


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: str
    title: str | None
    source: str | None
    published: str | None
    snippet: str  # article text with the matched words between MARK_START and MARK_END


MARK_START, MARK_END = "\ue000", "\ue001"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """An open store. ``open_store`` opens one (creating or migrating it as needed)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def runs(self) -> list[Run]:
        rows = self.db.query(
            "SELECT id, started, seconds, storyline_version, settings, accepted, rejected, "
            "documents FROM runs ORDER BY id"
        )
        return [Run(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7]) for r in rows]

    def latest_run(self) -> int:
        """The id of the latest run (0 for a store with none)."""
        row = self.db.one("SELECT COALESCE(MAX(id), 0) FROM runs")
        return int(row[0]) if row else 0

    def document_summaries(self) -> dict[str, dict[str, Any]]:
        """Each document's title, outlet and date, in the order added."""
        rows = self.db.query("SELECT id, title, source, published FROM documents ORDER BY ordinal")
        return {r[0]: {"title": r[1], "source": r[2], "published": r[3]} for r in rows}

    def texts(self, document_ids: set[str]) -> dict[str, tuple[str, list[tuple[int, int]]]]:
        """The clean text of each document and its sentences' offsets."""
        found: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        for doc_id in sorted(document_ids):
            row = self.db.one("SELECT text FROM documents WHERE id = ?", (doc_id,))
            if row is None:
                continue
            spans = self.db.query(
                "SELECT start_char, end_char FROM sentences WHERE document_id = ? ORDER BY ordinal",
                (doc_id,),
            )
            found[doc_id] = (row[0], [(a, b) for a, b in spans])
        return found

    def citations_in(self, document_id: str) -> list[tuple[str, int, int]]:
        """The events citing a document: (event id, start, end) of each cited span."""
        rows = self.db.query(
            "SELECT event_id, start_char, end_char FROM evidence WHERE document_id = ? "
            "ORDER BY start_char, event_id",
            (document_id,),
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def annotated_documents(self) -> list[Document]:
        """Every document as annotated, before the story links its mentions, in the order added."""
        rows = self.db.query("SELECT annotation FROM documents ORDER BY ordinal")
        return [from_json(Document, json.loads(r[0])) for r in rows]

    def known(self) -> tuple[dict[str, str], set[str]]:
        """The stored documents' text fingerprints (with the input each came from) and ids."""
        rows = self.db.query("SELECT fingerprint, source_path, id FROM documents")
        return {r[0]: r[1] for r in rows}, {r[2] for r in rows}

    def published_dates(self) -> tuple[str, ...]:
        """The stored documents' publication dates, where known."""
        rows = self.db.query("SELECT published FROM documents WHERE published IS NOT NULL")
        return tuple(r[0] for r in rows)

    def pages(self) -> list[Page]:
        """Each stored document's outlet, day and lines, with those taken out as its site's
        (for the lines a site prints on many pages)."""
        site: dict[str, list[str]] = {}
        for doc_id, text in self.db.query(
            "SELECT document_id, text FROM removed WHERE reason LIKE ?", (SITE_REASON + "%",)
        ):
            site.setdefault(doc_id, []).append(text)
        rows = self.db.query("SELECT id, source, published, text FROM documents ORDER BY ordinal")
        return [(r[1], r[2], [*r[3].split("\n"), *site.get(r[0], [])]) for r in rows]

    def documents(self) -> tuple[Document, ...]:
        """Every document with its mentions linked to the story's entities, in the order added."""
        annotated = self.annotated_documents()
        mentions: dict[str, list[Mention]] = {}
        for doc_id, start, end, text, label, entity in self.db.query(
            "SELECT document_id, start_char, end_char, text, label, entity_id FROM mentions "
            "ORDER BY document_id, ordinal"
        ):
            mentions.setdefault(doc_id, []).append(Mention(start, end, text, label, entity))
        return tuple(replace(d, mentions=tuple(mentions.get(d.id, ()))) for d in annotated)

    def document(self, document_id: str) -> Document | None:
        row = self.db.one("SELECT annotation FROM documents WHERE id = ?", (document_id,))
        if row is None:
            return None
        doc = from_json(Document, json.loads(row[0]))
        mentions = [
            Mention(*r)
            for r in self.db.query(
                "SELECT start_char, end_char, text, label, entity_id FROM mentions "
                "WHERE document_id = ? ORDER BY ordinal",
                (document_id,),
            )
        ]
        return replace(doc, mentions=tuple(mentions))

    def story(self) -> Story | None:
        if self.latest_run() == 0:
            return None

        def records(cls: type, sql: str) -> tuple[Any, ...]:
            return tuple(from_json(cls, json.loads(r[0])) for r in self.db.query(sql))

        return Story(
            entities=records(Entity, "SELECT record FROM entities ORDER BY ordinal"),
            events=records(Event, "SELECT record FROM events ORDER BY ordinal"),
            timeline=records(TimelineEntry, "SELECT record FROM timeline ORDER BY ordinal"),
            brief=records(CitedSentence, "SELECT record FROM brief ORDER BY ordinal"),
            quotes_by_speaker=records(
                SpeakerQuotes, "SELECT record FROM speakers ORDER BY ordinal"
            ),
            sources=records(SourceSummary, "SELECT record FROM outlets ORDER BY ordinal"),
            conflicts=records(Conflict, "SELECT record FROM conflicts ORDER BY ordinal"),
        )

    def entity_evidence(self) -> dict[str, set[Key]]:
        found: dict[str, set[Key]] = {}
        for entity, doc_id, start in self.db.query(
            "SELECT entity_id, document_id, start_char FROM mentions WHERE entity_id IS NOT NULL"
        ):
            found.setdefault(entity, set()).add((doc_id, start))
        return found

    def run_report(self) -> RunReport | None:
        """The report ``build`` would write for these articles: every input of every run, the
        latest run's settings and time."""
        runs = self.runs()
        if not runs:
            return None
        inputs = tuple(
            InputOutcome(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4])
            for r in self.db.query(
                "SELECT input, status, reason, document_ids, language FROM inputs "
                "ORDER BY run_id, ordinal"
            )
        )
        last = runs[-1]
        return RunReport(RECORDS_VERSION, last.started, last.seconds, last.settings, inputs)

    def changes(self, since_run: int = 0, since_time: str | None = None) -> list[StoredChange]:
        """What each run after ``since_run`` (or started on or after ``since_time``) changed."""
        rows = self.db.query(
            "SELECT c.run_id, r.started, c.kind, c.item, c.item_id, c.summary, c.before_value, "
            "c.after_value FROM changes c JOIN runs r ON r.id = c.run_id "
            "WHERE c.run_id > ? AND r.started >= ? ORDER BY c.run_id, c.ordinal",
            (since_run, since_time or ""),
        )
        return [StoredChange(r[0], r[1], Change(*r[2:])) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles matching all the words of ``query`` (full-text search), best first."""
        words = [w for w in query.split() if w.strip('"')]
        if not words:
            return []
        if self.db.dialect == "sqlite":
            # Each word quoted as an FTS5 string: the user's text is never FTS syntax.
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            rows = self.db.query(
                "SELECT f.document_id, d.title, d.source, d.published, "
                "snippet(documents_fts, 2, ?, ?, '...', 24) FROM documents_fts f "
                "JOIN documents d ON d.id = f.document_id WHERE documents_fts MATCH ? "
                "ORDER BY rank LIMIT ?",
                (MARK_START, MARK_END, match, limit),
            )
        else:
            rows = self.db.query(
                "SELECT id, title, source, published, ts_headline('english', text, q, ?) "
                "FROM documents, plainto_tsquery('english', ?) q "
                "WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) @@ q "
                "ORDER BY ts_rank(to_tsvector('english', coalesce(title, '') || ' ' || text), q) "
                "DESC LIMIT ?",
                (
                    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12",
                    " ".join(words),
                    limit,
                ),
            )
        return [SearchHit(*r) for r in rows]

    # -- writing -------------------------------------------------------------------------

    def write_update(
        self,
        report: RunReport,
        version: str,
        new_documents: Sequence[Document],
        fingerprints: Sequence[str],
        linked: Sequence[Document],
        story: Story,
        changes: Sequence[Change],
    ) -> int:
        """One update in one transaction: the run, the new documents, the whole story again."""
        db = self.db
        with db.writing():
            run_id = (db.one("SELECT COALESCE(MAX(id), 0) FROM runs") or (0,))[0] + 1
            db.execute(
                "INSERT INTO runs (id, started, seconds, storyline_version, settings, accepted, "
                "rejected, documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (run_id, report.started, report.seconds, version, _dumps(report.settings),
                 report.accepted, report.rejected, len(new_documents)),
            )  # fmt: skip
            db.executemany(
                "INSERT INTO inputs (run_id, ordinal, input, status, reason, document_ids, "
                "language) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (run_id, i, o.input, o.status, o.reason, _dumps(list(o.document_ids)),
                     o.language)
                    for i, o in enumerate(report.inputs)
                ),
            )  # fmt: skip
            self._write_documents(run_id, new_documents, fingerprints)
            self._write_story(story, linked)
            db.executemany(
                "INSERT INTO changes (run_id, ordinal, kind, item, item_id, summary, "
                "before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (run_id, i, c.kind, c.item, c.item_id, c.summary, c.before, c.after)
                    for i, c in enumerate(changes)
                ),
            )
        return run_id

    def _write_documents(
        self, run_id: int, documents: Sequence[Document], fingerprints: Sequence[str]
    ) -> None:
        db = self.db
        first = (db.one("SELECT COALESCE(MAX(ordinal), -1) FROM documents") or (-1,))[0] + 1
        db.executemany(
            "INSERT INTO documents (id, ordinal, run_id, fingerprint, source_path, source, "
            "title, url, published, published_from, language, text, annotation) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (d.id, first + i, run_id, f, d.source_path, d.source, d.title, d.url,
                 d.published, d.published_from, d.language, d.text, _dumps(to_dict(d)))
                for i, (d, f) in enumerate(zip(documents, fingerprints, strict=True))
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO removed (document_id, ordinal, text, reason) VALUES (?, ?, ?, ?)",
            ((d.id, i, r.text, r.reason) for d in documents for i, r in enumerate(d.removed)),
        )
        db.executemany(
            "INSERT INTO sentences (document_id, ordinal, start_char, end_char) "
            "VALUES (?, ?, ?, ?)",
            ((d.id, i, s.start, s.end) for d in documents for i, s in enumerate(d.sentences)),
        )
        db.executemany(
            "INSERT INTO timexes (document_id, ordinal, start_char, end_char, text, value, "
            "granularity, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (d.id, i, t.start, t.end, t.text, t.value, t.granularity, t.type)
                for d in documents
                for i, t in enumerate(d.timexes)
            ),
        )
        if db.dialect == "sqlite":
            db.executemany(
                "INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)",
                ((d.id, d.title or "", d.text) for d in documents),
            )

    def _write_story(self, story: Story, linked: Sequence[Document]) -> None:
        db = self.db
        for table in _STORY_DELETES:
            db.execute(table)
        db.executemany(
            "INSERT INTO entities (id, ordinal, name, label, kind, mention_count, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (e.id, i, e.name, e.label, e.kind, e.mention_count, _dumps(to_dict(e)))
                for i, e in enumerate(story.entities)
            ),
        )
        entity_ids = {e.id for e in story.entities}
        db.executemany(
            "INSERT INTO mentions (document_id, ordinal, start_char, end_char, text, label, "
            "entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (d.id, i, m.start, m.end, m.text, m.label,
                 m.entity if m.entity in entity_ids else None)
                for d in linked
                for i, m in enumerate(d.mentions)
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO events (id, ordinal, date, granularity, status, type, mode, headline, "
            "place, n_sources, salience, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (e.id, i, e.date, e.granularity, e.status, e.type, e.mode, e.headline, e.place,
                 e.n_sources, e.salience, _dumps(to_dict(e)))
                for i, e in enumerate(story.events)
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO evidence (event_id, ordinal, document_id, start_char, end_char, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                (e.id, i, c.document_id, c.start, c.end, c.text)
                for e in story.events
                for i, c in enumerate(e.evidence)
            ),
        )
        db.executemany(
            "INSERT INTO event_actors (event_id, entity_id, side) VALUES (?, ?, ?)",
            sorted(
                {
                    (e.id, a, side)
                    for e in story.events
                    for side, ids in (("source", e.sources), ("target", e.targets),
                                      ("actor", e.actors))
                    for a in ids
                    if a in entity_ids
                }
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO timeline (ordinal, date, granularity, status, record) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                (i, t.date, t.granularity, t.status, _dumps(to_dict(t)))
                for i, t in enumerate(story.timeline)
            ),
        )
        event_ids = {e.id for e in story.events}
        db.executemany(
            "INSERT INTO timeline_events (timeline_ordinal, event_id) VALUES (?, ?)",
            sorted(
                {
                    (i, e)
                    for i, t in enumerate(story.timeline)
                    for e in t.event_ids
                    if e in event_ids
                }
            ),
        )
        db.executemany(
            "INSERT INTO brief (ordinal, text, record) VALUES (?, ?, ?)",
            ((i, b.text, _dumps(to_dict(b))) for i, b in enumerate(story.brief)),
        )
        db.executemany(
            "INSERT INTO conflicts (ordinal, key, kind, topic, record) VALUES (?, ?, ?, ?, ?)",
            (
                (i, conflict_key(c), c.kind, c.topic, _dumps(to_dict(c)))
                for i, c in enumerate(story.conflicts)
            ),
        )
        db.executemany(
            "INSERT INTO speakers (ordinal, entity_id, speaker, record) VALUES (?, ?, ?, ?)",
            (
                (i, q.entity_id if q.entity_id in entity_ids else None, q.speaker,
                 _dumps(to_dict(q)))
                for i, q in enumerate(story.quotes_by_speaker)
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO outlets (ordinal, source, record) VALUES (?, ?, ?)",
            ((i, s.source, _dumps(to_dict(s))) for i, s in enumerate(story.sources)),
        )


# The story's rows, emptied before each update writes the story again (children first).
_STORY_DELETES = (
    "DELETE FROM timeline_events",
    "DELETE FROM timeline",
    "DELETE FROM event_actors",
    "DELETE FROM evidence",
    "DELETE FROM events",
    "DELETE FROM mentions",
    "DELETE FROM speakers",
    "DELETE FROM entities",
    "DELETE FROM brief",
    "DELETE FROM conflicts",
    "DELETE FROM outlets",
)


def open_store(location: str, create: bool = False) -> Store:
    """Open the store at ``location`` (a file path for SQLite, a postgresql:// URL), creating
    it when ``create`` and migrating an older one forward. A database that is not a storyline
    store, or one written by a newer storyline, is refused with a message."""
    db = Database(location, create=create)
    try:
        _prepare(db, create)
    except BaseException:
        db.close()
        raise
    return Store(db)


def _prepare(db: Database, create: bool) -> None:
    if not db.has_table("store_meta"):
        if db.tables():
            raise StoreError(
                f"{db.label} holds a database that is not a storyline store; "
                "give a new file name or an empty database"
            )
        if not create:
            raise StoreError(f"{db.label} is empty: add articles with `storyline add`")
        with db.writing():
            for statement in create_statements(db.dialect):
                db.execute(statement)
            db.executemany(
                "INSERT INTO store_meta (key, value) VALUES (?, ?)",
                [("schema_version", str(SCHEMA_VERSION)),
                 ("created", datetime.now(UTC).isoformat(timespec="seconds"))],
            )  # fmt: skip
        return
    row = db.one("SELECT value FROM store_meta WHERE key = 'schema_version'")
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{db.label} was written by a newer storyline (store schema {version}; this "
            f"storyline reads up to {SCHEMA_VERSION}): upgrade storyline to open it"
        )
    if version < 1:
        raise StoreError(f"{db.label} has no store schema version; it cannot be read safely")
    while version < SCHEMA_VERSION:
        with db.writing():
            for statement in MIGRATIONS[version]:
                db.execute(statement)
            version += 1
            db.execute(
                "UPDATE store_meta SET value = ? WHERE key = 'schema_version'", (str(version),)
            )
