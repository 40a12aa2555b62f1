"""The merge stage: annotated documents -> the story graph (entities and events).

It needs every document at once. Entities first: the names of all articles are grouped into
entities, the names the model missed are found again and counted, and every mention is linked
to the entity it names. Then events: each document's happenings (map), blocked by their date
and clustered within a block (reduce).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.merge.entities import EntityIndex, merge_entities, with_name_repeats
from storyline.merge.events import EventMention, cluster_events, extract_mentions
from storyline.merge.years import settle_years
from storyline.records import Document
from storyline.records.story import Event


@dataclass(frozen=True, slots=True)
class Merged:
    """What the merge stage gives the compose stage."""

    index: EntityIndex
    events: tuple[Event, ...]  # in no particular order: compose ranks them
    # The documents with the names the model missed added and every mention linked.
    documents: tuple[Document, ...]


def merge_documents(documents: Sequence[Document]) -> Merged:
    documents = settle_years(documents)
    index = merge_entities(documents)
    repeated = with_name_repeats(documents, index)
    if any(a is not b for a, b in zip(repeated, documents, strict=True)):
        index = merge_entities(repeated)  # the found names count for their entities
    mentions = [m for doc in repeated for m in extract_mentions(doc, index)]
    index = _governments_said(index, mentions)
    published = {d.id: d.published for d in repeated}
    events = cluster_events(mentions, index, published)
    return Merged(index, tuple(events), link_mentions(repeated, index))


def _governments_said(index: EntityIndex, mentions: Sequence[EventMention]) -> EntityIndex:
    """The capitals the story has act for their country, with how many sentences say so."""
    acting = Counter(
        capital
        for sentence in {(m.document_id, m.start): m for m in mentions}.values()
        if sentence.coding is not None
        for capital in sentence.coding.stood_for
    )
    if not acting:
        return index
    governments = index.governments
    entities = tuple(
        replace(e, acts_for=governments[e.id], acting=acting[e.id]) if e.id in acting else e
        for e in index.entities
    )
    return replace(index, entities=entities)


def link_mentions(documents: Sequence[Document], index: EntityIndex) -> tuple[Document, ...]:
    return tuple(
        replace(
            doc,
            mentions=tuple(
                replace(m, entity=index.entity_at(doc.id, m.start)) for m in doc.mentions
            ),
        )
        for doc in documents
    )
