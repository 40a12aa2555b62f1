"""A story against hand-made gold: events on their true dates, entity alias groups, quote
speakers.

The gold file is JSON (documented in docs/benchmarks.md):

    {"events": [{"date": "2025-03-13", "what": "Almora walks out",
                 "evidence": ["Almora's delegation walked out"]}],
     "entities": [["Tomas Verhoek", "Verhoek"], ["Kestria"]],
     "quotes": [{"text": "We have hidden nothing", "speaker": "Tomas Verhoek"}]}

Evidence and quotes are given as pieces of the article text, so the gold does not depend on
document ids or offsets. Measured:
- events found: the timeline has the gold date (day, or month for a month-level gold date) and,
  among that date's lines or the evidence of its events, a sentence holding the gold evidence;
  also the same for all events (before the timeline's selection), as a diagnosis;
- events misdated: the timeline cites the gold evidence only on other dates, and of these the ones
  in another year;
- entities: a gold group is merged when all its names belong to one entity; two gold groups that
  share an entity are an over-merge;
- quotes: a gold quote is attributed when the speaker we give it is the gold speaker's entity (or
  the speaker's name when there is no entity).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.records.story import Citation, Entity, SpeakerQuotes, Story


@dataclass(frozen=True, slots=True)
class GoldEvent:
    date: str
    what: str
    evidence: tuple[str, ...]
    type: str | None = None  # PLOVER type
    sources: tuple[str, ...] = ()  # actor names
    targets: tuple[str, ...] = ()
    status: str | None = None


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker: str


@dataclass(frozen=True, slots=True)
class Gold:
    events: tuple[GoldEvent, ...]
    entities: tuple[tuple[str, ...], ...]
    quotes: tuple[GoldQuote, ...]


def load_gold(path: str | Path) -> Gold:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        events = tuple(
            GoldEvent(
                e["date"],
                e.get("what", ""),
                tuple(e["evidence"]),
                e.get("type"),
                tuple(e.get("sources", ())),
                tuple(e.get("targets", ())),
                e.get("status"),
            )
            for e in data.get("events", [])
        )
        entities = tuple(tuple(group) for group in data.get("entities", []))
        quotes = tuple(GoldQuote(q["text"], q["speaker"]) for q in data.get("quotes", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"{path}: not a gold file ({exc}); see docs/benchmarks.md for its format"
        ) from exc
    return Gold(events, entities, quotes)


def score_story(story: Story, gold: Gold) -> dict[str, Any]:
    """The scores, and the gold items missed, for reading."""
    events = _score_events(story, gold.events)
    events.update(_score_structure(story, gold.events))
    entities = _score_entities(story.entities, gold.entities)
    quotes = _score_quotes(story.quotes_by_speaker, story.entities, gold.quotes)
    return {**events, **entities, **quotes}


def _share(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def _holds(citations: Iterable[Citation], pieces: Sequence[str]) -> bool:
    wanted = [_norm(p) for p in pieces]
    return any(p in _norm(c.text) for c in citations for p in wanted)


def _on_date(day: str, gold_date: str) -> bool:
    """A timeline date matches the gold date at the gold date's precision."""
    return day == gold_date or (len(gold_date) == 7 and day[:7] == gold_date)


def _score_events(story: Story, gold: Sequence[GoldEvent]) -> dict[str, Any]:
    by_id = {e.id: e for e in story.events}
    entries = []
    for entry in story.timeline:
        cited = [c for s in entry.sentences for c in s.citations]
        cited += [c for i in entry.event_ids if i in by_id for c in by_id[i].evidence]
        entries.append((entry.date, cited))
    found, in_events, misdated, wrong_year, missed = 0, 0, 0, 0, []
    for event in gold:
        dates = {day for day, cited in entries if _holds(cited, event.evidence)}
        if any(_on_date(day, event.date) for day in dates):
            found += 1
        else:
            missed.append(f"{event.date} {event.what}")
            if dates:
                misdated += 1
                wrong_year += all(day[:4] != event.date[:4] for day in dates)
        in_events += any(
            _on_date(e.date, event.date) and _holds(e.evidence, event.evidence)
            for e in story.events
        )
    n = len(gold)
    return {
        "gold_events": n,
        "events_found": _share(found, n),
        "events_found_before_selection": _share(in_events, n),
        "events_misdated": misdated,
        "events_wrong_year": wrong_year,
        "events_missed": missed,
    }


