"""The store's tables, one per record type (docs/store.md describes each). Offsets are
character offsets into ``documents.text`` (``start_char`` inclusive, ``end_char`` exclusive).

SCHEMA_VERSION counts changes to these tables; MIGRATIONS[n] brings a store at version n to
n + 1, and a store is migrated forward when it is opened. The SQL here is constant: values
always travel as parameters.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

# Written for both SQLite and PostgreSQL; {real} is the one type they spell differently.
TABLES = """
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, seconds {real} NOT NULL,
    storyline_version TEXT NOT NULL, settings TEXT NOT NULL,
    accepted INTEGER NOT NULL, rejected INTEGER NOT NULL, documents INTEGER NOT NULL);
CREATE TABLE inputs (
    run_id INTEGER NOT NULL REFERENCES runs(id), ordinal INTEGER NOT NULL,
    input TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, document_ids TEXT NOT NULL,
    language TEXT, PRIMARY KEY (run_id, ordinal));
CREATE TABLE documents (
    id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL UNIQUE,
    run_id INTEGER NOT NULL REFERENCES runs(id), fingerprint TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL, source TEXT, title TEXT, url TEXT, published TEXT,
    published_from TEXT, language TEXT, text TEXT NOT NULL, annotation TEXT NOT NULL);
CREATE TABLE removed (
    document_id TEXT NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL,
    text TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (document_id, ordinal));
CREATE TABLE sentences (
    document_id TEXT NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, PRIMARY KEY (document_id, ordinal));
CREATE TABLE timexes (
    document_id TEXT NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
    granularity TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (document_id, ordinal));
CREATE TABLE entities (
    id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL,
    kind TEXT NOT NULL, mention_count INTEGER NOT NULL, record TEXT NOT NULL);
CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
    label TEXT NOT NULL, entity_id TEXT REFERENCES entities(id),
    PRIMARY KEY (document_id, ordinal));
CREATE TABLE events (
    id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, date TEXT NOT NULL,
    granularity TEXT NOT NULL, status TEXT NOT NULL, type TEXT, mode TEXT,
    headline TEXT NOT NULL, place TEXT, n_sources INTEGER NOT NULL, salience {real} NOT NULL,
    record TEXT NOT NULL);
CREATE TABLE evidence (
    event_id TEXT NOT NULL REFERENCES events(id), ordinal INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id), start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (event_id, ordinal));
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id), entity_id TEXT NOT NULL REFERENCES entities(id),
    side TEXT NOT NULL, PRIMARY KEY (event_id, entity_id, side));
CREATE TABLE timeline (
    ordinal INTEGER PRIMARY KEY, date TEXT NOT NULL, granularity TEXT NOT NULL,
    status TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE timeline_events (
    timeline_ordinal INTEGER NOT NULL REFERENCES timeline(ordinal),
    event_id TEXT NOT NULL REFERENCES events(id), PRIMARY KEY (timeline_ordinal, event_id));
CREATE TABLE brief (ordinal INTEGER PRIMARY KEY, text TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE conflicts (
    ordinal INTEGER PRIMARY KEY, key TEXT NOT NULL, kind TEXT NOT NULL, topic TEXT NOT NULL,
    record TEXT NOT NULL);
CREATE TABLE speakers (
    ordinal INTEGER PRIMARY KEY, entity_id TEXT REFERENCES entities(id), speaker TEXT NOT NULL,
    record TEXT NOT NULL);
CREATE TABLE outlets (ordinal INTEGER PRIMARY KEY, source TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE changes (
    run_id INTEGER NOT NULL REFERENCES runs(id), ordinal INTEGER NOT NULL, kind TEXT NOT NULL,
    item TEXT NOT NULL, item_id TEXT NOT NULL, summary TEXT NOT NULL, before_value TEXT,
    after_value TEXT, PRIMARY KEY (run_id, ordinal));
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX evidence_document ON evidence(document_id);
CREATE INDEX event_actors_entity ON event_actors(entity_id);
CREATE INDEX events_date ON events(date);
"""

# Full-text search over the articles' titles and text.
SEARCH = {
    "sqlite": "CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text)",
    "postgresql": (
        "CREATE INDEX documents_search ON documents USING GIN "
        "(to_tsvector('english', coalesce(title, '') || ' ' || text))"
    ),
}


MIGRATIONS: dict[int, tuple[str, ...]] = {}


def create_statements(dialect: str) -> list[str]:
    real = "REAL" if dialect == "sqlite" else "DOUBLE PRECISION"
    statements = [s.strip() for s in TABLES.format(real=real).split(";") if s.strip()]
    return [*statements, SEARCH[dialect]]
