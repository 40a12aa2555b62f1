"""A persistent story: SQLite (one file) or PostgreSQL, updated article by article."""

from storyline.store.changes import Change
from storyline.store.db import StoreError
from storyline.store.store import Store, open_store
from storyline.store.update import Update, add_articles

__all__ = ["Change", "Store", "StoreError", "Update", "add_articles", "open_store"]