def _score_structure(story: Story, gold: Sequence[GoldEvent]) -> dict[str, Any]:
    """Of the gold events that give a type, sides or a status: how many storyline events on
    the gold date holding the evidence have the same (any of them, since a happening may be
    split). Sides are right when every gold name is among the event's sources (targets)."""
    tallies = {"type": [0, 0], "sides": [0, 0], "status": [0, 0]}
    wrong: list[str] = []
    for event in gold:
        ours = [
            e
            for e in story.events
            if _on_date(e.date, event.date) and _holds(e.evidence, event.evidence)
        ]
        if event.type:
            tallies["type"][1] += 1
            if any(e.type == event.type for e in ours):
                tallies["type"][0] += 1
            else:
                wrong.append(
                    f"{event.date} {event.what}: type {[e.type for e in ours]}, not {event.type}"
                )
        if event.sources or event.targets:
            tallies["sides"][1] += 1
            if any(
                _all_named(story.entities, event.sources, e.sources)
                and _all_named(story.entities, event.targets, e.targets)
                for e in ours
            ):
                tallies["sides"][0] += 1
            else:
                wrong.append(f"{event.date} {event.what}: sides not right")
        if event.status:
            tallies["status"][1] += 1
            if any(e.status == event.status for e in ours):
                tallies["status"][0] += 1
            else:
                wrong.append(f"{event.date} {event.what}: status {[e.status for e in ours]}")
    return {
        "event_types_right": _share(*tallies["type"]),
        "event_sides_right": _share(*tallies["sides"]),
        "event_status_right": _share(*tallies["status"]),
        "event_structure_wrong": wrong,
    }


def _all_named(entities: Sequence[Entity], names: Sequence[str], ids: Sequence[str]) -> bool:
    return all(_entities_named(entities, name) & set(ids) for name in names)


def _entities_named(entities: Sequence[Entity], name: str) -> set[str]:
    key = _norm(name)
    return {e.id for e in entities if key in {_norm(a) for a in (e.name, *e.aliases)}}


def _score_entities(
    entities: Sequence[Entity], groups: Sequence[tuple[str, ...]]
) -> dict[str, Any]:
    merged, owners, unmerged = 0, [], []
    for group in groups:
        ids = [_entities_named(entities, name) for name in group]
        common = set.intersection(*ids) if ids else set()
        if common:
            merged += 1
        else:
            unmerged.append(" / ".join(group))
        owners.append(set().union(*ids) if ids else set())
    over = [
        f"{' / '.join(groups[i])} + {' / '.join(groups[j])}"
        for i in range(len(groups))
        for j in range(i + 1, len(groups))
        if owners[i] & owners[j]
    ]
    n = len(groups)
    return {
        "gold_entity_groups": n,
        "entity_groups_merged": _share(merged, n),
        "entity_groups_not_merged": unmerged,
        "entity_over_merges": over,
    }


def _score_quotes(
    speakers: Sequence[SpeakerQuotes], entities: Sequence[Entity], gold: Sequence[GoldQuote]
) -> dict[str, Any]:
    right, found, wrong = 0, 0, []
    for quote in gold:
        text = _norm(quote.text)
        given = [s for s in speakers for q in s.quotes if text in _norm(q.text)]
        if not given:
            wrong.append(f"{quote.text!r}: not found")
            continue
        found += 1
        wanted = _entities_named(entities, quote.speaker)
        speaker = given[0]
        if (speaker.entity_id and speaker.entity_id in wanted) or _norm(speaker.speaker) == _norm(
            quote.speaker
        ):
            right += 1
        else:
            wrong.append(f"{quote.text!r}: {speaker.speaker}, not {quote.speaker}")
    n = len(gold)
    return {
        "gold_quotes": n,
        "quotes_found": _share(found, n),
        "quotes_attributed": _share(right, n),
        "quotes_wrong": wrong,
    }
