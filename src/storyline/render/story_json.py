"""storyline.json: the whole result for machines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.records import LAYERS, SCHEMA_VERSION, Document, RunReport
from storyline.records.jsonform import run_report_to_dict, to_dict
from storyline.records.story import Story

# Above this much article text, storyline.json lists documents without their text and layers
# (they are in documents.jsonl), so that the file stays easy to load.
FULL_DOCUMENTS_CHARS = 2_000_000
_HEAVY = ("text", "removed", "headings", *LAYERS)


def story_to_dict(story: Story, documents: Sequence[Document], run: RunReport) -> dict[str, Any]:
    full = sum(len(d.text) for d in documents) <= FULL_DOCUMENTS_CHARS
    docs = []
    for doc in documents:
        data = to_dict(doc)
        if not full:
            for key in _HEAVY:
                data.pop(key, None)
        docs.append(data)
    return {
        "schema_version": SCHEMA_VERSION,
        "documents_complete": full,
        "documents": docs,
        "entities": to_dict(story.entities),
        "events": to_dict(story.events),
        "timeline": to_dict(story.timeline),
        "brief": to_dict(story.brief),
        "quotes_by_speaker": to_dict(story.quotes_by_speaker),
        "sources": to_dict(story.sources),
        "conflicts": to_dict(story.conflicts),
        "run": run_report_to_dict(run),
    }
