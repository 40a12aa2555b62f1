"""events.plover.jsonl: the coded events in PLOVER's JSON field names, one a line.

The fields follow the PLOVER manual's JSON table (id, date, enddate, actor, recipient, event,
mode, event_loc, event_text, text, coder, coded_date); entity objects carry ``entity_text``,
``identifier_id`` (the storyline entity id) and, for a country, ``code`` (ISO 3166 alpha-3).
What PLOVER has no field for (the status, the number of sources, every citation) is under
``storyline``. Only events with a PLOVER type are written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from storyline.merge.periods import period
from storyline.merge.world import country_alpha3
from storyline.records.jsonform import to_dict
from storyline.records.story import Entity, Story


def plover_records(story: Story, coder: str, coded: date | None = None) -> Iterator[dict[str, Any]]:
    entities = {e.id: e for e in story.entities}
    coded_date = (coded or date.today()).isoformat()
    for event in story.events:
        if event.type is None:
            continue
        yield {
            "id": event.id,
            "has_event": True,
            "date": _day(event.date),
            "enddate": _day(event.range_end) if event.range_end else None,
            "actor": [_entity(entities[i]) for i in event.sources if i in entities],
            "recipient": [_entity(entities[i]) for i in event.targets if i in entities],
            "event": [event.type],
            "mode": [event.mode] if event.mode else [],
            "event_loc": {"name": event.place} if event.place else None,
            "event_text": [event.what.text] if event.what else [],
            "text": event.headline,
            "coder": coder,
            "coded_date": coded_date,
            "storyline": {
                "date": event.date,
                "granularity": event.granularity,
                "status": event.status,
                "n_sources": event.n_sources,
                "evidence": to_dict(event.evidence),
            },
        }


def _day(value: str) -> str:
    """PLOVER dates are days: a coarser date is given as its first day (the exact value and
    its granularity stay under ``storyline``)."""
    span = period(value)
    return span[0].isoformat() if span else value


def _entity(entity: Entity) -> dict[str, Any]:
    found: dict[str, Any] = {"entity_text": entity.name, "identifier_id": entity.id}
    code = country_alpha3(entity.name) if entity.kind == "country" else None
    if code:
        found["code"] = code
    return found


def write_plover(story: Story, path: Path, coder: str) -> int:
    """Write the coded events; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in plover_records(story, coder):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
