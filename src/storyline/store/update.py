"""Bringing a stored story up to date with new articles.

Only the articles the store has not seen (by their clean text) are read, cleaned and annotated;
the story is then built again over all the documents (merging and composing take a small share
of the time annotation takes), old ids are carried over where the evidence matches, what changed
is worked out, and everything is written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TextIO

from storyline.pipeline import Known, Progress, run
from storyline.records import Document, InputOutcome
from storyline.settings import Settings
from storyline.store.changes import Change, story_changes
from storyline.store.identity import carry_ids
from storyline.store.store import Store


@dataclass(frozen=True, slots=True)
class Update:
    run_id: int
    added: int  # documents
    rejected: int  # inputs
    documents: int  # in the store after the update
    changes: tuple[Change, ...]
    inputs: tuple[InputOutcome, ...]  # of this run: accepted or rejected with the reason


def add_articles(
    store: Store,
    inputs: list[str],
    settings: Settings,
    stdin: TextIO | None = None,
    progress: Progress | None = None,
) -> Update:
    from storyline import __version__

    fingerprints, ids = store.known()
    read: dict[str, Any] = {}

    def read_store() -> list[Document]:
        """What the store holds, read while the new articles are annotated."""
        read["before"] = store.story()
        read["entities"] = store.entity_evidence()
        return store.annotated_documents()

    known = Known(fingerprints, ids, read_store, store.published_dates(), store.pages)
    result = run(inputs, settings, stdin=stdin, progress=progress, known=known)
    assert result.story is not None
    story, linked = result.story, result.documents
    before = read["before"]
    if before is not None:
        story, linked = carry_ids(story, linked, before, read["entities"])
    changes = tuple(story_changes(before, story))
    run_id = store.write_update(
        result.report, __version__, result.added, result.fingerprints, linked, story, changes
    )
    return Update(
        run_id,
        len(result.added),
        result.report.rejected,
        len(linked),
        changes,
        result.report.inputs,
    )
