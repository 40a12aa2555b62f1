"""The story's identity across updates: an entity or event whose evidence is still there keeps
the id it had, so links and notes that point at it stay valid.

Ids computed from a story alone change when it grows (an event's id hashes all its evidence, an
entity's its longest name). After an update, each new entity and event is matched with the old
one it shares the most evidence with (mentions for entities, cited sentences for events), one to
one, greedily from the largest overlap; a matched item takes the old id, the others keep theirs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from storyline.records import Document
from storyline.records.story import Story

Key = tuple[str, int]


def entity_evidence(documents: Iterable[Document]) -> dict[str, set[Key]]:
    """Each entity's mentions, as (document, start)."""
    found: dict[str, set[Key]] = defaultdict(set)
    for doc in documents:
        for mention in doc.mentions:
            if mention.entity:
                found[mention.entity].add((doc.id, mention.start))
    return found


def event_evidence(story: Story) -> dict[str, set[Key]]:
    """Each event's cited sentences, as (document, start)."""
    return {e.id: {(c.document_id, c.start) for c in e.evidence} for e in story.events}


def match(
    old: Mapping[str, set[Key]],
    new: Mapping[str, set[Key]],
    likeness: Callable[[str, str], int] | None = None,
) -> dict[str, str]:
    """New id -> old id for the items that share evidence, one to one, largest overlap first;
    among equal overlaps (one sentence can tell two events), the pair ``likeness`` (new id, old
    id) scores higher first, then by id, so the result does not depend on order."""
    owners: dict[Key, list[str]] = defaultdict(list)
    for old_id, keys in old.items():
        for key in keys:
            owners[key].append(old_id)
    pairs: list[tuple[int, int, str, str]] = []
    for new_id, keys in new.items():
        shared = Counter(o for key in keys for o in owners.get(key, ()))
        pairs.extend(
            (-n, -(likeness(new_id, old_id) if likeness else 0), new_id, old_id)
            for old_id, n in shared.items()
        )
    matched: dict[str, str] = {}
    taken: set[str] = set()
    for _n, _like, new_id, old_id in sorted(pairs):
        if new_id not in matched and old_id not in taken:
            matched[new_id] = old_id
            taken.add(old_id)
    return matched


def final_ids(computed: Sequence[str], matched: Mapping[str, str]) -> dict[str, str]:
    """Computed id -> the id the item keeps: the matched old id, else its own (made unique
    should an unmatched item's own id be one an old item keeps)."""
    kept = set(matched.values())
    ids: dict[str, str] = {}
    for item in computed:
        if item in matched:
            ids[item] = matched[item]
            continue
        own, n = item, 1
        while own in kept:
            n += 1
            own = f"{item}-{n}"
        ids[item] = own
        kept.add(own)
    return ids


def carry_ids(
    story: Story,
    documents: Sequence[Document],
    before: Story,
    old_entities: Mapping[str, set[Key]],
) -> tuple[Story, tuple[Document, ...]]:
    """The story and its linked documents with the ids of the story ``before`` kept where the
    evidence matches (``old_entities``: the mentions of each entity before)."""
    entities = final_ids(
        [e.id for e in story.entities], match(old_entities, entity_evidence(documents))
    )
    old = {e.id: e for e in before.events}
    new = {e.id: e for e in story.events}

    def likeness(new_id: str, old_id: str) -> int:
        a, b = new[new_id], old[old_id]
        return 4 * (a.headline == b.headline) + 2 * (a.type == b.type) + (a.date == b.date)

    events = final_ids(list(new), match(event_evidence(before), event_evidence(story), likeness))
    return rename(story, entities, events), rename_mentions(documents, entities)


def rename(story: Story, entities: Mapping[str, str], events: Mapping[str, str]) -> Story:
    """Every entity and event id in the story, mapped (ids not in a map stay as they are)."""

    def ent(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(entities.get(i, i) for i in ids)

    def evt(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(events.get(i, i) for i in ids)

    return replace(
        story,
        entities=tuple(
            replace(
                e,
                id=entities.get(e.id, e.id),
                linked=ent(e.linked),
                acts_for=entities.get(e.acts_for, e.acts_for) if e.acts_for else None,
            )
            for e in story.entities
        ),
        events=tuple(
            replace(
                e,
                id=events.get(e.id, e.id),
                actors=ent(e.actors),
                sources=ent(e.sources),
                targets=ent(e.targets),
            )
            for e in story.events
        ),
        timeline=tuple(replace(t, event_ids=evt(t.event_ids)) for t in story.timeline),
        quotes_by_speaker=tuple(
            replace(q, entity_id=entities.get(q.entity_id, q.entity_id) if q.entity_id else None)
            for q in story.quotes_by_speaker
        ),
        sources=tuple(
            replace(s, events=evt(s.events), only_events=evt(s.only_events)) for s in story.sources
        ),
        conflicts=tuple(replace(c, event_ids=evt(c.event_ids)) for c in story.conflicts),
    )


def rename_mentions(
    documents: Sequence[Document], entities: Mapping[str, str]
) -> tuple[Document, ...]:
    """The documents with their mentions' entity ids mapped (only those that change)."""
    changed = {old: new for old, new in entities.items() if old != new}
    return tuple(
        replace(
            doc,
            mentions=tuple(
                replace(m, entity=changed[m.entity]) if m.entity in changed else m
                for m in doc.mentions
            ),
        )
        if any(m.entity in changed for m in doc.mentions)
        else doc
        for doc in documents
    )


def canonical(story: Story, documents: Sequence[Document]) -> tuple[Any, Any]:
    """The story and documents in JSON form with every id replaced by the first evidence of what
    it names, and documents in id order without the path each was read from: two builds of the
    same story compare equal whatever ids and input order they had."""
    from storyline.records.jsonform import to_dict

    events = {
        e.id: "E" + min(f"{c.document_id}:{c.start}" for c in e.evidence) for e in story.events
    }
    entities = {
        k: "N" + min(f"{d}:{s}" for d, s in v) for k, v in entity_evidence(documents).items()
    }
    docs = sorted(to_dict(rename_mentions(documents, entities)), key=lambda d: d["id"])
    for doc in docs:
        doc.pop("source_path")
    return to_dict(rename(story, entities, events)), docs
