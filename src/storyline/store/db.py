"""One connection to a store's database, SQLite or PostgreSQL, behind the same few calls.

Statements are written once with ``?`` placeholders; for PostgreSQL they become ``%s``. Values
always travel as parameters, never inside the SQL text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError


class StoreError(StorylineError):
    """The store cannot be opened or used; the message says what to do."""


class Database:
    def __init__(self, location: str, create: bool = True) -> None:
        self.location = location
        self.label = _redacted(location)  # for messages: without a password
        self.dialect = "postgresql" if _is_postgres(location) else "sqlite"
        self._conn: Any = (
            _connect_postgres(location)
            if self.dialect == "postgresql"
            else (_connect_sqlite(location, create))
        )

    def close(self) -> None:
        self._conn.close()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            self._conn.cursor().executemany(self._sql(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._conn.execute(self._sql(sql), tuple(params)).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def has_table(self, name: str) -> bool:
        if self.dialect == "sqlite":
            sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        else:
            sql = "SELECT 1 FROM information_schema.tables WHERE table_name = ?"
        return self.one(sql, (name,)) is not None

    def tables(self) -> list[str]:
        if self.dialect == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
        else:
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        return [r[0] for r in self.query(sql)]

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction that holds the store's write lock: readers see the story before it
        or after it, never half of it, and two writers wait for each other."""
        if self.dialect == "sqlite":
            self._conn.execute("BEGIN IMMEDIATE")
        else:
            self._conn.execute("BEGIN")
            self._conn.execute("SELECT pg_advisory_xact_lock(7368756)")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One consistent snapshot for several queries."""
        self._conn.execute("BEGIN")
        if self.dialect == "postgresql":
            self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        try:
            yield
        finally:
            self._conn.execute("ROLLBACK")


def _is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def _connect_sqlite(location: str, create: bool) -> sqlite3.Connection:
    path = Path(location)
    if not create and not path.exists():
        raise StoreError(
            f"no store at {location}: create one with `storyline add ARTICLES --store {location}`"
        )
    if path.is_dir():
        raise StoreError(
            f"{location} is a folder; a SQLite store is one file (for example story.db)"
        )
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=60)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{location} is not a SQLite database ({exc}); "
            "give a new file name or a storyline store"
        ) from exc
    return conn


def _connect_postgres(location: str) -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError(
            "a PostgreSQL store needs psycopg: pip install 'storyline[postgres]'"
        ) from exc
    try:
        return psycopg.connect(location, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {_redacted(location)}: {exc}".strip()) from exc


def _redacted(location: str) -> str:
    """The URL without its password."""
    head, sep, tail = location.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return location
    scheme, _, user = head.partition("//")
    return f"{scheme}//{user.split(':', 1)[0]}:***@{tail}"
