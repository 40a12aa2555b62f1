"""The compose stage: the merged story graph -> the story (events ranked, the timeline, the
brief, sources and their conflicts, quotes by speaker)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta

from storyline.compose.brief import write_brief
from storyline.compose.salience import article_focus, score_events, story_terms
from storyline.compose.sources import find_conflicts, summarise_sources
from storyline.compose.speakers import quotes_by_speaker
from storyline.compose.timeline import TimelineChoice, select_timeline
from storyline.merge.entities import EntityIndex
from storyline.merge.story import Merged, merge_documents
from storyline.records import Document
from storyline.records.story import Event, Story, TimelineEntry
from storyline.settings import Settings


@dataclass(frozen=True, slots=True)
class RankedEvents:
    """The story's entities and its events ranked by salience, before any selection."""

    index: EntityIndex
    events: tuple[Event, ...]
    terms: Counter[str]
    # The documents with the mentions of the story's names the model missed, each linked.
    documents: tuple[Document, ...] = ()


def rank_events(merged: Merged, settings: Settings) -> RankedEvents:
    documents, index = merged.documents, merged.index
    terms = story_terms(documents, index.entities, settings.query)
    events = score_events(
        list(merged.events),
        terms,
        settings.off_story_weight,
        article_focus(documents, terms),
        settings.off_story_article_weight,
    )
    events.sort(key=lambda e: (e.date, -e.salience, e.id))
    return RankedEvents(index, tuple(events), terms, tuple(documents))


def timeline_of(
    ranked: RankedEvents, documents: Sequence[Document], settings: Settings
) -> list[TimelineEntry]:
    """The timeline; only the settings that choose dates and lines matter here (the ones that
    rank events were used by ``rank_events``)."""
    return select_timeline(
        ranked.events,
        documents,
        settings.dates,
        settings.per_date,
        ranked.terms,
        settings.first_date,
        settings.last_date,
        timeline_choice(settings),
    )


# Settings read only when the timeline's dates and lines are chosen, not when events are ranked:
# every field of TimelineChoice but the off-story weight, which event salience uses as well.
SELECTION_ONLY = tuple(f.name for f in fields(TimelineChoice) if f.name != "off_story_weight")


def timeline_choice(settings: Settings) -> TimelineChoice:
    """The Settings fields of the same names."""
    return TimelineChoice(**{f.name: getattr(settings, f.name) for f in fields(TimelineChoice)})


# The brief's developments are days of the coverage: from a week before its first article (the
# happening that set it off) to its last, not the background it recalls ("in March 1989").
COVERAGE_LEAD_DAYS = 7


def _coverage(documents: Sequence[Document], settings: Settings) -> tuple[str | None, str | None]:
    """The range of days the brief's developments are drawn from."""
    published = sorted(d.published[:10] for d in documents if d.published)
    first, last = settings.first_date, settings.last_date
    if published and first is None:
        start = date.fromisoformat(published[0]) - timedelta(days=COVERAGE_LEAD_DAYS)
        first = start.isoformat()
    if published and last is None:
        last = published[-1]
    return first, last


def compose_story(documents: Sequence[Document], settings: Settings) -> Story:
    """Merge and compose in one call, for tests and benchmarks that start from documents."""
    return compose(merge_documents(documents), settings)


def compose(merged: Merged, settings: Settings) -> Story:
    ranked = rank_events(merged, settings)
    return _story(ranked, ranked.documents, settings)


def _story(ranked: RankedEvents, documents: Sequence[Document], settings: Settings) -> Story:
    events = list(ranked.events)
    dated = [e for e in events if not e.dated_by_report_only]
    coverage = _coverage(documents, settings)
    return Story(
        entities=ranked.index.entities,
        events=ranked.events,
        timeline=tuple(timeline_of(ranked, documents, settings)),
        brief=tuple(write_brief(dated, documents, ranked.index, settings.summary_words, coverage)),
        quotes_by_speaker=tuple(quotes_by_speaker(documents, ranked.index)),
        sources=tuple(summarise_sources(documents, events)),
        conflicts=tuple(find_conflicts(documents, events)),
    )
