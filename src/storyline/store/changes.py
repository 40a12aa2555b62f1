"""What an update changed in the story: new events and actors, planned events now told as
having happened (and other status changes), dates revised, events that gained sources, and new
conflicts. Computed by comparing the story before and after, once old ids are carried over."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.records.story import Conflict, Story


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # one of KINDS
    item: str  # "event", "entity" or "conflict"
    item_id: str
    summary: str  # the event's headline, the actor's name, the conflict's topic
    before: str | None = None
    after: str | None = None


KINDS = (
    "new event",
    "happened",  # was planned, now told as having happened
    "status revised",
    "date revised",
    "more sources",
    "new conflict",
    "new actor",
)


def story_changes(before: Story | None, after: Story) -> list[Change]:
    """Every change from ``before`` (None for a new story: everything is new) to ``after``."""
    old_events = {e.id: e for e in before.events} if before else {}
    old_entities = {e.id for e in before.entities} if before else set()
    old_conflicts = {conflict_key(c) for c in before.conflicts} if before else set()
    changes = []
    for event in after.events:
        if event.dated_by_report_only:
            continue  # for the record: no news of the story's (see Event.dated_by_report_only)
        old = old_events.get(event.id)
        if old is None:
            changes.append(Change("new event", "event", event.id, event.headline, None, event.date))
            continue
        if old.status != event.status:
            kind = (
                "happened"
                if old.status == "planned" and event.status == "happened"
                else "status revised"
            )
            changes.append(
                Change(kind, "event", event.id, event.headline, old.status, event.status)
            )
        if old.date != event.date:
            changes.append(
                Change("date revised", "event", event.id, event.headline, old.date, event.date)
            )
        if event.n_sources > old.n_sources:
            changes.append(
                Change(
                    "more sources",
                    "event",
                    event.id,
                    event.headline,
                    str(old.n_sources),
                    str(event.n_sources),
                )
            )
    for entity in after.entities:
        if entity.id not in old_entities:
            changes.append(Change("new actor", "entity", entity.id, entity.name, None, entity.kind))
    for conflict in after.conflicts:
        key = conflict_key(conflict)
        if key not in old_conflicts:
            changes.append(
                Change("new conflict", "conflict", key, conflict.topic, None, conflict.kind)
            )
    return changes


def conflict_key(conflict: Conflict) -> str:
    """A conflict's identity: its kind and what each side says, with where."""
    sides = sorted(
        f"{s.source}={s.value}@{s.citation.document_id}:{s.citation.start}" for s in conflict.sides
    )
    return conflict.kind + "|" + "|".join(sides)
